/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.checklist.catalog.Section#getNumber <em>Number</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Section#getTitleJa <em>Title Ja</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Section#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Section#getEdition <em>Edition</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Section#getItems <em>Items</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Section#getForms <em>Forms</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Section#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see io.sekisho.checklist.catalog.CatalogPackage#getSection()
 * @model
 * @generated
 */
public interface Section extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getSection_Number()
	 * @model required="true"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Section#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title Ja</em>' attribute.
	 * @see #setTitleJa(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getSection_TitleJa()
	 * @model
	 * @generated
	 */
	String getTitleJa();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Section#getTitleJa <em>Title Ja</em>}' attribute.
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
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getSection_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Section#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Edition</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.sekisho.checklist.catalog.Edition#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edition</em>' container reference.
	 * @see #setEdition(Edition)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getSection_Edition()
	 * @see io.sekisho.checklist.catalog.Edition#getSections
	 * @model opposite="sections"
	 * @generated
	 */
	Edition getEdition();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Section#getEdition <em>Edition</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edition</em>' container reference.
	 * @see #getEdition()
	 * @generated
	 */
	void setEdition(Edition value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.checklist.catalog.Item}.
	 * It is bidirectional and its opposite is '{@link io.sekisho.checklist.catalog.Item#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getSection_Items()
	 * @see io.sekisho.checklist.catalog.Item#getSection
	 * @model opposite="section" containment="true"
	 * @generated
	 */
	EList<Item> getItems();

	/**
	 * Returns the value of the '<em><b>Forms</b></em>' attribute list.
	 * The list contents are of type {@link io.sekisho.checklist.catalog.FormKind}.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.FormKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The forms the section appears on; none means every form that carries one of its items.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forms</em>' attribute list.
	 * @see io.sekisho.checklist.catalog.FormKind
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getSection_Forms()
	 * @model
	 * @generated
	 */
	EList<FormKind> getForms();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.Certainty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #setStatus(Certainty)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getSection_Status()
	 * @model
	 * @generated
	 */
	Certainty getStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Section#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Certainty value);

} // Section
