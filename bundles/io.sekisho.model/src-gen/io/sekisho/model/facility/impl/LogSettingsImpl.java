/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.LogSettings;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Log Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.LogSettingsImpl#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.LogSettingsImpl#getRetentionDays <em>Retention Days</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.LogSettingsImpl#getTamperProtection <em>Tamper Protection</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.LogSettingsImpl#getStorageLocation <em>Storage Location</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LogSettingsImpl extends MinimalEObjectImpl.Container implements LogSettings {
	/**
	 * The default value of the '{@link #getEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final Availability ENABLED_EDEFAULT = Availability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabled()
	 * @generated
	 * @ordered
	 */
	protected Availability enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetentionDays() <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected static final int RETENTION_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRetentionDays() <em>Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected int retentionDays = RETENTION_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTamperProtection() <em>Tamper Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTamperProtection()
	 * @generated
	 * @ordered
	 */
	protected static final Availability TAMPER_PROTECTION_EDEFAULT = Availability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getTamperProtection() <em>Tamper Protection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTamperProtection()
	 * @generated
	 * @ordered
	 */
	protected Availability tamperProtection = TAMPER_PROTECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorageLocation() <em>Storage Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String STORAGE_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStorageLocation() <em>Storage Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageLocation()
	 * @generated
	 * @ordered
	 */
	protected String storageLocation = STORAGE_LOCATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LogSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.LOG_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Availability getEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(Availability newEnabled) {
		Availability oldEnabled = enabled;
		enabled = newEnabled == null ? ENABLED_EDEFAULT : newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.LOG_SETTINGS__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetentionDays() {
		return retentionDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetentionDays(int newRetentionDays) {
		int oldRetentionDays = retentionDays;
		retentionDays = newRetentionDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.LOG_SETTINGS__RETENTION_DAYS, oldRetentionDays, retentionDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Availability getTamperProtection() {
		return tamperProtection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTamperProtection(Availability newTamperProtection) {
		Availability oldTamperProtection = tamperProtection;
		tamperProtection = newTamperProtection == null ? TAMPER_PROTECTION_EDEFAULT : newTamperProtection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.LOG_SETTINGS__TAMPER_PROTECTION, oldTamperProtection, tamperProtection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStorageLocation() {
		return storageLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageLocation(String newStorageLocation) {
		String oldStorageLocation = storageLocation;
		storageLocation = newStorageLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.LOG_SETTINGS__STORAGE_LOCATION, oldStorageLocation, storageLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FacilityPackage.LOG_SETTINGS__ENABLED:
				return getEnabled();
			case FacilityPackage.LOG_SETTINGS__RETENTION_DAYS:
				return getRetentionDays();
			case FacilityPackage.LOG_SETTINGS__TAMPER_PROTECTION:
				return getTamperProtection();
			case FacilityPackage.LOG_SETTINGS__STORAGE_LOCATION:
				return getStorageLocation();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FacilityPackage.LOG_SETTINGS__ENABLED:
				setEnabled((Availability)newValue);
				return;
			case FacilityPackage.LOG_SETTINGS__RETENTION_DAYS:
				setRetentionDays((Integer)newValue);
				return;
			case FacilityPackage.LOG_SETTINGS__TAMPER_PROTECTION:
				setTamperProtection((Availability)newValue);
				return;
			case FacilityPackage.LOG_SETTINGS__STORAGE_LOCATION:
				setStorageLocation((String)newValue);
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
			case FacilityPackage.LOG_SETTINGS__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case FacilityPackage.LOG_SETTINGS__RETENTION_DAYS:
				setRetentionDays(RETENTION_DAYS_EDEFAULT);
				return;
			case FacilityPackage.LOG_SETTINGS__TAMPER_PROTECTION:
				setTamperProtection(TAMPER_PROTECTION_EDEFAULT);
				return;
			case FacilityPackage.LOG_SETTINGS__STORAGE_LOCATION:
				setStorageLocation(STORAGE_LOCATION_EDEFAULT);
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
			case FacilityPackage.LOG_SETTINGS__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case FacilityPackage.LOG_SETTINGS__RETENTION_DAYS:
				return retentionDays != RETENTION_DAYS_EDEFAULT;
			case FacilityPackage.LOG_SETTINGS__TAMPER_PROTECTION:
				return tamperProtection != TAMPER_PROTECTION_EDEFAULT;
			case FacilityPackage.LOG_SETTINGS__STORAGE_LOCATION:
				return STORAGE_LOCATION_EDEFAULT == null ? storageLocation != null : !STORAGE_LOCATION_EDEFAULT.equals(storageLocation);
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
		result.append(" (enabled: ");
		result.append(enabled);
		result.append(", retentionDays: ");
		result.append(retentionDays);
		result.append(", tamperProtection: ");
		result.append(tamperProtection);
		result.append(", storageLocation: ");
		result.append(storageLocation);
		result.append(')');
		return result.toString();
	}

} //LogSettingsImpl
