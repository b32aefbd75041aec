/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Vulnerability;

import java.time.LocalDate;

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
 * An implementation of the model object '<em><b>Firmware Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.FirmwareRecordImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FirmwareRecordImpl#getProductId <em>Product Id</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FirmwareRecordImpl#getInstalledVersion <em>Installed Version</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FirmwareRecordImpl#getLatestVersion <em>Latest Version</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FirmwareRecordImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FirmwareRecordImpl#getVulnerabilities <em>Vulnerabilities</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FirmwareRecordImpl#getUpdatePlan <em>Update Plan</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FirmwareRecordImpl#getPlannedUpdate <em>Planned Update</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FirmwareRecordImpl#getVendorMitigation <em>Vendor Mitigation</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FirmwareRecordImpl#getCheckedOn <em>Checked On</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FirmwareRecordImpl#getHardwareId <em>Hardware Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FirmwareRecordImpl extends IdentifiedImpl implements FirmwareRecord {
	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected Device device;

	/**
	 * The default value of the '{@link #getProductId() <em>Product Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductId()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProductId() <em>Product Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductId()
	 * @generated
	 * @ordered
	 */
	protected String productId = PRODUCT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstalledVersion() <em>Installed Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalledVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTALLED_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstalledVersion() <em>Installed Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalledVersion()
	 * @generated
	 * @ordered
	 */
	protected String installedVersion = INSTALLED_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatestVersion() <em>Latest Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatestVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String LATEST_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLatestVersion() <em>Latest Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatestVersion()
	 * @generated
	 * @ordered
	 */
	protected String latestVersion = LATEST_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final FirmwareStatus STATUS_EDEFAULT = FirmwareStatus.UNKNOWN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected FirmwareStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVulnerabilities() <em>Vulnerabilities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVulnerabilities()
	 * @generated
	 * @ordered
	 */
	protected EList<Vulnerability> vulnerabilities;

	/**
	 * The default value of the '{@link #getUpdatePlan() <em>Update Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatePlan()
	 * @generated
	 * @ordered
	 */
	protected static final String UPDATE_PLAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdatePlan() <em>Update Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatePlan()
	 * @generated
	 * @ordered
	 */
	protected String updatePlan = UPDATE_PLAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedUpdate() <em>Planned Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedUpdate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_UPDATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedUpdate() <em>Planned Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedUpdate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedUpdate = PLANNED_UPDATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendorMitigation() <em>Vendor Mitigation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorMitigation()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_MITIGATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendorMitigation() <em>Vendor Mitigation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorMitigation()
	 * @generated
	 * @ordered
	 */
	protected String vendorMitigation = VENDOR_MITIGATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCheckedOn() <em>Checked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CHECKED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCheckedOn() <em>Checked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate checkedOn = CHECKED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getHardwareId() <em>Hardware Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareId()
	 * @generated
	 * @ordered
	 */
	protected static final String HARDWARE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHardwareId() <em>Hardware Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHardwareId()
	 * @generated
	 * @ordered
	 */
	protected String hardwareId = HARDWARE_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FirmwareRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.FIRMWARE_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getDevice() {
		if (device != null && device.eIsProxy()) {
			InternalEObject oldDevice = (InternalEObject)device;
			device = (Device)eResolveProxy(oldDevice);
			if (device != oldDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FacilityPackage.FIRMWARE_RECORD__DEVICE, oldDevice, device));
			}
		}
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(Device newDevice) {
		Device oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FIRMWARE_RECORD__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProductId() {
		return productId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductId(String newProductId) {
		String oldProductId = productId;
		productId = newProductId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FIRMWARE_RECORD__PRODUCT_ID, oldProductId, productId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstalledVersion() {
		return installedVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstalledVersion(String newInstalledVersion) {
		String oldInstalledVersion = installedVersion;
		installedVersion = newInstalledVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FIRMWARE_RECORD__INSTALLED_VERSION, oldInstalledVersion, installedVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLatestVersion() {
		return latestVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatestVersion(String newLatestVersion) {
		String oldLatestVersion = latestVersion;
		latestVersion = newLatestVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FIRMWARE_RECORD__LATEST_VERSION, oldLatestVersion, latestVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FirmwareStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(FirmwareStatus newStatus) {
		FirmwareStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FIRMWARE_RECORD__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Vulnerability> getVulnerabilities() {
		if (vulnerabilities == null) {
			vulnerabilities = new EObjectContainmentEList<Vulnerability>(Vulnerability.class, this, FacilityPackage.FIRMWARE_RECORD__VULNERABILITIES);
		}
		return vulnerabilities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUpdatePlan() {
		return updatePlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatePlan(String newUpdatePlan) {
		String oldUpdatePlan = updatePlan;
		updatePlan = newUpdatePlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FIRMWARE_RECORD__UPDATE_PLAN, oldUpdatePlan, updatePlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedUpdate() {
		return plannedUpdate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedUpdate(LocalDate newPlannedUpdate) {
		LocalDate oldPlannedUpdate = plannedUpdate;
		plannedUpdate = newPlannedUpdate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FIRMWARE_RECORD__PLANNED_UPDATE, oldPlannedUpdate, plannedUpdate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendorMitigation() {
		return vendorMitigation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendorMitigation(String newVendorMitigation) {
		String oldVendorMitigation = vendorMitigation;
		vendorMitigation = newVendorMitigation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FIRMWARE_RECORD__VENDOR_MITIGATION, oldVendorMitigation, vendorMitigation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCheckedOn() {
		return checkedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckedOn(LocalDate newCheckedOn) {
		LocalDate oldCheckedOn = checkedOn;
		checkedOn = newCheckedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FIRMWARE_RECORD__CHECKED_ON, oldCheckedOn, checkedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHardwareId() {
		return hardwareId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareId(String newHardwareId) {
		String oldHardwareId = hardwareId;
		hardwareId = newHardwareId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FIRMWARE_RECORD__HARDWARE_ID, oldHardwareId, hardwareId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FacilityPackage.FIRMWARE_RECORD__VULNERABILITIES:
				return ((InternalEList<?>)getVulnerabilities()).basicRemove(otherEnd, msgs);
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
			case FacilityPackage.FIRMWARE_RECORD__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case FacilityPackage.FIRMWARE_RECORD__PRODUCT_ID:
				return getProductId();
			case FacilityPackage.FIRMWARE_RECORD__INSTALLED_VERSION:
				return getInstalledVersion();
			case FacilityPackage.FIRMWARE_RECORD__LATEST_VERSION:
				return getLatestVersion();
			case FacilityPackage.FIRMWARE_RECORD__STATUS:
				return getStatus();
			case FacilityPackage.FIRMWARE_RECORD__VULNERABILITIES:
				return getVulnerabilities();
			case FacilityPackage.FIRMWARE_RECORD__UPDATE_PLAN:
				return getUpdatePlan();
			case FacilityPackage.FIRMWARE_RECORD__PLANNED_UPDATE:
				return getPlannedUpdate();
			case FacilityPackage.FIRMWARE_RECORD__VENDOR_MITIGATION:
				return getVendorMitigation();
			case FacilityPackage.FIRMWARE_RECORD__CHECKED_ON:
				return getCheckedOn();
			case FacilityPackage.FIRMWARE_RECORD__HARDWARE_ID:
				return getHardwareId();
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
			case FacilityPackage.FIRMWARE_RECORD__DEVICE:
				setDevice((Device)newValue);
				return;
			case FacilityPackage.FIRMWARE_RECORD__PRODUCT_ID:
				setProductId((String)newValue);
				return;
			case FacilityPackage.FIRMWARE_RECORD__INSTALLED_VERSION:
				setInstalledVersion((String)newValue);
				return;
			case FacilityPackage.FIRMWARE_RECORD__LATEST_VERSION:
				setLatestVersion((String)newValue);
				return;
			case FacilityPackage.FIRMWARE_RECORD__STATUS:
				setStatus((FirmwareStatus)newValue);
				return;
			case FacilityPackage.FIRMWARE_RECORD__VULNERABILITIES:
				getVulnerabilities().clear();
				getVulnerabilities().addAll((Collection<? extends Vulnerability>)newValue);
				return;
			case FacilityPackage.FIRMWARE_RECORD__UPDATE_PLAN:
				setUpdatePlan((String)newValue);
				return;
			case FacilityPackage.FIRMWARE_RECORD__PLANNED_UPDATE:
				setPlannedUpdate((LocalDate)newValue);
				return;
			case FacilityPackage.FIRMWARE_RECORD__VENDOR_MITIGATION:
				setVendorMitigation((String)newValue);
				return;
			case FacilityPackage.FIRMWARE_RECORD__CHECKED_ON:
				setCheckedOn((LocalDate)newValue);
				return;
			case FacilityPackage.FIRMWARE_RECORD__HARDWARE_ID:
				setHardwareId((String)newValue);
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
			case FacilityPackage.FIRMWARE_RECORD__DEVICE:
				setDevice((Device)null);
				return;
			case FacilityPackage.FIRMWARE_RECORD__PRODUCT_ID:
				setProductId(PRODUCT_ID_EDEFAULT);
				return;
			case FacilityPackage.FIRMWARE_RECORD__INSTALLED_VERSION:
				setInstalledVersion(INSTALLED_VERSION_EDEFAULT);
				return;
			case FacilityPackage.FIRMWARE_RECORD__LATEST_VERSION:
				setLatestVersion(LATEST_VERSION_EDEFAULT);
				return;
			case FacilityPackage.FIRMWARE_RECORD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FacilityPackage.FIRMWARE_RECORD__VULNERABILITIES:
				getVulnerabilities().clear();
				return;
			case FacilityPackage.FIRMWARE_RECORD__UPDATE_PLAN:
				setUpdatePlan(UPDATE_PLAN_EDEFAULT);
				return;
			case FacilityPackage.FIRMWARE_RECORD__PLANNED_UPDATE:
				setPlannedUpdate(PLANNED_UPDATE_EDEFAULT);
				return;
			case FacilityPackage.FIRMWARE_RECORD__VENDOR_MITIGATION:
				setVendorMitigation(VENDOR_MITIGATION_EDEFAULT);
				return;
			case FacilityPackage.FIRMWARE_RECORD__CHECKED_ON:
				setCheckedOn(CHECKED_ON_EDEFAULT);
				return;
			case FacilityPackage.FIRMWARE_RECORD__HARDWARE_ID:
				setHardwareId(HARDWARE_ID_EDEFAULT);
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
			case FacilityPackage.FIRMWARE_RECORD__DEVICE:
				return device != null;
			case FacilityPackage.FIRMWARE_RECORD__PRODUCT_ID:
				return PRODUCT_ID_EDEFAULT == null ? productId != null : !PRODUCT_ID_EDEFAULT.equals(productId);
			case FacilityPackage.FIRMWARE_RECORD__INSTALLED_VERSION:
				return INSTALLED_VERSION_EDEFAULT == null ? installedVersion != null : !INSTALLED_VERSION_EDEFAULT.equals(installedVersion);
			case FacilityPackage.FIRMWARE_RECORD__LATEST_VERSION:
				return LATEST_VERSION_EDEFAULT == null ? latestVersion != null : !LATEST_VERSION_EDEFAULT.equals(latestVersion);
			case FacilityPackage.FIRMWARE_RECORD__STATUS:
				return status != STATUS_EDEFAULT;
			case FacilityPackage.FIRMWARE_RECORD__VULNERABILITIES:
				return vulnerabilities != null && !vulnerabilities.isEmpty();
			case FacilityPackage.FIRMWARE_RECORD__UPDATE_PLAN:
				return UPDATE_PLAN_EDEFAULT == null ? updatePlan != null : !UPDATE_PLAN_EDEFAULT.equals(updatePlan);
			case FacilityPackage.FIRMWARE_RECORD__PLANNED_UPDATE:
				return PLANNED_UPDATE_EDEFAULT == null ? plannedUpdate != null : !PLANNED_UPDATE_EDEFAULT.equals(plannedUpdate);
			case FacilityPackage.FIRMWARE_RECORD__VENDOR_MITIGATION:
				return VENDOR_MITIGATION_EDEFAULT == null ? vendorMitigation != null : !VENDOR_MITIGATION_EDEFAULT.equals(vendorMitigation);
			case FacilityPackage.FIRMWARE_RECORD__CHECKED_ON:
				return CHECKED_ON_EDEFAULT == null ? checkedOn != null : !CHECKED_ON_EDEFAULT.equals(checkedOn);
			case FacilityPackage.FIRMWARE_RECORD__HARDWARE_ID:
				return HARDWARE_ID_EDEFAULT == null ? hardwareId != null : !HARDWARE_ID_EDEFAULT.equals(hardwareId);
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
		result.append(" (productId: ");
		result.append(productId);
		result.append(", installedVersion: ");
		result.append(installedVersion);
		result.append(", latestVersion: ");
		result.append(latestVersion);
		result.append(", status: ");
		result.append(status);
		result.append(", updatePlan: ");
		result.append(updatePlan);
		result.append(", plannedUpdate: ");
		result.append(plannedUpdate);
		result.append(", vendorMitigation: ");
		result.append(vendorMitigation);
		result.append(", checkedOn: ");
		result.append(checkedOn);
		result.append(", hardwareId: ");
		result.append(hardwareId);
		result.append(')');
		return result.toString();
	}

} //FirmwareRecordImpl
