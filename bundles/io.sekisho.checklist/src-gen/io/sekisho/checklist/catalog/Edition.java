/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One published edition of the checklist (for example the FY2024 one, 令和6年度版).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.checklist.catalog.Edition#getId <em>Id</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Edition#getTitleJa <em>Title Ja</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Edition#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Edition#getPublicationDate <em>Publication Date</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Edition#getPublicationReference <em>Publication Reference</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Edition#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Edition#getPredecessorId <em>Predecessor Id</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Edition#getStatus <em>Status</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Edition#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Edition#getForms <em>Forms</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Edition#getSections <em>Sections</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Edition#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition()
 * @model
 * @generated
 */
public interface Edition extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Edition#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title Ja</em>' attribute.
	 * @see #setTitleJa(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition_TitleJa()
	 * @model
	 * @generated
	 */
	String getTitleJa();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Edition#getTitleJa <em>Title Ja</em>}' attribute.
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
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Edition#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Publication Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publication Date</em>' attribute.
	 * @see #setPublicationDate(LocalDate)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition_PublicationDate()
	 * @model dataType="io.sekisho.checklist.catalog.LocalDate"
	 * @generated
	 */
	LocalDate getPublicationDate();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Edition#getPublicationDate <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publication Date</em>' attribute.
	 * @see #getPublicationDate()
	 * @generated
	 */
	void setPublicationDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Publication Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The notice number the edition was published with, when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publication Reference</em>' attribute.
	 * @see #setPublicationReference(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition_PublicationReference()
	 * @model
	 * @generated
	 */
	String getPublicationReference();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Edition#getPublicationReference <em>Publication Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publication Reference</em>' attribute.
	 * @see #getPublicationReference()
	 * @generated
	 */
	void setPublicationReference(String value);

	/**
	 * Returns the value of the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Japanese fiscal year (April to March) the edition applies to, as the calendar year it starts in: 2025 for 令和7年度.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fiscal Year</em>' attribute.
	 * @see #setFiscalYear(int)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition_FiscalYear()
	 * @model required="true"
	 * @generated
	 */
	int getFiscalYear();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Edition#getFiscalYear <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year</em>' attribute.
	 * @see #getFiscalYear()
	 * @generated
	 */
	void setFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Predecessor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the edition this one replaces; the mappings translate its item ids into this edition's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predecessor Id</em>' attribute.
	 * @see #setPredecessorId(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition_PredecessorId()
	 * @model
	 * @generated
	 */
	String getPredecessorId();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Edition#getPredecessorId <em>Predecessor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predecessor Id</em>' attribute.
	 * @see #getPredecessorId()
	 * @generated
	 */
	void setPredecessorId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.Certainty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #setStatus(Certainty)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition_Status()
	 * @model
	 * @generated
	 */
	Certainty getStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Edition#getStatus <em>Status</em>}' attribute.
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
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Forms</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.checklist.catalog.Form}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Forms</em>' containment reference list.
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition_Forms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Form> getForms();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.checklist.catalog.Section}.
	 * It is bidirectional and its opposite is '{@link io.sekisho.checklist.catalog.Section#getEdition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition_Sections()
	 * @see io.sekisho.checklist.catalog.Section#getEdition
	 * @model opposite="edition" containment="true"
	 * @generated
	 */
	EList<Section> getSections();

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.checklist.catalog.ItemMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' containment reference list.
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getEdition_Mappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemMapping> getMappings();

} // Edition
