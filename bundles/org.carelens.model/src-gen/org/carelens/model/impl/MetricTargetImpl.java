/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model.impl;

import org.carelens.model.CareLensPackage;
import org.carelens.model.ChannelInstance;
import org.carelens.model.ChannelKind;
import org.carelens.model.MetricTarget;
import org.carelens.model.TargetDirection;
import org.carelens.model.Team;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metric Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.impl.MetricTargetImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.carelens.model.impl.MetricTargetImpl#getChannelKind <em>Channel Kind</em>}</li>
 *   <li>{@link org.carelens.model.impl.MetricTargetImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.carelens.model.impl.MetricTargetImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.carelens.model.impl.MetricTargetImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.carelens.model.impl.MetricTargetImpl#getDirection <em>Direction</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetricTargetImpl extends EObjectImpl implements MetricTarget {
	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected String metric = METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannelKind() <em>Channel Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannelKind()
	 * @generated
	 * @ordered
	 */
	protected static final ChannelKind CHANNEL_KIND_EDEFAULT = ChannelKind.VOICE;

	/**
	 * The cached value of the '{@link #getChannelKind() <em>Channel Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannelKind()
	 * @generated
	 * @ordered
	 */
	protected ChannelKind channelKind = CHANNEL_KIND_EDEFAULT;

	/**
	 * This is true if the Channel Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean channelKindESet;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected Team team;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected ChannelInstance channel;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final TargetDirection DIRECTION_EDEFAULT = TargetDirection.HIGHER_IS_BETTER;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected TargetDirection direction = DIRECTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetricTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareLensPackage.Literals.METRIC_TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(String newMetric) {
		String oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.METRIC_TARGET__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelKind getChannelKind() {
		return channelKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannelKind(ChannelKind newChannelKind) {
		ChannelKind oldChannelKind = channelKind;
		channelKind = newChannelKind == null ? CHANNEL_KIND_EDEFAULT : newChannelKind;
		boolean oldChannelKindESet = channelKindESet;
		channelKindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.METRIC_TARGET__CHANNEL_KIND, oldChannelKind, channelKind, !oldChannelKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetChannelKind() {
		ChannelKind oldChannelKind = channelKind;
		boolean oldChannelKindESet = channelKindESet;
		channelKind = CHANNEL_KIND_EDEFAULT;
		channelKindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CareLensPackage.METRIC_TARGET__CHANNEL_KIND, oldChannelKind, CHANNEL_KIND_EDEFAULT, oldChannelKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetChannelKind() {
		return channelKindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team getTeam() {
		if (team != null && team.eIsProxy()) {
			InternalEObject oldTeam = (InternalEObject)team;
			team = (Team)eResolveProxy(oldTeam);
			if (team != oldTeam) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CareLensPackage.METRIC_TARGET__TEAM, oldTeam, team));
			}
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Team basicGetTeam() {
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeam(Team newTeam) {
		Team oldTeam = team;
		team = newTeam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.METRIC_TARGET__TEAM, oldTeam, team));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelInstance getChannel() {
		if (channel != null && channel.eIsProxy()) {
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (ChannelInstance)eResolveProxy(oldChannel);
			if (channel != oldChannel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CareLensPackage.METRIC_TARGET__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelInstance basicGetChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(ChannelInstance newChannel) {
		ChannelInstance oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.METRIC_TARGET__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.METRIC_TARGET__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(TargetDirection newDirection) {
		TargetDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.METRIC_TARGET__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareLensPackage.METRIC_TARGET__METRIC:
				return getMetric();
			case CareLensPackage.METRIC_TARGET__CHANNEL_KIND:
				return getChannelKind();
			case CareLensPackage.METRIC_TARGET__TEAM:
				if (resolve) return getTeam();
				return basicGetTeam();
			case CareLensPackage.METRIC_TARGET__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case CareLensPackage.METRIC_TARGET__VALUE:
				return getValue();
			case CareLensPackage.METRIC_TARGET__DIRECTION:
				return getDirection();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CareLensPackage.METRIC_TARGET__METRIC:
				setMetric((String)newValue);
				return;
			case CareLensPackage.METRIC_TARGET__CHANNEL_KIND:
				setChannelKind((ChannelKind)newValue);
				return;
			case CareLensPackage.METRIC_TARGET__TEAM:
				setTeam((Team)newValue);
				return;
			case CareLensPackage.METRIC_TARGET__CHANNEL:
				setChannel((ChannelInstance)newValue);
				return;
			case CareLensPackage.METRIC_TARGET__VALUE:
				setValue((Double)newValue);
				return;
			case CareLensPackage.METRIC_TARGET__DIRECTION:
				setDirection((TargetDirection)newValue);
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
			case CareLensPackage.METRIC_TARGET__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case CareLensPackage.METRIC_TARGET__CHANNEL_KIND:
				unsetChannelKind();
				return;
			case CareLensPackage.METRIC_TARGET__TEAM:
				setTeam((Team)null);
				return;
			case CareLensPackage.METRIC_TARGET__CHANNEL:
				setChannel((ChannelInstance)null);
				return;
			case CareLensPackage.METRIC_TARGET__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case CareLensPackage.METRIC_TARGET__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
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
			case CareLensPackage.METRIC_TARGET__METRIC:
				return METRIC_EDEFAULT == null ? metric != null : !METRIC_EDEFAULT.equals(metric);
			case CareLensPackage.METRIC_TARGET__CHANNEL_KIND:
				return isSetChannelKind();
			case CareLensPackage.METRIC_TARGET__TEAM:
				return team != null;
			case CareLensPackage.METRIC_TARGET__CHANNEL:
				return channel != null;
			case CareLensPackage.METRIC_TARGET__VALUE:
				return value != VALUE_EDEFAULT;
			case CareLensPackage.METRIC_TARGET__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
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
		result.append(" (metric: ");
		result.append(metric);
		result.append(", channelKind: ");
		if (channelKindESet) result.append(channelKind); else result.append("<unset>");
		result.append(", value: ");
		result.append(value);
		result.append(", direction: ");
		result.append(direction);
		result.append(')');
		return result.toString();
	}

} //MetricTargetImpl
