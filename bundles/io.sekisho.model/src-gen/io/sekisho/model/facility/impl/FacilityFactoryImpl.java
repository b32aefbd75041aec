/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.*;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FacilityFactoryImpl extends EFactoryImpl implements FacilityFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FacilityFactory init() {
		try {
			FacilityFactory theFacilityFactory = (FacilityFactory)EPackage.Registry.INSTANCE.getEFactory(FacilityPackage.eNS_URI);
			if (theFacilityFactory != null) {
				return theFacilityFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FacilityFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FacilityFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FacilityPackage.FACILITY_WORKBOOK: return createFacilityWorkbook();
			case FacilityPackage.PERSON: return createPerson();
			case FacilityPackage.FACILITY: return createFacility();
			case FacilityPackage.ORGANIZATION: return createOrganization();
			case FacilityPackage.ZONE: return createZone();
			case FacilityPackage.SECURITY_SOFTWARE: return createSecuritySoftware();
			case FacilityPackage.LOG_SETTINGS: return createLogSettings();
			case FacilityPackage.DEVICE: return createDevice();
			case FacilityPackage.LINK: return createLink();
			case FacilityPackage.EXTERNAL_CONNECTION: return createExternalConnection();
			case FacilityPackage.ACCOUNT: return createAccount();
			case FacilityPackage.PASSWORD_ASSESSMENT: return createPasswordAssessment();
			case FacilityPackage.FIRMWARE_RECORD: return createFirmwareRecord();
			case FacilityPackage.VULNERABILITY: return createVulnerability();
			case FacilityPackage.CHECKLIST_ASSESSMENT: return createChecklistAssessment();
			case FacilityPackage.CHECKLIST_ANSWER: return createChecklistAnswer();
			case FacilityPackage.CONTACT: return createContact();
			case FacilityPackage.FINDING: return createFinding();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FacilityPackage.FACILITY_KIND:
				return createFacilityKindFromString(eDataType, initialValue);
			case FacilityPackage.ORGANIZATION_ROLE:
				return createOrganizationRoleFromString(eDataType, initialValue);
			case FacilityPackage.ZONE_KIND:
				return createZoneKindFromString(eDataType, initialValue);
			case FacilityPackage.TRUST_LEVEL:
				return createTrustLevelFromString(eDataType, initialValue);
			case FacilityPackage.DEVICE_CATEGORY:
				return createDeviceCategoryFromString(eDataType, initialValue);
			case FacilityPackage.NETWORK_DEVICE_TYPE:
				return createNetworkDeviceTypeFromString(eDataType, initialValue);
			case FacilityPackage.DEVICE_STATUS:
				return createDeviceStatusFromString(eDataType, initialValue);
			case FacilityPackage.AVAILABILITY:
				return createAvailabilityFromString(eDataType, initialValue);
			case FacilityPackage.LINK_MEDIUM:
				return createLinkMediumFromString(eDataType, initialValue);
			case FacilityPackage.CONNECTION_PURPOSE:
				return createConnectionPurposeFromString(eDataType, initialValue);
			case FacilityPackage.CONNECTION_MODE:
				return createConnectionModeFromString(eDataType, initialValue);
			case FacilityPackage.ACCOUNT_KIND:
				return createAccountKindFromString(eDataType, initialValue);
			case FacilityPackage.ACCOUNT_STATUS:
				return createAccountStatusFromString(eDataType, initialValue);
			case FacilityPackage.CHARACTER_CLASS:
				return createCharacterClassFromString(eDataType, initialValue);
			case FacilityPackage.FIRMWARE_STATUS:
				return createFirmwareStatusFromString(eDataType, initialValue);
			case FacilityPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case FacilityPackage.CHECKLIST_FORM:
				return createChecklistFormFromString(eDataType, initialValue);
			case FacilityPackage.ANSWER:
				return createAnswerFromString(eDataType, initialValue);
			case FacilityPackage.FINDING_STATUS:
				return createFindingStatusFromString(eDataType, initialValue);
			case FacilityPackage.VULNERABILITY_MATCH:
				return createVulnerabilityMatchFromString(eDataType, initialValue);
			case FacilityPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case FacilityPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FacilityPackage.FACILITY_KIND:
				return convertFacilityKindToString(eDataType, instanceValue);
			case FacilityPackage.ORGANIZATION_ROLE:
				return convertOrganizationRoleToString(eDataType, instanceValue);
			case FacilityPackage.ZONE_KIND:
				return convertZoneKindToString(eDataType, instanceValue);
			case FacilityPackage.TRUST_LEVEL:
				return convertTrustLevelToString(eDataType, instanceValue);
			case FacilityPackage.DEVICE_CATEGORY:
				return convertDeviceCategoryToString(eDataType, instanceValue);
			case FacilityPackage.NETWORK_DEVICE_TYPE:
				return convertNetworkDeviceTypeToString(eDataType, instanceValue);
			case FacilityPackage.DEVICE_STATUS:
				return convertDeviceStatusToString(eDataType, instanceValue);
			case FacilityPackage.AVAILABILITY:
				return convertAvailabilityToString(eDataType, instanceValue);
			case FacilityPackage.LINK_MEDIUM:
				return convertLinkMediumToString(eDataType, instanceValue);
			case FacilityPackage.CONNECTION_PURPOSE:
				return convertConnectionPurposeToString(eDataType, instanceValue);
			case FacilityPackage.CONNECTION_MODE:
				return convertConnectionModeToString(eDataType, instanceValue);
			case FacilityPackage.ACCOUNT_KIND:
				return convertAccountKindToString(eDataType, instanceValue);
			case FacilityPackage.ACCOUNT_STATUS:
				return convertAccountStatusToString(eDataType, instanceValue);
			case FacilityPackage.CHARACTER_CLASS:
				return convertCharacterClassToString(eDataType, instanceValue);
			case FacilityPackage.FIRMWARE_STATUS:
				return convertFirmwareStatusToString(eDataType, instanceValue);
			case FacilityPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case FacilityPackage.CHECKLIST_FORM:
				return convertChecklistFormToString(eDataType, instanceValue);
			case FacilityPackage.ANSWER:
				return convertAnswerToString(eDataType, instanceValue);
			case FacilityPackage.FINDING_STATUS:
				return convertFindingStatusToString(eDataType, instanceValue);
			case FacilityPackage.VULNERABILITY_MATCH:
				return convertVulnerabilityMatchToString(eDataType, instanceValue);
			case FacilityPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case FacilityPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FacilityWorkbook createFacilityWorkbook() {
		FacilityWorkbookImpl facilityWorkbook = new FacilityWorkbookImpl();
		return facilityWorkbook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Facility createFacility() {
		FacilityImpl facility = new FacilityImpl();
		return facility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization createOrganization() {
		OrganizationImpl organization = new OrganizationImpl();
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone createZone() {
		ZoneImpl zone = new ZoneImpl();
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecuritySoftware createSecuritySoftware() {
		SecuritySoftwareImpl securitySoftware = new SecuritySoftwareImpl();
		return securitySoftware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogSettings createLogSettings() {
		LogSettingsImpl logSettings = new LogSettingsImpl();
		return logSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device createDevice() {
		DeviceImpl device = new DeviceImpl();
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Link createLink() {
		LinkImpl link = new LinkImpl();
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalConnection createExternalConnection() {
		ExternalConnectionImpl externalConnection = new ExternalConnectionImpl();
		return externalConnection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Account createAccount() {
		AccountImpl account = new AccountImpl();
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PasswordAssessment createPasswordAssessment() {
		PasswordAssessmentImpl passwordAssessment = new PasswordAssessmentImpl();
		return passwordAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FirmwareRecord createFirmwareRecord() {
		FirmwareRecordImpl firmwareRecord = new FirmwareRecordImpl();
		return firmwareRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vulnerability createVulnerability() {
		VulnerabilityImpl vulnerability = new VulnerabilityImpl();
		return vulnerability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistAssessment createChecklistAssessment() {
		ChecklistAssessmentImpl checklistAssessment = new ChecklistAssessmentImpl();
		return checklistAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistAnswer createChecklistAnswer() {
		ChecklistAnswerImpl checklistAnswer = new ChecklistAnswerImpl();
		return checklistAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact createContact() {
		ContactImpl contact = new ContactImpl();
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finding createFinding() {
		FindingImpl finding = new FindingImpl();
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FacilityKind createFacilityKindFromString(EDataType eDataType, String initialValue) {
		FacilityKind result = FacilityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFacilityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganizationRole createOrganizationRoleFromString(EDataType eDataType, String initialValue) {
		OrganizationRole result = OrganizationRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrganizationRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ZoneKind createZoneKindFromString(EDataType eDataType, String initialValue) {
		ZoneKind result = ZoneKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertZoneKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrustLevel createTrustLevelFromString(EDataType eDataType, String initialValue) {
		TrustLevel result = TrustLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrustLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeviceCategory createDeviceCategoryFromString(EDataType eDataType, String initialValue) {
		DeviceCategory result = DeviceCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkDeviceType createNetworkDeviceTypeFromString(EDataType eDataType, String initialValue) {
		NetworkDeviceType result = NetworkDeviceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNetworkDeviceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeviceStatus createDeviceStatusFromString(EDataType eDataType, String initialValue) {
		DeviceStatus result = DeviceStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Availability createAvailabilityFromString(EDataType eDataType, String initialValue) {
		Availability result = Availability.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAvailabilityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkMedium createLinkMediumFromString(EDataType eDataType, String initialValue) {
		LinkMedium result = LinkMedium.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkMediumToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConnectionPurpose createConnectionPurposeFromString(EDataType eDataType, String initialValue) {
		ConnectionPurpose result = ConnectionPurpose.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConnectionPurposeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConnectionMode createConnectionModeFromString(EDataType eDataType, String initialValue) {
		ConnectionMode result = ConnectionMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConnectionModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccountKind createAccountKindFromString(EDataType eDataType, String initialValue) {
		AccountKind result = AccountKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccountKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccountStatus createAccountStatusFromString(EDataType eDataType, String initialValue) {
		AccountStatus result = AccountStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccountStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CharacterClass createCharacterClassFromString(EDataType eDataType, String initialValue) {
		CharacterClass result = CharacterClass.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCharacterClassToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FirmwareStatus createFirmwareStatusFromString(EDataType eDataType, String initialValue) {
		FirmwareStatus result = FirmwareStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFirmwareStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChecklistForm createChecklistFormFromString(EDataType eDataType, String initialValue) {
		ChecklistForm result = ChecklistForm.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChecklistFormToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Answer createAnswerFromString(EDataType eDataType, String initialValue) {
		Answer result = Answer.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAnswerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FindingStatus createFindingStatusFromString(EDataType eDataType, String initialValue) {
		FindingStatus result = FindingStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFindingStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VulnerabilityMatch createVulnerabilityMatchFromString(EDataType eDataType, String initialValue) {
		VulnerabilityMatch result = VulnerabilityMatch.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVulnerabilityMatchToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null || it.isBlank() ? null : java.time.Instant.parse(it.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FacilityPackage getFacilityPackage() {
		return (FacilityPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FacilityPackage getPackage() {
		return FacilityPackage.eINSTANCE;
	}

} //FacilityFactoryImpl
