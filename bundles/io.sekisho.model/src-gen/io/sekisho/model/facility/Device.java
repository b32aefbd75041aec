/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item of the device inventory (checklist 2-(1)).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.Device#getCategory <em>Category</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getNetworkType <em>Network Type</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getRole <em>Role</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getStatus <em>Status</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getModel <em>Model</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getLocation <em>Location</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getZone <em>Zone</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getIpAddresses <em>Ip Addresses</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getMacAddresses <em>Mac Addresses</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getManagedBy <em>Managed By</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#isRemoteMaintenance <em>Remote Maintenance</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getFirmwareVersion <em>Firmware Version</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getSecuritySoftware <em>Security Software</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getLogSettings <em>Log Settings</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getSourceAddressRestriction <em>Source Address Restriction</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getSourceAddressRestrictionDetail <em>Source Address Restriction Detail</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getUnneededServicesDisabled <em>Unneeded Services Disabled</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getRemovableMediaRestricted <em>Removable Media Restricted</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getInstallDate <em>Install Date</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getEndOfSupport <em>End Of Support</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Device#getMultiFactorLogin <em>Multi Factor Login</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getDevice()
 * @model
 * @generated
 */
public interface Device extends Named {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.DeviceCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of device; decides which checklist device column applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see io.sekisho.model.facility.DeviceCategory
	 * @see #setCategory(DeviceCategory)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_Category()
	 * @model
	 * @generated
	 */
	DeviceCategory getCategory();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see io.sekisho.model.facility.DeviceCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(DeviceCategory value);

	/**
	 * Returns the value of the '<em><b>Network Type</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.NetworkDeviceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For network devices: router, switch, firewall, UTM, VPN gateway or wireless access point; NONE otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Network Type</em>' attribute.
	 * @see io.sekisho.model.facility.NetworkDeviceType
	 * @see #setNetworkType(NetworkDeviceType)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_NetworkType()
	 * @model
	 * @generated
	 */
	NetworkDeviceType getNetworkType();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getNetworkType <em>Network Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network Type</em>' attribute.
	 * @see io.sekisho.model.facility.NetworkDeviceType
	 * @see #getNetworkType()
	 * @generated
	 */
	void setNetworkType(NetworkDeviceType value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the device does for the facility, e.g. 電子カルテサーバ, レセコン, PACS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.DeviceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In use, planned or decommissioned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.model.facility.DeviceStatus
	 * @see #setStatus(DeviceStatus)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_Status()
	 * @model
	 * @generated
	 */
	DeviceStatus getStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.model.facility.DeviceStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(DeviceStatus value);

	/**
	 * Returns the value of the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The manufacturer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manufacturer</em>' attribute.
	 * @see #setManufacturer(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_Manufacturer()
	 * @model
	 * @generated
	 */
	String getManufacturer();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getManufacturer <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manufacturer</em>' attribute.
	 * @see #getManufacturer()
	 * @generated
	 */
	void setManufacturer(String value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model name or number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_Model()
	 * @model
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The serial number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serial Number</em>' attribute.
	 * @see #setSerialNumber(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_SerialNumber()
	 * @model
	 * @generated
	 */
	String getSerialNumber();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getSerialNumber <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial Number</em>' attribute.
	 * @see #getSerialNumber()
	 * @generated
	 */
	void setSerialNumber(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the device stands, e.g. サーバ室, 3階東病棟.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network zone the device is in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zone</em>' reference.
	 * @see #setZone(Zone)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_Zone()
	 * @model
	 * @generated
	 */
	Zone getZone();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getZone <em>Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone</em>' reference.
	 * @see #getZone()
	 * @generated
	 */
	void setZone(Zone value);

	/**
	 * Returns the value of the '<em><b>Ip Addresses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IPv4 or IPv6 addresses of the device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ip Addresses</em>' attribute list.
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_IpAddresses()
	 * @model
	 * @generated
	 */
	EList<String> getIpAddresses();

	/**
	 * Returns the value of the '<em><b>Mac Addresses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MAC addresses of the device's interfaces, e.g. 00:1A:2B:3C:4D:5E.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mac Addresses</em>' attribute list.
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_MacAddresses()
	 * @model
	 * @generated
	 */
	EList<String> getMacAddresses();

	/**
	 * Returns the value of the '<em><b>Managed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organization that maintains the device; empty when the facility does it itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Managed By</em>' reference.
	 * @see #setManagedBy(Organization)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_ManagedBy()
	 * @model
	 * @generated
	 */
	Organization getManagedBy();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getManagedBy <em>Managed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Managed By</em>' reference.
	 * @see #getManagedBy()
	 * @generated
	 */
	void setManagedBy(Organization value);

	/**
	 * Returns the value of the '<em><b>Remote Maintenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the device is maintained remotely (checklist 2-(2)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remote Maintenance</em>' attribute.
	 * @see #setRemoteMaintenance(boolean)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_RemoteMaintenance()
	 * @model
	 * @generated
	 */
	boolean isRemoteMaintenance();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#isRemoteMaintenance <em>Remote Maintenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Maintenance</em>' attribute.
	 * @see #isRemoteMaintenance()
	 * @generated
	 */
	void setRemoteMaintenance(boolean value);

	/**
	 * Returns the value of the '<em><b>Operating System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The installed operating system with version, e.g. Windows Server 2019, or FortiOS for appliances.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operating System</em>' attribute.
	 * @see #setOperatingSystem(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_OperatingSystem()
	 * @model
	 * @generated
	 */
	String getOperatingSystem();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getOperatingSystem <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operating System</em>' attribute.
	 * @see #getOperatingSystem()
	 * @generated
	 */
	void setOperatingSystem(String value);

	/**
	 * Returns the value of the '<em><b>Firmware Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The installed firmware or software version, e.g. 6.0.4.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Firmware Version</em>' attribute.
	 * @see #setFirmwareVersion(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_FirmwareVersion()
	 * @model
	 * @generated
	 */
	String getFirmwareVersion();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getFirmwareVersion <em>Firmware Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware Version</em>' attribute.
	 * @see #getFirmwareVersion()
	 * @generated
	 */
	void setFirmwareVersion(String value);

	/**
	 * Returns the value of the '<em><b>Security Software</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The anti-malware software; empty when none is installed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Software</em>' containment reference.
	 * @see #setSecuritySoftware(SecuritySoftware)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_SecuritySoftware()
	 * @model containment="true"
	 * @generated
	 */
	SecuritySoftware getSecuritySoftware();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getSecuritySoftware <em>Security Software</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Software</em>' containment reference.
	 * @see #getSecuritySoftware()
	 * @generated
	 */
	void setSecuritySoftware(SecuritySoftware value);

	/**
	 * Returns the value of the '<em><b>Log Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the device records access logs; empty when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Log Settings</em>' containment reference.
	 * @see #setLogSettings(LogSettings)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_LogSettings()
	 * @model containment="true"
	 * @generated
	 */
	LogSettings getLogSettings();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getLogSettings <em>Log Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Log Settings</em>' containment reference.
	 * @see #getLogSettings()
	 * @generated
	 */
	void setLogSettings(LogSettings value);

	/**
	 * Returns the value of the '<em><b>Source Address Restriction</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Availability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether connections to the device are limited to known source addresses (IP or MAC filtering; checklist 2-(8)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Address Restriction</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #setSourceAddressRestriction(Availability)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_SourceAddressRestriction()
	 * @model
	 * @generated
	 */
	Availability getSourceAddressRestriction();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getSourceAddressRestriction <em>Source Address Restriction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Address Restriction</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #getSourceAddressRestriction()
	 * @generated
	 */
	void setSourceAddressRestriction(Availability value);

	/**
	 * Returns the value of the '<em><b>Source Address Restriction Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which sources are allowed, e.g. the vendor's fixed IP address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Address Restriction Detail</em>' attribute.
	 * @see #setSourceAddressRestrictionDetail(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_SourceAddressRestrictionDetail()
	 * @model
	 * @generated
	 */
	String getSourceAddressRestrictionDetail();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getSourceAddressRestrictionDetail <em>Source Address Restriction Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Address Restriction Detail</em>' attribute.
	 * @see #getSourceAddressRestrictionDetail()
	 * @generated
	 */
	void setSourceAddressRestrictionDetail(String value);

	/**
	 * Returns the value of the '<em><b>Unneeded Services Disabled</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Availability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether unneeded services and background software are stopped (checklist 2-(9)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unneeded Services Disabled</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #setUnneededServicesDisabled(Availability)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_UnneededServicesDisabled()
	 * @model
	 * @generated
	 */
	Availability getUnneededServicesDisabled();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getUnneededServicesDisabled <em>Unneeded Services Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unneeded Services Disabled</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #getUnneededServicesDisabled()
	 * @generated
	 */
	void setUnneededServicesDisabled(Availability value);

	/**
	 * Returns the value of the '<em><b>Removable Media Restricted</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Availability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether USB storage and other external media are restricted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Removable Media Restricted</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #setRemovableMediaRestricted(Availability)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_RemovableMediaRestricted()
	 * @model
	 * @generated
	 */
	Availability getRemovableMediaRestricted();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getRemovableMediaRestricted <em>Removable Media Restricted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Removable Media Restricted</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #getRemovableMediaRestricted()
	 * @generated
	 */
	void setRemovableMediaRestricted(Availability value);

	/**
	 * Returns the value of the '<em><b>Install Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the device was installed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Install Date</em>' attribute.
	 * @see #setInstallDate(LocalDate)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_InstallDate()
	 * @model dataType="io.sekisho.model.facility.LocalDate"
	 * @generated
	 */
	LocalDate getInstallDate();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getInstallDate <em>Install Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Install Date</em>' attribute.
	 * @see #getInstallDate()
	 * @generated
	 */
	void setInstallDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Of Support</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the manufacturer's support (security updates) ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Of Support</em>' attribute.
	 * @see #setEndOfSupport(LocalDate)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_EndOfSupport()
	 * @model dataType="io.sekisho.model.facility.LocalDate"
	 * @generated
	 */
	LocalDate getEndOfSupport();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getEndOfSupport <em>End Of Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Of Support</em>' attribute.
	 * @see #getEndOfSupport()
	 * @generated
	 */
	void setEndOfSupport(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Multi Factor Login</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Availability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether logging in to the device (its operating system) needs a second factor for every account (checklist FY2026 2-⑫).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Multi Factor Login</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #setMultiFactorLogin(Availability)
	 * @see io.sekisho.model.facility.FacilityPackage#getDevice_MultiFactorLogin()
	 * @model
	 * @generated
	 */
	Availability getMultiFactorLogin();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Device#getMultiFactorLogin <em>Multi Factor Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multi Factor Login</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #getMultiFactorLogin()
	 * @generated
	 */
	void setMultiFactorLogin(Availability value);

} // Device
