/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One question of the checklist. Texts are written in our own words, not copied from the published form.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getId <em>Id</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getNumber <em>Number</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getNumberStatus <em>Number Status</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getTextJa <em>Text Ja</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getTextEn <em>Text En</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getVendorTextJa <em>Vendor Text Ja</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getVendorTextEn <em>Vendor Text En</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getTextStatus <em>Text Status</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getColumns <em>Columns</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getForms <em>Forms</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#isGate <em>Gate</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getSection <em>Section</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.Item#getColumnsStatus <em>Columns Status</em>}</li>
 * </ul>
 *
 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem()
 * @model
 * @generated
 */
public interface Item extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key answers refer to, unique within the edition; stays when a correction changes the published number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Item#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number as printed on the form: 2-(1) in the FY2024 edition, a circled number such as ⑦ in the FY2025 one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_Number()
	 * @model required="true"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Item#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Number Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.Certainty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #setNumberStatus(Certainty)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_NumberStatus()
	 * @model
	 * @generated
	 */
	Certainty getNumberStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Item#getNumberStatus <em>Number Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #getNumberStatus()
	 * @generated
	 */
	void setNumberStatus(Certainty value);

	/**
	 * Returns the value of the '<em><b>Text Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Ja</em>' attribute.
	 * @see #setTextJa(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_TextJa()
	 * @model
	 * @generated
	 */
	String getTextJa();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Item#getTextJa <em>Text Ja</em>}' attribute.
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
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_TextEn()
	 * @model
	 * @generated
	 */
	String getTextEn();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Item#getTextEn <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text En</em>' attribute.
	 * @see #getTextEn()
	 * @generated
	 */
	void setTextEn(String value);

	/**
	 * Returns the value of the '<em><b>Vendor Text Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wording of the vendor form when it differs from the facility form.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor Text Ja</em>' attribute.
	 * @see #setVendorTextJa(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_VendorTextJa()
	 * @model
	 * @generated
	 */
	String getVendorTextJa();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Item#getVendorTextJa <em>Vendor Text Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor Text Ja</em>' attribute.
	 * @see #getVendorTextJa()
	 * @generated
	 */
	void setVendorTextJa(String value);

	/**
	 * Returns the value of the '<em><b>Vendor Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor Text En</em>' attribute.
	 * @see #setVendorTextEn(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_VendorTextEn()
	 * @model
	 * @generated
	 */
	String getVendorTextEn();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Item#getVendorTextEn <em>Vendor Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor Text En</em>' attribute.
	 * @see #getVendorTextEn()
	 * @generated
	 */
	void setVendorTextEn(String value);

	/**
	 * Returns the value of the '<em><b>Text Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.Certainty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #setTextStatus(Certainty)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_TextStatus()
	 * @model
	 * @generated
	 */
	Certainty getTextStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Item#getTextStatus <em>Text Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #getTextStatus()
	 * @generated
	 */
	void setTextStatus(Certainty value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' attribute list.
	 * The list contents are of type {@link io.sekisho.checklist.catalog.DeviceColumn}.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.DeviceColumn}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device columns the item is answered for; none means the item is answered once.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' attribute list.
	 * @see io.sekisho.checklist.catalog.DeviceColumn
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_Columns()
	 * @model
	 * @generated
	 */
	EList<DeviceColumn> getColumns();

	/**
	 * Returns the value of the '<em><b>Forms</b></em>' attribute list.
	 * The list contents are of type {@link io.sekisho.checklist.catalog.FormKind}.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.FormKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Forms</em>' attribute list.
	 * @see io.sekisho.checklist.catalog.FormKind
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_Forms()
	 * @model
	 * @generated
	 */
	EList<FormKind> getForms();

	/**
	 * Returns the value of the '<em><b>Gate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the opening question (runs a medical information system at all): いいえ there makes every other item not applicable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gate</em>' attribute.
	 * @see #setGate(boolean)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_Gate()
	 * @model
	 * @generated
	 */
	boolean isGate();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Item#isGate <em>Gate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gate</em>' attribute.
	 * @see #isGate()
	 * @generated
	 */
	void setGate(boolean value);

	/**
	 * Returns the value of the '<em><b>Section</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.sekisho.checklist.catalog.Section#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section</em>' container reference.
	 * @see #setSection(Section)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_Section()
	 * @see io.sekisho.checklist.catalog.Section#getItems
	 * @model opposite="items"
	 * @generated
	 */
	Section getSection();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Item#getSection <em>Section</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section</em>' container reference.
	 * @see #getSection()
	 * @generated
	 */
	void setSection(Section value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.checklist.catalog.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Columns Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.Certainty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How sure we are of the device columns the item is answered for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #setColumnsStatus(Certainty)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItem_ColumnsStatus()
	 * @model
	 * @generated
	 */
	Certainty getColumnsStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.Item#getColumnsStatus <em>Columns Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Columns Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #getColumnsStatus()
	 * @generated
	 */
	void setColumnsStatus(Certainty value);

} // Item
