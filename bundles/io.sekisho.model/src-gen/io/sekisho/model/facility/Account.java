/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A login on a device or a system. The password is never stored; only its assessment is.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.Account#getDevice <em>Device</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Account#getSystem <em>System</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Account#getUserName <em>User Name</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Account#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Account#getOwner <em>Owner</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Account#getOwnerOrganization <em>Owner Organization</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Account#getStatus <em>Status</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Account#getLastUsed <em>Last Used</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Account#isMultiFactorAuthentication <em>Multi Factor Authentication</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Account#getPasswordAssessment <em>Password Assessment</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Account#getLockout <em>Lockout</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getAccount()
 * @model
 * @generated
 */
public interface Account extends Identified {
	/**
	 * Returns the value of the '<em><b>Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device the account exists on; empty for an account of a system (e.g. the EHR application or the domain).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' reference.
	 * @see #setDevice(Device)
	 * @see io.sekisho.model.facility.FacilityPackage#getAccount_Device()
	 * @model
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Account#getDevice <em>Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' reference.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The system the account belongs to when it is not bound to one device, e.g. 電子カルテ, Active Directory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System</em>' attribute.
	 * @see #setSystem(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getAccount_System()
	 * @model
	 * @generated
	 */
	String getSystem();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Account#getSystem <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System</em>' attribute.
	 * @see #getSystem()
	 * @generated
	 */
	void setSystem(String value);

	/**
	 * Returns the value of the '<em><b>User Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The login name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Name</em>' attribute.
	 * @see #setUserName(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getAccount_UserName()
	 * @model
	 * @generated
	 */
	String getUserName();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Account#getUserName <em>User Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Name</em>' attribute.
	 * @see #getUserName()
	 * @generated
	 */
	void setUserName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.AccountKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Administrator, user, service or maintenance account.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.sekisho.model.facility.AccountKind
	 * @see #setKind(AccountKind)
	 * @see io.sekisho.model.facility.FacilityPackage#getAccount_Kind()
	 * @model
	 * @generated
	 */
	AccountKind getKind();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Account#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.sekisho.model.facility.AccountKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AccountKind value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person or group that uses the account.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getAccount_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Account#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Owner Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organization that uses the account, for vendor accounts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Organization</em>' reference.
	 * @see #setOwnerOrganization(Organization)
	 * @see io.sekisho.model.facility.FacilityPackage#getAccount_OwnerOrganization()
	 * @model
	 * @generated
	 */
	Organization getOwnerOrganization();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Account#getOwnerOrganization <em>Owner Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Organization</em>' reference.
	 * @see #getOwnerOrganization()
	 * @generated
	 */
	void setOwnerOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.AccountStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Active, disabled, or to be deleted (checklist 2-(5)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.model.facility.AccountStatus
	 * @see #setStatus(AccountStatus)
	 * @see io.sekisho.model.facility.FacilityPackage#getAccount_Status()
	 * @model
	 * @generated
	 */
	AccountStatus getStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Account#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.model.facility.AccountStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AccountStatus value);

	/**
	 * Returns the value of the '<em><b>Last Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the account was last used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Used</em>' attribute.
	 * @see #setLastUsed(LocalDate)
	 * @see io.sekisho.model.facility.FacilityPackage#getAccount_LastUsed()
	 * @model dataType="io.sekisho.model.facility.LocalDate"
	 * @generated
	 */
	LocalDate getLastUsed();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Account#getLastUsed <em>Last Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Used</em>' attribute.
	 * @see #getLastUsed()
	 * @generated
	 */
	void setLastUsed(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Multi Factor Authentication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether logging in needs a second factor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Multi Factor Authentication</em>' attribute.
	 * @see #setMultiFactorAuthentication(boolean)
	 * @see io.sekisho.model.facility.FacilityPackage#getAccount_MultiFactorAuthentication()
	 * @model
	 * @generated
	 */
	boolean isMultiFactorAuthentication();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Account#isMultiFactorAuthentication <em>Multi Factor Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multi Factor Authentication</em>' attribute.
	 * @see #isMultiFactorAuthentication()
	 * @generated
	 */
	void setMultiFactorAuthentication(boolean value);

	/**
	 * Returns the value of the '<em><b>Password Assessment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The latest assessment of the account's password; empty when not assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password Assessment</em>' containment reference.
	 * @see #setPasswordAssessment(PasswordAssessment)
	 * @see io.sekisho.model.facility.FacilityPackage#getAccount_PasswordAssessment()
	 * @model containment="true"
	 * @generated
	 */
	PasswordAssessment getPasswordAssessment();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Account#getPasswordAssessment <em>Password Assessment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password Assessment</em>' containment reference.
	 * @see #getPasswordAssessment()
	 * @generated
	 */
	void setPasswordAssessment(PasswordAssessment value);

	/**
	 * Returns the value of the '<em><b>Lockout</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Availability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the account is locked after repeated failed logins (guideline 7.0: lockout after repeated failures).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lockout</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #setLockout(Availability)
	 * @see io.sekisho.model.facility.FacilityPackage#getAccount_Lockout()
	 * @model
	 * @generated
	 */
	Availability getLockout();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Account#getLockout <em>Lockout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lockout</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #getLockout()
	 * @generated
	 */
	void setLockout(Availability value);

} // Account
