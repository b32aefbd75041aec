/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountKind;
import io.sekisho.model.facility.AccountStatus;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.PasswordAssessment;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.AccountImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.AccountImpl#getSystem <em>System</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.AccountImpl#getUserName <em>User Name</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.AccountImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.AccountImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.AccountImpl#getOwnerOrganization <em>Owner Organization</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.AccountImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.AccountImpl#getLastUsed <em>Last Used</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.AccountImpl#isMultiFactorAuthentication <em>Multi Factor Authentication</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.AccountImpl#getPasswordAssessment <em>Password Assessment</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.AccountImpl#getLockout <em>Lockout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccountImpl extends IdentifiedImpl implements Account {
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
	 * The default value of the '{@link #getSystem() <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystem() <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystem()
	 * @generated
	 * @ordered
	 */
	protected String system = SYSTEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserName() <em>User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserName()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserName() <em>User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserName()
	 * @generated
	 * @ordered
	 */
	protected String userName = USER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AccountKind KIND_EDEFAULT = AccountKind.ADMIN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AccountKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwnerOrganization() <em>Owner Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerOrganization()
	 * @generated
	 * @ordered
	 */
	protected Organization ownerOrganization;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AccountStatus STATUS_EDEFAULT = AccountStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AccountStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastUsed() <em>Last Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUsed()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_USED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastUsed() <em>Last Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUsed()
	 * @generated
	 * @ordered
	 */
	protected LocalDate lastUsed = LAST_USED_EDEFAULT;

	/**
	 * The default value of the '{@link #isMultiFactorAuthentication() <em>Multi Factor Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMultiFactorAuthentication()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MULTI_FACTOR_AUTHENTICATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMultiFactorAuthentication() <em>Multi Factor Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMultiFactorAuthentication()
	 * @generated
	 * @ordered
	 */
	protected boolean multiFactorAuthentication = MULTI_FACTOR_AUTHENTICATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPasswordAssessment() <em>Password Assessment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPasswordAssessment()
	 * @generated
	 * @ordered
	 */
	protected PasswordAssessment passwordAssessment;

	/**
	 * The default value of the '{@link #getLockout() <em>Lockout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockout()
	 * @generated
	 * @ordered
	 */
	protected static final Availability LOCKOUT_EDEFAULT = Availability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getLockout() <em>Lockout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLockout()
	 * @generated
	 * @ordered
	 */
	protected Availability lockout = LOCKOUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.ACCOUNT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FacilityPackage.ACCOUNT__DEVICE, oldDevice, device));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ACCOUNT__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSystem() {
		return system;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystem(String newSystem) {
		String oldSystem = system;
		system = newSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ACCOUNT__SYSTEM, oldSystem, system));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserName() {
		return userName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserName(String newUserName) {
		String oldUserName = userName;
		userName = newUserName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ACCOUNT__USER_NAME, oldUserName, userName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AccountKind newKind) {
		AccountKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ACCOUNT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ACCOUNT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getOwnerOrganization() {
		if (ownerOrganization != null && ownerOrganization.eIsProxy()) {
			InternalEObject oldOwnerOrganization = (InternalEObject)ownerOrganization;
			ownerOrganization = (Organization)eResolveProxy(oldOwnerOrganization);
			if (ownerOrganization != oldOwnerOrganization) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FacilityPackage.ACCOUNT__OWNER_ORGANIZATION, oldOwnerOrganization, ownerOrganization));
			}
		}
		return ownerOrganization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetOwnerOrganization() {
		return ownerOrganization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerOrganization(Organization newOwnerOrganization) {
		Organization oldOwnerOrganization = ownerOrganization;
		ownerOrganization = newOwnerOrganization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ACCOUNT__OWNER_ORGANIZATION, oldOwnerOrganization, ownerOrganization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AccountStatus newStatus) {
		AccountStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ACCOUNT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastUsed() {
		return lastUsed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastUsed(LocalDate newLastUsed) {
		LocalDate oldLastUsed = lastUsed;
		lastUsed = newLastUsed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ACCOUNT__LAST_USED, oldLastUsed, lastUsed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMultiFactorAuthentication() {
		return multiFactorAuthentication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultiFactorAuthentication(boolean newMultiFactorAuthentication) {
		boolean oldMultiFactorAuthentication = multiFactorAuthentication;
		multiFactorAuthentication = newMultiFactorAuthentication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ACCOUNT__MULTI_FACTOR_AUTHENTICATION, oldMultiFactorAuthentication, multiFactorAuthentication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PasswordAssessment getPasswordAssessment() {
		return passwordAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPasswordAssessment(PasswordAssessment newPasswordAssessment, NotificationChain msgs) {
		PasswordAssessment oldPasswordAssessment = passwordAssessment;
		passwordAssessment = newPasswordAssessment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FacilityPackage.ACCOUNT__PASSWORD_ASSESSMENT, oldPasswordAssessment, newPasswordAssessment);
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
	public void setPasswordAssessment(PasswordAssessment newPasswordAssessment) {
		if (newPasswordAssessment != passwordAssessment) {
			NotificationChain msgs = null;
			if (passwordAssessment != null)
				msgs = ((InternalEObject)passwordAssessment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.ACCOUNT__PASSWORD_ASSESSMENT, null, msgs);
			if (newPasswordAssessment != null)
				msgs = ((InternalEObject)newPasswordAssessment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.ACCOUNT__PASSWORD_ASSESSMENT, null, msgs);
			msgs = basicSetPasswordAssessment(newPasswordAssessment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ACCOUNT__PASSWORD_ASSESSMENT, newPasswordAssessment, newPasswordAssessment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Availability getLockout() {
		return lockout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLockout(Availability newLockout) {
		Availability oldLockout = lockout;
		lockout = newLockout == null ? LOCKOUT_EDEFAULT : newLockout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ACCOUNT__LOCKOUT, oldLockout, lockout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FacilityPackage.ACCOUNT__PASSWORD_ASSESSMENT:
				return basicSetPasswordAssessment(null, msgs);
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
			case FacilityPackage.ACCOUNT__DEVICE:
				if (resolve) return getDevice();
				return basicGetDevice();
			case FacilityPackage.ACCOUNT__SYSTEM:
				return getSystem();
			case FacilityPackage.ACCOUNT__USER_NAME:
				return getUserName();
			case FacilityPackage.ACCOUNT__KIND:
				return getKind();
			case FacilityPackage.ACCOUNT__OWNER:
				return getOwner();
			case FacilityPackage.ACCOUNT__OWNER_ORGANIZATION:
				if (resolve) return getOwnerOrganization();
				return basicGetOwnerOrganization();
			case FacilityPackage.ACCOUNT__STATUS:
				return getStatus();
			case FacilityPackage.ACCOUNT__LAST_USED:
				return getLastUsed();
			case FacilityPackage.ACCOUNT__MULTI_FACTOR_AUTHENTICATION:
				return isMultiFactorAuthentication();
			case FacilityPackage.ACCOUNT__PASSWORD_ASSESSMENT:
				return getPasswordAssessment();
			case FacilityPackage.ACCOUNT__LOCKOUT:
				return getLockout();
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
			case FacilityPackage.ACCOUNT__DEVICE:
				setDevice((Device)newValue);
				return;
			case FacilityPackage.ACCOUNT__SYSTEM:
				setSystem((String)newValue);
				return;
			case FacilityPackage.ACCOUNT__USER_NAME:
				setUserName((String)newValue);
				return;
			case FacilityPackage.ACCOUNT__KIND:
				setKind((AccountKind)newValue);
				return;
			case FacilityPackage.ACCOUNT__OWNER:
				setOwner((String)newValue);
				return;
			case FacilityPackage.ACCOUNT__OWNER_ORGANIZATION:
				setOwnerOrganization((Organization)newValue);
				return;
			case FacilityPackage.ACCOUNT__STATUS:
				setStatus((AccountStatus)newValue);
				return;
			case FacilityPackage.ACCOUNT__LAST_USED:
				setLastUsed((LocalDate)newValue);
				return;
			case FacilityPackage.ACCOUNT__MULTI_FACTOR_AUTHENTICATION:
				setMultiFactorAuthentication((Boolean)newValue);
				return;
			case FacilityPackage.ACCOUNT__PASSWORD_ASSESSMENT:
				setPasswordAssessment((PasswordAssessment)newValue);
				return;
			case FacilityPackage.ACCOUNT__LOCKOUT:
				setLockout((Availability)newValue);
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
			case FacilityPackage.ACCOUNT__DEVICE:
				setDevice((Device)null);
				return;
			case FacilityPackage.ACCOUNT__SYSTEM:
				setSystem(SYSTEM_EDEFAULT);
				return;
			case FacilityPackage.ACCOUNT__USER_NAME:
				setUserName(USER_NAME_EDEFAULT);
				return;
			case FacilityPackage.ACCOUNT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FacilityPackage.ACCOUNT__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case FacilityPackage.ACCOUNT__OWNER_ORGANIZATION:
				setOwnerOrganization((Organization)null);
				return;
			case FacilityPackage.ACCOUNT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FacilityPackage.ACCOUNT__LAST_USED:
				setLastUsed(LAST_USED_EDEFAULT);
				return;
			case FacilityPackage.ACCOUNT__MULTI_FACTOR_AUTHENTICATION:
				setMultiFactorAuthentication(MULTI_FACTOR_AUTHENTICATION_EDEFAULT);
				return;
			case FacilityPackage.ACCOUNT__PASSWORD_ASSESSMENT:
				setPasswordAssessment((PasswordAssessment)null);
				return;
			case FacilityPackage.ACCOUNT__LOCKOUT:
				setLockout(LOCKOUT_EDEFAULT);
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
			case FacilityPackage.ACCOUNT__DEVICE:
				return device != null;
			case FacilityPackage.ACCOUNT__SYSTEM:
				return SYSTEM_EDEFAULT == null ? system != null : !SYSTEM_EDEFAULT.equals(system);
			case FacilityPackage.ACCOUNT__USER_NAME:
				return USER_NAME_EDEFAULT == null ? userName != null : !USER_NAME_EDEFAULT.equals(userName);
			case FacilityPackage.ACCOUNT__KIND:
				return kind != KIND_EDEFAULT;
			case FacilityPackage.ACCOUNT__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case FacilityPackage.ACCOUNT__OWNER_ORGANIZATION:
				return ownerOrganization != null;
			case FacilityPackage.ACCOUNT__STATUS:
				return status != STATUS_EDEFAULT;
			case FacilityPackage.ACCOUNT__LAST_USED:
				return LAST_USED_EDEFAULT == null ? lastUsed != null : !LAST_USED_EDEFAULT.equals(lastUsed);
			case FacilityPackage.ACCOUNT__MULTI_FACTOR_AUTHENTICATION:
				return multiFactorAuthentication != MULTI_FACTOR_AUTHENTICATION_EDEFAULT;
			case FacilityPackage.ACCOUNT__PASSWORD_ASSESSMENT:
				return passwordAssessment != null;
			case FacilityPackage.ACCOUNT__LOCKOUT:
				return lockout != LOCKOUT_EDEFAULT;
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
		result.append(" (system: ");
		result.append(system);
		result.append(", userName: ");
		result.append(userName);
		result.append(", kind: ");
		result.append(kind);
		result.append(", owner: ");
		result.append(owner);
		result.append(", status: ");
		result.append(status);
		result.append(", lastUsed: ");
		result.append(lastUsed);
		result.append(", multiFactorAuthentication: ");
		result.append(multiFactorAuthentication);
		result.append(", lockout: ");
		result.append(lockout);
		result.append(')');
		return result.toString();
	}

} //AccountImpl
