/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.LogSettings;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.SecuritySoftware;
import io.sekisho.model.facility.Zone;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getNetworkType <em>Network Type</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getRole <em>Role</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getModel <em>Model</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getZone <em>Zone</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getIpAddresses <em>Ip Addresses</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getMacAddresses <em>Mac Addresses</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getManagedBy <em>Managed By</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#isRemoteMaintenance <em>Remote Maintenance</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getOperatingSystem <em>Operating System</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getFirmwareVersion <em>Firmware Version</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getSecuritySoftware <em>Security Software</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getLogSettings <em>Log Settings</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getSourceAddressRestriction <em>Source Address Restriction</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getSourceAddressRestrictionDetail <em>Source Address Restriction Detail</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getUnneededServicesDisabled <em>Unneeded Services Disabled</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getRemovableMediaRestricted <em>Removable Media Restricted</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getInstallDate <em>Install Date</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getEndOfSupport <em>End Of Support</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.DeviceImpl#getMultiFactorLogin <em>Multi Factor Login</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceImpl extends NamedImpl implements Device {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final DeviceCategory CATEGORY_EDEFAULT = DeviceCategory.SERVER;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected DeviceCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNetworkType() <em>Network Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkType()
	 * @generated
	 * @ordered
	 */
	protected static final NetworkDeviceType NETWORK_TYPE_EDEFAULT = NetworkDeviceType.NONE;

	/**
	 * The cached value of the '{@link #getNetworkType() <em>Network Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkType()
	 * @generated
	 * @ordered
	 */
	protected NetworkDeviceType networkType = NETWORK_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DeviceStatus STATUS_EDEFAULT = DeviceStatus.IN_USE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected DeviceStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected static final String MANUFACTURER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManufacturer() <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManufacturer()
	 * @generated
	 * @ordered
	 */
	protected String manufacturer = MANUFACTURER_EDEFAULT;

	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected String model = MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIAL_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerialNumber() <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerialNumber()
	 * @generated
	 * @ordered
	 */
	protected String serialNumber = SERIAL_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getZone() <em>Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected Zone zone;

	/**
	 * The cached value of the '{@link #getIpAddresses() <em>Ip Addresses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ipAddresses;

	/**
	 * The cached value of the '{@link #getMacAddresses() <em>Mac Addresses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> macAddresses;

	/**
	 * The cached value of the '{@link #getManagedBy() <em>Managed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagedBy()
	 * @generated
	 * @ordered
	 */
	protected Organization managedBy;

	/**
	 * The default value of the '{@link #isRemoteMaintenance() <em>Remote Maintenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRemoteMaintenance()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REMOTE_MAINTENANCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRemoteMaintenance() <em>Remote Maintenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRemoteMaintenance()
	 * @generated
	 * @ordered
	 */
	protected boolean remoteMaintenance = REMOTE_MAINTENANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperatingSystem() <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATING_SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperatingSystem() <em>Operating System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingSystem()
	 * @generated
	 * @ordered
	 */
	protected String operatingSystem = OPERATING_SYSTEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirmwareVersion() <em>Firmware Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmwareVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRMWARE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirmwareVersion() <em>Firmware Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmwareVersion()
	 * @generated
	 * @ordered
	 */
	protected String firmwareVersion = FIRMWARE_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSecuritySoftware() <em>Security Software</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecuritySoftware()
	 * @generated
	 * @ordered
	 */
	protected SecuritySoftware securitySoftware;

	/**
	 * The cached value of the '{@link #getLogSettings() <em>Log Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogSettings()
	 * @generated
	 * @ordered
	 */
	protected LogSettings logSettings;

	/**
	 * The default value of the '{@link #getSourceAddressRestriction() <em>Source Address Restriction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceAddressRestriction()
	 * @generated
	 * @ordered
	 */
	protected static final Availability SOURCE_ADDRESS_RESTRICTION_EDEFAULT = Availability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getSourceAddressRestriction() <em>Source Address Restriction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceAddressRestriction()
	 * @generated
	 * @ordered
	 */
	protected Availability sourceAddressRestriction = SOURCE_ADDRESS_RESTRICTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceAddressRestrictionDetail() <em>Source Address Restriction Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceAddressRestrictionDetail()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_ADDRESS_RESTRICTION_DETAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceAddressRestrictionDetail() <em>Source Address Restriction Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceAddressRestrictionDetail()
	 * @generated
	 * @ordered
	 */
	protected String sourceAddressRestrictionDetail = SOURCE_ADDRESS_RESTRICTION_DETAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnneededServicesDisabled() <em>Unneeded Services Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnneededServicesDisabled()
	 * @generated
	 * @ordered
	 */
	protected static final Availability UNNEEDED_SERVICES_DISABLED_EDEFAULT = Availability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getUnneededServicesDisabled() <em>Unneeded Services Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnneededServicesDisabled()
	 * @generated
	 * @ordered
	 */
	protected Availability unneededServicesDisabled = UNNEEDED_SERVICES_DISABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemovableMediaRestricted() <em>Removable Media Restricted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemovableMediaRestricted()
	 * @generated
	 * @ordered
	 */
	protected static final Availability REMOVABLE_MEDIA_RESTRICTED_EDEFAULT = Availability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getRemovableMediaRestricted() <em>Removable Media Restricted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemovableMediaRestricted()
	 * @generated
	 * @ordered
	 */
	protected Availability removableMediaRestricted = REMOVABLE_MEDIA_RESTRICTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstallDate() <em>Install Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate INSTALL_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstallDate() <em>Install Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstallDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate installDate = INSTALL_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndOfSupport() <em>End Of Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOfSupport()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_OF_SUPPORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndOfSupport() <em>End Of Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndOfSupport()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endOfSupport = END_OF_SUPPORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMultiFactorLogin() <em>Multi Factor Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultiFactorLogin()
	 * @generated
	 * @ordered
	 */
	protected static final Availability MULTI_FACTOR_LOGIN_EDEFAULT = Availability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getMultiFactorLogin() <em>Multi Factor Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultiFactorLogin()
	 * @generated
	 * @ordered
	 */
	protected Availability multiFactorLogin = MULTI_FACTOR_LOGIN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.DEVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(DeviceCategory newCategory) {
		DeviceCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkDeviceType getNetworkType() {
		return networkType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetworkType(NetworkDeviceType newNetworkType) {
		NetworkDeviceType oldNetworkType = networkType;
		networkType = newNetworkType == null ? NETWORK_TYPE_EDEFAULT : newNetworkType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__NETWORK_TYPE, oldNetworkType, networkType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(DeviceStatus newStatus) {
		DeviceStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManufacturer() {
		return manufacturer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManufacturer(String newManufacturer) {
		String oldManufacturer = manufacturer;
		manufacturer = newManufacturer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__MANUFACTURER, oldManufacturer, manufacturer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(String newModel) {
		String oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSerialNumber() {
		return serialNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerialNumber(String newSerialNumber) {
		String oldSerialNumber = serialNumber;
		serialNumber = newSerialNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__SERIAL_NUMBER, oldSerialNumber, serialNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getZone() {
		if (zone != null && zone.eIsProxy()) {
			InternalEObject oldZone = (InternalEObject)zone;
			zone = (Zone)eResolveProxy(oldZone);
			if (zone != oldZone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FacilityPackage.DEVICE__ZONE, oldZone, zone));
			}
		}
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Zone basicGetZone() {
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZone(Zone newZone) {
		Zone oldZone = zone;
		zone = newZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__ZONE, oldZone, zone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIpAddresses() {
		if (ipAddresses == null) {
			ipAddresses = new EDataTypeUniqueEList<String>(String.class, this, FacilityPackage.DEVICE__IP_ADDRESSES);
		}
		return ipAddresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMacAddresses() {
		if (macAddresses == null) {
			macAddresses = new EDataTypeUniqueEList<String>(String.class, this, FacilityPackage.DEVICE__MAC_ADDRESSES);
		}
		return macAddresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getManagedBy() {
		if (managedBy != null && managedBy.eIsProxy()) {
			InternalEObject oldManagedBy = (InternalEObject)managedBy;
			managedBy = (Organization)eResolveProxy(oldManagedBy);
			if (managedBy != oldManagedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FacilityPackage.DEVICE__MANAGED_BY, oldManagedBy, managedBy));
			}
		}
		return managedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetManagedBy() {
		return managedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagedBy(Organization newManagedBy) {
		Organization oldManagedBy = managedBy;
		managedBy = newManagedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__MANAGED_BY, oldManagedBy, managedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRemoteMaintenance() {
		return remoteMaintenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteMaintenance(boolean newRemoteMaintenance) {
		boolean oldRemoteMaintenance = remoteMaintenance;
		remoteMaintenance = newRemoteMaintenance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__REMOTE_MAINTENANCE, oldRemoteMaintenance, remoteMaintenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperatingSystem() {
		return operatingSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperatingSystem(String newOperatingSystem) {
		String oldOperatingSystem = operatingSystem;
		operatingSystem = newOperatingSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__OPERATING_SYSTEM, oldOperatingSystem, operatingSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirmwareVersion() {
		return firmwareVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmwareVersion(String newFirmwareVersion) {
		String oldFirmwareVersion = firmwareVersion;
		firmwareVersion = newFirmwareVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__FIRMWARE_VERSION, oldFirmwareVersion, firmwareVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecuritySoftware getSecuritySoftware() {
		return securitySoftware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecuritySoftware(SecuritySoftware newSecuritySoftware, NotificationChain msgs) {
		SecuritySoftware oldSecuritySoftware = securitySoftware;
		securitySoftware = newSecuritySoftware;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__SECURITY_SOFTWARE, oldSecuritySoftware, newSecuritySoftware);
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
	public void setSecuritySoftware(SecuritySoftware newSecuritySoftware) {
		if (newSecuritySoftware != securitySoftware) {
			NotificationChain msgs = null;
			if (securitySoftware != null)
				msgs = ((InternalEObject)securitySoftware).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.DEVICE__SECURITY_SOFTWARE, null, msgs);
			if (newSecuritySoftware != null)
				msgs = ((InternalEObject)newSecuritySoftware).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.DEVICE__SECURITY_SOFTWARE, null, msgs);
			msgs = basicSetSecuritySoftware(newSecuritySoftware, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__SECURITY_SOFTWARE, newSecuritySoftware, newSecuritySoftware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogSettings getLogSettings() {
		return logSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLogSettings(LogSettings newLogSettings, NotificationChain msgs) {
		LogSettings oldLogSettings = logSettings;
		logSettings = newLogSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__LOG_SETTINGS, oldLogSettings, newLogSettings);
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
	public void setLogSettings(LogSettings newLogSettings) {
		if (newLogSettings != logSettings) {
			NotificationChain msgs = null;
			if (logSettings != null)
				msgs = ((InternalEObject)logSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.DEVICE__LOG_SETTINGS, null, msgs);
			if (newLogSettings != null)
				msgs = ((InternalEObject)newLogSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.DEVICE__LOG_SETTINGS, null, msgs);
			msgs = basicSetLogSettings(newLogSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__LOG_SETTINGS, newLogSettings, newLogSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Availability getSourceAddressRestriction() {
		return sourceAddressRestriction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceAddressRestriction(Availability newSourceAddressRestriction) {
		Availability oldSourceAddressRestriction = sourceAddressRestriction;
		sourceAddressRestriction = newSourceAddressRestriction == null ? SOURCE_ADDRESS_RESTRICTION_EDEFAULT : newSourceAddressRestriction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__SOURCE_ADDRESS_RESTRICTION, oldSourceAddressRestriction, sourceAddressRestriction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceAddressRestrictionDetail() {
		return sourceAddressRestrictionDetail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceAddressRestrictionDetail(String newSourceAddressRestrictionDetail) {
		String oldSourceAddressRestrictionDetail = sourceAddressRestrictionDetail;
		sourceAddressRestrictionDetail = newSourceAddressRestrictionDetail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__SOURCE_ADDRESS_RESTRICTION_DETAIL, oldSourceAddressRestrictionDetail, sourceAddressRestrictionDetail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Availability getUnneededServicesDisabled() {
		return unneededServicesDisabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnneededServicesDisabled(Availability newUnneededServicesDisabled) {
		Availability oldUnneededServicesDisabled = unneededServicesDisabled;
		unneededServicesDisabled = newUnneededServicesDisabled == null ? UNNEEDED_SERVICES_DISABLED_EDEFAULT : newUnneededServicesDisabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__UNNEEDED_SERVICES_DISABLED, oldUnneededServicesDisabled, unneededServicesDisabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Availability getRemovableMediaRestricted() {
		return removableMediaRestricted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemovableMediaRestricted(Availability newRemovableMediaRestricted) {
		Availability oldRemovableMediaRestricted = removableMediaRestricted;
		removableMediaRestricted = newRemovableMediaRestricted == null ? REMOVABLE_MEDIA_RESTRICTED_EDEFAULT : newRemovableMediaRestricted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__REMOVABLE_MEDIA_RESTRICTED, oldRemovableMediaRestricted, removableMediaRestricted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getInstallDate() {
		return installDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstallDate(LocalDate newInstallDate) {
		LocalDate oldInstallDate = installDate;
		installDate = newInstallDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__INSTALL_DATE, oldInstallDate, installDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndOfSupport() {
		return endOfSupport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndOfSupport(LocalDate newEndOfSupport) {
		LocalDate oldEndOfSupport = endOfSupport;
		endOfSupport = newEndOfSupport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__END_OF_SUPPORT, oldEndOfSupport, endOfSupport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Availability getMultiFactorLogin() {
		return multiFactorLogin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultiFactorLogin(Availability newMultiFactorLogin) {
		Availability oldMultiFactorLogin = multiFactorLogin;
		multiFactorLogin = newMultiFactorLogin == null ? MULTI_FACTOR_LOGIN_EDEFAULT : newMultiFactorLogin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.DEVICE__MULTI_FACTOR_LOGIN, oldMultiFactorLogin, multiFactorLogin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FacilityPackage.DEVICE__SECURITY_SOFTWARE:
				return basicSetSecuritySoftware(null, msgs);
			case FacilityPackage.DEVICE__LOG_SETTINGS:
				return basicSetLogSettings(null, msgs);
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
			case FacilityPackage.DEVICE__CATEGORY:
				return getCategory();
			case FacilityPackage.DEVICE__NETWORK_TYPE:
				return getNetworkType();
			case FacilityPackage.DEVICE__ROLE:
				return getRole();
			case FacilityPackage.DEVICE__STATUS:
				return getStatus();
			case FacilityPackage.DEVICE__MANUFACTURER:
				return getManufacturer();
			case FacilityPackage.DEVICE__MODEL:
				return getModel();
			case FacilityPackage.DEVICE__SERIAL_NUMBER:
				return getSerialNumber();
			case FacilityPackage.DEVICE__LOCATION:
				return getLocation();
			case FacilityPackage.DEVICE__ZONE:
				if (resolve) return getZone();
				return basicGetZone();
			case FacilityPackage.DEVICE__IP_ADDRESSES:
				return getIpAddresses();
			case FacilityPackage.DEVICE__MAC_ADDRESSES:
				return getMacAddresses();
			case FacilityPackage.DEVICE__MANAGED_BY:
				if (resolve) return getManagedBy();
				return basicGetManagedBy();
			case FacilityPackage.DEVICE__REMOTE_MAINTENANCE:
				return isRemoteMaintenance();
			case FacilityPackage.DEVICE__OPERATING_SYSTEM:
				return getOperatingSystem();
			case FacilityPackage.DEVICE__FIRMWARE_VERSION:
				return getFirmwareVersion();
			case FacilityPackage.DEVICE__SECURITY_SOFTWARE:
				return getSecuritySoftware();
			case FacilityPackage.DEVICE__LOG_SETTINGS:
				return getLogSettings();
			case FacilityPackage.DEVICE__SOURCE_ADDRESS_RESTRICTION:
				return getSourceAddressRestriction();
			case FacilityPackage.DEVICE__SOURCE_ADDRESS_RESTRICTION_DETAIL:
				return getSourceAddressRestrictionDetail();
			case FacilityPackage.DEVICE__UNNEEDED_SERVICES_DISABLED:
				return getUnneededServicesDisabled();
			case FacilityPackage.DEVICE__REMOVABLE_MEDIA_RESTRICTED:
				return getRemovableMediaRestricted();
			case FacilityPackage.DEVICE__INSTALL_DATE:
				return getInstallDate();
			case FacilityPackage.DEVICE__END_OF_SUPPORT:
				return getEndOfSupport();
			case FacilityPackage.DEVICE__NOTES:
				return getNotes();
			case FacilityPackage.DEVICE__MULTI_FACTOR_LOGIN:
				return getMultiFactorLogin();
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
			case FacilityPackage.DEVICE__CATEGORY:
				setCategory((DeviceCategory)newValue);
				return;
			case FacilityPackage.DEVICE__NETWORK_TYPE:
				setNetworkType((NetworkDeviceType)newValue);
				return;
			case FacilityPackage.DEVICE__ROLE:
				setRole((String)newValue);
				return;
			case FacilityPackage.DEVICE__STATUS:
				setStatus((DeviceStatus)newValue);
				return;
			case FacilityPackage.DEVICE__MANUFACTURER:
				setManufacturer((String)newValue);
				return;
			case FacilityPackage.DEVICE__MODEL:
				setModel((String)newValue);
				return;
			case FacilityPackage.DEVICE__SERIAL_NUMBER:
				setSerialNumber((String)newValue);
				return;
			case FacilityPackage.DEVICE__LOCATION:
				setLocation((String)newValue);
				return;
			case FacilityPackage.DEVICE__ZONE:
				setZone((Zone)newValue);
				return;
			case FacilityPackage.DEVICE__IP_ADDRESSES:
				getIpAddresses().clear();
				getIpAddresses().addAll((Collection<? extends String>)newValue);
				return;
			case FacilityPackage.DEVICE__MAC_ADDRESSES:
				getMacAddresses().clear();
				getMacAddresses().addAll((Collection<? extends String>)newValue);
				return;
			case FacilityPackage.DEVICE__MANAGED_BY:
				setManagedBy((Organization)newValue);
				return;
			case FacilityPackage.DEVICE__REMOTE_MAINTENANCE:
				setRemoteMaintenance((Boolean)newValue);
				return;
			case FacilityPackage.DEVICE__OPERATING_SYSTEM:
				setOperatingSystem((String)newValue);
				return;
			case FacilityPackage.DEVICE__FIRMWARE_VERSION:
				setFirmwareVersion((String)newValue);
				return;
			case FacilityPackage.DEVICE__SECURITY_SOFTWARE:
				setSecuritySoftware((SecuritySoftware)newValue);
				return;
			case FacilityPackage.DEVICE__LOG_SETTINGS:
				setLogSettings((LogSettings)newValue);
				return;
			case FacilityPackage.DEVICE__SOURCE_ADDRESS_RESTRICTION:
				setSourceAddressRestriction((Availability)newValue);
				return;
			case FacilityPackage.DEVICE__SOURCE_ADDRESS_RESTRICTION_DETAIL:
				setSourceAddressRestrictionDetail((String)newValue);
				return;
			case FacilityPackage.DEVICE__UNNEEDED_SERVICES_DISABLED:
				setUnneededServicesDisabled((Availability)newValue);
				return;
			case FacilityPackage.DEVICE__REMOVABLE_MEDIA_RESTRICTED:
				setRemovableMediaRestricted((Availability)newValue);
				return;
			case FacilityPackage.DEVICE__INSTALL_DATE:
				setInstallDate((LocalDate)newValue);
				return;
			case FacilityPackage.DEVICE__END_OF_SUPPORT:
				setEndOfSupport((LocalDate)newValue);
				return;
			case FacilityPackage.DEVICE__NOTES:
				setNotes((String)newValue);
				return;
			case FacilityPackage.DEVICE__MULTI_FACTOR_LOGIN:
				setMultiFactorLogin((Availability)newValue);
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
			case FacilityPackage.DEVICE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__NETWORK_TYPE:
				setNetworkType(NETWORK_TYPE_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__MANUFACTURER:
				setManufacturer(MANUFACTURER_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__SERIAL_NUMBER:
				setSerialNumber(SERIAL_NUMBER_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__ZONE:
				setZone((Zone)null);
				return;
			case FacilityPackage.DEVICE__IP_ADDRESSES:
				getIpAddresses().clear();
				return;
			case FacilityPackage.DEVICE__MAC_ADDRESSES:
				getMacAddresses().clear();
				return;
			case FacilityPackage.DEVICE__MANAGED_BY:
				setManagedBy((Organization)null);
				return;
			case FacilityPackage.DEVICE__REMOTE_MAINTENANCE:
				setRemoteMaintenance(REMOTE_MAINTENANCE_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__OPERATING_SYSTEM:
				setOperatingSystem(OPERATING_SYSTEM_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__FIRMWARE_VERSION:
				setFirmwareVersion(FIRMWARE_VERSION_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__SECURITY_SOFTWARE:
				setSecuritySoftware((SecuritySoftware)null);
				return;
			case FacilityPackage.DEVICE__LOG_SETTINGS:
				setLogSettings((LogSettings)null);
				return;
			case FacilityPackage.DEVICE__SOURCE_ADDRESS_RESTRICTION:
				setSourceAddressRestriction(SOURCE_ADDRESS_RESTRICTION_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__SOURCE_ADDRESS_RESTRICTION_DETAIL:
				setSourceAddressRestrictionDetail(SOURCE_ADDRESS_RESTRICTION_DETAIL_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__UNNEEDED_SERVICES_DISABLED:
				setUnneededServicesDisabled(UNNEEDED_SERVICES_DISABLED_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__REMOVABLE_MEDIA_RESTRICTED:
				setRemovableMediaRestricted(REMOVABLE_MEDIA_RESTRICTED_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__INSTALL_DATE:
				setInstallDate(INSTALL_DATE_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__END_OF_SUPPORT:
				setEndOfSupport(END_OF_SUPPORT_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case FacilityPackage.DEVICE__MULTI_FACTOR_LOGIN:
				setMultiFactorLogin(MULTI_FACTOR_LOGIN_EDEFAULT);
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
			case FacilityPackage.DEVICE__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case FacilityPackage.DEVICE__NETWORK_TYPE:
				return networkType != NETWORK_TYPE_EDEFAULT;
			case FacilityPackage.DEVICE__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case FacilityPackage.DEVICE__STATUS:
				return status != STATUS_EDEFAULT;
			case FacilityPackage.DEVICE__MANUFACTURER:
				return MANUFACTURER_EDEFAULT == null ? manufacturer != null : !MANUFACTURER_EDEFAULT.equals(manufacturer);
			case FacilityPackage.DEVICE__MODEL:
				return MODEL_EDEFAULT == null ? model != null : !MODEL_EDEFAULT.equals(model);
			case FacilityPackage.DEVICE__SERIAL_NUMBER:
				return SERIAL_NUMBER_EDEFAULT == null ? serialNumber != null : !SERIAL_NUMBER_EDEFAULT.equals(serialNumber);
			case FacilityPackage.DEVICE__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case FacilityPackage.DEVICE__ZONE:
				return zone != null;
			case FacilityPackage.DEVICE__IP_ADDRESSES:
				return ipAddresses != null && !ipAddresses.isEmpty();
			case FacilityPackage.DEVICE__MAC_ADDRESSES:
				return macAddresses != null && !macAddresses.isEmpty();
			case FacilityPackage.DEVICE__MANAGED_BY:
				return managedBy != null;
			case FacilityPackage.DEVICE__REMOTE_MAINTENANCE:
				return remoteMaintenance != REMOTE_MAINTENANCE_EDEFAULT;
			case FacilityPackage.DEVICE__OPERATING_SYSTEM:
				return OPERATING_SYSTEM_EDEFAULT == null ? operatingSystem != null : !OPERATING_SYSTEM_EDEFAULT.equals(operatingSystem);
			case FacilityPackage.DEVICE__FIRMWARE_VERSION:
				return FIRMWARE_VERSION_EDEFAULT == null ? firmwareVersion != null : !FIRMWARE_VERSION_EDEFAULT.equals(firmwareVersion);
			case FacilityPackage.DEVICE__SECURITY_SOFTWARE:
				return securitySoftware != null;
			case FacilityPackage.DEVICE__LOG_SETTINGS:
				return logSettings != null;
			case FacilityPackage.DEVICE__SOURCE_ADDRESS_RESTRICTION:
				return sourceAddressRestriction != SOURCE_ADDRESS_RESTRICTION_EDEFAULT;
			case FacilityPackage.DEVICE__SOURCE_ADDRESS_RESTRICTION_DETAIL:
				return SOURCE_ADDRESS_RESTRICTION_DETAIL_EDEFAULT == null ? sourceAddressRestrictionDetail != null : !SOURCE_ADDRESS_RESTRICTION_DETAIL_EDEFAULT.equals(sourceAddressRestrictionDetail);
			case FacilityPackage.DEVICE__UNNEEDED_SERVICES_DISABLED:
				return unneededServicesDisabled != UNNEEDED_SERVICES_DISABLED_EDEFAULT;
			case FacilityPackage.DEVICE__REMOVABLE_MEDIA_RESTRICTED:
				return removableMediaRestricted != REMOVABLE_MEDIA_RESTRICTED_EDEFAULT;
			case FacilityPackage.DEVICE__INSTALL_DATE:
				return INSTALL_DATE_EDEFAULT == null ? installDate != null : !INSTALL_DATE_EDEFAULT.equals(installDate);
			case FacilityPackage.DEVICE__END_OF_SUPPORT:
				return END_OF_SUPPORT_EDEFAULT == null ? endOfSupport != null : !END_OF_SUPPORT_EDEFAULT.equals(endOfSupport);
			case FacilityPackage.DEVICE__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case FacilityPackage.DEVICE__MULTI_FACTOR_LOGIN:
				return multiFactorLogin != MULTI_FACTOR_LOGIN_EDEFAULT;
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
		result.append(" (category: ");
		result.append(category);
		result.append(", networkType: ");
		result.append(networkType);
		result.append(", role: ");
		result.append(role);
		result.append(", status: ");
		result.append(status);
		result.append(", manufacturer: ");
		result.append(manufacturer);
		result.append(", model: ");
		result.append(model);
		result.append(", serialNumber: ");
		result.append(serialNumber);
		result.append(", location: ");
		result.append(location);
		result.append(", ipAddresses: ");
		result.append(ipAddresses);
		result.append(", macAddresses: ");
		result.append(macAddresses);
		result.append(", remoteMaintenance: ");
		result.append(remoteMaintenance);
		result.append(", operatingSystem: ");
		result.append(operatingSystem);
		result.append(", firmwareVersion: ");
		result.append(firmwareVersion);
		result.append(", sourceAddressRestriction: ");
		result.append(sourceAddressRestriction);
		result.append(", sourceAddressRestrictionDetail: ");
		result.append(sourceAddressRestrictionDetail);
		result.append(", unneededServicesDisabled: ");
		result.append(unneededServicesDisabled);
		result.append(", removableMediaRestricted: ");
		result.append(removableMediaRestricted);
		result.append(", installDate: ");
		result.append(installDate);
		result.append(", endOfSupport: ");
		result.append(endOfSupport);
		result.append(", notes: ");
		result.append(notes);
		result.append(", multiFactorLogin: ");
		result.append(multiFactorLogin);
		result.append(')');
		return result.toString();
	}

} //DeviceImpl
