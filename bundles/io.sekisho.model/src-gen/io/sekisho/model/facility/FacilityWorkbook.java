/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workbook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .sekisho file: everything known about one facility. Its id identifies the facility's workbook across copies and exports.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getFacility <em>Facility</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getZones <em>Zones</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getDevices <em>Devices</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getLinks <em>Links</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getExternalConnections <em>External Connections</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getAccounts <em>Accounts</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getFirmwareRecords <em>Firmware Records</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getChecklistAssessments <em>Checklist Assessments</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getContacts <em>Contacts</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getFindings <em>Findings</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FacilityWorkbook#getFingerprintSalt <em>Fingerprint Salt</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook()
 * @model
 * @generated
 */
public interface FacilityWorkbook extends Identified {
	/**
	 * Returns the value of the '<em><b>Schema Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of this file format, set on every save. A file with a higher version than the running Sekisho knows is refused; a lower one is migrated when loaded. Version 1 is the first; a file without the attribute is read as version 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schema Version</em>' attribute.
	 * @see #setSchemaVersion(int)
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_SchemaVersion()
	 * @model
	 * @generated
	 */
	int getSchemaVersion();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FacilityWorkbook#getSchemaVersion <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema Version</em>' attribute.
	 * @see #getSchemaVersion()
	 * @generated
	 */
	void setSchemaVersion(int value);

	/**
	 * Returns the value of the '<em><b>Facility</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The facility itself: names, kind, size, address, responsible people.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facility</em>' containment reference.
	 * @see #setFacility(Facility)
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_Facility()
	 * @model containment="true"
	 * @generated
	 */
	Facility getFacility();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FacilityWorkbook#getFacility <em>Facility</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facility</em>' containment reference.
	 * @see #getFacility()
	 * @generated
	 */
	void setFacility(Facility value);

	/**
	 * Returns the value of the '<em><b>Organizations</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.model.facility.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System integrators and vendors that build, supply or maintain systems of the facility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organizations</em>' containment reference list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_Organizations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organization> getOrganizations();

	/**
	 * Returns the value of the '<em><b>Zones</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.model.facility.Zone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Network segments and external networks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zones</em>' containment reference list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_Zones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Zone> getZones();

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.model.facility.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device inventory (checklist 2-(1)): servers, client PCs, network devices, medical devices and others.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_Devices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Device> getDevices();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.model.facility.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Network connections between devices, or between a device and a zone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<Link> getLinks();

	/**
	 * Returns the value of the '<em><b>External Connections</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.model.facility.ExternalConnection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connections that leave the facility: remote maintenance, internet, regional networks, online qualification checks, cloud services.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Connections</em>' containment reference list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_ExternalConnections()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExternalConnection> getExternalConnections();

	/**
	 * Returns the value of the '<em><b>Accounts</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.model.facility.Account}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User, administrator, service and maintenance accounts of devices and systems, with their password assessments (never the passwords).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accounts</em>' containment reference list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_Accounts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Account> getAccounts();

	/**
	 * Returns the value of the '<em><b>Firmware Records</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.model.facility.FirmwareRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The firmware/software version register: installed and latest versions, known vulnerabilities, update plans.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Firmware Records</em>' containment reference list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_FirmwareRecords()
	 * @model containment="true"
	 * @generated
	 */
	EList<FirmwareRecord> getFirmwareRecords();

	/**
	 * Returns the value of the '<em><b>Checklist Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.model.facility.ChecklistAssessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Answers to MHLW cybersecurity checklists, one assessment per edition and form (and per vendor for the vendor form).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checklist Assessments</em>' containment reference list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_ChecklistAssessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistAssessment> getChecklistAssessments();

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.model.facility.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The incident contact chart (checklist 3-(1)), inside and outside the facility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contact> getContacts();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.model.facility.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Problems found by the modules or by people, with their remediation status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Fingerprint Salt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Random bytes (at least 16), created once per facility, that the password module mixes into password fingerprints so that fingerprints of different facilities cannot be compared. Not a secret key; it never leaves the file in exports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fingerprint Salt</em>' attribute.
	 * @see #setFingerprintSalt(byte[])
	 * @see io.sekisho.model.facility.FacilityPackage#getFacilityWorkbook_FingerprintSalt()
	 * @model
	 * @generated
	 */
	byte[] getFingerprintSalt();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FacilityWorkbook#getFingerprintSalt <em>Fingerprint Salt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fingerprint Salt</em>' attribute.
	 * @see #getFingerprintSalt()
	 * @generated
	 */
	void setFingerprintSalt(byte[] value);

} // FacilityWorkbook
