/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Log Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a device records access logs (checklist 2-(6)).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.LogSettings#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.sekisho.model.facility.LogSettings#getRetentionDays <em>Retention Days</em>}</li>
 *   <li>{@link io.sekisho.model.facility.LogSettings#getTamperProtection <em>Tamper Protection</em>}</li>
 *   <li>{@link io.sekisho.model.facility.LogSettings#getStorageLocation <em>Storage Location</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getLogSettings()
 * @model
 * @generated
 */
public interface LogSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Availability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether access logs (login time, duration, operations) are recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #setEnabled(Availability)
	 * @see io.sekisho.model.facility.FacilityPackage#getLogSettings_Enabled()
	 * @model
	 * @generated
	 */
	Availability getEnabled();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.LogSettings#getEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #getEnabled()
	 * @generated
	 */
	void setEnabled(Availability value);

	/**
	 * Returns the value of the '<em><b>Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many days logs are kept; 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention Days</em>' attribute.
	 * @see #setRetentionDays(int)
	 * @see io.sekisho.model.facility.FacilityPackage#getLogSettings_RetentionDays()
	 * @model
	 * @generated
	 */
	int getRetentionDays();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.LogSettings#getRetentionDays <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention Days</em>' attribute.
	 * @see #getRetentionDays()
	 * @generated
	 */
	void setRetentionDays(int value);

	/**
	 * Returns the value of the '<em><b>Tamper Protection</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Availability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether logs are protected against deletion and tampering.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tamper Protection</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #setTamperProtection(Availability)
	 * @see io.sekisho.model.facility.FacilityPackage#getLogSettings_TamperProtection()
	 * @model
	 * @generated
	 */
	Availability getTamperProtection();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.LogSettings#getTamperProtection <em>Tamper Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tamper Protection</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #getTamperProtection()
	 * @generated
	 */
	void setTamperProtection(Availability value);

	/**
	 * Returns the value of the '<em><b>Storage Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where logs are kept, e.g. the device itself, a syslog server, the vendor's data centre.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Storage Location</em>' attribute.
	 * @see #setStorageLocation(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getLogSettings_StorageLocation()
	 * @model
	 * @generated
	 */
	String getStorageLocation();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.LogSettings#getStorageLocation <em>Storage Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Storage Location</em>' attribute.
	 * @see #getStorageLocation()
	 * @generated
	 */
	void setStorageLocation(String value);

} // LogSettings
