/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountKind;
import io.sekisho.model.facility.AccountStatus;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.CharacterClass;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.ConnectionMode;
import io.sekisho.model.facility.ConnectionPurpose;
import io.sekisho.model.facility.Contact;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.Facility;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityKind;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FindingStatus;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.LinkMedium;
import io.sekisho.model.facility.LogSettings;
import io.sekisho.model.facility.Named;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.OrganizationRole;
import io.sekisho.model.facility.PasswordAssessment;
import io.sekisho.model.facility.Person;
import io.sekisho.model.facility.SecuritySoftware;
import io.sekisho.model.facility.Severity;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.model.facility.Vulnerability;
import io.sekisho.model.facility.VulnerabilityMatch;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FacilityPackageImpl extends EPackageImpl implements FacilityPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass facilityWorkbookEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass facilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organizationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass zoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass securitySoftwareEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass logSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass externalConnectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass passwordAssessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass firmwareRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vulnerabilityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistAssessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass findingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum facilityKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum organizationRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum zoneKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trustLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deviceCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum networkDeviceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deviceStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum availabilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum linkMediumEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum connectionPurposeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum connectionModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accountKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accountStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum characterClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum firmwareStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum checklistFormEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum answerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum findingStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vulnerabilityMatchEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.sekisho.model.facility.FacilityPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FacilityPackageImpl() {
		super(eNS_URI, FacilityFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link FacilityPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FacilityPackage init() {
		if (isInited) return (FacilityPackage)EPackage.Registry.INSTANCE.getEPackage(FacilityPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFacilityPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FacilityPackageImpl theFacilityPackage = registeredFacilityPackage instanceof FacilityPackageImpl ? (FacilityPackageImpl)registeredFacilityPackage : new FacilityPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theFacilityPackage.createPackageContents();

		// Initialize created meta-data
		theFacilityPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFacilityPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FacilityPackage.eNS_URI, theFacilityPackage);
		return theFacilityPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamed() {
		return namedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Name() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFacilityWorkbook() {
		return facilityWorkbookEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacilityWorkbook_SchemaVersion() {
		return (EAttribute)facilityWorkbookEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacilityWorkbook_Facility() {
		return (EReference)facilityWorkbookEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacilityWorkbook_Organizations() {
		return (EReference)facilityWorkbookEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacilityWorkbook_Zones() {
		return (EReference)facilityWorkbookEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacilityWorkbook_Devices() {
		return (EReference)facilityWorkbookEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacilityWorkbook_Links() {
		return (EReference)facilityWorkbookEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacilityWorkbook_ExternalConnections() {
		return (EReference)facilityWorkbookEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacilityWorkbook_Accounts() {
		return (EReference)facilityWorkbookEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacilityWorkbook_FirmwareRecords() {
		return (EReference)facilityWorkbookEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacilityWorkbook_ChecklistAssessments() {
		return (EReference)facilityWorkbookEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacilityWorkbook_Contacts() {
		return (EReference)facilityWorkbookEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacilityWorkbook_Findings() {
		return (EReference)facilityWorkbookEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacilityWorkbook_FingerprintSalt() {
		return (EAttribute)facilityWorkbookEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_NameKanji() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_NameKana() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_NameRomaji() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Title() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Phone() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Mail() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFacility() {
		return facilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_Name() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_NameKana() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_NameRomaji() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_Kind() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_Beds() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_Prefecture() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_Address() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacility_Representative() {
		return (EReference)facilityEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFacility_SecurityOfficer() {
		return (EReference)facilityEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_Abbreviations() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_DomainNames() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFacility_ContextWords() {
		return (EAttribute)facilityEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganization() {
		return organizationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Role() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_NameKana() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_Contact() {
		return (EReference)organizationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_RemoteMaintenance() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_DisclosureObtained() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Notes() {
		return (EAttribute)organizationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getZone() {
		return zoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_Kind() {
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_TrustLevel() {
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_Subnets() {
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getZone_Description() {
		return (EAttribute)zoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecuritySoftware() {
		return securitySoftwareEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecuritySoftware_Product() {
		return (EAttribute)securitySoftwareEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecuritySoftware_DefinitionDate() {
		return (EAttribute)securitySoftwareEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecuritySoftware_Running() {
		return (EAttribute)securitySoftwareEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecuritySoftware_AutomaticUpdates() {
		return (EAttribute)securitySoftwareEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLogSettings() {
		return logSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogSettings_Enabled() {
		return (EAttribute)logSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogSettings_RetentionDays() {
		return (EAttribute)logSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogSettings_TamperProtection() {
		return (EAttribute)logSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogSettings_StorageLocation() {
		return (EAttribute)logSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevice() {
		return deviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Category() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_NetworkType() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Role() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Status() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Manufacturer() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Model() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_SerialNumber() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Location() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_Zone() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_IpAddresses() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_MacAddresses() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_ManagedBy() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_RemoteMaintenance() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_OperatingSystem() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_FirmwareVersion() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_SecuritySoftware() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevice_LogSettings() {
		return (EReference)deviceEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_SourceAddressRestriction() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_SourceAddressRestrictionDetail() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_UnneededServicesDisabled() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_RemovableMediaRestricted() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_InstallDate() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_EndOfSupport() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_Notes() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevice_MultiFactorLogin() {
		return (EAttribute)deviceEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLink() {
		return linkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_Source() {
		return (EReference)linkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_TargetDevice() {
		return (EReference)linkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_TargetZone() {
		return (EReference)linkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Medium() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Description() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Untrusted() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExternalConnection() {
		return externalConnectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExternalConnection_Gateway() {
		return (EReference)externalConnectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalConnection_Purpose() {
		return (EAttribute)externalConnectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExternalConnection_Counterpart() {
		return (EReference)externalConnectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExternalConnection_Zone() {
		return (EReference)externalConnectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalConnection_Mode() {
		return (EAttribute)externalConnectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalConnection_SourceRestriction() {
		return (EAttribute)externalConnectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalConnection_SourceRestrictionDetail() {
		return (EAttribute)externalConnectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalConnection_MultiFactorAuthentication() {
		return (EAttribute)externalConnectionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalConnection_Logging() {
		return (EAttribute)externalConnectionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalConnection_ApprovalProcedure() {
		return (EAttribute)externalConnectionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccount() {
		return accountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_Device() {
		return (EReference)accountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_System() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_UserName() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Kind() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Owner() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_OwnerOrganization() {
		return (EReference)accountEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Status() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_LastUsed() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_MultiFactorAuthentication() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_PasswordAssessment() {
		return (EReference)accountEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Lockout() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPasswordAssessment() {
		return passwordAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPasswordAssessment_ProfileId() {
		return (EAttribute)passwordAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPasswordAssessment_Score() {
		return (EAttribute)passwordAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPasswordAssessment_Length() {
		return (EAttribute)passwordAssessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPasswordAssessment_CharacterClasses() {
		return (EAttribute)passwordAssessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPasswordAssessment_FindingCodes() {
		return (EAttribute)passwordAssessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPasswordAssessment_Fingerprint() {
		return (EAttribute)passwordAssessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPasswordAssessment_FingerprintScheme() {
		return (EAttribute)passwordAssessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPasswordAssessment_AssessedAt() {
		return (EAttribute)passwordAssessmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFirmwareRecord() {
		return firmwareRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirmwareRecord_Device() {
		return (EReference)firmwareRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirmwareRecord_ProductId() {
		return (EAttribute)firmwareRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirmwareRecord_InstalledVersion() {
		return (EAttribute)firmwareRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirmwareRecord_LatestVersion() {
		return (EAttribute)firmwareRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirmwareRecord_Status() {
		return (EAttribute)firmwareRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFirmwareRecord_Vulnerabilities() {
		return (EReference)firmwareRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirmwareRecord_UpdatePlan() {
		return (EAttribute)firmwareRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirmwareRecord_PlannedUpdate() {
		return (EAttribute)firmwareRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirmwareRecord_VendorMitigation() {
		return (EAttribute)firmwareRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirmwareRecord_CheckedOn() {
		return (EAttribute)firmwareRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFirmwareRecord_HardwareId() {
		return (EAttribute)firmwareRecordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVulnerability() {
		return vulnerabilityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_CveId() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_Severity() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_KnownExploited() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_FixedIn() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_Summary() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_Match() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_Score() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_KevDueDate() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_RequiredAction() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_RansomwareUse() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_JvnId() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_TitleJa() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVulnerability_Basis() {
		return (EAttribute)vulnerabilityEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistAssessment() {
		return checklistAssessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAssessment_EditionId() {
		return (EAttribute)checklistAssessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAssessment_FiscalYear() {
		return (EAttribute)checklistAssessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAssessment_Form() {
		return (EAttribute)checklistAssessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChecklistAssessment_Respondent() {
		return (EReference)checklistAssessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAssessment_RespondentName() {
		return (EAttribute)checklistAssessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChecklistAssessment_Answers() {
		return (EReference)checklistAssessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAssessment_Remarks() {
		return (EAttribute)checklistAssessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAssessment_ConfirmationDate() {
		return (EAttribute)checklistAssessmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistAnswer() {
		return checklistAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAnswer_ItemId() {
		return (EAttribute)checklistAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAnswer_DeviceColumn() {
		return (EAttribute)checklistAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAnswer_Round1() {
		return (EAttribute)checklistAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAnswer_Round1Date() {
		return (EAttribute)checklistAnswerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAnswer_Round2() {
		return (EAttribute)checklistAnswerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAnswer_Round2Date() {
		return (EAttribute)checklistAnswerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAnswer_TargetDate() {
		return (EAttribute)checklistAnswerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistAnswer_Remarks() {
		return (EAttribute)checklistAnswerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Role() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Internal() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_Organization() {
		return (EReference)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_OrganizationName() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Person() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Phone() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Mail() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Order() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinding() {
		return findingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Severity() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Source() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Code() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Subject() {
		return (EReference)findingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Text() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Remediation() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_DueDate() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Status() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFacilityKind() {
		return facilityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOrganizationRole() {
		return organizationRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getZoneKind() {
		return zoneKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrustLevel() {
		return trustLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeviceCategory() {
		return deviceCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNetworkDeviceType() {
		return networkDeviceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeviceStatus() {
		return deviceStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAvailability() {
		return availabilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLinkMedium() {
		return linkMediumEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConnectionPurpose() {
		return connectionPurposeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConnectionMode() {
		return connectionModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccountKind() {
		return accountKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccountStatus() {
		return accountStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCharacterClass() {
		return characterClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFirmwareStatus() {
		return firmwareStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChecklistForm() {
		return checklistFormEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAnswer() {
		return answerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFindingStatus() {
		return findingStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVulnerabilityMatch() {
		return vulnerabilityMatchEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FacilityFactory getFacilityFactory() {
		return (FacilityFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		namedEClass = createEClass(NAMED);
		createEAttribute(namedEClass, NAMED__NAME);

		facilityWorkbookEClass = createEClass(FACILITY_WORKBOOK);
		createEAttribute(facilityWorkbookEClass, FACILITY_WORKBOOK__SCHEMA_VERSION);
		createEReference(facilityWorkbookEClass, FACILITY_WORKBOOK__FACILITY);
		createEReference(facilityWorkbookEClass, FACILITY_WORKBOOK__ORGANIZATIONS);
		createEReference(facilityWorkbookEClass, FACILITY_WORKBOOK__ZONES);
		createEReference(facilityWorkbookEClass, FACILITY_WORKBOOK__DEVICES);
		createEReference(facilityWorkbookEClass, FACILITY_WORKBOOK__LINKS);
		createEReference(facilityWorkbookEClass, FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS);
		createEReference(facilityWorkbookEClass, FACILITY_WORKBOOK__ACCOUNTS);
		createEReference(facilityWorkbookEClass, FACILITY_WORKBOOK__FIRMWARE_RECORDS);
		createEReference(facilityWorkbookEClass, FACILITY_WORKBOOK__CHECKLIST_ASSESSMENTS);
		createEReference(facilityWorkbookEClass, FACILITY_WORKBOOK__CONTACTS);
		createEReference(facilityWorkbookEClass, FACILITY_WORKBOOK__FINDINGS);
		createEAttribute(facilityWorkbookEClass, FACILITY_WORKBOOK__FINGERPRINT_SALT);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__NAME_KANJI);
		createEAttribute(personEClass, PERSON__NAME_KANA);
		createEAttribute(personEClass, PERSON__NAME_ROMAJI);
		createEAttribute(personEClass, PERSON__TITLE);
		createEAttribute(personEClass, PERSON__PHONE);
		createEAttribute(personEClass, PERSON__MAIL);

		facilityEClass = createEClass(FACILITY);
		createEAttribute(facilityEClass, FACILITY__NAME);
		createEAttribute(facilityEClass, FACILITY__NAME_KANA);
		createEAttribute(facilityEClass, FACILITY__NAME_ROMAJI);
		createEAttribute(facilityEClass, FACILITY__KIND);
		createEAttribute(facilityEClass, FACILITY__BEDS);
		createEAttribute(facilityEClass, FACILITY__PREFECTURE);
		createEAttribute(facilityEClass, FACILITY__ADDRESS);
		createEReference(facilityEClass, FACILITY__REPRESENTATIVE);
		createEReference(facilityEClass, FACILITY__SECURITY_OFFICER);
		createEAttribute(facilityEClass, FACILITY__ABBREVIATIONS);
		createEAttribute(facilityEClass, FACILITY__DOMAIN_NAMES);
		createEAttribute(facilityEClass, FACILITY__CONTEXT_WORDS);

		organizationEClass = createEClass(ORGANIZATION);
		createEAttribute(organizationEClass, ORGANIZATION__ROLE);
		createEAttribute(organizationEClass, ORGANIZATION__NAME_KANA);
		createEReference(organizationEClass, ORGANIZATION__CONTACT);
		createEAttribute(organizationEClass, ORGANIZATION__REMOTE_MAINTENANCE);
		createEAttribute(organizationEClass, ORGANIZATION__DISCLOSURE_OBTAINED);
		createEAttribute(organizationEClass, ORGANIZATION__NOTES);

		zoneEClass = createEClass(ZONE);
		createEAttribute(zoneEClass, ZONE__KIND);
		createEAttribute(zoneEClass, ZONE__TRUST_LEVEL);
		createEAttribute(zoneEClass, ZONE__SUBNETS);
		createEAttribute(zoneEClass, ZONE__DESCRIPTION);

		securitySoftwareEClass = createEClass(SECURITY_SOFTWARE);
		createEAttribute(securitySoftwareEClass, SECURITY_SOFTWARE__PRODUCT);
		createEAttribute(securitySoftwareEClass, SECURITY_SOFTWARE__DEFINITION_DATE);
		createEAttribute(securitySoftwareEClass, SECURITY_SOFTWARE__RUNNING);
		createEAttribute(securitySoftwareEClass, SECURITY_SOFTWARE__AUTOMATIC_UPDATES);

		logSettingsEClass = createEClass(LOG_SETTINGS);
		createEAttribute(logSettingsEClass, LOG_SETTINGS__ENABLED);
		createEAttribute(logSettingsEClass, LOG_SETTINGS__RETENTION_DAYS);
		createEAttribute(logSettingsEClass, LOG_SETTINGS__TAMPER_PROTECTION);
		createEAttribute(logSettingsEClass, LOG_SETTINGS__STORAGE_LOCATION);

		deviceEClass = createEClass(DEVICE);
		createEAttribute(deviceEClass, DEVICE__CATEGORY);
		createEAttribute(deviceEClass, DEVICE__NETWORK_TYPE);
		createEAttribute(deviceEClass, DEVICE__ROLE);
		createEAttribute(deviceEClass, DEVICE__STATUS);
		createEAttribute(deviceEClass, DEVICE__MANUFACTURER);
		createEAttribute(deviceEClass, DEVICE__MODEL);
		createEAttribute(deviceEClass, DEVICE__SERIAL_NUMBER);
		createEAttribute(deviceEClass, DEVICE__LOCATION);
		createEReference(deviceEClass, DEVICE__ZONE);
		createEAttribute(deviceEClass, DEVICE__IP_ADDRESSES);
		createEAttribute(deviceEClass, DEVICE__MAC_ADDRESSES);
		createEReference(deviceEClass, DEVICE__MANAGED_BY);
		createEAttribute(deviceEClass, DEVICE__REMOTE_MAINTENANCE);
		createEAttribute(deviceEClass, DEVICE__OPERATING_SYSTEM);
		createEAttribute(deviceEClass, DEVICE__FIRMWARE_VERSION);
		createEReference(deviceEClass, DEVICE__SECURITY_SOFTWARE);
		createEReference(deviceEClass, DEVICE__LOG_SETTINGS);
		createEAttribute(deviceEClass, DEVICE__SOURCE_ADDRESS_RESTRICTION);
		createEAttribute(deviceEClass, DEVICE__SOURCE_ADDRESS_RESTRICTION_DETAIL);
		createEAttribute(deviceEClass, DEVICE__UNNEEDED_SERVICES_DISABLED);
		createEAttribute(deviceEClass, DEVICE__REMOVABLE_MEDIA_RESTRICTED);
		createEAttribute(deviceEClass, DEVICE__INSTALL_DATE);
		createEAttribute(deviceEClass, DEVICE__END_OF_SUPPORT);
		createEAttribute(deviceEClass, DEVICE__NOTES);
		createEAttribute(deviceEClass, DEVICE__MULTI_FACTOR_LOGIN);

		linkEClass = createEClass(LINK);
		createEReference(linkEClass, LINK__SOURCE);
		createEReference(linkEClass, LINK__TARGET_DEVICE);
		createEReference(linkEClass, LINK__TARGET_ZONE);
		createEAttribute(linkEClass, LINK__MEDIUM);
		createEAttribute(linkEClass, LINK__DESCRIPTION);
		createEAttribute(linkEClass, LINK__UNTRUSTED);

		externalConnectionEClass = createEClass(EXTERNAL_CONNECTION);
		createEReference(externalConnectionEClass, EXTERNAL_CONNECTION__GATEWAY);
		createEAttribute(externalConnectionEClass, EXTERNAL_CONNECTION__PURPOSE);
		createEReference(externalConnectionEClass, EXTERNAL_CONNECTION__COUNTERPART);
		createEReference(externalConnectionEClass, EXTERNAL_CONNECTION__ZONE);
		createEAttribute(externalConnectionEClass, EXTERNAL_CONNECTION__MODE);
		createEAttribute(externalConnectionEClass, EXTERNAL_CONNECTION__SOURCE_RESTRICTION);
		createEAttribute(externalConnectionEClass, EXTERNAL_CONNECTION__SOURCE_RESTRICTION_DETAIL);
		createEAttribute(externalConnectionEClass, EXTERNAL_CONNECTION__MULTI_FACTOR_AUTHENTICATION);
		createEAttribute(externalConnectionEClass, EXTERNAL_CONNECTION__LOGGING);
		createEAttribute(externalConnectionEClass, EXTERNAL_CONNECTION__APPROVAL_PROCEDURE);

		accountEClass = createEClass(ACCOUNT);
		createEReference(accountEClass, ACCOUNT__DEVICE);
		createEAttribute(accountEClass, ACCOUNT__SYSTEM);
		createEAttribute(accountEClass, ACCOUNT__USER_NAME);
		createEAttribute(accountEClass, ACCOUNT__KIND);
		createEAttribute(accountEClass, ACCOUNT__OWNER);
		createEReference(accountEClass, ACCOUNT__OWNER_ORGANIZATION);
		createEAttribute(accountEClass, ACCOUNT__STATUS);
		createEAttribute(accountEClass, ACCOUNT__LAST_USED);
		createEAttribute(accountEClass, ACCOUNT__MULTI_FACTOR_AUTHENTICATION);
		createEReference(accountEClass, ACCOUNT__PASSWORD_ASSESSMENT);
		createEAttribute(accountEClass, ACCOUNT__LOCKOUT);

		passwordAssessmentEClass = createEClass(PASSWORD_ASSESSMENT);
		createEAttribute(passwordAssessmentEClass, PASSWORD_ASSESSMENT__PROFILE_ID);
		createEAttribute(passwordAssessmentEClass, PASSWORD_ASSESSMENT__SCORE);
		createEAttribute(passwordAssessmentEClass, PASSWORD_ASSESSMENT__LENGTH);
		createEAttribute(passwordAssessmentEClass, PASSWORD_ASSESSMENT__CHARACTER_CLASSES);
		createEAttribute(passwordAssessmentEClass, PASSWORD_ASSESSMENT__FINDING_CODES);
		createEAttribute(passwordAssessmentEClass, PASSWORD_ASSESSMENT__FINGERPRINT);
		createEAttribute(passwordAssessmentEClass, PASSWORD_ASSESSMENT__FINGERPRINT_SCHEME);
		createEAttribute(passwordAssessmentEClass, PASSWORD_ASSESSMENT__ASSESSED_AT);

		firmwareRecordEClass = createEClass(FIRMWARE_RECORD);
		createEReference(firmwareRecordEClass, FIRMWARE_RECORD__DEVICE);
		createEAttribute(firmwareRecordEClass, FIRMWARE_RECORD__PRODUCT_ID);
		createEAttribute(firmwareRecordEClass, FIRMWARE_RECORD__INSTALLED_VERSION);
		createEAttribute(firmwareRecordEClass, FIRMWARE_RECORD__LATEST_VERSION);
		createEAttribute(firmwareRecordEClass, FIRMWARE_RECORD__STATUS);
		createEReference(firmwareRecordEClass, FIRMWARE_RECORD__VULNERABILITIES);
		createEAttribute(firmwareRecordEClass, FIRMWARE_RECORD__UPDATE_PLAN);
		createEAttribute(firmwareRecordEClass, FIRMWARE_RECORD__PLANNED_UPDATE);
		createEAttribute(firmwareRecordEClass, FIRMWARE_RECORD__VENDOR_MITIGATION);
		createEAttribute(firmwareRecordEClass, FIRMWARE_RECORD__CHECKED_ON);
		createEAttribute(firmwareRecordEClass, FIRMWARE_RECORD__HARDWARE_ID);

		vulnerabilityEClass = createEClass(VULNERABILITY);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__CVE_ID);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__SEVERITY);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__KNOWN_EXPLOITED);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__FIXED_IN);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__SUMMARY);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__MATCH);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__SCORE);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__KEV_DUE_DATE);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__REQUIRED_ACTION);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__RANSOMWARE_USE);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__JVN_ID);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__TITLE_JA);
		createEAttribute(vulnerabilityEClass, VULNERABILITY__BASIS);

		checklistAssessmentEClass = createEClass(CHECKLIST_ASSESSMENT);
		createEAttribute(checklistAssessmentEClass, CHECKLIST_ASSESSMENT__EDITION_ID);
		createEAttribute(checklistAssessmentEClass, CHECKLIST_ASSESSMENT__FISCAL_YEAR);
		createEAttribute(checklistAssessmentEClass, CHECKLIST_ASSESSMENT__FORM);
		createEReference(checklistAssessmentEClass, CHECKLIST_ASSESSMENT__RESPONDENT);
		createEAttribute(checklistAssessmentEClass, CHECKLIST_ASSESSMENT__RESPONDENT_NAME);
		createEReference(checklistAssessmentEClass, CHECKLIST_ASSESSMENT__ANSWERS);
		createEAttribute(checklistAssessmentEClass, CHECKLIST_ASSESSMENT__REMARKS);
		createEAttribute(checklistAssessmentEClass, CHECKLIST_ASSESSMENT__CONFIRMATION_DATE);

		checklistAnswerEClass = createEClass(CHECKLIST_ANSWER);
		createEAttribute(checklistAnswerEClass, CHECKLIST_ANSWER__ITEM_ID);
		createEAttribute(checklistAnswerEClass, CHECKLIST_ANSWER__DEVICE_COLUMN);
		createEAttribute(checklistAnswerEClass, CHECKLIST_ANSWER__ROUND1);
		createEAttribute(checklistAnswerEClass, CHECKLIST_ANSWER__ROUND1_DATE);
		createEAttribute(checklistAnswerEClass, CHECKLIST_ANSWER__ROUND2);
		createEAttribute(checklistAnswerEClass, CHECKLIST_ANSWER__ROUND2_DATE);
		createEAttribute(checklistAnswerEClass, CHECKLIST_ANSWER__TARGET_DATE);
		createEAttribute(checklistAnswerEClass, CHECKLIST_ANSWER__REMARKS);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__ROLE);
		createEAttribute(contactEClass, CONTACT__INTERNAL);
		createEReference(contactEClass, CONTACT__ORGANIZATION);
		createEAttribute(contactEClass, CONTACT__ORGANIZATION_NAME);
		createEAttribute(contactEClass, CONTACT__PERSON);
		createEAttribute(contactEClass, CONTACT__PHONE);
		createEAttribute(contactEClass, CONTACT__MAIL);
		createEAttribute(contactEClass, CONTACT__ORDER);

		findingEClass = createEClass(FINDING);
		createEAttribute(findingEClass, FINDING__SEVERITY);
		createEAttribute(findingEClass, FINDING__SOURCE);
		createEAttribute(findingEClass, FINDING__CODE);
		createEReference(findingEClass, FINDING__SUBJECT);
		createEAttribute(findingEClass, FINDING__TEXT);
		createEAttribute(findingEClass, FINDING__REMEDIATION);
		createEAttribute(findingEClass, FINDING__DUE_DATE);
		createEAttribute(findingEClass, FINDING__STATUS);

		// Create enums
		facilityKindEEnum = createEEnum(FACILITY_KIND);
		organizationRoleEEnum = createEEnum(ORGANIZATION_ROLE);
		zoneKindEEnum = createEEnum(ZONE_KIND);
		trustLevelEEnum = createEEnum(TRUST_LEVEL);
		deviceCategoryEEnum = createEEnum(DEVICE_CATEGORY);
		networkDeviceTypeEEnum = createEEnum(NETWORK_DEVICE_TYPE);
		deviceStatusEEnum = createEEnum(DEVICE_STATUS);
		availabilityEEnum = createEEnum(AVAILABILITY);
		linkMediumEEnum = createEEnum(LINK_MEDIUM);
		connectionPurposeEEnum = createEEnum(CONNECTION_PURPOSE);
		connectionModeEEnum = createEEnum(CONNECTION_MODE);
		accountKindEEnum = createEEnum(ACCOUNT_KIND);
		accountStatusEEnum = createEEnum(ACCOUNT_STATUS);
		characterClassEEnum = createEEnum(CHARACTER_CLASS);
		firmwareStatusEEnum = createEEnum(FIRMWARE_STATUS);
		severityEEnum = createEEnum(SEVERITY);
		checklistFormEEnum = createEEnum(CHECKLIST_FORM);
		answerEEnum = createEEnum(ANSWER);
		findingStatusEEnum = createEEnum(FINDING_STATUS);
		vulnerabilityMatchEEnum = createEEnum(VULNERABILITY_MATCH);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedEClass.getESuperTypes().add(this.getIdentified());
		facilityWorkbookEClass.getESuperTypes().add(this.getIdentified());
		organizationEClass.getESuperTypes().add(this.getNamed());
		zoneEClass.getESuperTypes().add(this.getNamed());
		deviceEClass.getESuperTypes().add(this.getNamed());
		linkEClass.getESuperTypes().add(this.getIdentified());
		externalConnectionEClass.getESuperTypes().add(this.getNamed());
		accountEClass.getESuperTypes().add(this.getIdentified());
		firmwareRecordEClass.getESuperTypes().add(this.getIdentified());
		checklistAssessmentEClass.getESuperTypes().add(this.getIdentified());
		contactEClass.getESuperTypes().add(this.getIdentified());
		findingEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedEClass, Named.class, "Named", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamed_Name(), ecorePackage.getEString(), "name", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(facilityWorkbookEClass, FacilityWorkbook.class, "FacilityWorkbook", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFacilityWorkbook_SchemaVersion(), ecorePackage.getEInt(), "schemaVersion", null, 0, 1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacilityWorkbook_Facility(), this.getFacility(), null, "facility", null, 0, 1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacilityWorkbook_Organizations(), this.getOrganization(), null, "organizations", null, 0, -1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacilityWorkbook_Zones(), this.getZone(), null, "zones", null, 0, -1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacilityWorkbook_Devices(), this.getDevice(), null, "devices", null, 0, -1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacilityWorkbook_Links(), this.getLink(), null, "links", null, 0, -1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacilityWorkbook_ExternalConnections(), this.getExternalConnection(), null, "externalConnections", null, 0, -1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacilityWorkbook_Accounts(), this.getAccount(), null, "accounts", null, 0, -1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacilityWorkbook_FirmwareRecords(), this.getFirmwareRecord(), null, "firmwareRecords", null, 0, -1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacilityWorkbook_ChecklistAssessments(), this.getChecklistAssessment(), null, "checklistAssessments", null, 0, -1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacilityWorkbook_Contacts(), this.getContact(), null, "contacts", null, 0, -1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacilityWorkbook_Findings(), this.getFinding(), null, "findings", null, 0, -1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacilityWorkbook_FingerprintSalt(), ecorePackage.getEByteArray(), "fingerprintSalt", null, 0, 1, FacilityWorkbook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_NameKanji(), ecorePackage.getEString(), "nameKanji", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_NameKana(), ecorePackage.getEString(), "nameKana", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_NameRomaji(), ecorePackage.getEString(), "nameRomaji", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Title(), ecorePackage.getEString(), "title", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Mail(), ecorePackage.getEString(), "mail", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(facilityEClass, Facility.class, "Facility", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFacility_Name(), ecorePackage.getEString(), "name", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_NameKana(), ecorePackage.getEString(), "nameKana", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_NameRomaji(), ecorePackage.getEString(), "nameRomaji", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_Kind(), this.getFacilityKind(), "kind", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_Beds(), ecorePackage.getEInt(), "beds", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_Prefecture(), ecorePackage.getEString(), "prefecture", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_Address(), ecorePackage.getEString(), "address", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacility_Representative(), this.getPerson(), null, "representative", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFacility_SecurityOfficer(), this.getPerson(), null, "securityOfficer", null, 0, 1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_Abbreviations(), ecorePackage.getEString(), "abbreviations", null, 0, -1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_DomainNames(), ecorePackage.getEString(), "domainNames", null, 0, -1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFacility_ContextWords(), ecorePackage.getEString(), "contextWords", null, 0, -1, Facility.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organizationEClass, Organization.class, "Organization", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganization_Role(), this.getOrganizationRole(), "role", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_NameKana(), ecorePackage.getEString(), "nameKana", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganization_Contact(), this.getPerson(), null, "contact", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_RemoteMaintenance(), ecorePackage.getEBoolean(), "remoteMaintenance", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_DisclosureObtained(), ecorePackage.getEBoolean(), "disclosureObtained", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganization_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(zoneEClass, Zone.class, "Zone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getZone_Kind(), this.getZoneKind(), "kind", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_TrustLevel(), this.getTrustLevel(), "trustLevel", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_Subnets(), ecorePackage.getEString(), "subnets", null, 0, -1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getZone_Description(), ecorePackage.getEString(), "description", null, 0, 1, Zone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(securitySoftwareEClass, SecuritySoftware.class, "SecuritySoftware", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSecuritySoftware_Product(), ecorePackage.getEString(), "product", null, 0, 1, SecuritySoftware.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSecuritySoftware_DefinitionDate(), this.getLocalDate(), "definitionDate", null, 0, 1, SecuritySoftware.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSecuritySoftware_Running(), this.getAvailability(), "running", null, 0, 1, SecuritySoftware.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSecuritySoftware_AutomaticUpdates(), this.getAvailability(), "automaticUpdates", null, 0, 1, SecuritySoftware.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(logSettingsEClass, LogSettings.class, "LogSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLogSettings_Enabled(), this.getAvailability(), "enabled", null, 0, 1, LogSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogSettings_RetentionDays(), ecorePackage.getEInt(), "retentionDays", null, 0, 1, LogSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogSettings_TamperProtection(), this.getAvailability(), "tamperProtection", null, 0, 1, LogSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLogSettings_StorageLocation(), ecorePackage.getEString(), "storageLocation", null, 0, 1, LogSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceEClass, Device.class, "Device", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDevice_Category(), this.getDeviceCategory(), "category", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_NetworkType(), this.getNetworkDeviceType(), "networkType", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Role(), ecorePackage.getEString(), "role", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Status(), this.getDeviceStatus(), "status", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Manufacturer(), ecorePackage.getEString(), "manufacturer", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Model(), ecorePackage.getEString(), "model", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_SerialNumber(), ecorePackage.getEString(), "serialNumber", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Location(), ecorePackage.getEString(), "location", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_Zone(), this.getZone(), null, "zone", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_IpAddresses(), ecorePackage.getEString(), "ipAddresses", null, 0, -1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_MacAddresses(), ecorePackage.getEString(), "macAddresses", null, 0, -1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_ManagedBy(), this.getOrganization(), null, "managedBy", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_RemoteMaintenance(), ecorePackage.getEBoolean(), "remoteMaintenance", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_OperatingSystem(), ecorePackage.getEString(), "operatingSystem", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_FirmwareVersion(), ecorePackage.getEString(), "firmwareVersion", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_SecuritySoftware(), this.getSecuritySoftware(), null, "securitySoftware", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevice_LogSettings(), this.getLogSettings(), null, "logSettings", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_SourceAddressRestriction(), this.getAvailability(), "sourceAddressRestriction", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_SourceAddressRestrictionDetail(), ecorePackage.getEString(), "sourceAddressRestrictionDetail", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_UnneededServicesDisabled(), this.getAvailability(), "unneededServicesDisabled", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_RemovableMediaRestricted(), this.getAvailability(), "removableMediaRestricted", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_InstallDate(), this.getLocalDate(), "installDate", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_EndOfSupport(), this.getLocalDate(), "endOfSupport", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevice_MultiFactorLogin(), this.getAvailability(), "multiFactorLogin", null, 0, 1, Device.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linkEClass, Link.class, "Link", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLink_Source(), this.getDevice(), null, "source", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLink_TargetDevice(), this.getDevice(), null, "targetDevice", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLink_TargetZone(), this.getZone(), null, "targetZone", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_Medium(), this.getLinkMedium(), "medium", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_Description(), ecorePackage.getEString(), "description", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_Untrusted(), ecorePackage.getEBoolean(), "untrusted", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(externalConnectionEClass, ExternalConnection.class, "ExternalConnection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExternalConnection_Gateway(), this.getDevice(), null, "gateway", null, 0, 1, ExternalConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalConnection_Purpose(), this.getConnectionPurpose(), "purpose", null, 0, 1, ExternalConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExternalConnection_Counterpart(), this.getOrganization(), null, "counterpart", null, 0, 1, ExternalConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExternalConnection_Zone(), this.getZone(), null, "zone", null, 0, 1, ExternalConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalConnection_Mode(), this.getConnectionMode(), "mode", null, 0, 1, ExternalConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalConnection_SourceRestriction(), this.getAvailability(), "sourceRestriction", null, 0, 1, ExternalConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalConnection_SourceRestrictionDetail(), ecorePackage.getEString(), "sourceRestrictionDetail", null, 0, 1, ExternalConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalConnection_MultiFactorAuthentication(), this.getAvailability(), "multiFactorAuthentication", null, 0, 1, ExternalConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalConnection_Logging(), this.getAvailability(), "logging", null, 0, 1, ExternalConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalConnection_ApprovalProcedure(), ecorePackage.getEString(), "approvalProcedure", null, 0, 1, ExternalConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountEClass, Account.class, "Account", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAccount_Device(), this.getDevice(), null, "device", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_System(), ecorePackage.getEString(), "system", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_UserName(), ecorePackage.getEString(), "userName", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Kind(), this.getAccountKind(), "kind", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_OwnerOrganization(), this.getOrganization(), null, "ownerOrganization", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Status(), this.getAccountStatus(), "status", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_LastUsed(), this.getLocalDate(), "lastUsed", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_MultiFactorAuthentication(), ecorePackage.getEBoolean(), "multiFactorAuthentication", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_PasswordAssessment(), this.getPasswordAssessment(), null, "passwordAssessment", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Lockout(), this.getAvailability(), "lockout", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(passwordAssessmentEClass, PasswordAssessment.class, "PasswordAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPasswordAssessment_ProfileId(), ecorePackage.getEString(), "profileId", null, 0, 1, PasswordAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPasswordAssessment_Score(), ecorePackage.getEInt(), "score", null, 0, 1, PasswordAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPasswordAssessment_Length(), ecorePackage.getEInt(), "length", null, 0, 1, PasswordAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPasswordAssessment_CharacterClasses(), this.getCharacterClass(), "characterClasses", null, 0, -1, PasswordAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPasswordAssessment_FindingCodes(), ecorePackage.getEString(), "findingCodes", null, 0, -1, PasswordAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPasswordAssessment_Fingerprint(), ecorePackage.getEString(), "fingerprint", null, 0, 1, PasswordAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPasswordAssessment_FingerprintScheme(), ecorePackage.getEString(), "fingerprintScheme", null, 0, 1, PasswordAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPasswordAssessment_AssessedAt(), this.getInstant(), "assessedAt", null, 0, 1, PasswordAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(firmwareRecordEClass, FirmwareRecord.class, "FirmwareRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFirmwareRecord_Device(), this.getDevice(), null, "device", null, 0, 1, FirmwareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirmwareRecord_ProductId(), ecorePackage.getEString(), "productId", null, 0, 1, FirmwareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirmwareRecord_InstalledVersion(), ecorePackage.getEString(), "installedVersion", null, 0, 1, FirmwareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirmwareRecord_LatestVersion(), ecorePackage.getEString(), "latestVersion", null, 0, 1, FirmwareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirmwareRecord_Status(), this.getFirmwareStatus(), "status", null, 0, 1, FirmwareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFirmwareRecord_Vulnerabilities(), this.getVulnerability(), null, "vulnerabilities", null, 0, -1, FirmwareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirmwareRecord_UpdatePlan(), ecorePackage.getEString(), "updatePlan", null, 0, 1, FirmwareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirmwareRecord_PlannedUpdate(), this.getLocalDate(), "plannedUpdate", null, 0, 1, FirmwareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirmwareRecord_VendorMitigation(), ecorePackage.getEString(), "vendorMitigation", null, 0, 1, FirmwareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirmwareRecord_CheckedOn(), this.getLocalDate(), "checkedOn", null, 0, 1, FirmwareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFirmwareRecord_HardwareId(), ecorePackage.getEString(), "hardwareId", null, 0, 1, FirmwareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vulnerabilityEClass, Vulnerability.class, "Vulnerability", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVulnerability_CveId(), ecorePackage.getEString(), "cveId", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVulnerability_Severity(), this.getSeverity(), "severity", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVulnerability_KnownExploited(), ecorePackage.getEBoolean(), "knownExploited", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVulnerability_FixedIn(), ecorePackage.getEString(), "fixedIn", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVulnerability_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVulnerability_Match(), this.getVulnerabilityMatch(), "match", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVulnerability_Score(), ecorePackage.getEDouble(), "score", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVulnerability_KevDueDate(), this.getLocalDate(), "kevDueDate", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVulnerability_RequiredAction(), ecorePackage.getEString(), "requiredAction", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVulnerability_RansomwareUse(), ecorePackage.getEBoolean(), "ransomwareUse", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVulnerability_JvnId(), ecorePackage.getEString(), "jvnId", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVulnerability_TitleJa(), ecorePackage.getEString(), "titleJa", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVulnerability_Basis(), ecorePackage.getEString(), "basis", null, 0, 1, Vulnerability.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistAssessmentEClass, ChecklistAssessment.class, "ChecklistAssessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChecklistAssessment_EditionId(), ecorePackage.getEString(), "editionId", null, 0, 1, ChecklistAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistAssessment_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 0, 1, ChecklistAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistAssessment_Form(), this.getChecklistForm(), "form", null, 0, 1, ChecklistAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChecklistAssessment_Respondent(), this.getOrganization(), null, "respondent", null, 0, 1, ChecklistAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistAssessment_RespondentName(), ecorePackage.getEString(), "respondentName", null, 0, 1, ChecklistAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChecklistAssessment_Answers(), this.getChecklistAnswer(), null, "answers", null, 0, -1, ChecklistAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistAssessment_Remarks(), ecorePackage.getEString(), "remarks", null, 0, 1, ChecklistAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistAssessment_ConfirmationDate(), this.getLocalDate(), "confirmationDate", null, 0, 1, ChecklistAssessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistAnswerEClass, ChecklistAnswer.class, "ChecklistAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChecklistAnswer_ItemId(), ecorePackage.getEString(), "itemId", null, 0, 1, ChecklistAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistAnswer_DeviceColumn(), ecorePackage.getEString(), "deviceColumn", null, 0, 1, ChecklistAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistAnswer_Round1(), this.getAnswer(), "round1", null, 0, 1, ChecklistAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistAnswer_Round1Date(), this.getLocalDate(), "round1Date", null, 0, 1, ChecklistAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistAnswer_Round2(), this.getAnswer(), "round2", null, 0, 1, ChecklistAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistAnswer_Round2Date(), this.getLocalDate(), "round2Date", null, 0, 1, ChecklistAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistAnswer_TargetDate(), this.getLocalDate(), "targetDate", null, 0, 1, ChecklistAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistAnswer_Remarks(), ecorePackage.getEString(), "remarks", null, 0, 1, ChecklistAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContact_Role(), ecorePackage.getEString(), "role", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Internal(), ecorePackage.getEBoolean(), "internal", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_Organization(), this.getOrganization(), null, "organization", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_OrganizationName(), ecorePackage.getEString(), "organizationName", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Person(), ecorePackage.getEString(), "person", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Mail(), ecorePackage.getEString(), "mail", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Order(), ecorePackage.getEInt(), "order", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(findingEClass, Finding.class, "Finding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinding_Severity(), this.getSeverity(), "severity", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Source(), ecorePackage.getEString(), "source", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Code(), ecorePackage.getEString(), "code", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Subject(), ecorePackage.getEObject(), null, "subject", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Text(), ecorePackage.getEString(), "text", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Remediation(), ecorePackage.getEString(), "remediation", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_DueDate(), this.getLocalDate(), "dueDate", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Status(), this.getFindingStatus(), "status", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(facilityKindEEnum, FacilityKind.class, "FacilityKind");
		addEEnumLiteral(facilityKindEEnum, FacilityKind.HOSPITAL);
		addEEnumLiteral(facilityKindEEnum, FacilityKind.CLINIC);
		addEEnumLiteral(facilityKindEEnum, FacilityKind.DENTAL_CLINIC);
		addEEnumLiteral(facilityKindEEnum, FacilityKind.PHARMACY);

		initEEnum(organizationRoleEEnum, OrganizationRole.class, "OrganizationRole");
		addEEnumLiteral(organizationRoleEEnum, OrganizationRole.EHR);
		addEEnumLiteral(organizationRoleEEnum, OrganizationRole.NETWORK);
		addEEnumLiteral(organizationRoleEEnum, OrganizationRole.MEDICAL_DEVICE);
		addEEnumLiteral(organizationRoleEEnum, OrganizationRole.CATERING);
		addEEnumLiteral(organizationRoleEEnum, OrganizationRole.FACILITY_MANAGEMENT);
		addEEnumLiteral(organizationRoleEEnum, OrganizationRole.OTHER);

		initEEnum(zoneKindEEnum, ZoneKind.class, "ZoneKind");
		addEEnumLiteral(zoneKindEEnum, ZoneKind.CLINICAL_LAN);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.ADMINISTRATIVE_LAN);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.MEDICAL_DEVICE_LAN);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.DMZ);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.INTERNET);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.VENDOR_NETWORK);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.WIRELESS);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.GUEST);

		initEEnum(trustLevelEEnum, TrustLevel.class, "TrustLevel");
		addEEnumLiteral(trustLevelEEnum, TrustLevel.UNTRUSTED);
		addEEnumLiteral(trustLevelEEnum, TrustLevel.LOW);
		addEEnumLiteral(trustLevelEEnum, TrustLevel.MEDIUM);
		addEEnumLiteral(trustLevelEEnum, TrustLevel.HIGH);

		initEEnum(deviceCategoryEEnum, DeviceCategory.class, "DeviceCategory");
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.SERVER);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.CLIENT_PC);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.NETWORK_DEVICE);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.MEDICAL_DEVICE);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.IOT);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.PRINTER);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.STORAGE);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.OTHER);
		addEEnumLiteral(deviceCategoryEEnum, DeviceCategory.INFORMATION_DEVICE);

		initEEnum(networkDeviceTypeEEnum, NetworkDeviceType.class, "NetworkDeviceType");
		addEEnumLiteral(networkDeviceTypeEEnum, NetworkDeviceType.NONE);
		addEEnumLiteral(networkDeviceTypeEEnum, NetworkDeviceType.ROUTER);
		addEEnumLiteral(networkDeviceTypeEEnum, NetworkDeviceType.SWITCH);
		addEEnumLiteral(networkDeviceTypeEEnum, NetworkDeviceType.FIREWALL);
		addEEnumLiteral(networkDeviceTypeEEnum, NetworkDeviceType.UTM);
		addEEnumLiteral(networkDeviceTypeEEnum, NetworkDeviceType.VPN_GATEWAY);
		addEEnumLiteral(networkDeviceTypeEEnum, NetworkDeviceType.WIRELESS_AP);
		addEEnumLiteral(networkDeviceTypeEEnum, NetworkDeviceType.IDS);
		addEEnumLiteral(networkDeviceTypeEEnum, NetworkDeviceType.IPS);
		addEEnumLiteral(networkDeviceTypeEEnum, NetworkDeviceType.UNIDIRECTIONAL_GATEWAY);
		addEEnumLiteral(networkDeviceTypeEEnum, NetworkDeviceType.MODEM);
		addEEnumLiteral(networkDeviceTypeEEnum, NetworkDeviceType.MOBILE_ROUTER);

		initEEnum(deviceStatusEEnum, DeviceStatus.class, "DeviceStatus");
		addEEnumLiteral(deviceStatusEEnum, DeviceStatus.IN_USE);
		addEEnumLiteral(deviceStatusEEnum, DeviceStatus.PLANNED);
		addEEnumLiteral(deviceStatusEEnum, DeviceStatus.DECOMMISSIONED);

		initEEnum(availabilityEEnum, Availability.class, "Availability");
		addEEnumLiteral(availabilityEEnum, Availability.UNKNOWN);
		addEEnumLiteral(availabilityEEnum, Availability.YES);
		addEEnumLiteral(availabilityEEnum, Availability.NO);
		addEEnumLiteral(availabilityEEnum, Availability.NOT_APPLICABLE);

		initEEnum(linkMediumEEnum, LinkMedium.class, "LinkMedium");
		addEEnumLiteral(linkMediumEEnum, LinkMedium.WIRED);
		addEEnumLiteral(linkMediumEEnum, LinkMedium.WIRELESS);
		addEEnumLiteral(linkMediumEEnum, LinkMedium.VPN);
		addEEnumLiteral(linkMediumEEnum, LinkMedium.OTHER);

		initEEnum(connectionPurposeEEnum, ConnectionPurpose.class, "ConnectionPurpose");
		addEEnumLiteral(connectionPurposeEEnum, ConnectionPurpose.REMOTE_MAINTENANCE);
		addEEnumLiteral(connectionPurposeEEnum, ConnectionPurpose.INTERNET);
		addEEnumLiteral(connectionPurposeEEnum, ConnectionPurpose.REGIONAL_NETWORK);
		addEEnumLiteral(connectionPurposeEEnum, ConnectionPurpose.ONLINE_QUALIFICATION);
		addEEnumLiteral(connectionPurposeEEnum, ConnectionPurpose.CLOUD_SERVICE);
		addEEnumLiteral(connectionPurposeEEnum, ConnectionPurpose.OTHER);

		initEEnum(connectionModeEEnum, ConnectionMode.class, "ConnectionMode");
		addEEnumLiteral(connectionModeEEnum, ConnectionMode.ALWAYS_ON);
		addEEnumLiteral(connectionModeEEnum, ConnectionMode.ON_DEMAND);

		initEEnum(accountKindEEnum, AccountKind.class, "AccountKind");
		addEEnumLiteral(accountKindEEnum, AccountKind.ADMIN);
		addEEnumLiteral(accountKindEEnum, AccountKind.USER);
		addEEnumLiteral(accountKindEEnum, AccountKind.SERVICE);
		addEEnumLiteral(accountKindEEnum, AccountKind.MAINTENANCE);

		initEEnum(accountStatusEEnum, AccountStatus.class, "AccountStatus");
		addEEnumLiteral(accountStatusEEnum, AccountStatus.ACTIVE);
		addEEnumLiteral(accountStatusEEnum, AccountStatus.DISABLED);
		addEEnumLiteral(accountStatusEEnum, AccountStatus.TO_DELETE);

		initEEnum(characterClassEEnum, CharacterClass.class, "CharacterClass");
		addEEnumLiteral(characterClassEEnum, CharacterClass.LOWER);
		addEEnumLiteral(characterClassEEnum, CharacterClass.UPPER);
		addEEnumLiteral(characterClassEEnum, CharacterClass.DIGIT);
		addEEnumLiteral(characterClassEEnum, CharacterClass.SYMBOL);
		addEEnumLiteral(characterClassEEnum, CharacterClass.OTHER);

		initEEnum(firmwareStatusEEnum, FirmwareStatus.class, "FirmwareStatus");
		addEEnumLiteral(firmwareStatusEEnum, FirmwareStatus.UNKNOWN);
		addEEnumLiteral(firmwareStatusEEnum, FirmwareStatus.CURRENT);
		addEEnumLiteral(firmwareStatusEEnum, FirmwareStatus.UPDATE_AVAILABLE);
		addEEnumLiteral(firmwareStatusEEnum, FirmwareStatus.VULNERABLE);
		addEEnumLiteral(firmwareStatusEEnum, FirmwareStatus.END_OF_SUPPORT);
		addEEnumLiteral(firmwareStatusEEnum, FirmwareStatus.KNOWN_EXPLOITED);
		addEEnumLiteral(firmwareStatusEEnum, FirmwareStatus.AWAITING_ANALYSIS);
		addEEnumLiteral(firmwareStatusEEnum, FirmwareStatus.CHECK_MANUALLY);
		addEEnumLiteral(firmwareStatusEEnum, FirmwareStatus.PRODUCT_UNKNOWN);

		initEEnum(severityEEnum, Severity.class, "Severity");
		addEEnumLiteral(severityEEnum, Severity.INFO);
		addEEnumLiteral(severityEEnum, Severity.LOW);
		addEEnumLiteral(severityEEnum, Severity.MEDIUM);
		addEEnumLiteral(severityEEnum, Severity.HIGH);
		addEEnumLiteral(severityEEnum, Severity.CRITICAL);

		initEEnum(checklistFormEEnum, ChecklistForm.class, "ChecklistForm");
		addEEnumLiteral(checklistFormEEnum, ChecklistForm.MEDICAL_INSTITUTION);
		addEEnumLiteral(checklistFormEEnum, ChecklistForm.PHARMACY);
		addEEnumLiteral(checklistFormEEnum, ChecklistForm.VENDOR);
		addEEnumLiteral(checklistFormEEnum, ChecklistForm.MEDICAL_INSTITUTION_AND_PHARMACY);

		initEEnum(answerEEnum, Answer.class, "Answer");
		addEEnumLiteral(answerEEnum, Answer.UNANSWERED);
		addEEnumLiteral(answerEEnum, Answer.YES);
		addEEnumLiteral(answerEEnum, Answer.NO);
		addEEnumLiteral(answerEEnum, Answer.NOT_APPLICABLE);
		addEEnumLiteral(answerEEnum, Answer.OUT_OF_SCOPE);

		initEEnum(findingStatusEEnum, FindingStatus.class, "FindingStatus");
		addEEnumLiteral(findingStatusEEnum, FindingStatus.OPEN);
		addEEnumLiteral(findingStatusEEnum, FindingStatus.IN_PROGRESS);
		addEEnumLiteral(findingStatusEEnum, FindingStatus.RESOLVED);
		addEEnumLiteral(findingStatusEEnum, FindingStatus.ACCEPTED);

		initEEnum(vulnerabilityMatchEEnum, VulnerabilityMatch.class, "VulnerabilityMatch");
		addEEnumLiteral(vulnerabilityMatchEEnum, VulnerabilityMatch.AFFECTED);
		addEEnumLiteral(vulnerabilityMatchEEnum, VulnerabilityMatch.POSSIBLE);
		addEEnumLiteral(vulnerabilityMatchEEnum, VulnerabilityMatch.AWAITING);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //FacilityPackageImpl
