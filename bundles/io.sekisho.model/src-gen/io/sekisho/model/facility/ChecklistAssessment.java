/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import java.time.LocalDate;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The answers of one respondent to one edition and form of the MHLW checklist. Items are referenced by the checklist catalog's edition and item ids (strings), so this model does not depend on the catalog model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.ChecklistAssessment#getEditionId <em>Edition Id</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAssessment#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAssessment#getForm <em>Form</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAssessment#getRespondent <em>Respondent</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAssessment#getRespondentName <em>Respondent Name</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAssessment#getAnswers <em>Answers</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAssessment#getRemarks <em>Remarks</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAssessment#getConfirmationDate <em>Confirmation Date</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAssessment()
 * @model
 * @generated
 */
public interface ChecklistAssessment extends Identified {
	/**
	 * Returns the value of the '<em><b>Edition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the checklist edition in the checklist catalog.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edition Id</em>' attribute.
	 * @see #setEditionId(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAssessment_EditionId()
	 * @model
	 * @generated
	 */
	String getEditionId();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAssessment#getEditionId <em>Edition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edition Id</em>' attribute.
	 * @see #getEditionId()
	 * @generated
	 */
	void setEditionId(String value);

	/**
	 * Returns the value of the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fiscal year (年度, April to March) the edition applies to, e.g. 2025; target dates of いいえ answers must fall inside it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fiscal Year</em>' attribute.
	 * @see #setFiscalYear(int)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAssessment_FiscalYear()
	 * @model
	 * @generated
	 */
	int getFiscalYear();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAssessment#getFiscalYear <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year</em>' attribute.
	 * @see #getFiscalYear()
	 * @generated
	 */
	void setFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Form</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.ChecklistForm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which form: medical institution, pharmacy or vendor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Form</em>' attribute.
	 * @see io.sekisho.model.facility.ChecklistForm
	 * @see #setForm(ChecklistForm)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAssessment_Form()
	 * @model
	 * @generated
	 */
	ChecklistForm getForm();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAssessment#getForm <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Form</em>' attribute.
	 * @see io.sekisho.model.facility.ChecklistForm
	 * @see #getForm()
	 * @generated
	 */
	void setForm(ChecklistForm value);

	/**
	 * Returns the value of the '<em><b>Respondent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For the vendor form: the vendor that answers; empty when the facility answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Respondent</em>' reference.
	 * @see #setRespondent(Organization)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAssessment_Respondent()
	 * @model
	 * @generated
	 */
	Organization getRespondent();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAssessment#getRespondent <em>Respondent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondent</em>' reference.
	 * @see #getRespondent()
	 * @generated
	 */
	void setRespondent(Organization value);

	/**
	 * Returns the value of the '<em><b>Respondent Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person who filled in the form.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Respondent Name</em>' attribute.
	 * @see #setRespondentName(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAssessment_RespondentName()
	 * @model
	 * @generated
	 */
	String getRespondentName();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAssessment#getRespondentName <em>Respondent Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondent Name</em>' attribute.
	 * @see #getRespondentName()
	 * @generated
	 */
	void setRespondentName(String value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.model.facility.ChecklistAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answers, one per item and device column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAssessment_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistAnswer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remarks</em>' attribute.
	 * @see #setRemarks(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAssessment_Remarks()
	 * @model
	 * @generated
	 */
	String getRemarks();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAssessment#getRemarks <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remarks</em>' attribute.
	 * @see #getRemarks()
	 * @generated
	 */
	void setRemarks(String value);

	/**
	 * Returns the value of the '<em><b>Confirmation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 確認日 of the form: the day the answers as a whole were confirmed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirmation Date</em>' attribute.
	 * @see #setConfirmationDate(LocalDate)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAssessment_ConfirmationDate()
	 * @model dataType="io.sekisho.model.facility.LocalDate"
	 * @generated
	 */
	LocalDate getConfirmationDate();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAssessment#getConfirmationDate <em>Confirmation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmation Date</em>' attribute.
	 * @see #getConfirmationDate()
	 * @generated
	 */
	void setConfirmationDate(LocalDate value);

} // ChecklistAssessment
