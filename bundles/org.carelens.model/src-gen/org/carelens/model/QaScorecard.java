/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Qa Scorecard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.QaScorecard#getCriteria <em>Criteria</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getQaScorecard()
 * @model
 * @generated
 */
public interface QaScorecard extends Identified {
	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.QaCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getQaScorecard_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<QaCriterion> getCriteria();

} // QaScorecard
