/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.Contact;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.Facility;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.Zone;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workbook</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getFacility <em>Facility</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getZones <em>Zones</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getExternalConnections <em>External Connections</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getAccounts <em>Accounts</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getFirmwareRecords <em>Firmware Records</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getChecklistAssessments <em>Checklist Assessments</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getContacts <em>Contacts</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityWorkbookImpl#getFingerprintSalt <em>Fingerprint Salt</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FacilityWorkbookImpl extends IdentifiedImpl implements FacilityWorkbook {
	/**
	 * The default value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int SCHEMA_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected int schemaVersion = SCHEMA_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFacility() <em>Facility</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacility()
	 * @generated
	 * @ordered
	 */
	protected Facility facility;

	/**
	 * The cached value of the '{@link #getOrganizations() <em>Organizations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> organizations;

	/**
	 * The cached value of the '{@link #getZones() <em>Zones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZones()
	 * @generated
	 * @ordered
	 */
	protected EList<Zone> zones;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<Link> links;

	/**
	 * The cached value of the '{@link #getExternalConnections() <em>External Connections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalConnections()
	 * @generated
	 * @ordered
	 */
	protected EList<ExternalConnection> externalConnections;

	/**
	 * The cached value of the '{@link #getAccounts() <em>Accounts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccounts()
	 * @generated
	 * @ordered
	 */
	protected EList<Account> accounts;

	/**
	 * The cached value of the '{@link #getFirmwareRecords() <em>Firmware Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmwareRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<FirmwareRecord> firmwareRecords;

	/**
	 * The cached value of the '{@link #getChecklistAssessments() <em>Checklist Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklistAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistAssessment> checklistAssessments;

	/**
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contact> contacts;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The default value of the '{@link #getFingerprintSalt() <em>Fingerprint Salt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFingerprintSalt()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] FINGERPRINT_SALT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFingerprintSalt() <em>Fingerprint Salt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFingerprintSalt()
	 * @generated
	 * @ordered
	 */
	protected byte[] fingerprintSalt = FINGERPRINT_SALT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FacilityWorkbookImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.FACILITY_WORKBOOK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSchemaVersion() {
		return schemaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchemaVersion(int newSchemaVersion) {
		int oldSchemaVersion = schemaVersion;
		schemaVersion = newSchemaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY_WORKBOOK__SCHEMA_VERSION, oldSchemaVersion, schemaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Facility getFacility() {
		return facility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFacility(Facility newFacility, NotificationChain msgs) {
		Facility oldFacility = facility;
		facility = newFacility;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY_WORKBOOK__FACILITY, oldFacility, newFacility);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFacility(Facility newFacility) {
		if (newFacility != facility) {
			NotificationChain msgs = null;
			if (facility != null)
				msgs = ((InternalEObject)facility).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.FACILITY_WORKBOOK__FACILITY, null, msgs);
			if (newFacility != null)
				msgs = ((InternalEObject)newFacility).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.FACILITY_WORKBOOK__FACILITY, null, msgs);
			msgs = basicSetFacility(newFacility, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY_WORKBOOK__FACILITY, newFacility, newFacility));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getOrganizations() {
		if (organizations == null) {
			organizations = new EObjectContainmentEList<Organization>(Organization.class, this, FacilityPackage.FACILITY_WORKBOOK__ORGANIZATIONS);
		}
		return organizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Zone> getZones() {
		if (zones == null) {
			zones = new EObjectContainmentEList<Zone>(Zone.class, this, FacilityPackage.FACILITY_WORKBOOK__ZONES);
		}
		return zones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<Device>(Device.class, this, FacilityPackage.FACILITY_WORKBOOK__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Link> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<Link>(Link.class, this, FacilityPackage.FACILITY_WORKBOOK__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExternalConnection> getExternalConnections() {
		if (externalConnections == null) {
			externalConnections = new EObjectContainmentEList<ExternalConnection>(ExternalConnection.class, this, FacilityPackage.FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS);
		}
		return externalConnections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Account> getAccounts() {
		if (accounts == null) {
			accounts = new EObjectContainmentEList<Account>(Account.class, this, FacilityPackage.FACILITY_WORKBOOK__ACCOUNTS);
		}
		return accounts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FirmwareRecord> getFirmwareRecords() {
		if (firmwareRecords == null) {
			firmwareRecords = new EObjectContainmentEList<FirmwareRecord>(FirmwareRecord.class, this, FacilityPackage.FACILITY_WORKBOOK__FIRMWARE_RECORDS);
		}
		return firmwareRecords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistAssessment> getChecklistAssessments() {
		if (checklistAssessments == null) {
			checklistAssessments = new EObjectContainmentEList<ChecklistAssessment>(ChecklistAssessment.class, this, FacilityPackage.FACILITY_WORKBOOK__CHECKLIST_ASSESSMENTS);
		}
		return checklistAssessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contact> getContacts() {
		if (contacts == null) {
			contacts = new EObjectContainmentEList<Contact>(Contact.class, this, FacilityPackage.FACILITY_WORKBOOK__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, FacilityPackage.FACILITY_WORKBOOK__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getFingerprintSalt() {
		return fingerprintSalt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFingerprintSalt(byte[] newFingerprintSalt) {
		byte[] oldFingerprintSalt = fingerprintSalt;
		fingerprintSalt = newFingerprintSalt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY_WORKBOOK__FINGERPRINT_SALT, oldFingerprintSalt, fingerprintSalt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FacilityPackage.FACILITY_WORKBOOK__FACILITY:
				return basicSetFacility(null, msgs);
			case FacilityPackage.FACILITY_WORKBOOK__ORGANIZATIONS:
				return ((InternalEList<?>)getOrganizations()).basicRemove(otherEnd, msgs);
			case FacilityPackage.FACILITY_WORKBOOK__ZONES:
				return ((InternalEList<?>)getZones()).basicRemove(otherEnd, msgs);
			case FacilityPackage.FACILITY_WORKBOOK__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
			case FacilityPackage.FACILITY_WORKBOOK__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case FacilityPackage.FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS:
				return ((InternalEList<?>)getExternalConnections()).basicRemove(otherEnd, msgs);
			case FacilityPackage.FACILITY_WORKBOOK__ACCOUNTS:
				return ((InternalEList<?>)getAccounts()).basicRemove(otherEnd, msgs);
			case FacilityPackage.FACILITY_WORKBOOK__FIRMWARE_RECORDS:
				return ((InternalEList<?>)getFirmwareRecords()).basicRemove(otherEnd, msgs);
			case FacilityPackage.FACILITY_WORKBOOK__CHECKLIST_ASSESSMENTS:
				return ((InternalEList<?>)getChecklistAssessments()).basicRemove(otherEnd, msgs);
			case FacilityPackage.FACILITY_WORKBOOK__CONTACTS:
				return ((InternalEList<?>)getContacts()).basicRemove(otherEnd, msgs);
			case FacilityPackage.FACILITY_WORKBOOK__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FacilityPackage.FACILITY_WORKBOOK__SCHEMA_VERSION:
				return getSchemaVersion();
			case FacilityPackage.FACILITY_WORKBOOK__FACILITY:
				return getFacility();
			case FacilityPackage.FACILITY_WORKBOOK__ORGANIZATIONS:
				return getOrganizations();
			case FacilityPackage.FACILITY_WORKBOOK__ZONES:
				return getZones();
			case FacilityPackage.FACILITY_WORKBOOK__DEVICES:
				return getDevices();
			case FacilityPackage.FACILITY_WORKBOOK__LINKS:
				return getLinks();
			case FacilityPackage.FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS:
				return getExternalConnections();
			case FacilityPackage.FACILITY_WORKBOOK__ACCOUNTS:
				return getAccounts();
			case FacilityPackage.FACILITY_WORKBOOK__FIRMWARE_RECORDS:
				return getFirmwareRecords();
			case FacilityPackage.FACILITY_WORKBOOK__CHECKLIST_ASSESSMENTS:
				return getChecklistAssessments();
			case FacilityPackage.FACILITY_WORKBOOK__CONTACTS:
				return getContacts();
			case FacilityPackage.FACILITY_WORKBOOK__FINDINGS:
				return getFindings();
			case FacilityPackage.FACILITY_WORKBOOK__FINGERPRINT_SALT:
				return getFingerprintSalt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FacilityPackage.FACILITY_WORKBOOK__SCHEMA_VERSION:
				setSchemaVersion((Integer)newValue);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__FACILITY:
				setFacility((Facility)newValue);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__ORGANIZATIONS:
				getOrganizations().clear();
				getOrganizations().addAll((Collection<? extends Organization>)newValue);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__ZONES:
				getZones().clear();
				getZones().addAll((Collection<? extends Zone>)newValue);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends Link>)newValue);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS:
				getExternalConnections().clear();
				getExternalConnections().addAll((Collection<? extends ExternalConnection>)newValue);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__ACCOUNTS:
				getAccounts().clear();
				getAccounts().addAll((Collection<? extends Account>)newValue);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__FIRMWARE_RECORDS:
				getFirmwareRecords().clear();
				getFirmwareRecords().addAll((Collection<? extends FirmwareRecord>)newValue);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__CHECKLIST_ASSESSMENTS:
				getChecklistAssessments().clear();
				getChecklistAssessments().addAll((Collection<? extends ChecklistAssessment>)newValue);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__CONTACTS:
				getContacts().clear();
				getContacts().addAll((Collection<? extends Contact>)newValue);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__FINGERPRINT_SALT:
				setFingerprintSalt((byte[])newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FacilityPackage.FACILITY_WORKBOOK__SCHEMA_VERSION:
				setSchemaVersion(SCHEMA_VERSION_EDEFAULT);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__FACILITY:
				setFacility((Facility)null);
				return;
			case FacilityPackage.FACILITY_WORKBOOK__ORGANIZATIONS:
				getOrganizations().clear();
				return;
			case FacilityPackage.FACILITY_WORKBOOK__ZONES:
				getZones().clear();
				return;
			case FacilityPackage.FACILITY_WORKBOOK__DEVICES:
				getDevices().clear();
				return;
			case FacilityPackage.FACILITY_WORKBOOK__LINKS:
				getLinks().clear();
				return;
			case FacilityPackage.FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS:
				getExternalConnections().clear();
				return;
			case FacilityPackage.FACILITY_WORKBOOK__ACCOUNTS:
				getAccounts().clear();
				return;
			case FacilityPackage.FACILITY_WORKBOOK__FIRMWARE_RECORDS:
				getFirmwareRecords().clear();
				return;
			case FacilityPackage.FACILITY_WORKBOOK__CHECKLIST_ASSESSMENTS:
				getChecklistAssessments().clear();
				return;
			case FacilityPackage.FACILITY_WORKBOOK__CONTACTS:
				getContacts().clear();
				return;
			case FacilityPackage.FACILITY_WORKBOOK__FINDINGS:
				getFindings().clear();
				return;
			case FacilityPackage.FACILITY_WORKBOOK__FINGERPRINT_SALT:
				setFingerprintSalt(FINGERPRINT_SALT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FacilityPackage.FACILITY_WORKBOOK__SCHEMA_VERSION:
				return schemaVersion != SCHEMA_VERSION_EDEFAULT;
			case FacilityPackage.FACILITY_WORKBOOK__FACILITY:
				return facility != null;
			case FacilityPackage.FACILITY_WORKBOOK__ORGANIZATIONS:
				return organizations != null && !organizations.isEmpty();
			case FacilityPackage.FACILITY_WORKBOOK__ZONES:
				return zones != null && !zones.isEmpty();
			case FacilityPackage.FACILITY_WORKBOOK__DEVICES:
				return devices != null && !devices.isEmpty();
			case FacilityPackage.FACILITY_WORKBOOK__LINKS:
				return links != null && !links.isEmpty();
			case FacilityPackage.FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS:
				return externalConnections != null && !externalConnections.isEmpty();
			case FacilityPackage.FACILITY_WORKBOOK__ACCOUNTS:
				return accounts != null && !accounts.isEmpty();
			case FacilityPackage.FACILITY_WORKBOOK__FIRMWARE_RECORDS:
				return firmwareRecords != null && !firmwareRecords.isEmpty();
			case FacilityPackage.FACILITY_WORKBOOK__CHECKLIST_ASSESSMENTS:
				return checklistAssessments != null && !checklistAssessments.isEmpty();
			case FacilityPackage.FACILITY_WORKBOOK__CONTACTS:
				return contacts != null && !contacts.isEmpty();
			case FacilityPackage.FACILITY_WORKBOOK__FINDINGS:
				return findings != null && !findings.isEmpty();
			case FacilityPackage.FACILITY_WORKBOOK__FINGERPRINT_SALT:
				return FINGERPRINT_SALT_EDEFAULT == null ? fingerprintSalt != null : !FINGERPRINT_SALT_EDEFAULT.equals(fingerprintSalt);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (schemaVersion: ");
		result.append(schemaVersion);
		result.append(", fingerprintSalt: ");
		result.append(fingerprintSalt);
		result.append(')');
		return result.toString();
	}

} //FacilityWorkbookImpl
