/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Firmware Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The firmware/software state of one product on one device, with its known vulnerabilities (checklist 2-(7)).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.FirmwareRecord#getDevice <em>Device</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FirmwareRecord#getProductId <em>Product Id</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FirmwareRecord#getInstalledVersion <em>Installed Version</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FirmwareRecord#getLatestVersion <em>Latest Version</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FirmwareRecord#getStatus <em>Status</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FirmwareRecord#getVulnerabilities <em>Vulnerabilities</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FirmwareRecord#getUpdatePlan <em>Update Plan</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FirmwareRecord#getPlannedUpdate <em>Planned Update</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FirmwareRecord#getVendorMitigation <em>Vendor Mitigation</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FirmwareRecord#getCheckedOn <em>Checked On</em>}</li>
 *   <li>{@link io.sekisho.model.facility.FirmwareRecord#getHardwareId <em>Hardware Id</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareRecord()
 * @model
 * @generated
 */
public interface FirmwareRecord extends Identified {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device that runs the firmware.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareRecord_Device()
	 * @model
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FirmwareRecord#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product identifier, e.g. the CPE name cpe:2.3:o:fortinet:fortios.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Id</em>' attribute.
	 * @see #setProductId(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareRecord_ProductId()
	 * @model
	 * @generated
	 */
	String getProductId();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FirmwareRecord#getProductId <em>Product Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Id</em>' attribute.
	 * @see #getProductId()
	 * @generated
	 */
	void setProductId(String value);

	/**
	 * Returns the value of the '<em><b>Installed Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The installed version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Installed Version</em>' attribute.
	 * @see #setInstalledVersion(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareRecord_InstalledVersion()
	 * @model
	 * @generated
	 */
	String getInstalledVersion();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FirmwareRecord#getInstalledVersion <em>Installed Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Installed Version</em>' attribute.
	 * @see #getInstalledVersion()
	 * @generated
	 */
	void setInstalledVersion(String value);

	/**
	 * Returns the value of the '<em><b>Latest Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The latest version known to the facility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latest Version</em>' attribute.
	 * @see #setLatestVersion(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareRecord_LatestVersion()
	 * @model
	 * @generated
	 */
	String getLatestVersion();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FirmwareRecord#getLatestVersion <em>Latest Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latest Version</em>' attribute.
	 * @see #getLatestVersion()
	 * @generated
	 */
	void setLatestVersion(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.FirmwareStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the firmware is current, outdated, vulnerable or out of support.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.model.facility.FirmwareStatus
	 * @see #setStatus(FirmwareStatus)
	 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareRecord_Status()
	 * @model
	 * @generated
	 */
	FirmwareStatus getStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FirmwareRecord#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.model.facility.FirmwareStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(FirmwareStatus value);

	/**
	 * Returns the value of the '<em><b>Vulnerabilities</b></em>' containment reference list.
	 * The list contents are of type {@link io.sekisho.model.facility.Vulnerability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Known vulnerabilities of the installed version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vulnerabilities</em>' containment reference list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareRecord_Vulnerabilities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Vulnerability> getVulnerabilities();

	/**
	 * Returns the value of the '<em><b>Update Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What will be done and when, as agreed with the vendor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Plan</em>' attribute.
	 * @see #setUpdatePlan(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareRecord_UpdatePlan()
	 * @model
	 * @generated
	 */
	String getUpdatePlan();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FirmwareRecord#getUpdatePlan <em>Update Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Plan</em>' attribute.
	 * @see #getUpdatePlan()
	 * @generated
	 */
	void setUpdatePlan(String value);

	/**
	 * Returns the value of the '<em><b>Planned Update</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The planned date of the update.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Update</em>' attribute.
	 * @see #setPlannedUpdate(LocalDate)
	 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareRecord_PlannedUpdate()
	 * @model dataType="io.sekisho.model.facility.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedUpdate();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FirmwareRecord#getPlannedUpdate <em>Planned Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Update</em>' attribute.
	 * @see #getPlannedUpdate()
	 * @generated
	 */
	void setPlannedUpdate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Vendor Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Compensating measures the vendor agreed to when an update is not possible.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor Mitigation</em>' attribute.
	 * @see #setVendorMitigation(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareRecord_VendorMitigation()
	 * @model
	 * @generated
	 */
	String getVendorMitigation();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FirmwareRecord#getVendorMitigation <em>Vendor Mitigation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor Mitigation</em>' attribute.
	 * @see #getVendorMitigation()
	 * @generated
	 */
	void setVendorMitigation(String value);

	/**
	 * Returns the value of the '<em><b>Checked On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the versions were last checked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checked On</em>' attribute.
	 * @see #setCheckedOn(LocalDate)
	 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareRecord_CheckedOn()
	 * @model dataType="io.sekisho.model.facility.LocalDate"
	 * @generated
	 */
	LocalDate getCheckedOn();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FirmwareRecord#getCheckedOn <em>Checked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checked On</em>' attribute.
	 * @see #getCheckedOn()
	 * @generated
	 */
	void setCheckedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Hardware Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hardware the firmware runs on as a CPE name, e.g. cpe:2.3:h:fortinet:fortigate-60e:-:*:*:*:*:*:*:*; empty when not known. NVD names vulnerable firmware together with this hardware.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Id</em>' attribute.
	 * @see #setHardwareId(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareRecord_HardwareId()
	 * @model
	 * @generated
	 */
	String getHardwareId();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.FirmwareRecord#getHardwareId <em>Hardware Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Id</em>' attribute.
	 * @see #getHardwareId()
	 * @generated
	 */
	void setHardwareId(String value);

} // FirmwareRecord
