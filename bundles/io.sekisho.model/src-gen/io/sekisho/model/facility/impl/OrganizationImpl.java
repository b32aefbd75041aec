/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.OrganizationRole;
import io.sekisho.model.facility.Person;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.OrganizationImpl#getRole <em>Role</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.OrganizationImpl#getNameKana <em>Name Kana</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.OrganizationImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.OrganizationImpl#isRemoteMaintenance <em>Remote Maintenance</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.OrganizationImpl#isDisclosureObtained <em>Disclosure Obtained</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.OrganizationImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganizationImpl extends NamedImpl implements Organization {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final OrganizationRole ROLE_EDEFAULT = OrganizationRole.EHR;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected OrganizationRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameKana() <em>Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameKana()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_KANA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameKana() <em>Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameKana()
	 * @generated
	 * @ordered
	 */
	protected String nameKana = NAME_KANA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected Person contact;

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
	 * The default value of the '{@link #isDisclosureObtained() <em>Disclosure Obtained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDisclosureObtained()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DISCLOSURE_OBTAINED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDisclosureObtained() <em>Disclosure Obtained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDisclosureObtained()
	 * @generated
	 * @ordered
	 */
	protected boolean disclosureObtained = DISCLOSURE_OBTAINED_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganizationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.ORGANIZATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganizationRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(OrganizationRole newRole) {
		OrganizationRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ORGANIZATION__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameKana() {
		return nameKana;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameKana(String newNameKana) {
		String oldNameKana = nameKana;
		nameKana = newNameKana;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ORGANIZATION__NAME_KANA, oldNameKana, nameKana));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContact(Person newContact, NotificationChain msgs) {
		Person oldContact = contact;
		contact = newContact;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FacilityPackage.ORGANIZATION__CONTACT, oldContact, newContact);
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
	public void setContact(Person newContact) {
		if (newContact != contact) {
			NotificationChain msgs = null;
			if (contact != null)
				msgs = ((InternalEObject)contact).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.ORGANIZATION__CONTACT, null, msgs);
			if (newContact != null)
				msgs = ((InternalEObject)newContact).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.ORGANIZATION__CONTACT, null, msgs);
			msgs = basicSetContact(newContact, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ORGANIZATION__CONTACT, newContact, newContact));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ORGANIZATION__REMOTE_MAINTENANCE, oldRemoteMaintenance, remoteMaintenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDisclosureObtained() {
		return disclosureObtained;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisclosureObtained(boolean newDisclosureObtained) {
		boolean oldDisclosureObtained = disclosureObtained;
		disclosureObtained = newDisclosureObtained;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ORGANIZATION__DISCLOSURE_OBTAINED, oldDisclosureObtained, disclosureObtained));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ORGANIZATION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FacilityPackage.ORGANIZATION__CONTACT:
				return basicSetContact(null, msgs);
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
			case FacilityPackage.ORGANIZATION__ROLE:
				return getRole();
			case FacilityPackage.ORGANIZATION__NAME_KANA:
				return getNameKana();
			case FacilityPackage.ORGANIZATION__CONTACT:
				return getContact();
			case FacilityPackage.ORGANIZATION__REMOTE_MAINTENANCE:
				return isRemoteMaintenance();
			case FacilityPackage.ORGANIZATION__DISCLOSURE_OBTAINED:
				return isDisclosureObtained();
			case FacilityPackage.ORGANIZATION__NOTES:
				return getNotes();
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
			case FacilityPackage.ORGANIZATION__ROLE:
				setRole((OrganizationRole)newValue);
				return;
			case FacilityPackage.ORGANIZATION__NAME_KANA:
				setNameKana((String)newValue);
				return;
			case FacilityPackage.ORGANIZATION__CONTACT:
				setContact((Person)newValue);
				return;
			case FacilityPackage.ORGANIZATION__REMOTE_MAINTENANCE:
				setRemoteMaintenance((Boolean)newValue);
				return;
			case FacilityPackage.ORGANIZATION__DISCLOSURE_OBTAINED:
				setDisclosureObtained((Boolean)newValue);
				return;
			case FacilityPackage.ORGANIZATION__NOTES:
				setNotes((String)newValue);
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
			case FacilityPackage.ORGANIZATION__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case FacilityPackage.ORGANIZATION__NAME_KANA:
				setNameKana(NAME_KANA_EDEFAULT);
				return;
			case FacilityPackage.ORGANIZATION__CONTACT:
				setContact((Person)null);
				return;
			case FacilityPackage.ORGANIZATION__REMOTE_MAINTENANCE:
				setRemoteMaintenance(REMOTE_MAINTENANCE_EDEFAULT);
				return;
			case FacilityPackage.ORGANIZATION__DISCLOSURE_OBTAINED:
				setDisclosureObtained(DISCLOSURE_OBTAINED_EDEFAULT);
				return;
			case FacilityPackage.ORGANIZATION__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case FacilityPackage.ORGANIZATION__ROLE:
				return role != ROLE_EDEFAULT;
			case FacilityPackage.ORGANIZATION__NAME_KANA:
				return NAME_KANA_EDEFAULT == null ? nameKana != null : !NAME_KANA_EDEFAULT.equals(nameKana);
			case FacilityPackage.ORGANIZATION__CONTACT:
				return contact != null;
			case FacilityPackage.ORGANIZATION__REMOTE_MAINTENANCE:
				return remoteMaintenance != REMOTE_MAINTENANCE_EDEFAULT;
			case FacilityPackage.ORGANIZATION__DISCLOSURE_OBTAINED:
				return disclosureObtained != DISCLOSURE_OBTAINED_EDEFAULT;
			case FacilityPackage.ORGANIZATION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (role: ");
		result.append(role);
		result.append(", nameKana: ");
		result.append(nameKana);
		result.append(", remoteMaintenance: ");
		result.append(remoteMaintenance);
		result.append(", disclosureObtained: ");
		result.append(disclosureObtained);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //OrganizationImpl
