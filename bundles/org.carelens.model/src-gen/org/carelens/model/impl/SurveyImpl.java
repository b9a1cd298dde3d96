/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model.impl;

import java.util.Collection;

import org.carelens.model.CareLensPackage;
import org.carelens.model.ChannelKind;
import org.carelens.model.CsiAttribute;
import org.carelens.model.DispatchPolicy;
import org.carelens.model.Survey;
import org.carelens.model.SurveyKind;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Survey</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.impl.SurveyImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.carelens.model.impl.SurveyImpl#getQuestionVi <em>Question Vi</em>}</li>
 *   <li>{@link org.carelens.model.impl.SurveyImpl#getQuestionEn <em>Question En</em>}</li>
 *   <li>{@link org.carelens.model.impl.SurveyImpl#getScaleMin <em>Scale Min</em>}</li>
 *   <li>{@link org.carelens.model.impl.SurveyImpl#getScaleMax <em>Scale Max</em>}</li>
 *   <li>{@link org.carelens.model.impl.SurveyImpl#getCommentVi <em>Comment Vi</em>}</li>
 *   <li>{@link org.carelens.model.impl.SurveyImpl#getCommentEn <em>Comment En</em>}</li>
 *   <li>{@link org.carelens.model.impl.SurveyImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.carelens.model.impl.SurveyImpl#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.carelens.model.impl.SurveyImpl#getDispatch <em>Dispatch</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SurveyImpl extends IdentifiedImpl implements Survey {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SurveyKind KIND_EDEFAULT = SurveyKind.CSAT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SurveyKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getScaleMin() <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMin()
	 * @generated
	 * @ordered
	 */
	protected static final int SCALE_MIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getScaleMin() <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMin()
	 * @generated
	 * @ordered
	 */
	protected int scaleMin = SCALE_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getScaleMax() <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMax()
	 * @generated
	 * @ordered
	 */
	protected static final int SCALE_MAX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getScaleMax() <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMax()
	 * @generated
	 * @ordered
	 */
	protected int scaleMax = SCALE_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommentVi() <em>Comment Vi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommentVi()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_VI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommentVi() <em>Comment Vi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommentVi()
	 * @generated
	 * @ordered
	 */
	protected String commentVi = COMMENT_VI_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommentEn() <em>Comment En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommentEn()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommentEn() <em>Comment En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommentEn()
	 * @generated
	 * @ordered
	 */
	protected String commentEn = COMMENT_EN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<ChannelKind> channels;

	/**
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected EList<CsiAttribute> attributes;

	/**
	 * The cached value of the '{@link #getDispatch() <em>Dispatch</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDispatch()
	 * @generated
	 * @ordered
	 */
	protected DispatchPolicy dispatch;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SurveyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareLensPackage.Literals.SURVEY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SurveyKind newKind) {
		SurveyKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.SURVEY__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.SURVEY__QUESTION_VI, oldQuestionVi, questionVi));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.SURVEY__QUESTION_EN, oldQuestionEn, questionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScaleMin() {
		return scaleMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleMin(int newScaleMin) {
		int oldScaleMin = scaleMin;
		scaleMin = newScaleMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.SURVEY__SCALE_MIN, oldScaleMin, scaleMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScaleMax() {
		return scaleMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleMax(int newScaleMax) {
		int oldScaleMax = scaleMax;
		scaleMax = newScaleMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.SURVEY__SCALE_MAX, oldScaleMax, scaleMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommentVi() {
		return commentVi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommentVi(String newCommentVi) {
		String oldCommentVi = commentVi;
		commentVi = newCommentVi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.SURVEY__COMMENT_VI, oldCommentVi, commentVi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommentEn() {
		return commentEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommentEn(String newCommentEn) {
		String oldCommentEn = commentEn;
		commentEn = newCommentEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.SURVEY__COMMENT_EN, oldCommentEn, commentEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChannelKind> getChannels() {
		if (channels == null) {
			channels = new EDataTypeUniqueEList<ChannelKind>(ChannelKind.class, this, CareLensPackage.SURVEY__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CsiAttribute> getAttributes() {
		if (attributes == null) {
			attributes = new EObjectContainmentEList<CsiAttribute>(CsiAttribute.class, this, CareLensPackage.SURVEY__ATTRIBUTES);
		}
		return attributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DispatchPolicy getDispatch() {
		return dispatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDispatch(DispatchPolicy newDispatch, NotificationChain msgs) {
		DispatchPolicy oldDispatch = dispatch;
		dispatch = newDispatch;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CareLensPackage.SURVEY__DISPATCH, oldDispatch, newDispatch);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDispatch(DispatchPolicy newDispatch) {
		if (newDispatch != dispatch) {
			NotificationChain msgs = null;
			if (dispatch != null)
				msgs = ((InternalEObject)dispatch).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CareLensPackage.SURVEY__DISPATCH, null, msgs);
			if (newDispatch != null)
				msgs = ((InternalEObject)newDispatch).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CareLensPackage.SURVEY__DISPATCH, null, msgs);
			msgs = basicSetDispatch(newDispatch, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.SURVEY__DISPATCH, newDispatch, newDispatch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CareLensPackage.SURVEY__ATTRIBUTES:
				return ((InternalEList<?>)getAttributes()).basicRemove(otherEnd, msgs);
			case CareLensPackage.SURVEY__DISPATCH:
				return basicSetDispatch(null, msgs);
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
			case CareLensPackage.SURVEY__KIND:
				return getKind();
			case CareLensPackage.SURVEY__QUESTION_VI:
				return getQuestionVi();
			case CareLensPackage.SURVEY__QUESTION_EN:
				return getQuestionEn();
			case CareLensPackage.SURVEY__SCALE_MIN:
				return getScaleMin();
			case CareLensPackage.SURVEY__SCALE_MAX:
				return getScaleMax();
			case CareLensPackage.SURVEY__COMMENT_VI:
				return getCommentVi();
			case CareLensPackage.SURVEY__COMMENT_EN:
				return getCommentEn();
			case CareLensPackage.SURVEY__CHANNELS:
				return getChannels();
			case CareLensPackage.SURVEY__ATTRIBUTES:
				return getAttributes();
			case CareLensPackage.SURVEY__DISPATCH:
				return getDispatch();
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
			case CareLensPackage.SURVEY__KIND:
				setKind((SurveyKind)newValue);
				return;
			case CareLensPackage.SURVEY__QUESTION_VI:
				setQuestionVi((String)newValue);
				return;
			case CareLensPackage.SURVEY__QUESTION_EN:
				setQuestionEn((String)newValue);
				return;
			case CareLensPackage.SURVEY__SCALE_MIN:
				setScaleMin((Integer)newValue);
				return;
			case CareLensPackage.SURVEY__SCALE_MAX:
				setScaleMax((Integer)newValue);
				return;
			case CareLensPackage.SURVEY__COMMENT_VI:
				setCommentVi((String)newValue);
				return;
			case CareLensPackage.SURVEY__COMMENT_EN:
				setCommentEn((String)newValue);
				return;
			case CareLensPackage.SURVEY__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends ChannelKind>)newValue);
				return;
			case CareLensPackage.SURVEY__ATTRIBUTES:
				getAttributes().clear();
				getAttributes().addAll((Collection<? extends CsiAttribute>)newValue);
				return;
			case CareLensPackage.SURVEY__DISPATCH:
				setDispatch((DispatchPolicy)newValue);
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
			case CareLensPackage.SURVEY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CareLensPackage.SURVEY__QUESTION_VI:
				setQuestionVi(QUESTION_VI_EDEFAULT);
				return;
			case CareLensPackage.SURVEY__QUESTION_EN:
				setQuestionEn(QUESTION_EN_EDEFAULT);
				return;
			case CareLensPackage.SURVEY__SCALE_MIN:
				setScaleMin(SCALE_MIN_EDEFAULT);
				return;
			case CareLensPackage.SURVEY__SCALE_MAX:
				setScaleMax(SCALE_MAX_EDEFAULT);
				return;
			case CareLensPackage.SURVEY__COMMENT_VI:
				setCommentVi(COMMENT_VI_EDEFAULT);
				return;
			case CareLensPackage.SURVEY__COMMENT_EN:
				setCommentEn(COMMENT_EN_EDEFAULT);
				return;
			case CareLensPackage.SURVEY__CHANNELS:
				getChannels().clear();
				return;
			case CareLensPackage.SURVEY__ATTRIBUTES:
				getAttributes().clear();
				return;
			case CareLensPackage.SURVEY__DISPATCH:
				setDispatch((DispatchPolicy)null);
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
			case CareLensPackage.SURVEY__KIND:
				return kind != KIND_EDEFAULT;
			case CareLensPackage.SURVEY__QUESTION_VI:
				return QUESTION_VI_EDEFAULT == null ? questionVi != null : !QUESTION_VI_EDEFAULT.equals(questionVi);
			case CareLensPackage.SURVEY__QUESTION_EN:
				return QUESTION_EN_EDEFAULT == null ? questionEn != null : !QUESTION_EN_EDEFAULT.equals(questionEn);
			case CareLensPackage.SURVEY__SCALE_MIN:
				return scaleMin != SCALE_MIN_EDEFAULT;
			case CareLensPackage.SURVEY__SCALE_MAX:
				return scaleMax != SCALE_MAX_EDEFAULT;
			case CareLensPackage.SURVEY__COMMENT_VI:
				return COMMENT_VI_EDEFAULT == null ? commentVi != null : !COMMENT_VI_EDEFAULT.equals(commentVi);
			case CareLensPackage.SURVEY__COMMENT_EN:
				return COMMENT_EN_EDEFAULT == null ? commentEn != null : !COMMENT_EN_EDEFAULT.equals(commentEn);
			case CareLensPackage.SURVEY__CHANNELS:
				return channels != null && !channels.isEmpty();
			case CareLensPackage.SURVEY__ATTRIBUTES:
				return attributes != null && !attributes.isEmpty();
			case CareLensPackage.SURVEY__DISPATCH:
				return dispatch != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", questionVi: ");
		result.append(questionVi);
		result.append(", questionEn: ");
		result.append(questionEn);
		result.append(", scaleMin: ");
		result.append(scaleMin);
		result.append(", scaleMax: ");
		result.append(scaleMax);
		result.append(", commentVi: ");
		result.append(commentVi);
		result.append(", commentEn: ");
		result.append(commentEn);
		result.append(", channels: ");
		result.append(channels);
		result.append(')');
		return result.toString();
	}

} //SurveyImpl
