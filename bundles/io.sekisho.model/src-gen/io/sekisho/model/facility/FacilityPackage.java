/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

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
 * The security model of one medical facility: its inventory (zones, devices, links, external connections, accounts, firmware), the organizations that build and maintain it, checklist answers, contacts and findings. One FacilityWorkbook is one .sekisho file. No attribute anywhere holds a password.
 * <!-- end-model-doc -->
 * @see io.sekisho.model.facility.FacilityFactory
 * @model kind="package"
 * @generated
 */
public interface FacilityPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "facility";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://sekisho.io/model/facility/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "facility";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FacilityPackage eINSTANCE = io.sekisho.model.facility.impl.FacilityPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.IdentifiedImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.NamedImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl <em>Workbook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.FacilityWorkbookImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFacilityWorkbook()
	 * @generated
	 */
	int FACILITY_WORKBOOK = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__SCHEMA_VERSION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Facility</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__FACILITY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Organizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__ORGANIZATIONS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Zones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__ZONES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__DEVICES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__LINKS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>External Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Accounts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__ACCOUNTS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Firmware Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__FIRMWARE_RECORDS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Checklist Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__CHECKLIST_ASSESSMENTS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__CONTACTS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__FINDINGS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Fingerprint Salt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK__FINGERPRINT_SALT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Workbook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Workbook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_WORKBOOK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.PersonImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 3;

	/**
	 * The feature id for the '<em><b>Name Kanji</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME_KANJI = 0;

	/**
	 * The feature id for the '<em><b>Name Kana</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME_KANA = 1;

	/**
	 * The feature id for the '<em><b>Name Romaji</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME_ROMAJI = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PHONE = 4;

	/**
	 * The feature id for the '<em><b>Mail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__MAIL = 5;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.FacilityImpl <em>Facility</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.FacilityImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFacility()
	 * @generated
	 */
	int FACILITY = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Name Kana</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__NAME_KANA = 1;

	/**
	 * The feature id for the '<em><b>Name Romaji</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__NAME_ROMAJI = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__KIND = 3;

	/**
	 * The feature id for the '<em><b>Beds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__BEDS = 4;

	/**
	 * The feature id for the '<em><b>Prefecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__PREFECTURE = 5;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__ADDRESS = 6;

	/**
	 * The feature id for the '<em><b>Representative</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__REPRESENTATIVE = 7;

	/**
	 * The feature id for the '<em><b>Security Officer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__SECURITY_OFFICER = 8;

	/**
	 * The feature id for the '<em><b>Abbreviations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__ABBREVIATIONS = 9;

	/**
	 * The feature id for the '<em><b>Domain Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__DOMAIN_NAMES = 10;

	/**
	 * The feature id for the '<em><b>Context Words</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY__CONTEXT_WORDS = 11;

	/**
	 * The number of structural features of the '<em>Facility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Facility</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACILITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.OrganizationImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ROLE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Kana</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME_KANA = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CONTACT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Remote Maintenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__REMOTE_MAINTENANCE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Disclosure Obtained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__DISCLOSURE_OBTAINED = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NOTES = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.ZoneImpl <em>Zone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.ZoneImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getZone()
	 * @generated
	 */
	int ZONE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Trust Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__TRUST_LEVEL = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Subnets</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__SUBNETS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE__DESCRIPTION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ZONE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.SecuritySoftwareImpl <em>Security Software</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.SecuritySoftwareImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getSecuritySoftware()
	 * @generated
	 */
	int SECURITY_SOFTWARE = 7;

	/**
	 * The feature id for the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_SOFTWARE__PRODUCT = 0;

	/**
	 * The feature id for the '<em><b>Definition Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_SOFTWARE__DEFINITION_DATE = 1;

	/**
	 * The feature id for the '<em><b>Running</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_SOFTWARE__RUNNING = 2;

	/**
	 * The feature id for the '<em><b>Automatic Updates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_SOFTWARE__AUTOMATIC_UPDATES = 3;

	/**
	 * The number of structural features of the '<em>Security Software</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_SOFTWARE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Security Software</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECURITY_SOFTWARE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.LogSettingsImpl <em>Log Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.LogSettingsImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getLogSettings()
	 * @generated
	 */
	int LOG_SETTINGS = 8;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_SETTINGS__ENABLED = 0;

	/**
	 * The feature id for the '<em><b>Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_SETTINGS__RETENTION_DAYS = 1;

	/**
	 * The feature id for the '<em><b>Tamper Protection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_SETTINGS__TAMPER_PROTECTION = 2;

	/**
	 * The feature id for the '<em><b>Storage Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_SETTINGS__STORAGE_LOCATION = 3;

	/**
	 * The number of structural features of the '<em>Log Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_SETTINGS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Log Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOG_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.DeviceImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__CATEGORY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Network Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NETWORK_TYPE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ROLE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__STATUS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MANUFACTURER = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MODEL = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SERIAL_NUMBER = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__LOCATION = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ZONE = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Ip Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__IP_ADDRESSES = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Mac Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MAC_ADDRESSES = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Managed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MANAGED_BY = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Remote Maintenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__REMOTE_MAINTENANCE = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__OPERATING_SYSTEM = NAMED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Firmware Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__FIRMWARE_VERSION = NAMED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Security Software</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SECURITY_SOFTWARE = NAMED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Log Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__LOG_SETTINGS = NAMED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Source Address Restriction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SOURCE_ADDRESS_RESTRICTION = NAMED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Source Address Restriction Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__SOURCE_ADDRESS_RESTRICTION_DETAIL = NAMED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Unneeded Services Disabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__UNNEEDED_SERVICES_DISABLED = NAMED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Removable Media Restricted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__REMOVABLE_MEDIA_RESTRICTED = NAMED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Install Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__INSTALL_DATE = NAMED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>End Of Support</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__END_OF_SUPPORT = NAMED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NOTES = NAMED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Multi Factor Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MULTI_FACTOR_LOGIN = NAMED_FEATURE_COUNT + 24;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 25;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.LinkImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SOURCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET_DEVICE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET_ZONE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Medium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__MEDIUM = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Untrusted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__UNTRUSTED = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.ExternalConnectionImpl <em>External Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.ExternalConnectionImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getExternalConnection()
	 * @generated
	 */
	int EXTERNAL_CONNECTION = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION__GATEWAY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION__PURPOSE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Counterpart</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION__COUNTERPART = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION__ZONE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION__MODE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source Restriction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION__SOURCE_RESTRICTION = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Source Restriction Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION__SOURCE_RESTRICTION_DETAIL = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Multi Factor Authentication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION__MULTI_FACTOR_AUTHENTICATION = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Logging</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION__LOGGING = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Approval Procedure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION__APPROVAL_PROCEDURE = NAMED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>External Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>External Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_CONNECTION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.AccountImpl <em>Account</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.AccountImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getAccount()
	 * @generated
	 */
	int ACCOUNT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__DEVICE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__SYSTEM = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>User Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__USER_NAME = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__KIND = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__OWNER = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Owner Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__OWNER_ORGANIZATION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__STATUS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Last Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__LAST_USED = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Multi Factor Authentication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__MULTI_FACTOR_AUTHENTICATION = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Password Assessment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__PASSWORD_ASSESSMENT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Lockout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT__LOCKOUT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Account</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.PasswordAssessmentImpl <em>Password Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.PasswordAssessmentImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getPasswordAssessment()
	 * @generated
	 */
	int PASSWORD_ASSESSMENT = 13;

	/**
	 * The feature id for the '<em><b>Profile Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_ASSESSMENT__PROFILE_ID = 0;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_ASSESSMENT__SCORE = 1;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_ASSESSMENT__LENGTH = 2;

	/**
	 * The feature id for the '<em><b>Character Classes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_ASSESSMENT__CHARACTER_CLASSES = 3;

	/**
	 * The feature id for the '<em><b>Finding Codes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_ASSESSMENT__FINDING_CODES = 4;

	/**
	 * The feature id for the '<em><b>Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_ASSESSMENT__FINGERPRINT = 5;

	/**
	 * The feature id for the '<em><b>Fingerprint Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_ASSESSMENT__FINGERPRINT_SCHEME = 6;

	/**
	 * The feature id for the '<em><b>Assessed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_ASSESSMENT__ASSESSED_AT = 7;

	/**
	 * The number of structural features of the '<em>Password Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_ASSESSMENT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Password Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSWORD_ASSESSMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.FirmwareRecordImpl <em>Firmware Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.FirmwareRecordImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFirmwareRecord()
	 * @generated
	 */
	int FIRMWARE_RECORD = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD__DEVICE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD__PRODUCT_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Installed Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD__INSTALLED_VERSION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Latest Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD__LATEST_VERSION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD__STATUS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Vulnerabilities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD__VULNERABILITIES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Update Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD__UPDATE_PLAN = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Planned Update</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD__PLANNED_UPDATE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Vendor Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD__VENDOR_MITIGATION = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Checked On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD__CHECKED_ON = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Hardware Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD__HARDWARE_ID = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Firmware Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Firmware Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIRMWARE_RECORD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.VulnerabilityImpl <em>Vulnerability</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.VulnerabilityImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getVulnerability()
	 * @generated
	 */
	int VULNERABILITY = 15;

	/**
	 * The feature id for the '<em><b>Cve Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__CVE_ID = 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__SEVERITY = 1;

	/**
	 * The feature id for the '<em><b>Known Exploited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__KNOWN_EXPLOITED = 2;

	/**
	 * The feature id for the '<em><b>Fixed In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__FIXED_IN = 3;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__SUMMARY = 4;

	/**
	 * The feature id for the '<em><b>Match</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__MATCH = 5;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__SCORE = 6;

	/**
	 * The feature id for the '<em><b>Kev Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__KEV_DUE_DATE = 7;

	/**
	 * The feature id for the '<em><b>Required Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__REQUIRED_ACTION = 8;

	/**
	 * The feature id for the '<em><b>Ransomware Use</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__RANSOMWARE_USE = 9;

	/**
	 * The feature id for the '<em><b>Jvn Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__JVN_ID = 10;

	/**
	 * The feature id for the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__TITLE_JA = 11;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY__BASIS = 12;

	/**
	 * The number of structural features of the '<em>Vulnerability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Vulnerability</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VULNERABILITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.ChecklistAssessmentImpl <em>Checklist Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.ChecklistAssessmentImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getChecklistAssessment()
	 * @generated
	 */
	int CHECKLIST_ASSESSMENT = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ASSESSMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Edition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ASSESSMENT__EDITION_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ASSESSMENT__FISCAL_YEAR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Form</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ASSESSMENT__FORM = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Respondent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ASSESSMENT__RESPONDENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Respondent Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ASSESSMENT__RESPONDENT_NAME = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ASSESSMENT__ANSWERS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ASSESSMENT__REMARKS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Confirmation Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ASSESSMENT__CONFIRMATION_DATE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Checklist Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ASSESSMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Checklist Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ASSESSMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.ChecklistAnswerImpl <em>Checklist Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.ChecklistAnswerImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getChecklistAnswer()
	 * @generated
	 */
	int CHECKLIST_ANSWER = 17;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>Device Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER__DEVICE_COLUMN = 1;

	/**
	 * The feature id for the '<em><b>Round1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER__ROUND1 = 2;

	/**
	 * The feature id for the '<em><b>Round1 Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER__ROUND1_DATE = 3;

	/**
	 * The feature id for the '<em><b>Round2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER__ROUND2 = 4;

	/**
	 * The feature id for the '<em><b>Round2 Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER__ROUND2_DATE = 5;

	/**
	 * The feature id for the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER__TARGET_DATE = 6;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER__REMARKS = 7;

	/**
	 * The number of structural features of the '<em>Checklist Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Checklist Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.ContactImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ROLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Internal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__INTERNAL = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ORGANIZATION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Organization Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ORGANIZATION_NAME = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PERSON = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Mail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__MAIL = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ORDER = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.impl.FindingImpl
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SEVERITY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SOURCE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CODE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SUBJECT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TEXT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Remediation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__REMEDIATION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DUE_DATE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__STATUS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.FacilityKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.FacilityKind
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFacilityKind()
	 * @generated
	 */
	int FACILITY_KIND = 20;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.OrganizationRole <em>Organization Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.OrganizationRole
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getOrganizationRole()
	 * @generated
	 */
	int ORGANIZATION_ROLE = 21;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.ZoneKind <em>Zone Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.ZoneKind
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getZoneKind()
	 * @generated
	 */
	int ZONE_KIND = 22;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.TrustLevel <em>Trust Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.TrustLevel
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getTrustLevel()
	 * @generated
	 */
	int TRUST_LEVEL = 23;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.DeviceCategory <em>Device Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.DeviceCategory
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getDeviceCategory()
	 * @generated
	 */
	int DEVICE_CATEGORY = 24;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.NetworkDeviceType <em>Network Device Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.NetworkDeviceType
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getNetworkDeviceType()
	 * @generated
	 */
	int NETWORK_DEVICE_TYPE = 25;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.DeviceStatus <em>Device Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.DeviceStatus
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getDeviceStatus()
	 * @generated
	 */
	int DEVICE_STATUS = 26;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.Availability <em>Availability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.Availability
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getAvailability()
	 * @generated
	 */
	int AVAILABILITY = 27;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.LinkMedium <em>Link Medium</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.LinkMedium
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getLinkMedium()
	 * @generated
	 */
	int LINK_MEDIUM = 28;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.ConnectionPurpose <em>Connection Purpose</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.ConnectionPurpose
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getConnectionPurpose()
	 * @generated
	 */
	int CONNECTION_PURPOSE = 29;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.ConnectionMode <em>Connection Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.ConnectionMode
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getConnectionMode()
	 * @generated
	 */
	int CONNECTION_MODE = 30;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.AccountKind <em>Account Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.AccountKind
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getAccountKind()
	 * @generated
	 */
	int ACCOUNT_KIND = 31;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.AccountStatus <em>Account Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.AccountStatus
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getAccountStatus()
	 * @generated
	 */
	int ACCOUNT_STATUS = 32;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.CharacterClass <em>Character Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.CharacterClass
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getCharacterClass()
	 * @generated
	 */
	int CHARACTER_CLASS = 33;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.FirmwareStatus <em>Firmware Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.FirmwareStatus
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFirmwareStatus()
	 * @generated
	 */
	int FIRMWARE_STATUS = 34;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.Severity
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 35;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.ChecklistForm <em>Checklist Form</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.ChecklistForm
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getChecklistForm()
	 * @generated
	 */
	int CHECKLIST_FORM = 36;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.Answer <em>Answer</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.Answer
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getAnswer()
	 * @generated
	 */
	int ANSWER = 37;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.FindingStatus <em>Finding Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.FindingStatus
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFindingStatus()
	 * @generated
	 */
	int FINDING_STATUS = 38;

	/**
	 * The meta object id for the '{@link io.sekisho.model.facility.VulnerabilityMatch <em>Vulnerability Match</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sekisho.model.facility.VulnerabilityMatch
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getVulnerabilityMatch()
	 * @generated
	 */
	int VULNERABILITY_MATCH = 39;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 40;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 41;


	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see io.sekisho.model.facility.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.sekisho.model.facility.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see io.sekisho.model.facility.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.sekisho.model.facility.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.FacilityWorkbook <em>Workbook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workbook</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook
	 * @generated
	 */
	EClass getFacilityWorkbook();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.FacilityWorkbook#getSchemaVersion <em>Schema Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schema Version</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getSchemaVersion()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EAttribute getFacilityWorkbook_SchemaVersion();

	/**
	 * Returns the meta object for the containment reference '{@link io.sekisho.model.facility.FacilityWorkbook#getFacility <em>Facility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Facility</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getFacility()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EReference getFacilityWorkbook_Facility();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.model.facility.FacilityWorkbook#getOrganizations <em>Organizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organizations</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getOrganizations()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EReference getFacilityWorkbook_Organizations();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.model.facility.FacilityWorkbook#getZones <em>Zones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Zones</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getZones()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EReference getFacilityWorkbook_Zones();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.model.facility.FacilityWorkbook#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getDevices()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EReference getFacilityWorkbook_Devices();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.model.facility.FacilityWorkbook#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getLinks()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EReference getFacilityWorkbook_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.model.facility.FacilityWorkbook#getExternalConnections <em>External Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>External Connections</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getExternalConnections()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EReference getFacilityWorkbook_ExternalConnections();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.model.facility.FacilityWorkbook#getAccounts <em>Accounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Accounts</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getAccounts()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EReference getFacilityWorkbook_Accounts();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.model.facility.FacilityWorkbook#getFirmwareRecords <em>Firmware Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Firmware Records</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getFirmwareRecords()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EReference getFacilityWorkbook_FirmwareRecords();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.model.facility.FacilityWorkbook#getChecklistAssessments <em>Checklist Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checklist Assessments</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getChecklistAssessments()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EReference getFacilityWorkbook_ChecklistAssessments();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.model.facility.FacilityWorkbook#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getContacts()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EReference getFacilityWorkbook_Contacts();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.model.facility.FacilityWorkbook#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getFindings()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EReference getFacilityWorkbook_Findings();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.FacilityWorkbook#getFingerprintSalt <em>Fingerprint Salt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fingerprint Salt</em>'.
	 * @see io.sekisho.model.facility.FacilityWorkbook#getFingerprintSalt()
	 * @see #getFacilityWorkbook()
	 * @generated
	 */
	EAttribute getFacilityWorkbook_FingerprintSalt();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see io.sekisho.model.facility.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Person#getNameKanji <em>Name Kanji</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Kanji</em>'.
	 * @see io.sekisho.model.facility.Person#getNameKanji()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_NameKanji();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Person#getNameKana <em>Name Kana</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Kana</em>'.
	 * @see io.sekisho.model.facility.Person#getNameKana()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_NameKana();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Person#getNameRomaji <em>Name Romaji</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Romaji</em>'.
	 * @see io.sekisho.model.facility.Person#getNameRomaji()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_NameRomaji();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Person#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.sekisho.model.facility.Person#getTitle()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Person#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see io.sekisho.model.facility.Person#getPhone()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Phone();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Person#getMail <em>Mail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mail</em>'.
	 * @see io.sekisho.model.facility.Person#getMail()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Mail();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.Facility <em>Facility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Facility</em>'.
	 * @see io.sekisho.model.facility.Facility
	 * @generated
	 */
	EClass getFacility();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Facility#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.sekisho.model.facility.Facility#getName()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Facility#getNameKana <em>Name Kana</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Kana</em>'.
	 * @see io.sekisho.model.facility.Facility#getNameKana()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_NameKana();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Facility#getNameRomaji <em>Name Romaji</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Romaji</em>'.
	 * @see io.sekisho.model.facility.Facility#getNameRomaji()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_NameRomaji();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Facility#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.sekisho.model.facility.Facility#getKind()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Facility#getBeds <em>Beds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beds</em>'.
	 * @see io.sekisho.model.facility.Facility#getBeds()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_Beds();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Facility#getPrefecture <em>Prefecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefecture</em>'.
	 * @see io.sekisho.model.facility.Facility#getPrefecture()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_Prefecture();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Facility#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.sekisho.model.facility.Facility#getAddress()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_Address();

	/**
	 * Returns the meta object for the containment reference '{@link io.sekisho.model.facility.Facility#getRepresentative <em>Representative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Representative</em>'.
	 * @see io.sekisho.model.facility.Facility#getRepresentative()
	 * @see #getFacility()
	 * @generated
	 */
	EReference getFacility_Representative();

	/**
	 * Returns the meta object for the containment reference '{@link io.sekisho.model.facility.Facility#getSecurityOfficer <em>Security Officer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Security Officer</em>'.
	 * @see io.sekisho.model.facility.Facility#getSecurityOfficer()
	 * @see #getFacility()
	 * @generated
	 */
	EReference getFacility_SecurityOfficer();

	/**
	 * Returns the meta object for the attribute list '{@link io.sekisho.model.facility.Facility#getAbbreviations <em>Abbreviations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Abbreviations</em>'.
	 * @see io.sekisho.model.facility.Facility#getAbbreviations()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_Abbreviations();

	/**
	 * Returns the meta object for the attribute list '{@link io.sekisho.model.facility.Facility#getDomainNames <em>Domain Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Domain Names</em>'.
	 * @see io.sekisho.model.facility.Facility#getDomainNames()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_DomainNames();

	/**
	 * Returns the meta object for the attribute list '{@link io.sekisho.model.facility.Facility#getContextWords <em>Context Words</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Context Words</em>'.
	 * @see io.sekisho.model.facility.Facility#getContextWords()
	 * @see #getFacility()
	 * @generated
	 */
	EAttribute getFacility_ContextWords();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see io.sekisho.model.facility.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Organization#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see io.sekisho.model.facility.Organization#getRole()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Role();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Organization#getNameKana <em>Name Kana</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Kana</em>'.
	 * @see io.sekisho.model.facility.Organization#getNameKana()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_NameKana();

	/**
	 * Returns the meta object for the containment reference '{@link io.sekisho.model.facility.Organization#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Contact</em>'.
	 * @see io.sekisho.model.facility.Organization#getContact()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Contact();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Organization#isRemoteMaintenance <em>Remote Maintenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Maintenance</em>'.
	 * @see io.sekisho.model.facility.Organization#isRemoteMaintenance()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_RemoteMaintenance();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Organization#isDisclosureObtained <em>Disclosure Obtained</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disclosure Obtained</em>'.
	 * @see io.sekisho.model.facility.Organization#isDisclosureObtained()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_DisclosureObtained();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Organization#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see io.sekisho.model.facility.Organization#getNotes()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Notes();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.Zone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Zone</em>'.
	 * @see io.sekisho.model.facility.Zone
	 * @generated
	 */
	EClass getZone();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Zone#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.sekisho.model.facility.Zone#getKind()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Zone#getTrustLevel <em>Trust Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trust Level</em>'.
	 * @see io.sekisho.model.facility.Zone#getTrustLevel()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_TrustLevel();

	/**
	 * Returns the meta object for the attribute list '{@link io.sekisho.model.facility.Zone#getSubnets <em>Subnets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Subnets</em>'.
	 * @see io.sekisho.model.facility.Zone#getSubnets()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Subnets();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Zone#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.sekisho.model.facility.Zone#getDescription()
	 * @see #getZone()
	 * @generated
	 */
	EAttribute getZone_Description();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.SecuritySoftware <em>Security Software</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Security Software</em>'.
	 * @see io.sekisho.model.facility.SecuritySoftware
	 * @generated
	 */
	EClass getSecuritySoftware();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.SecuritySoftware#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product</em>'.
	 * @see io.sekisho.model.facility.SecuritySoftware#getProduct()
	 * @see #getSecuritySoftware()
	 * @generated
	 */
	EAttribute getSecuritySoftware_Product();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.SecuritySoftware#getDefinitionDate <em>Definition Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Date</em>'.
	 * @see io.sekisho.model.facility.SecuritySoftware#getDefinitionDate()
	 * @see #getSecuritySoftware()
	 * @generated
	 */
	EAttribute getSecuritySoftware_DefinitionDate();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.SecuritySoftware#getRunning <em>Running</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Running</em>'.
	 * @see io.sekisho.model.facility.SecuritySoftware#getRunning()
	 * @see #getSecuritySoftware()
	 * @generated
	 */
	EAttribute getSecuritySoftware_Running();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.SecuritySoftware#getAutomaticUpdates <em>Automatic Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Automatic Updates</em>'.
	 * @see io.sekisho.model.facility.SecuritySoftware#getAutomaticUpdates()
	 * @see #getSecuritySoftware()
	 * @generated
	 */
	EAttribute getSecuritySoftware_AutomaticUpdates();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.LogSettings <em>Log Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Log Settings</em>'.
	 * @see io.sekisho.model.facility.LogSettings
	 * @generated
	 */
	EClass getLogSettings();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.LogSettings#getEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.sekisho.model.facility.LogSettings#getEnabled()
	 * @see #getLogSettings()
	 * @generated
	 */
	EAttribute getLogSettings_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.LogSettings#getRetentionDays <em>Retention Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Days</em>'.
	 * @see io.sekisho.model.facility.LogSettings#getRetentionDays()
	 * @see #getLogSettings()
	 * @generated
	 */
	EAttribute getLogSettings_RetentionDays();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.LogSettings#getTamperProtection <em>Tamper Protection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tamper Protection</em>'.
	 * @see io.sekisho.model.facility.LogSettings#getTamperProtection()
	 * @see #getLogSettings()
	 * @generated
	 */
	EAttribute getLogSettings_TamperProtection();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.LogSettings#getStorageLocation <em>Storage Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage Location</em>'.
	 * @see io.sekisho.model.facility.LogSettings#getStorageLocation()
	 * @see #getLogSettings()
	 * @generated
	 */
	EAttribute getLogSettings_StorageLocation();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see io.sekisho.model.facility.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see io.sekisho.model.facility.Device#getCategory()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Category();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getNetworkType <em>Network Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network Type</em>'.
	 * @see io.sekisho.model.facility.Device#getNetworkType()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_NetworkType();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see io.sekisho.model.facility.Device#getRole()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Role();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.sekisho.model.facility.Device#getStatus()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getManufacturer <em>Manufacturer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manufacturer</em>'.
	 * @see io.sekisho.model.facility.Device#getManufacturer()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Manufacturer();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see io.sekisho.model.facility.Device#getModel()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Model();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see io.sekisho.model.facility.Device#getSerialNumber()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_SerialNumber();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see io.sekisho.model.facility.Device#getLocation()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Location();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.Device#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Zone</em>'.
	 * @see io.sekisho.model.facility.Device#getZone()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Zone();

	/**
	 * Returns the meta object for the attribute list '{@link io.sekisho.model.facility.Device#getIpAddresses <em>Ip Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ip Addresses</em>'.
	 * @see io.sekisho.model.facility.Device#getIpAddresses()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_IpAddresses();

	/**
	 * Returns the meta object for the attribute list '{@link io.sekisho.model.facility.Device#getMacAddresses <em>Mac Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mac Addresses</em>'.
	 * @see io.sekisho.model.facility.Device#getMacAddresses()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_MacAddresses();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.Device#getManagedBy <em>Managed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Managed By</em>'.
	 * @see io.sekisho.model.facility.Device#getManagedBy()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_ManagedBy();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#isRemoteMaintenance <em>Remote Maintenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Maintenance</em>'.
	 * @see io.sekisho.model.facility.Device#isRemoteMaintenance()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_RemoteMaintenance();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getOperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operating System</em>'.
	 * @see io.sekisho.model.facility.Device#getOperatingSystem()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_OperatingSystem();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getFirmwareVersion <em>Firmware Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware Version</em>'.
	 * @see io.sekisho.model.facility.Device#getFirmwareVersion()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_FirmwareVersion();

	/**
	 * Returns the meta object for the containment reference '{@link io.sekisho.model.facility.Device#getSecuritySoftware <em>Security Software</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Security Software</em>'.
	 * @see io.sekisho.model.facility.Device#getSecuritySoftware()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_SecuritySoftware();

	/**
	 * Returns the meta object for the containment reference '{@link io.sekisho.model.facility.Device#getLogSettings <em>Log Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Log Settings</em>'.
	 * @see io.sekisho.model.facility.Device#getLogSettings()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_LogSettings();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getSourceAddressRestriction <em>Source Address Restriction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Address Restriction</em>'.
	 * @see io.sekisho.model.facility.Device#getSourceAddressRestriction()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_SourceAddressRestriction();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getSourceAddressRestrictionDetail <em>Source Address Restriction Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Address Restriction Detail</em>'.
	 * @see io.sekisho.model.facility.Device#getSourceAddressRestrictionDetail()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_SourceAddressRestrictionDetail();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getUnneededServicesDisabled <em>Unneeded Services Disabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unneeded Services Disabled</em>'.
	 * @see io.sekisho.model.facility.Device#getUnneededServicesDisabled()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_UnneededServicesDisabled();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getRemovableMediaRestricted <em>Removable Media Restricted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Removable Media Restricted</em>'.
	 * @see io.sekisho.model.facility.Device#getRemovableMediaRestricted()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_RemovableMediaRestricted();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getInstallDate <em>Install Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Install Date</em>'.
	 * @see io.sekisho.model.facility.Device#getInstallDate()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_InstallDate();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getEndOfSupport <em>End Of Support</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Of Support</em>'.
	 * @see io.sekisho.model.facility.Device#getEndOfSupport()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_EndOfSupport();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see io.sekisho.model.facility.Device#getNotes()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Notes();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Device#getMultiFactorLogin <em>Multi Factor Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multi Factor Login</em>'.
	 * @see io.sekisho.model.facility.Device#getMultiFactorLogin()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_MultiFactorLogin();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see io.sekisho.model.facility.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.Link#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see io.sekisho.model.facility.Link#getSource()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Source();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.Link#getTargetDevice <em>Target Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Device</em>'.
	 * @see io.sekisho.model.facility.Link#getTargetDevice()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_TargetDevice();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.Link#getTargetZone <em>Target Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Zone</em>'.
	 * @see io.sekisho.model.facility.Link#getTargetZone()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_TargetZone();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Link#getMedium <em>Medium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Medium</em>'.
	 * @see io.sekisho.model.facility.Link#getMedium()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Medium();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Link#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.sekisho.model.facility.Link#getDescription()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Link#isUntrusted <em>Untrusted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Untrusted</em>'.
	 * @see io.sekisho.model.facility.Link#isUntrusted()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Untrusted();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.ExternalConnection <em>External Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Connection</em>'.
	 * @see io.sekisho.model.facility.ExternalConnection
	 * @generated
	 */
	EClass getExternalConnection();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.ExternalConnection#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Gateway</em>'.
	 * @see io.sekisho.model.facility.ExternalConnection#getGateway()
	 * @see #getExternalConnection()
	 * @generated
	 */
	EReference getExternalConnection_Gateway();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ExternalConnection#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see io.sekisho.model.facility.ExternalConnection#getPurpose()
	 * @see #getExternalConnection()
	 * @generated
	 */
	EAttribute getExternalConnection_Purpose();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.ExternalConnection#getCounterpart <em>Counterpart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Counterpart</em>'.
	 * @see io.sekisho.model.facility.ExternalConnection#getCounterpart()
	 * @see #getExternalConnection()
	 * @generated
	 */
	EReference getExternalConnection_Counterpart();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.ExternalConnection#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Zone</em>'.
	 * @see io.sekisho.model.facility.ExternalConnection#getZone()
	 * @see #getExternalConnection()
	 * @generated
	 */
	EReference getExternalConnection_Zone();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ExternalConnection#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.sekisho.model.facility.ExternalConnection#getMode()
	 * @see #getExternalConnection()
	 * @generated
	 */
	EAttribute getExternalConnection_Mode();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ExternalConnection#getSourceRestriction <em>Source Restriction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Restriction</em>'.
	 * @see io.sekisho.model.facility.ExternalConnection#getSourceRestriction()
	 * @see #getExternalConnection()
	 * @generated
	 */
	EAttribute getExternalConnection_SourceRestriction();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ExternalConnection#getSourceRestrictionDetail <em>Source Restriction Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Restriction Detail</em>'.
	 * @see io.sekisho.model.facility.ExternalConnection#getSourceRestrictionDetail()
	 * @see #getExternalConnection()
	 * @generated
	 */
	EAttribute getExternalConnection_SourceRestrictionDetail();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ExternalConnection#getMultiFactorAuthentication <em>Multi Factor Authentication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multi Factor Authentication</em>'.
	 * @see io.sekisho.model.facility.ExternalConnection#getMultiFactorAuthentication()
	 * @see #getExternalConnection()
	 * @generated
	 */
	EAttribute getExternalConnection_MultiFactorAuthentication();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ExternalConnection#getLogging <em>Logging</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logging</em>'.
	 * @see io.sekisho.model.facility.ExternalConnection#getLogging()
	 * @see #getExternalConnection()
	 * @generated
	 */
	EAttribute getExternalConnection_Logging();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ExternalConnection#getApprovalProcedure <em>Approval Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approval Procedure</em>'.
	 * @see io.sekisho.model.facility.ExternalConnection#getApprovalProcedure()
	 * @see #getExternalConnection()
	 * @generated
	 */
	EAttribute getExternalConnection_ApprovalProcedure();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.Account <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Account</em>'.
	 * @see io.sekisho.model.facility.Account
	 * @generated
	 */
	EClass getAccount();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.Account#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see io.sekisho.model.facility.Account#getDevice()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_Device();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Account#getSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System</em>'.
	 * @see io.sekisho.model.facility.Account#getSystem()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_System();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Account#getUserName <em>User Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Name</em>'.
	 * @see io.sekisho.model.facility.Account#getUserName()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_UserName();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Account#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.sekisho.model.facility.Account#getKind()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Account#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see io.sekisho.model.facility.Account#getOwner()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Owner();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.Account#getOwnerOrganization <em>Owner Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner Organization</em>'.
	 * @see io.sekisho.model.facility.Account#getOwnerOrganization()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_OwnerOrganization();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Account#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.sekisho.model.facility.Account#getStatus()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Account#getLastUsed <em>Last Used</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Used</em>'.
	 * @see io.sekisho.model.facility.Account#getLastUsed()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_LastUsed();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Account#isMultiFactorAuthentication <em>Multi Factor Authentication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multi Factor Authentication</em>'.
	 * @see io.sekisho.model.facility.Account#isMultiFactorAuthentication()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_MultiFactorAuthentication();

	/**
	 * Returns the meta object for the containment reference '{@link io.sekisho.model.facility.Account#getPasswordAssessment <em>Password Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Password Assessment</em>'.
	 * @see io.sekisho.model.facility.Account#getPasswordAssessment()
	 * @see #getAccount()
	 * @generated
	 */
	EReference getAccount_PasswordAssessment();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Account#getLockout <em>Lockout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lockout</em>'.
	 * @see io.sekisho.model.facility.Account#getLockout()
	 * @see #getAccount()
	 * @generated
	 */
	EAttribute getAccount_Lockout();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.PasswordAssessment <em>Password Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Password Assessment</em>'.
	 * @see io.sekisho.model.facility.PasswordAssessment
	 * @generated
	 */
	EClass getPasswordAssessment();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.PasswordAssessment#getProfileId <em>Profile Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profile Id</em>'.
	 * @see io.sekisho.model.facility.PasswordAssessment#getProfileId()
	 * @see #getPasswordAssessment()
	 * @generated
	 */
	EAttribute getPasswordAssessment_ProfileId();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.PasswordAssessment#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see io.sekisho.model.facility.PasswordAssessment#getScore()
	 * @see #getPasswordAssessment()
	 * @generated
	 */
	EAttribute getPasswordAssessment_Score();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.PasswordAssessment#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see io.sekisho.model.facility.PasswordAssessment#getLength()
	 * @see #getPasswordAssessment()
	 * @generated
	 */
	EAttribute getPasswordAssessment_Length();

	/**
	 * Returns the meta object for the attribute list '{@link io.sekisho.model.facility.PasswordAssessment#getCharacterClasses <em>Character Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Character Classes</em>'.
	 * @see io.sekisho.model.facility.PasswordAssessment#getCharacterClasses()
	 * @see #getPasswordAssessment()
	 * @generated
	 */
	EAttribute getPasswordAssessment_CharacterClasses();

	/**
	 * Returns the meta object for the attribute list '{@link io.sekisho.model.facility.PasswordAssessment#getFindingCodes <em>Finding Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Finding Codes</em>'.
	 * @see io.sekisho.model.facility.PasswordAssessment#getFindingCodes()
	 * @see #getPasswordAssessment()
	 * @generated
	 */
	EAttribute getPasswordAssessment_FindingCodes();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.PasswordAssessment#getFingerprint <em>Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fingerprint</em>'.
	 * @see io.sekisho.model.facility.PasswordAssessment#getFingerprint()
	 * @see #getPasswordAssessment()
	 * @generated
	 */
	EAttribute getPasswordAssessment_Fingerprint();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.PasswordAssessment#getFingerprintScheme <em>Fingerprint Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fingerprint Scheme</em>'.
	 * @see io.sekisho.model.facility.PasswordAssessment#getFingerprintScheme()
	 * @see #getPasswordAssessment()
	 * @generated
	 */
	EAttribute getPasswordAssessment_FingerprintScheme();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.PasswordAssessment#getAssessedAt <em>Assessed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessed At</em>'.
	 * @see io.sekisho.model.facility.PasswordAssessment#getAssessedAt()
	 * @see #getPasswordAssessment()
	 * @generated
	 */
	EAttribute getPasswordAssessment_AssessedAt();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.FirmwareRecord <em>Firmware Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Firmware Record</em>'.
	 * @see io.sekisho.model.facility.FirmwareRecord
	 * @generated
	 */
	EClass getFirmwareRecord();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.FirmwareRecord#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Device</em>'.
	 * @see io.sekisho.model.facility.FirmwareRecord#getDevice()
	 * @see #getFirmwareRecord()
	 * @generated
	 */
	EReference getFirmwareRecord_Device();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.FirmwareRecord#getProductId <em>Product Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Id</em>'.
	 * @see io.sekisho.model.facility.FirmwareRecord#getProductId()
	 * @see #getFirmwareRecord()
	 * @generated
	 */
	EAttribute getFirmwareRecord_ProductId();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.FirmwareRecord#getInstalledVersion <em>Installed Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Installed Version</em>'.
	 * @see io.sekisho.model.facility.FirmwareRecord#getInstalledVersion()
	 * @see #getFirmwareRecord()
	 * @generated
	 */
	EAttribute getFirmwareRecord_InstalledVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.FirmwareRecord#getLatestVersion <em>Latest Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latest Version</em>'.
	 * @see io.sekisho.model.facility.FirmwareRecord#getLatestVersion()
	 * @see #getFirmwareRecord()
	 * @generated
	 */
	EAttribute getFirmwareRecord_LatestVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.FirmwareRecord#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.sekisho.model.facility.FirmwareRecord#getStatus()
	 * @see #getFirmwareRecord()
	 * @generated
	 */
	EAttribute getFirmwareRecord_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.model.facility.FirmwareRecord#getVulnerabilities <em>Vulnerabilities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vulnerabilities</em>'.
	 * @see io.sekisho.model.facility.FirmwareRecord#getVulnerabilities()
	 * @see #getFirmwareRecord()
	 * @generated
	 */
	EReference getFirmwareRecord_Vulnerabilities();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.FirmwareRecord#getUpdatePlan <em>Update Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update Plan</em>'.
	 * @see io.sekisho.model.facility.FirmwareRecord#getUpdatePlan()
	 * @see #getFirmwareRecord()
	 * @generated
	 */
	EAttribute getFirmwareRecord_UpdatePlan();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.FirmwareRecord#getPlannedUpdate <em>Planned Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Update</em>'.
	 * @see io.sekisho.model.facility.FirmwareRecord#getPlannedUpdate()
	 * @see #getFirmwareRecord()
	 * @generated
	 */
	EAttribute getFirmwareRecord_PlannedUpdate();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.FirmwareRecord#getVendorMitigation <em>Vendor Mitigation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor Mitigation</em>'.
	 * @see io.sekisho.model.facility.FirmwareRecord#getVendorMitigation()
	 * @see #getFirmwareRecord()
	 * @generated
	 */
	EAttribute getFirmwareRecord_VendorMitigation();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.FirmwareRecord#getCheckedOn <em>Checked On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checked On</em>'.
	 * @see io.sekisho.model.facility.FirmwareRecord#getCheckedOn()
	 * @see #getFirmwareRecord()
	 * @generated
	 */
	EAttribute getFirmwareRecord_CheckedOn();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.FirmwareRecord#getHardwareId <em>Hardware Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Id</em>'.
	 * @see io.sekisho.model.facility.FirmwareRecord#getHardwareId()
	 * @see #getFirmwareRecord()
	 * @generated
	 */
	EAttribute getFirmwareRecord_HardwareId();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.Vulnerability <em>Vulnerability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vulnerability</em>'.
	 * @see io.sekisho.model.facility.Vulnerability
	 * @generated
	 */
	EClass getVulnerability();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#getCveId <em>Cve Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cve Id</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#getCveId()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_CveId();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#getSeverity()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_Severity();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#isKnownExploited <em>Known Exploited</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Known Exploited</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#isKnownExploited()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_KnownExploited();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#getFixedIn <em>Fixed In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed In</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#getFixedIn()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_FixedIn();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#getSummary()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_Summary();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#getMatch <em>Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Match</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#getMatch()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_Match();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#getScore()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_Score();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#getKevDueDate <em>Kev Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kev Due Date</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#getKevDueDate()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_KevDueDate();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#getRequiredAction <em>Required Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required Action</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#getRequiredAction()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_RequiredAction();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#isRansomwareUse <em>Ransomware Use</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ransomware Use</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#isRansomwareUse()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_RansomwareUse();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#getJvnId <em>Jvn Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jvn Id</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#getJvnId()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_JvnId();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#getTitleJa <em>Title Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Ja</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#getTitleJa()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_TitleJa();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Vulnerability#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basis</em>'.
	 * @see io.sekisho.model.facility.Vulnerability#getBasis()
	 * @see #getVulnerability()
	 * @generated
	 */
	EAttribute getVulnerability_Basis();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.ChecklistAssessment <em>Checklist Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Assessment</em>'.
	 * @see io.sekisho.model.facility.ChecklistAssessment
	 * @generated
	 */
	EClass getChecklistAssessment();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAssessment#getEditionId <em>Edition Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edition Id</em>'.
	 * @see io.sekisho.model.facility.ChecklistAssessment#getEditionId()
	 * @see #getChecklistAssessment()
	 * @generated
	 */
	EAttribute getChecklistAssessment_EditionId();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAssessment#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see io.sekisho.model.facility.ChecklistAssessment#getFiscalYear()
	 * @see #getChecklistAssessment()
	 * @generated
	 */
	EAttribute getChecklistAssessment_FiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAssessment#getForm <em>Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Form</em>'.
	 * @see io.sekisho.model.facility.ChecklistAssessment#getForm()
	 * @see #getChecklistAssessment()
	 * @generated
	 */
	EAttribute getChecklistAssessment_Form();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.ChecklistAssessment#getRespondent <em>Respondent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Respondent</em>'.
	 * @see io.sekisho.model.facility.ChecklistAssessment#getRespondent()
	 * @see #getChecklistAssessment()
	 * @generated
	 */
	EReference getChecklistAssessment_Respondent();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAssessment#getRespondentName <em>Respondent Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Respondent Name</em>'.
	 * @see io.sekisho.model.facility.ChecklistAssessment#getRespondentName()
	 * @see #getChecklistAssessment()
	 * @generated
	 */
	EAttribute getChecklistAssessment_RespondentName();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sekisho.model.facility.ChecklistAssessment#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see io.sekisho.model.facility.ChecklistAssessment#getAnswers()
	 * @see #getChecklistAssessment()
	 * @generated
	 */
	EReference getChecklistAssessment_Answers();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAssessment#getRemarks <em>Remarks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remarks</em>'.
	 * @see io.sekisho.model.facility.ChecklistAssessment#getRemarks()
	 * @see #getChecklistAssessment()
	 * @generated
	 */
	EAttribute getChecklistAssessment_Remarks();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAssessment#getConfirmationDate <em>Confirmation Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmation Date</em>'.
	 * @see io.sekisho.model.facility.ChecklistAssessment#getConfirmationDate()
	 * @see #getChecklistAssessment()
	 * @generated
	 */
	EAttribute getChecklistAssessment_ConfirmationDate();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.ChecklistAnswer <em>Checklist Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Answer</em>'.
	 * @see io.sekisho.model.facility.ChecklistAnswer
	 * @generated
	 */
	EClass getChecklistAnswer();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAnswer#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see io.sekisho.model.facility.ChecklistAnswer#getItemId()
	 * @see #getChecklistAnswer()
	 * @generated
	 */
	EAttribute getChecklistAnswer_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAnswer#getDeviceColumn <em>Device Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Column</em>'.
	 * @see io.sekisho.model.facility.ChecklistAnswer#getDeviceColumn()
	 * @see #getChecklistAnswer()
	 * @generated
	 */
	EAttribute getChecklistAnswer_DeviceColumn();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAnswer#getRound1 <em>Round1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Round1</em>'.
	 * @see io.sekisho.model.facility.ChecklistAnswer#getRound1()
	 * @see #getChecklistAnswer()
	 * @generated
	 */
	EAttribute getChecklistAnswer_Round1();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAnswer#getRound1Date <em>Round1 Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Round1 Date</em>'.
	 * @see io.sekisho.model.facility.ChecklistAnswer#getRound1Date()
	 * @see #getChecklistAnswer()
	 * @generated
	 */
	EAttribute getChecklistAnswer_Round1Date();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAnswer#getRound2 <em>Round2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Round2</em>'.
	 * @see io.sekisho.model.facility.ChecklistAnswer#getRound2()
	 * @see #getChecklistAnswer()
	 * @generated
	 */
	EAttribute getChecklistAnswer_Round2();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAnswer#getRound2Date <em>Round2 Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Round2 Date</em>'.
	 * @see io.sekisho.model.facility.ChecklistAnswer#getRound2Date()
	 * @see #getChecklistAnswer()
	 * @generated
	 */
	EAttribute getChecklistAnswer_Round2Date();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAnswer#getTargetDate <em>Target Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Date</em>'.
	 * @see io.sekisho.model.facility.ChecklistAnswer#getTargetDate()
	 * @see #getChecklistAnswer()
	 * @generated
	 */
	EAttribute getChecklistAnswer_TargetDate();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.ChecklistAnswer#getRemarks <em>Remarks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remarks</em>'.
	 * @see io.sekisho.model.facility.ChecklistAnswer#getRemarks()
	 * @see #getChecklistAnswer()
	 * @generated
	 */
	EAttribute getChecklistAnswer_Remarks();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see io.sekisho.model.facility.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Contact#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see io.sekisho.model.facility.Contact#getRole()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Role();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Contact#isInternal <em>Internal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Internal</em>'.
	 * @see io.sekisho.model.facility.Contact#isInternal()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Internal();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.Contact#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organization</em>'.
	 * @see io.sekisho.model.facility.Contact#getOrganization()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Organization();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Contact#getOrganizationName <em>Organization Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organization Name</em>'.
	 * @see io.sekisho.model.facility.Contact#getOrganizationName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_OrganizationName();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Contact#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Person</em>'.
	 * @see io.sekisho.model.facility.Contact#getPerson()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Person();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Contact#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see io.sekisho.model.facility.Contact#getPhone()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Phone();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Contact#getMail <em>Mail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mail</em>'.
	 * @see io.sekisho.model.facility.Contact#getMail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Mail();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Contact#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see io.sekisho.model.facility.Contact#getOrder()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Order();

	/**
	 * Returns the meta object for class '{@link io.sekisho.model.facility.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see io.sekisho.model.facility.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Finding#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see io.sekisho.model.facility.Finding#getSeverity()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Severity();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Finding#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see io.sekisho.model.facility.Finding#getSource()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Source();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Finding#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see io.sekisho.model.facility.Finding#getCode()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Code();

	/**
	 * Returns the meta object for the reference '{@link io.sekisho.model.facility.Finding#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see io.sekisho.model.facility.Finding#getSubject()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Subject();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Finding#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.sekisho.model.facility.Finding#getText()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Text();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Finding#getRemediation <em>Remediation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remediation</em>'.
	 * @see io.sekisho.model.facility.Finding#getRemediation()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Remediation();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Finding#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see io.sekisho.model.facility.Finding#getDueDate()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link io.sekisho.model.facility.Finding#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.sekisho.model.facility.Finding#getStatus()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Status();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.FacilityKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see io.sekisho.model.facility.FacilityKind
	 * @generated
	 */
	EEnum getFacilityKind();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.OrganizationRole <em>Organization Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organization Role</em>'.
	 * @see io.sekisho.model.facility.OrganizationRole
	 * @generated
	 */
	EEnum getOrganizationRole();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.ZoneKind <em>Zone Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Zone Kind</em>'.
	 * @see io.sekisho.model.facility.ZoneKind
	 * @generated
	 */
	EEnum getZoneKind();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.TrustLevel <em>Trust Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Trust Level</em>'.
	 * @see io.sekisho.model.facility.TrustLevel
	 * @generated
	 */
	EEnum getTrustLevel();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.DeviceCategory <em>Device Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Category</em>'.
	 * @see io.sekisho.model.facility.DeviceCategory
	 * @generated
	 */
	EEnum getDeviceCategory();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.NetworkDeviceType <em>Network Device Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Network Device Type</em>'.
	 * @see io.sekisho.model.facility.NetworkDeviceType
	 * @generated
	 */
	EEnum getNetworkDeviceType();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.DeviceStatus <em>Device Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Status</em>'.
	 * @see io.sekisho.model.facility.DeviceStatus
	 * @generated
	 */
	EEnum getDeviceStatus();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.Availability <em>Availability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Availability</em>'.
	 * @see io.sekisho.model.facility.Availability
	 * @generated
	 */
	EEnum getAvailability();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.LinkMedium <em>Link Medium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Medium</em>'.
	 * @see io.sekisho.model.facility.LinkMedium
	 * @generated
	 */
	EEnum getLinkMedium();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.ConnectionPurpose <em>Connection Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection Purpose</em>'.
	 * @see io.sekisho.model.facility.ConnectionPurpose
	 * @generated
	 */
	EEnum getConnectionPurpose();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.ConnectionMode <em>Connection Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Connection Mode</em>'.
	 * @see io.sekisho.model.facility.ConnectionMode
	 * @generated
	 */
	EEnum getConnectionMode();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.AccountKind <em>Account Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Account Kind</em>'.
	 * @see io.sekisho.model.facility.AccountKind
	 * @generated
	 */
	EEnum getAccountKind();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.AccountStatus <em>Account Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Account Status</em>'.
	 * @see io.sekisho.model.facility.AccountStatus
	 * @generated
	 */
	EEnum getAccountStatus();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.CharacterClass <em>Character Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Character Class</em>'.
	 * @see io.sekisho.model.facility.CharacterClass
	 * @generated
	 */
	EEnum getCharacterClass();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.FirmwareStatus <em>Firmware Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Firmware Status</em>'.
	 * @see io.sekisho.model.facility.FirmwareStatus
	 * @generated
	 */
	EEnum getFirmwareStatus();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see io.sekisho.model.facility.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.ChecklistForm <em>Checklist Form</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Checklist Form</em>'.
	 * @see io.sekisho.model.facility.ChecklistForm
	 * @generated
	 */
	EEnum getChecklistForm();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Answer</em>'.
	 * @see io.sekisho.model.facility.Answer
	 * @generated
	 */
	EEnum getAnswer();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.FindingStatus <em>Finding Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Finding Status</em>'.
	 * @see io.sekisho.model.facility.FindingStatus
	 * @generated
	 */
	EEnum getFindingStatus();

	/**
	 * Returns the meta object for enum '{@link io.sekisho.model.facility.VulnerabilityMatch <em>Vulnerability Match</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vulnerability Match</em>'.
	 * @see io.sekisho.model.facility.VulnerabilityMatch
	 * @generated
	 */
	EEnum getVulnerabilityMatch();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, written as ISO 8601 (2025-04-01).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time in UTC, written as ISO 8601 (2025-04-01T09:00:00Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FacilityFactory getFacilityFactory();

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
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.IdentifiedImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.NamedImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl <em>Workbook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.FacilityWorkbookImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFacilityWorkbook()
		 * @generated
		 */
		EClass FACILITY_WORKBOOK = eINSTANCE.getFacilityWorkbook();

		/**
		 * The meta object literal for the '<em><b>Schema Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY_WORKBOOK__SCHEMA_VERSION = eINSTANCE.getFacilityWorkbook_SchemaVersion();

		/**
		 * The meta object literal for the '<em><b>Facility</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY_WORKBOOK__FACILITY = eINSTANCE.getFacilityWorkbook_Facility();

		/**
		 * The meta object literal for the '<em><b>Organizations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY_WORKBOOK__ORGANIZATIONS = eINSTANCE.getFacilityWorkbook_Organizations();

		/**
		 * The meta object literal for the '<em><b>Zones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY_WORKBOOK__ZONES = eINSTANCE.getFacilityWorkbook_Zones();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY_WORKBOOK__DEVICES = eINSTANCE.getFacilityWorkbook_Devices();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY_WORKBOOK__LINKS = eINSTANCE.getFacilityWorkbook_Links();

		/**
		 * The meta object literal for the '<em><b>External Connections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS = eINSTANCE.getFacilityWorkbook_ExternalConnections();

		/**
		 * The meta object literal for the '<em><b>Accounts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY_WORKBOOK__ACCOUNTS = eINSTANCE.getFacilityWorkbook_Accounts();

		/**
		 * The meta object literal for the '<em><b>Firmware Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY_WORKBOOK__FIRMWARE_RECORDS = eINSTANCE.getFacilityWorkbook_FirmwareRecords();

		/**
		 * The meta object literal for the '<em><b>Checklist Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY_WORKBOOK__CHECKLIST_ASSESSMENTS = eINSTANCE.getFacilityWorkbook_ChecklistAssessments();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY_WORKBOOK__CONTACTS = eINSTANCE.getFacilityWorkbook_Contacts();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY_WORKBOOK__FINDINGS = eINSTANCE.getFacilityWorkbook_Findings();

		/**
		 * The meta object literal for the '<em><b>Fingerprint Salt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY_WORKBOOK__FINGERPRINT_SALT = eINSTANCE.getFacilityWorkbook_FingerprintSalt();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.PersonImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name Kanji</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME_KANJI = eINSTANCE.getPerson_NameKanji();

		/**
		 * The meta object literal for the '<em><b>Name Kana</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME_KANA = eINSTANCE.getPerson_NameKana();

		/**
		 * The meta object literal for the '<em><b>Name Romaji</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME_ROMAJI = eINSTANCE.getPerson_NameRomaji();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__TITLE = eINSTANCE.getPerson_Title();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__PHONE = eINSTANCE.getPerson_Phone();

		/**
		 * The meta object literal for the '<em><b>Mail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__MAIL = eINSTANCE.getPerson_Mail();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.FacilityImpl <em>Facility</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.FacilityImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFacility()
		 * @generated
		 */
		EClass FACILITY = eINSTANCE.getFacility();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__NAME = eINSTANCE.getFacility_Name();

		/**
		 * The meta object literal for the '<em><b>Name Kana</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__NAME_KANA = eINSTANCE.getFacility_NameKana();

		/**
		 * The meta object literal for the '<em><b>Name Romaji</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__NAME_ROMAJI = eINSTANCE.getFacility_NameRomaji();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__KIND = eINSTANCE.getFacility_Kind();

		/**
		 * The meta object literal for the '<em><b>Beds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__BEDS = eINSTANCE.getFacility_Beds();

		/**
		 * The meta object literal for the '<em><b>Prefecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__PREFECTURE = eINSTANCE.getFacility_Prefecture();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__ADDRESS = eINSTANCE.getFacility_Address();

		/**
		 * The meta object literal for the '<em><b>Representative</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY__REPRESENTATIVE = eINSTANCE.getFacility_Representative();

		/**
		 * The meta object literal for the '<em><b>Security Officer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FACILITY__SECURITY_OFFICER = eINSTANCE.getFacility_SecurityOfficer();

		/**
		 * The meta object literal for the '<em><b>Abbreviations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__ABBREVIATIONS = eINSTANCE.getFacility_Abbreviations();

		/**
		 * The meta object literal for the '<em><b>Domain Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__DOMAIN_NAMES = eINSTANCE.getFacility_DomainNames();

		/**
		 * The meta object literal for the '<em><b>Context Words</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACILITY__CONTEXT_WORDS = eINSTANCE.getFacility_ContextWords();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.OrganizationImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__ROLE = eINSTANCE.getOrganization_Role();

		/**
		 * The meta object literal for the '<em><b>Name Kana</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__NAME_KANA = eINSTANCE.getOrganization_NameKana();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__CONTACT = eINSTANCE.getOrganization_Contact();

		/**
		 * The meta object literal for the '<em><b>Remote Maintenance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__REMOTE_MAINTENANCE = eINSTANCE.getOrganization_RemoteMaintenance();

		/**
		 * The meta object literal for the '<em><b>Disclosure Obtained</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__DISCLOSURE_OBTAINED = eINSTANCE.getOrganization_DisclosureObtained();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__NOTES = eINSTANCE.getOrganization_Notes();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.ZoneImpl <em>Zone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.ZoneImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getZone()
		 * @generated
		 */
		EClass ZONE = eINSTANCE.getZone();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__KIND = eINSTANCE.getZone_Kind();

		/**
		 * The meta object literal for the '<em><b>Trust Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__TRUST_LEVEL = eINSTANCE.getZone_TrustLevel();

		/**
		 * The meta object literal for the '<em><b>Subnets</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__SUBNETS = eINSTANCE.getZone_Subnets();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ZONE__DESCRIPTION = eINSTANCE.getZone_Description();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.SecuritySoftwareImpl <em>Security Software</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.SecuritySoftwareImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getSecuritySoftware()
		 * @generated
		 */
		EClass SECURITY_SOFTWARE = eINSTANCE.getSecuritySoftware();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_SOFTWARE__PRODUCT = eINSTANCE.getSecuritySoftware_Product();

		/**
		 * The meta object literal for the '<em><b>Definition Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_SOFTWARE__DEFINITION_DATE = eINSTANCE.getSecuritySoftware_DefinitionDate();

		/**
		 * The meta object literal for the '<em><b>Running</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_SOFTWARE__RUNNING = eINSTANCE.getSecuritySoftware_Running();

		/**
		 * The meta object literal for the '<em><b>Automatic Updates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECURITY_SOFTWARE__AUTOMATIC_UPDATES = eINSTANCE.getSecuritySoftware_AutomaticUpdates();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.LogSettingsImpl <em>Log Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.LogSettingsImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getLogSettings()
		 * @generated
		 */
		EClass LOG_SETTINGS = eINSTANCE.getLogSettings();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_SETTINGS__ENABLED = eINSTANCE.getLogSettings_Enabled();

		/**
		 * The meta object literal for the '<em><b>Retention Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_SETTINGS__RETENTION_DAYS = eINSTANCE.getLogSettings_RetentionDays();

		/**
		 * The meta object literal for the '<em><b>Tamper Protection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_SETTINGS__TAMPER_PROTECTION = eINSTANCE.getLogSettings_TamperProtection();

		/**
		 * The meta object literal for the '<em><b>Storage Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOG_SETTINGS__STORAGE_LOCATION = eINSTANCE.getLogSettings_StorageLocation();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.DeviceImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__CATEGORY = eINSTANCE.getDevice_Category();

		/**
		 * The meta object literal for the '<em><b>Network Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__NETWORK_TYPE = eINSTANCE.getDevice_NetworkType();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__ROLE = eINSTANCE.getDevice_Role();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__STATUS = eINSTANCE.getDevice_Status();

		/**
		 * The meta object literal for the '<em><b>Manufacturer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MANUFACTURER = eINSTANCE.getDevice_Manufacturer();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MODEL = eINSTANCE.getDevice_Model();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__SERIAL_NUMBER = eINSTANCE.getDevice_SerialNumber();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__LOCATION = eINSTANCE.getDevice_Location();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__ZONE = eINSTANCE.getDevice_Zone();

		/**
		 * The meta object literal for the '<em><b>Ip Addresses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__IP_ADDRESSES = eINSTANCE.getDevice_IpAddresses();

		/**
		 * The meta object literal for the '<em><b>Mac Addresses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MAC_ADDRESSES = eINSTANCE.getDevice_MacAddresses();

		/**
		 * The meta object literal for the '<em><b>Managed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__MANAGED_BY = eINSTANCE.getDevice_ManagedBy();

		/**
		 * The meta object literal for the '<em><b>Remote Maintenance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__REMOTE_MAINTENANCE = eINSTANCE.getDevice_RemoteMaintenance();

		/**
		 * The meta object literal for the '<em><b>Operating System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__OPERATING_SYSTEM = eINSTANCE.getDevice_OperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Firmware Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__FIRMWARE_VERSION = eINSTANCE.getDevice_FirmwareVersion();

		/**
		 * The meta object literal for the '<em><b>Security Software</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__SECURITY_SOFTWARE = eINSTANCE.getDevice_SecuritySoftware();

		/**
		 * The meta object literal for the '<em><b>Log Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__LOG_SETTINGS = eINSTANCE.getDevice_LogSettings();

		/**
		 * The meta object literal for the '<em><b>Source Address Restriction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__SOURCE_ADDRESS_RESTRICTION = eINSTANCE.getDevice_SourceAddressRestriction();

		/**
		 * The meta object literal for the '<em><b>Source Address Restriction Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__SOURCE_ADDRESS_RESTRICTION_DETAIL = eINSTANCE.getDevice_SourceAddressRestrictionDetail();

		/**
		 * The meta object literal for the '<em><b>Unneeded Services Disabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__UNNEEDED_SERVICES_DISABLED = eINSTANCE.getDevice_UnneededServicesDisabled();

		/**
		 * The meta object literal for the '<em><b>Removable Media Restricted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__REMOVABLE_MEDIA_RESTRICTED = eINSTANCE.getDevice_RemovableMediaRestricted();

		/**
		 * The meta object literal for the '<em><b>Install Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__INSTALL_DATE = eINSTANCE.getDevice_InstallDate();

		/**
		 * The meta object literal for the '<em><b>End Of Support</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__END_OF_SUPPORT = eINSTANCE.getDevice_EndOfSupport();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__NOTES = eINSTANCE.getDevice_Notes();

		/**
		 * The meta object literal for the '<em><b>Multi Factor Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MULTI_FACTOR_LOGIN = eINSTANCE.getDevice_MultiFactorLogin();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.LinkImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__SOURCE = eINSTANCE.getLink_Source();

		/**
		 * The meta object literal for the '<em><b>Target Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__TARGET_DEVICE = eINSTANCE.getLink_TargetDevice();

		/**
		 * The meta object literal for the '<em><b>Target Zone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__TARGET_ZONE = eINSTANCE.getLink_TargetZone();

		/**
		 * The meta object literal for the '<em><b>Medium</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__MEDIUM = eINSTANCE.getLink_Medium();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__DESCRIPTION = eINSTANCE.getLink_Description();

		/**
		 * The meta object literal for the '<em><b>Untrusted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__UNTRUSTED = eINSTANCE.getLink_Untrusted();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.ExternalConnectionImpl <em>External Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.ExternalConnectionImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getExternalConnection()
		 * @generated
		 */
		EClass EXTERNAL_CONNECTION = eINSTANCE.getExternalConnection();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_CONNECTION__GATEWAY = eINSTANCE.getExternalConnection_Gateway();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_CONNECTION__PURPOSE = eINSTANCE.getExternalConnection_Purpose();

		/**
		 * The meta object literal for the '<em><b>Counterpart</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_CONNECTION__COUNTERPART = eINSTANCE.getExternalConnection_Counterpart();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_CONNECTION__ZONE = eINSTANCE.getExternalConnection_Zone();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_CONNECTION__MODE = eINSTANCE.getExternalConnection_Mode();

		/**
		 * The meta object literal for the '<em><b>Source Restriction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_CONNECTION__SOURCE_RESTRICTION = eINSTANCE.getExternalConnection_SourceRestriction();

		/**
		 * The meta object literal for the '<em><b>Source Restriction Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_CONNECTION__SOURCE_RESTRICTION_DETAIL = eINSTANCE.getExternalConnection_SourceRestrictionDetail();

		/**
		 * The meta object literal for the '<em><b>Multi Factor Authentication</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_CONNECTION__MULTI_FACTOR_AUTHENTICATION = eINSTANCE.getExternalConnection_MultiFactorAuthentication();

		/**
		 * The meta object literal for the '<em><b>Logging</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_CONNECTION__LOGGING = eINSTANCE.getExternalConnection_Logging();

		/**
		 * The meta object literal for the '<em><b>Approval Procedure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_CONNECTION__APPROVAL_PROCEDURE = eINSTANCE.getExternalConnection_ApprovalProcedure();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.AccountImpl <em>Account</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.AccountImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getAccount()
		 * @generated
		 */
		EClass ACCOUNT = eINSTANCE.getAccount();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__DEVICE = eINSTANCE.getAccount_Device();

		/**
		 * The meta object literal for the '<em><b>System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__SYSTEM = eINSTANCE.getAccount_System();

		/**
		 * The meta object literal for the '<em><b>User Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__USER_NAME = eINSTANCE.getAccount_UserName();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__KIND = eINSTANCE.getAccount_Kind();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__OWNER = eINSTANCE.getAccount_Owner();

		/**
		 * The meta object literal for the '<em><b>Owner Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__OWNER_ORGANIZATION = eINSTANCE.getAccount_OwnerOrganization();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__STATUS = eINSTANCE.getAccount_Status();

		/**
		 * The meta object literal for the '<em><b>Last Used</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__LAST_USED = eINSTANCE.getAccount_LastUsed();

		/**
		 * The meta object literal for the '<em><b>Multi Factor Authentication</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__MULTI_FACTOR_AUTHENTICATION = eINSTANCE.getAccount_MultiFactorAuthentication();

		/**
		 * The meta object literal for the '<em><b>Password Assessment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNT__PASSWORD_ASSESSMENT = eINSTANCE.getAccount_PasswordAssessment();

		/**
		 * The meta object literal for the '<em><b>Lockout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNT__LOCKOUT = eINSTANCE.getAccount_Lockout();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.PasswordAssessmentImpl <em>Password Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.PasswordAssessmentImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getPasswordAssessment()
		 * @generated
		 */
		EClass PASSWORD_ASSESSMENT = eINSTANCE.getPasswordAssessment();

		/**
		 * The meta object literal for the '<em><b>Profile Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSWORD_ASSESSMENT__PROFILE_ID = eINSTANCE.getPasswordAssessment_ProfileId();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSWORD_ASSESSMENT__SCORE = eINSTANCE.getPasswordAssessment_Score();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSWORD_ASSESSMENT__LENGTH = eINSTANCE.getPasswordAssessment_Length();

		/**
		 * The meta object literal for the '<em><b>Character Classes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSWORD_ASSESSMENT__CHARACTER_CLASSES = eINSTANCE.getPasswordAssessment_CharacterClasses();

		/**
		 * The meta object literal for the '<em><b>Finding Codes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSWORD_ASSESSMENT__FINDING_CODES = eINSTANCE.getPasswordAssessment_FindingCodes();

		/**
		 * The meta object literal for the '<em><b>Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSWORD_ASSESSMENT__FINGERPRINT = eINSTANCE.getPasswordAssessment_Fingerprint();

		/**
		 * The meta object literal for the '<em><b>Fingerprint Scheme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSWORD_ASSESSMENT__FINGERPRINT_SCHEME = eINSTANCE.getPasswordAssessment_FingerprintScheme();

		/**
		 * The meta object literal for the '<em><b>Assessed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSWORD_ASSESSMENT__ASSESSED_AT = eINSTANCE.getPasswordAssessment_AssessedAt();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.FirmwareRecordImpl <em>Firmware Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.FirmwareRecordImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFirmwareRecord()
		 * @generated
		 */
		EClass FIRMWARE_RECORD = eINSTANCE.getFirmwareRecord();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIRMWARE_RECORD__DEVICE = eINSTANCE.getFirmwareRecord_Device();

		/**
		 * The meta object literal for the '<em><b>Product Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIRMWARE_RECORD__PRODUCT_ID = eINSTANCE.getFirmwareRecord_ProductId();

		/**
		 * The meta object literal for the '<em><b>Installed Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIRMWARE_RECORD__INSTALLED_VERSION = eINSTANCE.getFirmwareRecord_InstalledVersion();

		/**
		 * The meta object literal for the '<em><b>Latest Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIRMWARE_RECORD__LATEST_VERSION = eINSTANCE.getFirmwareRecord_LatestVersion();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIRMWARE_RECORD__STATUS = eINSTANCE.getFirmwareRecord_Status();

		/**
		 * The meta object literal for the '<em><b>Vulnerabilities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIRMWARE_RECORD__VULNERABILITIES = eINSTANCE.getFirmwareRecord_Vulnerabilities();

		/**
		 * The meta object literal for the '<em><b>Update Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIRMWARE_RECORD__UPDATE_PLAN = eINSTANCE.getFirmwareRecord_UpdatePlan();

		/**
		 * The meta object literal for the '<em><b>Planned Update</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIRMWARE_RECORD__PLANNED_UPDATE = eINSTANCE.getFirmwareRecord_PlannedUpdate();

		/**
		 * The meta object literal for the '<em><b>Vendor Mitigation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIRMWARE_RECORD__VENDOR_MITIGATION = eINSTANCE.getFirmwareRecord_VendorMitigation();

		/**
		 * The meta object literal for the '<em><b>Checked On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIRMWARE_RECORD__CHECKED_ON = eINSTANCE.getFirmwareRecord_CheckedOn();

		/**
		 * The meta object literal for the '<em><b>Hardware Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIRMWARE_RECORD__HARDWARE_ID = eINSTANCE.getFirmwareRecord_HardwareId();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.VulnerabilityImpl <em>Vulnerability</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.VulnerabilityImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getVulnerability()
		 * @generated
		 */
		EClass VULNERABILITY = eINSTANCE.getVulnerability();

		/**
		 * The meta object literal for the '<em><b>Cve Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__CVE_ID = eINSTANCE.getVulnerability_CveId();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__SEVERITY = eINSTANCE.getVulnerability_Severity();

		/**
		 * The meta object literal for the '<em><b>Known Exploited</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__KNOWN_EXPLOITED = eINSTANCE.getVulnerability_KnownExploited();

		/**
		 * The meta object literal for the '<em><b>Fixed In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__FIXED_IN = eINSTANCE.getVulnerability_FixedIn();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__SUMMARY = eINSTANCE.getVulnerability_Summary();

		/**
		 * The meta object literal for the '<em><b>Match</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__MATCH = eINSTANCE.getVulnerability_Match();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__SCORE = eINSTANCE.getVulnerability_Score();

		/**
		 * The meta object literal for the '<em><b>Kev Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__KEV_DUE_DATE = eINSTANCE.getVulnerability_KevDueDate();

		/**
		 * The meta object literal for the '<em><b>Required Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__REQUIRED_ACTION = eINSTANCE.getVulnerability_RequiredAction();

		/**
		 * The meta object literal for the '<em><b>Ransomware Use</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__RANSOMWARE_USE = eINSTANCE.getVulnerability_RansomwareUse();

		/**
		 * The meta object literal for the '<em><b>Jvn Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__JVN_ID = eINSTANCE.getVulnerability_JvnId();

		/**
		 * The meta object literal for the '<em><b>Title Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__TITLE_JA = eINSTANCE.getVulnerability_TitleJa();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VULNERABILITY__BASIS = eINSTANCE.getVulnerability_Basis();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.ChecklistAssessmentImpl <em>Checklist Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.ChecklistAssessmentImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getChecklistAssessment()
		 * @generated
		 */
		EClass CHECKLIST_ASSESSMENT = eINSTANCE.getChecklistAssessment();

		/**
		 * The meta object literal for the '<em><b>Edition Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ASSESSMENT__EDITION_ID = eINSTANCE.getChecklistAssessment_EditionId();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ASSESSMENT__FISCAL_YEAR = eINSTANCE.getChecklistAssessment_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Form</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ASSESSMENT__FORM = eINSTANCE.getChecklistAssessment_Form();

		/**
		 * The meta object literal for the '<em><b>Respondent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_ASSESSMENT__RESPONDENT = eINSTANCE.getChecklistAssessment_Respondent();

		/**
		 * The meta object literal for the '<em><b>Respondent Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ASSESSMENT__RESPONDENT_NAME = eINSTANCE.getChecklistAssessment_RespondentName();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_ASSESSMENT__ANSWERS = eINSTANCE.getChecklistAssessment_Answers();

		/**
		 * The meta object literal for the '<em><b>Remarks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ASSESSMENT__REMARKS = eINSTANCE.getChecklistAssessment_Remarks();

		/**
		 * The meta object literal for the '<em><b>Confirmation Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ASSESSMENT__CONFIRMATION_DATE = eINSTANCE.getChecklistAssessment_ConfirmationDate();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.ChecklistAnswerImpl <em>Checklist Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.ChecklistAnswerImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getChecklistAnswer()
		 * @generated
		 */
		EClass CHECKLIST_ANSWER = eINSTANCE.getChecklistAnswer();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ANSWER__ITEM_ID = eINSTANCE.getChecklistAnswer_ItemId();

		/**
		 * The meta object literal for the '<em><b>Device Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ANSWER__DEVICE_COLUMN = eINSTANCE.getChecklistAnswer_DeviceColumn();

		/**
		 * The meta object literal for the '<em><b>Round1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ANSWER__ROUND1 = eINSTANCE.getChecklistAnswer_Round1();

		/**
		 * The meta object literal for the '<em><b>Round1 Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ANSWER__ROUND1_DATE = eINSTANCE.getChecklistAnswer_Round1Date();

		/**
		 * The meta object literal for the '<em><b>Round2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ANSWER__ROUND2 = eINSTANCE.getChecklistAnswer_Round2();

		/**
		 * The meta object literal for the '<em><b>Round2 Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ANSWER__ROUND2_DATE = eINSTANCE.getChecklistAnswer_Round2Date();

		/**
		 * The meta object literal for the '<em><b>Target Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ANSWER__TARGET_DATE = eINSTANCE.getChecklistAnswer_TargetDate();

		/**
		 * The meta object literal for the '<em><b>Remarks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ANSWER__REMARKS = eINSTANCE.getChecklistAnswer_Remarks();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.ContactImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ROLE = eINSTANCE.getContact_Role();

		/**
		 * The meta object literal for the '<em><b>Internal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__INTERNAL = eINSTANCE.getContact_Internal();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__ORGANIZATION = eINSTANCE.getContact_Organization();

		/**
		 * The meta object literal for the '<em><b>Organization Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ORGANIZATION_NAME = eINSTANCE.getContact_OrganizationName();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PERSON = eINSTANCE.getContact_Person();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PHONE = eINSTANCE.getContact_Phone();

		/**
		 * The meta object literal for the '<em><b>Mail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__MAIL = eINSTANCE.getContact_Mail();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ORDER = eINSTANCE.getContact_Order();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.impl.FindingImpl
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SEVERITY = eINSTANCE.getFinding_Severity();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SOURCE = eINSTANCE.getFinding_Source();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__CODE = eINSTANCE.getFinding_Code();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__SUBJECT = eINSTANCE.getFinding_Subject();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TEXT = eINSTANCE.getFinding_Text();

		/**
		 * The meta object literal for the '<em><b>Remediation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__REMEDIATION = eINSTANCE.getFinding_Remediation();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__DUE_DATE = eINSTANCE.getFinding_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__STATUS = eINSTANCE.getFinding_Status();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.FacilityKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.FacilityKind
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFacilityKind()
		 * @generated
		 */
		EEnum FACILITY_KIND = eINSTANCE.getFacilityKind();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.OrganizationRole <em>Organization Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.OrganizationRole
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getOrganizationRole()
		 * @generated
		 */
		EEnum ORGANIZATION_ROLE = eINSTANCE.getOrganizationRole();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.ZoneKind <em>Zone Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.ZoneKind
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getZoneKind()
		 * @generated
		 */
		EEnum ZONE_KIND = eINSTANCE.getZoneKind();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.TrustLevel <em>Trust Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.TrustLevel
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getTrustLevel()
		 * @generated
		 */
		EEnum TRUST_LEVEL = eINSTANCE.getTrustLevel();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.DeviceCategory <em>Device Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.DeviceCategory
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getDeviceCategory()
		 * @generated
		 */
		EEnum DEVICE_CATEGORY = eINSTANCE.getDeviceCategory();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.NetworkDeviceType <em>Network Device Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.NetworkDeviceType
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getNetworkDeviceType()
		 * @generated
		 */
		EEnum NETWORK_DEVICE_TYPE = eINSTANCE.getNetworkDeviceType();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.DeviceStatus <em>Device Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.DeviceStatus
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getDeviceStatus()
		 * @generated
		 */
		EEnum DEVICE_STATUS = eINSTANCE.getDeviceStatus();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.Availability <em>Availability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.Availability
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getAvailability()
		 * @generated
		 */
		EEnum AVAILABILITY = eINSTANCE.getAvailability();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.LinkMedium <em>Link Medium</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.LinkMedium
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getLinkMedium()
		 * @generated
		 */
		EEnum LINK_MEDIUM = eINSTANCE.getLinkMedium();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.ConnectionPurpose <em>Connection Purpose</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.ConnectionPurpose
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getConnectionPurpose()
		 * @generated
		 */
		EEnum CONNECTION_PURPOSE = eINSTANCE.getConnectionPurpose();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.ConnectionMode <em>Connection Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.ConnectionMode
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getConnectionMode()
		 * @generated
		 */
		EEnum CONNECTION_MODE = eINSTANCE.getConnectionMode();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.AccountKind <em>Account Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.AccountKind
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getAccountKind()
		 * @generated
		 */
		EEnum ACCOUNT_KIND = eINSTANCE.getAccountKind();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.AccountStatus <em>Account Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.AccountStatus
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getAccountStatus()
		 * @generated
		 */
		EEnum ACCOUNT_STATUS = eINSTANCE.getAccountStatus();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.CharacterClass <em>Character Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.CharacterClass
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getCharacterClass()
		 * @generated
		 */
		EEnum CHARACTER_CLASS = eINSTANCE.getCharacterClass();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.FirmwareStatus <em>Firmware Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.FirmwareStatus
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFirmwareStatus()
		 * @generated
		 */
		EEnum FIRMWARE_STATUS = eINSTANCE.getFirmwareStatus();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.Severity
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.ChecklistForm <em>Checklist Form</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.ChecklistForm
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getChecklistForm()
		 * @generated
		 */
		EEnum CHECKLIST_FORM = eINSTANCE.getChecklistForm();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.Answer <em>Answer</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.Answer
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getAnswer()
		 * @generated
		 */
		EEnum ANSWER = eINSTANCE.getAnswer();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.FindingStatus <em>Finding Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.FindingStatus
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getFindingStatus()
		 * @generated
		 */
		EEnum FINDING_STATUS = eINSTANCE.getFindingStatus();

		/**
		 * The meta object literal for the '{@link io.sekisho.model.facility.VulnerabilityMatch <em>Vulnerability Match</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sekisho.model.facility.VulnerabilityMatch
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getVulnerabilityMatch()
		 * @generated
		 */
		EEnum VULNERABILITY_MATCH = eINSTANCE.getVulnerabilityMatch();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see io.sekisho.model.facility.impl.FacilityPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //FacilityPackage
