/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Csi Attribute</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.CsiAttribute#getKey <em>Key</em>}</li>
 *   <li>{@link org.carelens.model.CsiAttribute#getQuestionVi <em>Question Vi</em>}</li>
 *   <li>{@link org.carelens.model.CsiAttribute#getQuestionEn <em>Question En</em>}</li>
 *   <li>{@link org.carelens.model.CsiAttribute#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getCsiAttribute()
 * @model
 * @generated
 */
public interface CsiAttribute extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.carelens.model.CareLensPackage#getCsiAttribute_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.carelens.model.CsiAttribute#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Question Vi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question Vi</em>' attribute.
	 * @see #setQuestionVi(String)
	 * @see org.carelens.model.CareLensPackage#getCsiAttribute_QuestionVi()
	 * @model
	 * @generated
	 */
	String getQuestionVi();

	/**
	 * Sets the value of the '{@link org.carelens.model.CsiAttribute#getQuestionVi <em>Question Vi</em>}' attribute.
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
	 * @see org.carelens.model.CareLensPackage#getCsiAttribute_QuestionEn()
	 * @model
	 * @generated
	 */
	String getQuestionEn();

	/**
	 * Sets the value of the '{@link org.carelens.model.CsiAttribute#getQuestionEn <em>Question En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question En</em>' attribute.
	 * @see #getQuestionEn()
	 * @generated
	 */
	void setQuestionEn(String value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.carelens.model.CareLensPackage#getCsiAttribute_Weight()
	 * @model
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.carelens.model.CsiAttribute#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // CsiAttribute
