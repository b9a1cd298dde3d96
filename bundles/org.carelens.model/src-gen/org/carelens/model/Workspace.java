/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.Workspace#getName <em>Name</em>}</li>
 *   <li>{@link org.carelens.model.Workspace#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.carelens.model.Workspace#getDefaultCalendar <em>Default Calendar</em>}</li>
 *   <li>{@link org.carelens.model.Workspace#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.carelens.model.Workspace#getSites <em>Sites</em>}</li>
 *   <li>{@link org.carelens.model.Workspace#getManagers <em>Managers</em>}</li>
 *   <li>{@link org.carelens.model.Workspace#getTeams <em>Teams</em>}</li>
 *   <li>{@link org.carelens.model.Workspace#getAgents <em>Agents</em>}</li>
 *   <li>{@link org.carelens.model.Workspace#getCalendars <em>Calendars</em>}</li>
 *   <li>{@link org.carelens.model.Workspace#getSlaPolicies <em>Sla Policies</em>}</li>
 *   <li>{@link org.carelens.model.Workspace#getSurveys <em>Surveys</em>}</li>
 *   <li>{@link org.carelens.model.Workspace#getMetricTargets <em>Metric Targets</em>}</li>
 *   <li>{@link org.carelens.model.Workspace#getScorecards <em>Scorecards</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getWorkspace()
 * @model
 * @generated
 */
public interface Workspace extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.carelens.model.CareLensPackage#getWorkspace_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.carelens.model.Workspace#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * The default value is <code>"Asia/Ho_Chi_Minh"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see org.carelens.model.CareLensPackage#getWorkspace_TimeZone()
	 * @model default="Asia/Ho_Chi_Minh"
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link org.carelens.model.Workspace#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

	/**
	 * Returns the value of the '<em><b>Default Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Default Calendar</em>' reference.
	 * @see #setDefaultCalendar(Calendar)
	 * @see org.carelens.model.CareLensPackage#getWorkspace_DefaultCalendar()
	 * @model
	 * @generated
	 */
	Calendar getDefaultCalendar();

	/**
	 * Sets the value of the '{@link org.carelens.model.Workspace#getDefaultCalendar <em>Default Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Calendar</em>' reference.
	 * @see #getDefaultCalendar()
	 * @generated
	 */
	void setDefaultCalendar(Calendar value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.ChannelInstance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getWorkspace_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChannelInstance> getChannels();

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getWorkspace_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Managers</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.Manager}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Managers</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getWorkspace_Managers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Manager> getManagers();

	/**
	 * Returns the value of the '<em><b>Teams</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.Team}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Teams</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getWorkspace_Teams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Team> getTeams();

	/**
	 * Returns the value of the '<em><b>Agents</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.Agent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agents</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getWorkspace_Agents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Agent> getAgents();

	/**
	 * Returns the value of the '<em><b>Calendars</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.Calendar}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Calendars</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getWorkspace_Calendars()
	 * @model containment="true"
	 * @generated
	 */
	EList<Calendar> getCalendars();

	/**
	 * Returns the value of the '<em><b>Sla Policies</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.SlaPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sla Policies</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getWorkspace_SlaPolicies()
	 * @model containment="true"
	 * @generated
	 */
	EList<SlaPolicy> getSlaPolicies();

	/**
	 * Returns the value of the '<em><b>Surveys</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.Survey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Surveys</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getWorkspace_Surveys()
	 * @model containment="true"
	 * @generated
	 */
	EList<Survey> getSurveys();

	/**
	 * Returns the value of the '<em><b>Metric Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.MetricTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric Targets</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getWorkspace_MetricTargets()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetricTarget> getMetricTargets();

	/**
	 * Returns the value of the '<em><b>Scorecards</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.QaScorecard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scorecards</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getWorkspace_Scorecards()
	 * @model containment="true"
	 * @generated
	 */
	EList<QaScorecard> getScorecards();

} // Workspace
