/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model.impl;

import org.carelens.model.CareLensPackage;
import org.carelens.model.CsiAttribute;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Csi Attribute</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.impl.CsiAttributeImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.carelens.model.impl.CsiAttributeImpl#getQuestionVi <em>Question Vi</em>}</li>
 *   <li>{@link org.carelens.model.impl.CsiAttributeImpl#getQuestionEn <em>Question En</em>}</li>
 *   <li>{@link org.carelens.model.impl.CsiAttributeImpl#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CsiAttributeImpl extends EObjectImpl implements CsiAttribute {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuestionVi() <em>Question Vi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionVi()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_VI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestionVi() <em>Question Vi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionVi()
	 * @generated
	 * @ordered
	 */
	protected String questionVi = QUESTION_VI_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuestionEn() <em>Question En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionEn()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestionEn() <em>Question En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestionEn()
	 * @generated
	 * @ordered
	 */
	protected String questionEn = QUESTION_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CsiAttributeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareLensPackage.Literals.CSI_ATTRIBUTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.CSI_ATTRIBUTE__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestionVi() {
		return questionVi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestionVi(String newQuestionVi) {
		String oldQuestionVi = questionVi;
		questionVi = newQuestionVi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.CSI_ATTRIBUTE__QUESTION_VI, oldQuestionVi, questionVi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestionEn() {
		return questionEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestionEn(String newQuestionEn) {
		String oldQuestionEn = questionEn;
		questionEn = newQuestionEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.CSI_ATTRIBUTE__QUESTION_EN, oldQuestionEn, questionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.CSI_ATTRIBUTE__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareLensPackage.CSI_ATTRIBUTE__KEY:
				return getKey();
			case CareLensPackage.CSI_ATTRIBUTE__QUESTION_VI:
				return getQuestionVi();
			case CareLensPackage.CSI_ATTRIBUTE__QUESTION_EN:
				return getQuestionEn();
			case CareLensPackage.CSI_ATTRIBUTE__WEIGHT:
				return getWeight();
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
			case CareLensPackage.CSI_ATTRIBUTE__KEY:
				setKey((String)newValue);
				return;
			case CareLensPackage.CSI_ATTRIBUTE__QUESTION_VI:
				setQuestionVi((String)newValue);
				return;
			case CareLensPackage.CSI_ATTRIBUTE__QUESTION_EN:
				setQuestionEn((String)newValue);
				return;
			case CareLensPackage.CSI_ATTRIBUTE__WEIGHT:
				setWeight((Double)newValue);
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
			case CareLensPackage.CSI_ATTRIBUTE__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case CareLensPackage.CSI_ATTRIBUTE__QUESTION_VI:
				setQuestionVi(QUESTION_VI_EDEFAULT);
				return;
			case CareLensPackage.CSI_ATTRIBUTE__QUESTION_EN:
				setQuestionEn(QUESTION_EN_EDEFAULT);
				return;
			case CareLensPackage.CSI_ATTRIBUTE__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
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
			case CareLensPackage.CSI_ATTRIBUTE__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case CareLensPackage.CSI_ATTRIBUTE__QUESTION_VI:
				return QUESTION_VI_EDEFAULT == null ? questionVi != null : !QUESTION_VI_EDEFAULT.equals(questionVi);
			case CareLensPackage.CSI_ATTRIBUTE__QUESTION_EN:
				return QUESTION_EN_EDEFAULT == null ? questionEn != null : !QUESTION_EN_EDEFAULT.equals(questionEn);
			case CareLensPackage.CSI_ATTRIBUTE__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
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
		result.append(" (key: ");
		result.append(key);
		result.append(", questionVi: ");
		result.append(questionVi);
		result.append(", questionEn: ");
		result.append(questionEn);
		result.append(", weight: ");
		result.append(weight);
		result.append(')');
		return result.toString();
	}

} //CsiAttributeImpl
