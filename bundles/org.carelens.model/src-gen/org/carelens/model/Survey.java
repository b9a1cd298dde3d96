/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Survey</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.Survey#getKind <em>Kind</em>}</li>
 *   <li>{@link org.carelens.model.Survey#getQuestionVi <em>Question Vi</em>}</li>
 *   <li>{@link org.carelens.model.Survey#getQuestionEn <em>Question En</em>}</li>
 *   <li>{@link org.carelens.model.Survey#getScaleMin <em>Scale Min</em>}</li>
 *   <li>{@link org.carelens.model.Survey#getScaleMax <em>Scale Max</em>}</li>
 *   <li>{@link org.carelens.model.Survey#getCommentVi <em>Comment Vi</em>}</li>
 *   <li>{@link org.carelens.model.Survey#getCommentEn <em>Comment En</em>}</li>
 *   <li>{@link org.carelens.model.Survey#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.carelens.model.Survey#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.carelens.model.Survey#getDispatch <em>Dispatch</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getSurvey()
 * @model
 * @generated
 */
public interface Survey extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"CSAT"</code>.
	 * The literals are from the enumeration {@link org.carelens.model.SurveyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.carelens.model.SurveyKind
	 * @see #setKind(SurveyKind)
	 * @see org.carelens.model.CareLensPackage#getSurvey_Kind()
	 * @model default="CSAT"
	 * @generated
	 */
	SurveyKind getKind();

	/**
	 * Sets the value of the '{@link org.carelens.model.Survey#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.carelens.model.SurveyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SurveyKind value);

	/**
	 * Returns the value of the '<em><b>Question Vi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question Vi</em>' attribute.
	 * @see #setQuestionVi(String)
	 * @see org.carelens.model.CareLensPackage#getSurvey_QuestionVi()
	 * @model
	 * @generated
	 */
	String getQuestionVi();

	/**
	 * Sets the value of the '{@link org.carelens.model.Survey#getQuestionVi <em>Question Vi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question Vi</em>' attribute.
	 * @see #getQuestionVi()
	 * @generated
	 */
	void setQuestionVi(String value);

	/**
	 * Returns the value of the '<em><b>Question En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question En</em>' attribute.
	 * @see #setQuestionEn(String)
	 * @see org.carelens.model.CareLensPackage#getSurvey_QuestionEn()
	 * @model
	 * @generated
	 */
	String getQuestionEn();

	/**
	 * Sets the value of the '{@link org.carelens.model.Survey#getQuestionEn <em>Question En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question En</em>' attribute.
	 * @see #getQuestionEn()
	 * @generated
	 */
	void setQuestionEn(String value);

	/**
	 * Returns the value of the '<em><b>Scale Min</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale Min</em>' attribute.
	 * @see #setScaleMin(int)
	 * @see org.carelens.model.CareLensPackage#getSurvey_ScaleMin()
	 * @model default="0"
	 * @generated
	 */
	int getScaleMin();

	/**
	 * Sets the value of the '{@link org.carelens.model.Survey#getScaleMin <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Min</em>' attribute.
	 * @see #getScaleMin()
	 * @generated
	 */
	void setScaleMin(int value);

	/**
	 * Returns the value of the '<em><b>Scale Max</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale Max</em>' attribute.
	 * @see #setScaleMax(int)
	 * @see org.carelens.model.CareLensPackage#getSurvey_ScaleMax()
	 * @model default="0"
	 * @generated
	 */
	int getScaleMax();

	/**
	 * Sets the value of the '{@link org.carelens.model.Survey#getScaleMax <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Max</em>' attribute.
	 * @see #getScaleMax()
	 * @generated
	 */
	void setScaleMax(int value);

	/**
	 * Returns the value of the '<em><b>Comment Vi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The prompt for an optional free-text comment; no prompt means no comment is asked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comment Vi</em>' attribute.
	 * @see #setCommentVi(String)
	 * @see org.carelens.model.CareLensPackage#getSurvey_CommentVi()
	 * @model
	 * @generated
	 */
	String getCommentVi();

	/**
	 * Sets the value of the '{@link org.carelens.model.Survey#getCommentVi <em>Comment Vi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment Vi</em>' attribute.
	 * @see #getCommentVi()
	 * @generated
	 */
	void setCommentVi(String value);

	/**
	 * Returns the value of the '<em><b>Comment En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment En</em>' attribute.
	 * @see #setCommentEn(String)
	 * @see org.carelens.model.CareLensPackage#getSurvey_CommentEn()
	 * @model
	 * @generated
	 */
	String getCommentEn();

	/**
	 * Sets the value of the '{@link org.carelens.model.Survey#getCommentEn <em>Comment En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment En</em>' attribute.
	 * @see #getCommentEn()
	 * @generated
	 */
	void setCommentEn(String value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute list.
	 * The list contents are of type {@link org.carelens.model.ChannelKind}.
	 * The literals are from the enumeration {@link org.carelens.model.ChannelKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' attribute list.
	 * @see org.carelens.model.ChannelKind
	 * @see org.carelens.model.CareLensPackage#getSurvey_Channels()
	 * @model
	 * @generated
	 */
	EList<ChannelKind> getChannels();

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.CsiAttribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getSurvey_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<CsiAttribute> getAttributes();

	/**
	 * Returns the value of the '<em><b>Dispatch</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When and to whom the survey is sent; without one, the defaults of DispatchPolicy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dispatch</em>' containment reference.
	 * @see #setDispatch(DispatchPolicy)
	 * @see org.carelens.model.CareLensPackage#getSurvey_Dispatch()
	 * @model containment="true"
	 * @generated
	 */
	DispatchPolicy getDispatch();

	/**
	 * Sets the value of the '{@link org.carelens.model.Survey#getDispatch <em>Dispatch</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dispatch</em>' containment reference.
	 * @see #getDispatch()
	 * @generated
	 */
	void setDispatch(DispatchPolicy value);

} // Survey
