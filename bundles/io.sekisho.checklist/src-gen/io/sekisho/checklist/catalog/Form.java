/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Form</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of the forms of an edition: for hospitals and clinics, for pharmacies, or for vendors.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.checklist.catalog.Form#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Form#getTitleJa <em>Title Ja</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Form#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Form#getStatus <em>Status</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Form#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Form#isOutOfScopeAnswer <em>Out Of Scope Answer</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Form#isConfirmationDate <em>Confirmation Date</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Form#getAnswerOptionsStatus <em>Answer Options Status</em>}</li>
 * </ul>
 *
 * @see io.sekisho.checklist.catalog.CatalogPackage#getForm()
 * @model
 * @generated
 */
public interface Form extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.FormKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.sekisho.checklist.catalog.FormKind
	 * @see #setKind(FormKind)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getForm_Kind()
	 * @model required="true"
	 * @generated
	 */
	FormKind getKind();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Form#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.sekisho.checklist.catalog.FormKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FormKind value);

	/**
	 * Returns the value of the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title Ja</em>' attribute.
	 * @see #setTitleJa(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getForm_TitleJa()
	 * @model
	 * @generated
	 */
	String getTitleJa();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Form#getTitleJa <em>Title Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Ja</em>' attribute.
	 * @see #getTitleJa()
	 * @generated
	 */
	void setTitleJa(String value);

	/**
	 * Returns the value of the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title En</em>' attribute.
	 * @see #setTitleEn(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getForm_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Form#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.Certainty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #setStatus(Certainty)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getForm_Status()
	 * @model
	 * @generated
	 */
	Certainty getStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Form#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Certainty value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.checklist.catalog.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getForm_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Out Of Scope Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the form offers 対象外 besides はい and いいえ: the item lies outside the vendor's maintenance contract, so the facility carries it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Out Of Scope Answer</em>' attribute.
	 * @see #setOutOfScopeAnswer(boolean)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getForm_OutOfScopeAnswer()
	 * @model
	 * @generated
	 */
	boolean isOutOfScopeAnswer();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Form#isOutOfScopeAnswer <em>Out Of Scope Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out Of Scope Answer</em>' attribute.
	 * @see #isOutOfScopeAnswer()
	 * @generated
	 */
	void setOutOfScopeAnswer(boolean value);

	/**
	 * Returns the value of the '<em><b>Confirmation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the form has a 確認日 field for the day the whole form was confirmed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirmation Date</em>' attribute.
	 * @see #setConfirmationDate(boolean)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getForm_ConfirmationDate()
	 * @model
	 * @generated
	 */
	boolean isConfirmationDate();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Form#isConfirmationDate <em>Confirmation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmation Date</em>' attribute.
	 * @see #isConfirmationDate()
	 * @generated
	 */
	void setConfirmationDate(boolean value);

	/**
	 * Returns the value of the '<em><b>Answer Options Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.Certainty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How sure we are of the answer options and the 確認日 field of this form.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answer Options Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #setAnswerOptionsStatus(Certainty)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getForm_AnswerOptionsStatus()
	 * @model
	 * @generated
	 */
	Certainty getAnswerOptionsStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Form#getAnswerOptionsStatus <em>Answer Options Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer Options Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #getAnswerOptionsStatus()
	 * @generated
	 */
	void setAnswerOptionsStatus(Certainty value);

} // Form
