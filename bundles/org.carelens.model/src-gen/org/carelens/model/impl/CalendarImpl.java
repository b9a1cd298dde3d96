/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model.impl;

import java.util.Collection;

import org.carelens.model.Calendar;
import org.carelens.model.CareLensPackage;
import org.carelens.model.Holiday;
import org.carelens.model.OpeningHours;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Calendar</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.impl.CalendarImpl#getZone <em>Zone</em>}</li>
 *   <li>{@link org.carelens.model.impl.CalendarImpl#getHours <em>Hours</em>}</li>
 *   <li>{@link org.carelens.model.impl.CalendarImpl#getHolidays <em>Holidays</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CalendarImpl extends IdentifiedImpl implements Calendar {
	/**
	 * The default value of the '{@link #getZone() <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected static final String ZONE_EDEFAULT = "Asia/Ho_Chi_Minh";

	/**
	 * The cached value of the '{@link #getZone() <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected String zone = ZONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHours() <em>Hours</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected EList<OpeningHours> hours;

	/**
	 * The cached value of the '{@link #getHolidays() <em>Holidays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolidays()
	 * @generated
	 * @ordered
	 */
	protected EList<Holiday> holidays;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CalendarImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareLensPackage.Literals.CALENDAR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZone() {
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZone(String newZone) {
		String oldZone = zone;
		zone = newZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.CALENDAR__ZONE, oldZone, zone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OpeningHours> getHours() {
		if (hours == null) {
			hours = new EObjectContainmentEList<OpeningHours>(OpeningHours.class, this, CareLensPackage.CALENDAR__HOURS);
		}
		return hours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Holiday> getHolidays() {
		if (holidays == null) {
			holidays = new EObjectContainmentEList<Holiday>(Holiday.class, this, CareLensPackage.CALENDAR__HOLIDAYS);
		}
		return holidays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CareLensPackage.CALENDAR__HOURS:
				return ((InternalEList<?>)getHours()).basicRemove(otherEnd, msgs);
			case CareLensPackage.CALENDAR__HOLIDAYS:
				return ((InternalEList<?>)getHolidays()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareLensPackage.CALENDAR__ZONE:
				return getZone();
			case CareLensPackage.CALENDAR__HOURS:
				return getHours();
			case CareLensPackage.CALENDAR__HOLIDAYS:
				return getHolidays();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CareLensPackage.CALENDAR__ZONE:
				setZone((String)newValue);
				return;
			case CareLensPackage.CALENDAR__HOURS:
				getHours().clear();
				getHours().addAll((Collection<? extends OpeningHours>)newValue);
				return;
			case CareLensPackage.CALENDAR__HOLIDAYS:
				getHolidays().clear();
				getHolidays().addAll((Collection<? extends Holiday>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CareLensPackage.CALENDAR__ZONE:
				setZone(ZONE_EDEFAULT);
				return;
			case CareLensPackage.CALENDAR__HOURS:
				getHours().clear();
				return;
			case CareLensPackage.CALENDAR__HOLIDAYS:
				getHolidays().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CareLensPackage.CALENDAR__ZONE:
				return ZONE_EDEFAULT == null ? zone != null : !ZONE_EDEFAULT.equals(zone);
			case CareLensPackage.CALENDAR__HOURS:
				return hours != null && !hours.isEmpty();
			case CareLensPackage.CALENDAR__HOLIDAYS:
				return holidays != null && !holidays.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (zone: ");
		result.append(zone);
		result.append(')');
		return result.toString();
	}

} //CalendarImpl
