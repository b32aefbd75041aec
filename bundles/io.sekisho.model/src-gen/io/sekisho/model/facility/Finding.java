/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A problem found in the facility by a module (password, firmware, checklist, validation) or a person.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.Finding#getSeverity <em>Severity</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Finding#getSource <em>Source</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Finding#getCode <em>Code</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Finding#getSubject <em>Subject</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Finding#getText <em>Text</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Finding#getRemediation <em>Remediation</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Finding#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Finding#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends Identified {
	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How serious the problem is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see io.sekisho.model.facility.Severity
	 * @see #setSeverity(Severity)
	 * @see io.sekisho.model.facility.FacilityPackage#getFinding_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Finding#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see io.sekisho.model.facility.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What found it, e.g. password, firmware, checklist, manual.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFinding_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Finding#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stable code of the kind of problem, defined by the source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFinding_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Finding#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element the finding is about (a device, account, connection...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(EObject)
	 * @see io.sekisho.model.facility.FacilityPackage#getFinding_Subject()
	 * @model
	 * @generated
	 */
	EObject getSubject();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Finding#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(EObject value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is wrong.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFinding_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Finding#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Remediation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What to do about it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remediation</em>' attribute.
	 * @see #setRemediation(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFinding_Remediation()
	 * @model
	 * @generated
	 */
	String getRemediation();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Finding#getRemediation <em>Remediation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remediation</em>' attribute.
	 * @see #getRemediation()
	 * @generated
	 */
	void setRemediation(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * By when it should be fixed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see io.sekisho.model.facility.FacilityPackage#getFinding_DueDate()
	 * @model dataType="io.sekisho.model.facility.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Finding#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.FindingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Open, in progress, resolved or accepted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.model.facility.FindingStatus
	 * @see #setStatus(FindingStatus)
	 * @see io.sekisho.model.facility.FacilityPackage#getFinding_Status()
	 * @model
	 * @generated
	 */
	FindingStatus getStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Finding#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.model.facility.FindingStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(FindingStatus value);

} // Finding
