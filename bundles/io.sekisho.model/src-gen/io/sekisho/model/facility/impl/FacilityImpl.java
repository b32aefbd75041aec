/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.Facility;
import io.sekisho.model.facility.FacilityKind;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.Person;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Facility</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityImpl#getNameKana <em>Name Kana</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityImpl#getNameRomaji <em>Name Romaji</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityImpl#getBeds <em>Beds</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityImpl#getPrefecture <em>Prefecture</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityImpl#getRepresentative <em>Representative</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityImpl#getSecurityOfficer <em>Security Officer</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityImpl#getAbbreviations <em>Abbreviations</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityImpl#getDomainNames <em>Domain Names</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.FacilityImpl#getContextWords <em>Context Words</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FacilityImpl extends MinimalEObjectImpl.Container implements Facility {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getNameRomaji() <em>Name Romaji</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameRomaji()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_ROMAJI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameRomaji() <em>Name Romaji</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameRomaji()
	 * @generated
	 * @ordered
	 */
	protected String nameRomaji = NAME_ROMAJI_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FacilityKind KIND_EDEFAULT = FacilityKind.HOSPITAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FacilityKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeds() <em>Beds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeds()
	 * @generated
	 * @ordered
	 */
	protected static final int BEDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBeds() <em>Beds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeds()
	 * @generated
	 * @ordered
	 */
	protected int beds = BEDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrefecture() <em>Prefecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefecture()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFECTURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrefecture() <em>Prefecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefecture()
	 * @generated
	 * @ordered
	 */
	protected String prefecture = PREFECTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRepresentative() <em>Representative</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepresentative()
	 * @generated
	 * @ordered
	 */
	protected Person representative;

	/**
	 * The cached value of the '{@link #getSecurityOfficer() <em>Security Officer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityOfficer()
	 * @generated
	 * @ordered
	 */
	protected Person securityOfficer;

	/**
	 * The cached value of the '{@link #getAbbreviations() <em>Abbreviations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbbreviations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> abbreviations;

	/**
	 * The cached value of the '{@link #getDomainNames() <em>Domain Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> domainNames;

	/**
	 * The cached value of the '{@link #getContextWords() <em>Context Words</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContextWords()
	 * @generated
	 * @ordered
	 */
	protected EList<String> contextWords;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FacilityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.FACILITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY__NAME_KANA, oldNameKana, nameKana));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameRomaji() {
		return nameRomaji;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameRomaji(String newNameRomaji) {
		String oldNameRomaji = nameRomaji;
		nameRomaji = newNameRomaji;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY__NAME_ROMAJI, oldNameRomaji, nameRomaji));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FacilityKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FacilityKind newKind) {
		FacilityKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBeds() {
		return beds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeds(int newBeds) {
		int oldBeds = beds;
		beds = newBeds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY__BEDS, oldBeds, beds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrefecture() {
		return prefecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrefecture(String newPrefecture) {
		String oldPrefecture = prefecture;
		prefecture = newPrefecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY__PREFECTURE, oldPrefecture, prefecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getRepresentative() {
		return representative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRepresentative(Person newRepresentative, NotificationChain msgs) {
		Person oldRepresentative = representative;
		representative = newRepresentative;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY__REPRESENTATIVE, oldRepresentative, newRepresentative);
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
	public void setRepresentative(Person newRepresentative) {
		if (newRepresentative != representative) {
			NotificationChain msgs = null;
			if (representative != null)
				msgs = ((InternalEObject)representative).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.FACILITY__REPRESENTATIVE, null, msgs);
			if (newRepresentative != null)
				msgs = ((InternalEObject)newRepresentative).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.FACILITY__REPRESENTATIVE, null, msgs);
			msgs = basicSetRepresentative(newRepresentative, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY__REPRESENTATIVE, newRepresentative, newRepresentative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getSecurityOfficer() {
		return securityOfficer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecurityOfficer(Person newSecurityOfficer, NotificationChain msgs) {
		Person oldSecurityOfficer = securityOfficer;
		securityOfficer = newSecurityOfficer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY__SECURITY_OFFICER, oldSecurityOfficer, newSecurityOfficer);
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
	public void setSecurityOfficer(Person newSecurityOfficer) {
		if (newSecurityOfficer != securityOfficer) {
			NotificationChain msgs = null;
			if (securityOfficer != null)
				msgs = ((InternalEObject)securityOfficer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.FACILITY__SECURITY_OFFICER, null, msgs);
			if (newSecurityOfficer != null)
				msgs = ((InternalEObject)newSecurityOfficer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FacilityPackage.FACILITY__SECURITY_OFFICER, null, msgs);
			msgs = basicSetSecurityOfficer(newSecurityOfficer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.FACILITY__SECURITY_OFFICER, newSecurityOfficer, newSecurityOfficer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAbbreviations() {
		if (abbreviations == null) {
			abbreviations = new EDataTypeUniqueEList<String>(String.class, this, FacilityPackage.FACILITY__ABBREVIATIONS);
		}
		return abbreviations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDomainNames() {
		if (domainNames == null) {
			domainNames = new EDataTypeUniqueEList<String>(String.class, this, FacilityPackage.FACILITY__DOMAIN_NAMES);
		}
		return domainNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getContextWords() {
		if (contextWords == null) {
			contextWords = new EDataTypeUniqueEList<String>(String.class, this, FacilityPackage.FACILITY__CONTEXT_WORDS);
		}
		return contextWords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FacilityPackage.FACILITY__REPRESENTATIVE:
				return basicSetRepresentative(null, msgs);
			case FacilityPackage.FACILITY__SECURITY_OFFICER:
				return basicSetSecurityOfficer(null, msgs);
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
			case FacilityPackage.FACILITY__NAME:
				return getName();
			case FacilityPackage.FACILITY__NAME_KANA:
				return getNameKana();
			case FacilityPackage.FACILITY__NAME_ROMAJI:
				return getNameRomaji();
			case FacilityPackage.FACILITY__KIND:
				return getKind();
			case FacilityPackage.FACILITY__BEDS:
				return getBeds();
			case FacilityPackage.FACILITY__PREFECTURE:
				return getPrefecture();
			case FacilityPackage.FACILITY__ADDRESS:
				return getAddress();
			case FacilityPackage.FACILITY__REPRESENTATIVE:
				return getRepresentative();
			case FacilityPackage.FACILITY__SECURITY_OFFICER:
				return getSecurityOfficer();
			case FacilityPackage.FACILITY__ABBREVIATIONS:
				return getAbbreviations();
			case FacilityPackage.FACILITY__DOMAIN_NAMES:
				return getDomainNames();
			case FacilityPackage.FACILITY__CONTEXT_WORDS:
				return getContextWords();
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
			case FacilityPackage.FACILITY__NAME:
				setName((String)newValue);
				return;
			case FacilityPackage.FACILITY__NAME_KANA:
				setNameKana((String)newValue);
				return;
			case FacilityPackage.FACILITY__NAME_ROMAJI:
				setNameRomaji((String)newValue);
				return;
			case FacilityPackage.FACILITY__KIND:
				setKind((FacilityKind)newValue);
				return;
			case FacilityPackage.FACILITY__BEDS:
				setBeds((Integer)newValue);
				return;
			case FacilityPackage.FACILITY__PREFECTURE:
				setPrefecture((String)newValue);
				return;
			case FacilityPackage.FACILITY__ADDRESS:
				setAddress((String)newValue);
				return;
			case FacilityPackage.FACILITY__REPRESENTATIVE:
				setRepresentative((Person)newValue);
				return;
			case FacilityPackage.FACILITY__SECURITY_OFFICER:
				setSecurityOfficer((Person)newValue);
				return;
			case FacilityPackage.FACILITY__ABBREVIATIONS:
				getAbbreviations().clear();
				getAbbreviations().addAll((Collection<? extends String>)newValue);
				return;
			case FacilityPackage.FACILITY__DOMAIN_NAMES:
				getDomainNames().clear();
				getDomainNames().addAll((Collection<? extends String>)newValue);
				return;
			case FacilityPackage.FACILITY__CONTEXT_WORDS:
				getContextWords().clear();
				getContextWords().addAll((Collection<? extends String>)newValue);
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
			case FacilityPackage.FACILITY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FacilityPackage.FACILITY__NAME_KANA:
				setNameKana(NAME_KANA_EDEFAULT);
				return;
			case FacilityPackage.FACILITY__NAME_ROMAJI:
				setNameRomaji(NAME_ROMAJI_EDEFAULT);
				return;
			case FacilityPackage.FACILITY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FacilityPackage.FACILITY__BEDS:
				setBeds(BEDS_EDEFAULT);
				return;
			case FacilityPackage.FACILITY__PREFECTURE:
				setPrefecture(PREFECTURE_EDEFAULT);
				return;
			case FacilityPackage.FACILITY__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case FacilityPackage.FACILITY__REPRESENTATIVE:
				setRepresentative((Person)null);
				return;
			case FacilityPackage.FACILITY__SECURITY_OFFICER:
				setSecurityOfficer((Person)null);
				return;
			case FacilityPackage.FACILITY__ABBREVIATIONS:
				getAbbreviations().clear();
				return;
			case FacilityPackage.FACILITY__DOMAIN_NAMES:
				getDomainNames().clear();
				return;
			case FacilityPackage.FACILITY__CONTEXT_WORDS:
				getContextWords().clear();
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
			case FacilityPackage.FACILITY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FacilityPackage.FACILITY__NAME_KANA:
				return NAME_KANA_EDEFAULT == null ? nameKana != null : !NAME_KANA_EDEFAULT.equals(nameKana);
			case FacilityPackage.FACILITY__NAME_ROMAJI:
				return NAME_ROMAJI_EDEFAULT == null ? nameRomaji != null : !NAME_ROMAJI_EDEFAULT.equals(nameRomaji);
			case FacilityPackage.FACILITY__KIND:
				return kind != KIND_EDEFAULT;
			case FacilityPackage.FACILITY__BEDS:
				return beds != BEDS_EDEFAULT;
			case FacilityPackage.FACILITY__PREFECTURE:
				return PREFECTURE_EDEFAULT == null ? prefecture != null : !PREFECTURE_EDEFAULT.equals(prefecture);
			case FacilityPackage.FACILITY__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case FacilityPackage.FACILITY__REPRESENTATIVE:
				return representative != null;
			case FacilityPackage.FACILITY__SECURITY_OFFICER:
				return securityOfficer != null;
			case FacilityPackage.FACILITY__ABBREVIATIONS:
				return abbreviations != null && !abbreviations.isEmpty();
			case FacilityPackage.FACILITY__DOMAIN_NAMES:
				return domainNames != null && !domainNames.isEmpty();
			case FacilityPackage.FACILITY__CONTEXT_WORDS:
				return contextWords != null && !contextWords.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", nameKana: ");
		result.append(nameKana);
		result.append(", nameRomaji: ");
		result.append(nameRomaji);
		result.append(", kind: ");
		result.append(kind);
		result.append(", beds: ");
		result.append(beds);
		result.append(", prefecture: ");
		result.append(prefecture);
		result.append(", address: ");
		result.append(address);
		result.append(", abbreviations: ");
		result.append(abbreviations);
		result.append(", domainNames: ");
		result.append(domainNames);
		result.append(", contextWords: ");
		result.append(contextWords);
		result.append(')');
		return result.toString();
	}

} //FacilityImpl
