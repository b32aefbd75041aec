/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The MHLW cybersecurity checklist as published: editions, forms, sections and items. Editions are data (one XMI file per edition), contributed through the extension point io.sekisho.checklist.editions.
 * <!-- end-model-doc -->
 * @see io.sekisho.checklist.catalog.CatalogFactory
 * @model kind="package"
 * @generated
 */
public interface CatalogPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "catalog";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:sekisho:checklist:catalog:1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "catalog";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CatalogPackage eINSTANCE = io.sekisho.checklist.catalog.impl.CatalogPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.sekisho.checklist.catalog.impl.EditionImpl <em>Edition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.checklist.catalog.impl.EditionImpl
	 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getEdition()
	 * @generated
	 */
	int EDITION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__ID = 0;

	/**
	 * The feature id for the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__TITLE_JA = 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__TITLE_EN = 2;

	/**
	 * The feature id for the '<em><b>Publication Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__PUBLICATION_DATE = 3;

	/**
	 * The feature id for the '<em><b>Publication Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__PUBLICATION_REFERENCE = 4;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__FISCAL_YEAR = 5;

	/**
	 * The feature id for the '<em><b>Predecessor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__PREDECESSOR_ID = 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__STATUS = 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__NOTES = 8;

	/**
	 * The feature id for the '<em><b>Forms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__FORMS = 9;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__SECTIONS = 10;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION__MAPPINGS = 11;

	/**
	 * The number of structural features of the '<em>Edition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Edition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.checklist.catalog.impl.FormImpl <em>Form</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.checklist.catalog.impl.FormImpl
	 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getForm()
	 * @generated
	 */
	int FORM = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM__KIND = 0;

	/**
	 * The feature id for the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM__TITLE_JA = 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM__TITLE_EN = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM__NOTES = 4;

	/**
	 * The feature id for the '<em><b>Out Of Scope Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM__OUT_OF_SCOPE_ANSWER = 5;

	/**
	 * The feature id for the '<em><b>Confirmation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM__CONFIRMATION_DATE = 6;

	/**
	 * The feature id for the '<em><b>Answer Options Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM__ANSWER_OPTIONS_STATUS = 7;

	/**
	 * The number of structural features of the '<em>Form</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Form</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.checklist.catalog.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.checklist.catalog.impl.SectionImpl
	 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 2;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TITLE_JA = 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TITLE_EN = 2;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__EDITION = 3;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ITEMS = 4;

	/**
	 * The feature id for the '<em><b>Forms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__FORMS = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__STATUS = 6;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.checklist.catalog.impl.ItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.checklist.catalog.impl.ItemImpl
	 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getItem()
	 * @generated
	 */
	int ITEM = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Number Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__NUMBER_STATUS = 2;

	/**
	 * The feature id for the '<em><b>Text Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__TEXT_JA = 3;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__TEXT_EN = 4;

	/**
	 * The feature id for the '<em><b>Vendor Text Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__VENDOR_TEXT_JA = 5;

	/**
	 * The feature id for the '<em><b>Vendor Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__VENDOR_TEXT_EN = 6;

	/**
	 * The feature id for the '<em><b>Text Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__TEXT_STATUS = 7;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__COLUMNS = 8;

	/**
	 * The feature id for the '<em><b>Forms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__FORMS = 9;

	/**
	 * The feature id for the '<em><b>Gate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__GATE = 10;

	/**
	 * The feature id for the '<em><b>Section</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__SECTION = 11;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__NOTES = 12;

	/**
	 * The feature id for the '<em><b>Columns Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__COLUMNS_STATUS = 13;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.checklist.catalog.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.checklist.catalog.impl.NoteImpl
	 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 4;

	/**
	 * The feature id for the '<em><b>Text Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT_JA = 0;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT_EN = 1;

	/**
	 * The feature id for the '<em><b>Target Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TARGET_FISCAL_YEAR = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__STATUS = 3;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.checklist.catalog.impl.ItemMappingImpl <em>Item Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.checklist.catalog.impl.ItemMappingImpl
	 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getItemMapping()
	 * @generated
	 */
	int ITEM_MAPPING = 5;

	/**
	 * The feature id for the '<em><b>From Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_MAPPING__FROM_ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>To Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_MAPPING__TO_ITEM_ID = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_MAPPING__STATUS = 2;

	/**
	 * The number of structural features of the '<em>Item Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_MAPPING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Item Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_MAPPING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.checklist.catalog.FormKind <em>Form Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.checklist.catalog.FormKind
	 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getFormKind()
	 * @generated
	 */
	int FORM_KIND = 6;

	/**
	 * The meta object id for the '{@link io.sekisho.checklist.catalog.DeviceColumn <em>Device Column</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.checklist.catalog.DeviceColumn
	 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getDeviceColumn()
	 * @generated
	 */
	int DEVICE_COLUMN = 7;

	/**
	 * The meta object id for the '{@link io.sekisho.checklist.catalog.Certainty <em>Certainty</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getCertainty()
	 * @generated
	 */
	int CERTAINTY = 8;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 9;


	/**
	 * Returns the meta object for class '{@link io.sekisho.checklist.catalog.Edition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edition</em>'.
	 * @see io.sekisho.checklist.catalog.Edition
	 * @generated
	 */
	EClass getEdition();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Edition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.sekisho.checklist.catalog.Edition#getId()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Edition#getTitleJa <em>Title Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Ja</em>'.
	 * @see io.sekisho.checklist.catalog.Edition#getTitleJa()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_TitleJa();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Edition#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see io.sekisho.checklist.catalog.Edition#getTitleEn()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_TitleEn();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Edition#getPublicationDate <em>Publication Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publication Date</em>'.
	 * @see io.sekisho.checklist.catalog.Edition#getPublicationDate()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_PublicationDate();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Edition#getPublicationReference <em>Publication Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publication Reference</em>'.
	 * @see io.sekisho.checklist.catalog.Edition#getPublicationReference()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_PublicationReference();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Edition#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see io.sekisho.checklist.catalog.Edition#getFiscalYear()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_FiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Edition#getPredecessorId <em>Predecessor Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predecessor Id</em>'.
	 * @see io.sekisho.checklist.catalog.Edition#getPredecessorId()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_PredecessorId();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Edition#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.sekisho.checklist.catalog.Edition#getStatus()
	 * @see #getEdition()
	 * @generated
	 */
	EAttribute getEdition_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.checklist.catalog.Edition#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see io.sekisho.checklist.catalog.Edition#getNotes()
	 * @see #getEdition()
	 * @generated
	 */
	EReference getEdition_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.checklist.catalog.Edition#getForms <em>Forms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Forms</em>'.
	 * @see io.sekisho.checklist.catalog.Edition#getForms()
	 * @see #getEdition()
	 * @generated
	 */
	EReference getEdition_Forms();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.checklist.catalog.Edition#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see io.sekisho.checklist.catalog.Edition#getSections()
	 * @see #getEdition()
	 * @generated
	 */
	EReference getEdition_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.checklist.catalog.Edition#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mappings</em>'.
	 * @see io.sekisho.checklist.catalog.Edition#getMappings()
	 * @see #getEdition()
	 * @generated
	 */
	EReference getEdition_Mappings();

	/**
	 * Returns the meta object for class '{@link io.sekisho.checklist.catalog.Form <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Form</em>'.
	 * @see io.sekisho.checklist.catalog.Form
	 * @generated
	 */
	EClass getForm();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Form#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.sekisho.checklist.catalog.Form#getKind()
	 * @see #getForm()
	 * @generated
	 */
	EAttribute getForm_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Form#getTitleJa <em>Title Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Ja</em>'.
	 * @see io.sekisho.checklist.catalog.Form#getTitleJa()
	 * @see #getForm()
	 * @generated
	 */
	EAttribute getForm_TitleJa();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Form#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see io.sekisho.checklist.catalog.Form#getTitleEn()
	 * @see #getForm()
	 * @generated
	 */
	EAttribute getForm_TitleEn();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Form#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.sekisho.checklist.catalog.Form#getStatus()
	 * @see #getForm()
	 * @generated
	 */
	EAttribute getForm_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.checklist.catalog.Form#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see io.sekisho.checklist.catalog.Form#getNotes()
	 * @see #getForm()
	 * @generated
	 */
	EReference getForm_Notes();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Form#isOutOfScopeAnswer <em>Out Of Scope Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Out Of Scope Answer</em>'.
	 * @see io.sekisho.checklist.catalog.Form#isOutOfScopeAnswer()
	 * @see #getForm()
	 * @generated
	 */
	EAttribute getForm_OutOfScopeAnswer();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Form#isConfirmationDate <em>Confirmation Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmation Date</em>'.
	 * @see io.sekisho.checklist.catalog.Form#isConfirmationDate()
	 * @see #getForm()
	 * @generated
	 */
	EAttribute getForm_ConfirmationDate();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Form#getAnswerOptionsStatus <em>Answer Options Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answer Options Status</em>'.
	 * @see io.sekisho.checklist.catalog.Form#getAnswerOptionsStatus()
	 * @see #getForm()
	 * @generated
	 */
	EAttribute getForm_AnswerOptionsStatus();

	/**
	 * Returns the meta object for class '{@link io.sekisho.checklist.catalog.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see io.sekisho.checklist.catalog.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Section#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see io.sekisho.checklist.catalog.Section#getNumber()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Number();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Section#getTitleJa <em>Title Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Ja</em>'.
	 * @see io.sekisho.checklist.catalog.Section#getTitleJa()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_TitleJa();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Section#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see io.sekisho.checklist.catalog.Section#getTitleEn()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_TitleEn();

	/**
	 * Returns the meta object for the container reference '{@link io.sekisho.checklist.catalog.Section#getEdition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Edition</em>'.
	 * @see io.sekisho.checklist.catalog.Section#getEdition()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Edition();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.checklist.catalog.Section#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.sekisho.checklist.catalog.Section#getItems()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Items();

	/**
	 * Returns the meta object for the attribute list '{@link io.sekisho.checklist.catalog.Section#getForms <em>Forms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Forms</em>'.
	 * @see io.sekisho.checklist.catalog.Section#getForms()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Forms();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Section#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.sekisho.checklist.catalog.Section#getStatus()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Status();

	/**
	 * Returns the meta object for class '{@link io.sekisho.checklist.catalog.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see io.sekisho.checklist.catalog.Item
	 * @generated
	 */
	EClass getItem();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Item#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getId()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Item#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getNumber()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Number();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Item#getNumberStatus <em>Number Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Status</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getNumberStatus()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_NumberStatus();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Item#getTextJa <em>Text Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Ja</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getTextJa()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_TextJa();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Item#getTextEn <em>Text En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text En</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getTextEn()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_TextEn();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Item#getVendorTextJa <em>Vendor Text Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor Text Ja</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getVendorTextJa()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_VendorTextJa();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Item#getVendorTextEn <em>Vendor Text En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor Text En</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getVendorTextEn()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_VendorTextEn();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Item#getTextStatus <em>Text Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Status</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getTextStatus()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_TextStatus();

	/**
	 * Returns the meta object for the attribute list '{@link io.sekisho.checklist.catalog.Item#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Columns</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getColumns()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Columns();

	/**
	 * Returns the meta object for the attribute list '{@link io.sekisho.checklist.catalog.Item#getForms <em>Forms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Forms</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getForms()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Forms();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Item#isGate <em>Gate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gate</em>'.
	 * @see io.sekisho.checklist.catalog.Item#isGate()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Gate();

	/**
	 * Returns the meta object for the container reference '{@link io.sekisho.checklist.catalog.Item#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Section</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getSection()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Section();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.checklist.catalog.Item#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getNotes()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Notes();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Item#getColumnsStatus <em>Columns Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Columns Status</em>'.
	 * @see io.sekisho.checklist.catalog.Item#getColumnsStatus()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_ColumnsStatus();

	/**
	 * Returns the meta object for class '{@link io.sekisho.checklist.catalog.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see io.sekisho.checklist.catalog.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Note#getTextJa <em>Text Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Ja</em>'.
	 * @see io.sekisho.checklist.catalog.Note#getTextJa()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_TextJa();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Note#getTextEn <em>Text En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text En</em>'.
	 * @see io.sekisho.checklist.catalog.Note#getTextEn()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_TextEn();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Note#getTargetFiscalYear <em>Target Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Fiscal Year</em>'.
	 * @see io.sekisho.checklist.catalog.Note#getTargetFiscalYear()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_TargetFiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.Note#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.sekisho.checklist.catalog.Note#getStatus()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Status();

	/**
	 * Returns the meta object for class '{@link io.sekisho.checklist.catalog.ItemMapping <em>Item Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item Mapping</em>'.
	 * @see io.sekisho.checklist.catalog.ItemMapping
	 * @generated
	 */
	EClass getItemMapping();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.ItemMapping#getFromItemId <em>From Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Item Id</em>'.
	 * @see io.sekisho.checklist.catalog.ItemMapping#getFromItemId()
	 * @see #getItemMapping()
	 * @generated
	 */
	EAttribute getItemMapping_FromItemId();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.ItemMapping#getToItemId <em>To Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Item Id</em>'.
	 * @see io.sekisho.checklist.catalog.ItemMapping#getToItemId()
	 * @see #getItemMapping()
	 * @generated
	 */
	EAttribute getItemMapping_ToItemId();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.checklist.catalog.ItemMapping#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.sekisho.checklist.catalog.ItemMapping#getStatus()
	 * @see #getItemMapping()
	 * @generated
	 */
	EAttribute getItemMapping_Status();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.checklist.catalog.FormKind <em>Form Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Form Kind</em>'.
	 * @see io.sekisho.checklist.catalog.FormKind
	 * @generated
	 */
	EEnum getFormKind();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.checklist.catalog.DeviceColumn <em>Device Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Column</em>'.
	 * @see io.sekisho.checklist.catalog.DeviceColumn
	 * @generated
	 */
	EEnum getDeviceColumn();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.checklist.catalog.Certainty <em>Certainty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Certainty</em>'.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @generated
	 */
	EEnum getCertainty();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CatalogFactory getCatalogFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.sekisho.checklist.catalog.impl.EditionImpl <em>Edition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.checklist.catalog.impl.EditionImpl
		 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getEdition()
		 * @generated
		 */
		EClass EDITION = eINSTANCE.getEdition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__ID = eINSTANCE.getEdition_Id();

		/**
		 * The meta object literal for the '<em><b>Title Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__TITLE_JA = eINSTANCE.getEdition_TitleJa();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__TITLE_EN = eINSTANCE.getEdition_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Publication Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__PUBLICATION_DATE = eINSTANCE.getEdition_PublicationDate();

		/**
		 * The meta object literal for the '<em><b>Publication Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__PUBLICATION_REFERENCE = eINSTANCE.getEdition_PublicationReference();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__FISCAL_YEAR = eINSTANCE.getEdition_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Predecessor Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__PREDECESSOR_ID = eINSTANCE.getEdition_PredecessorId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITION__STATUS = eINSTANCE.getEdition_Status();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDITION__NOTES = eINSTANCE.getEdition_Notes();

		/**
		 * The meta object literal for the '<em><b>Forms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDITION__FORMS = eINSTANCE.getEdition_Forms();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDITION__SECTIONS = eINSTANCE.getEdition_Sections();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDITION__MAPPINGS = eINSTANCE.getEdition_Mappings();

		/**
		 * The meta object literal for the '{@link io.sekisho.checklist.catalog.impl.FormImpl <em>Form</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.checklist.catalog.impl.FormImpl
		 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getForm()
		 * @generated
		 */
		EClass FORM = eINSTANCE.getForm();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM__KIND = eINSTANCE.getForm_Kind();

		/**
		 * The meta object literal for the '<em><b>Title Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM__TITLE_JA = eINSTANCE.getForm_TitleJa();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM__TITLE_EN = eINSTANCE.getForm_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM__STATUS = eINSTANCE.getForm_Status();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM__NOTES = eINSTANCE.getForm_Notes();

		/**
		 * The meta object literal for the '<em><b>Out Of Scope Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM__OUT_OF_SCOPE_ANSWER = eINSTANCE.getForm_OutOfScopeAnswer();

		/**
		 * The meta object literal for the '<em><b>Confirmation Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM__CONFIRMATION_DATE = eINSTANCE.getForm_ConfirmationDate();

		/**
		 * The meta object literal for the '<em><b>Answer Options Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM__ANSWER_OPTIONS_STATUS = eINSTANCE.getForm_AnswerOptionsStatus();

		/**
		 * The meta object literal for the '{@link io.sekisho.checklist.catalog.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.checklist.catalog.impl.SectionImpl
		 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__NUMBER = eINSTANCE.getSection_Number();

		/**
		 * The meta object literal for the '<em><b>Title Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TITLE_JA = eINSTANCE.getSection_TitleJa();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TITLE_EN = eINSTANCE.getSection_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Edition</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__EDITION = eINSTANCE.getSection_Edition();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__ITEMS = eINSTANCE.getSection_Items();

		/**
		 * The meta object literal for the '<em><b>Forms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__FORMS = eINSTANCE.getSection_Forms();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__STATUS = eINSTANCE.getSection_Status();

		/**
		 * The meta object literal for the '{@link io.sekisho.checklist.catalog.impl.ItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.checklist.catalog.impl.ItemImpl
		 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getItem()
		 * @generated
		 */
		EClass ITEM = eINSTANCE.getItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ID = eINSTANCE.getItem_Id();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__NUMBER = eINSTANCE.getItem_Number();

		/**
		 * The meta object literal for the '<em><b>Number Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__NUMBER_STATUS = eINSTANCE.getItem_NumberStatus();

		/**
		 * The meta object literal for the '<em><b>Text Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__TEXT_JA = eINSTANCE.getItem_TextJa();

		/**
		 * The meta object literal for the '<em><b>Text En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__TEXT_EN = eINSTANCE.getItem_TextEn();

		/**
		 * The meta object literal for the '<em><b>Vendor Text Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__VENDOR_TEXT_JA = eINSTANCE.getItem_VendorTextJa();

		/**
		 * The meta object literal for the '<em><b>Vendor Text En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__VENDOR_TEXT_EN = eINSTANCE.getItem_VendorTextEn();

		/**
		 * The meta object literal for the '<em><b>Text Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__TEXT_STATUS = eINSTANCE.getItem_TextStatus();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__COLUMNS = eINSTANCE.getItem_Columns();

		/**
		 * The meta object literal for the '<em><b>Forms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__FORMS = eINSTANCE.getItem_Forms();

		/**
		 * The meta object literal for the '<em><b>Gate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__GATE = eINSTANCE.getItem_Gate();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__SECTION = eINSTANCE.getItem_Section();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__NOTES = eINSTANCE.getItem_Notes();

		/**
		 * The meta object literal for the '<em><b>Columns Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__COLUMNS_STATUS = eINSTANCE.getItem_ColumnsStatus();

		/**
		 * The meta object literal for the '{@link io.sekisho.checklist.catalog.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.checklist.catalog.impl.NoteImpl
		 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Text Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT_JA = eINSTANCE.getNote_TextJa();

		/**
		 * The meta object literal for the '<em><b>Text En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT_EN = eINSTANCE.getNote_TextEn();

		/**
		 * The meta object literal for the '<em><b>Target Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TARGET_FISCAL_YEAR = eINSTANCE.getNote_TargetFiscalYear();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__STATUS = eINSTANCE.getNote_Status();

		/**
		 * The meta object literal for the '{@link io.sekisho.checklist.catalog.impl.ItemMappingImpl <em>Item Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.checklist.catalog.impl.ItemMappingImpl
		 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getItemMapping()
		 * @generated
		 */
		EClass ITEM_MAPPING = eINSTANCE.getItemMapping();

		/**
		 * The meta object literal for the '<em><b>From Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_MAPPING__FROM_ITEM_ID = eINSTANCE.getItemMapping_FromItemId();

		/**
		 * The meta object literal for the '<em><b>To Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_MAPPING__TO_ITEM_ID = eINSTANCE.getItemMapping_ToItemId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM_MAPPING__STATUS = eINSTANCE.getItemMapping_Status();

		/**
		 * The meta object literal for the '{@link io.sekisho.checklist.catalog.FormKind <em>Form Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.checklist.catalog.FormKind
		 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getFormKind()
		 * @generated
		 */
		EEnum FORM_KIND = eINSTANCE.getFormKind();

		/**
		 * The meta object literal for the '{@link io.sekisho.checklist.catalog.DeviceColumn <em>Device Column</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.checklist.catalog.DeviceColumn
		 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getDeviceColumn()
		 * @generated
		 */
		EEnum DEVICE_COLUMN = eINSTANCE.getDeviceColumn();

		/**
		 * The meta object literal for the '{@link io.sekisho.checklist.catalog.Certainty <em>Certainty</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.checklist.catalog.Certainty
		 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getCertainty()
		 * @generated
		 */
		EEnum CERTAINTY = eINSTANCE.getCertainty();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see io.sekisho.checklist.catalog.impl.CatalogPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //CatalogPackage
