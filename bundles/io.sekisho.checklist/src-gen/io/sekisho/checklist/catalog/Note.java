/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Note</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.checklist.catalog.Note#getTextJa <em>Text Ja</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Note#getTextEn <em>Text En</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Note#getTargetFiscalYear <em>Target Fiscal Year</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Note#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see io.sekisho.checklist.catalog.CatalogPackage#getNote()
 * @model
 * @generated
 */
public interface Note extends EObject {
	/**
	 * Returns the value of the '<em><b>Text Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Ja</em>' attribute.
	 * @see #setTextJa(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getNote_TextJa()
	 * @model
	 * @generated
	 */
	String getTextJa();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Note#getTextJa <em>Text Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Ja</em>' attribute.
	 * @see #getTextJa()
	 * @generated
	 */
	void setTextJa(String value);

	/**
	 * Returns the value of the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text En</em>' attribute.
	 * @see #setTextEn(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getNote_TextEn()
	 * @model
	 * @generated
	 */
	String getTextEn();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Note#getTextEn <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text En</em>' attribute.
	 * @see #getTextEn()
	 * @generated
	 */
	void setTextEn(String value);

	/**
	 * Returns the value of the '<em><b>Target Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fiscal year the note sets as a deadline, such as 2027 for two-factor authentication; null when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Fiscal Year</em>' attribute.
	 * @see #setTargetFiscalYear(Integer)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getNote_TargetFiscalYear()
	 * @model
	 * @generated
	 */
	Integer getTargetFiscalYear();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Note#getTargetFiscalYear <em>Target Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Fiscal Year</em>' attribute.
	 * @see #getTargetFiscalYear()
	 * @generated
	 */
	void setTargetFiscalYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.Certainty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #setStatus(Certainty)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getNote_Status()
	 * @model
	 * @generated
	 */
	Certainty getStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Note#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Certainty value);

} // Note
