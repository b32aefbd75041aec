/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.Person;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.PersonImpl#getNameKanji <em>Name Kanji</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.PersonImpl#getNameKana <em>Name Kana</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.PersonImpl#getNameRomaji <em>Name Romaji</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.PersonImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.PersonImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.PersonImpl#getMail <em>Mail</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends MinimalEObjectImpl.Container implements Person {
	/**
	 * The default value of the '{@link #getNameKanji() <em>Name Kanji</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameKanji()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_KANJI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameKanji() <em>Name Kanji</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameKanji()
	 * @generated
	 * @ordered
	 */
	protected String nameKanji = NAME_KANJI_EDEFAULT;

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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMail() <em>Mail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMail()
	 * @generated
	 * @ordered
	 */
	protected static final String MAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMail() <em>Mail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMail()
	 * @generated
	 * @ordered
	 */
	protected String mail = MAIL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.PERSON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameKanji() {
		return nameKanji;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameKanji(String newNameKanji) {
		String oldNameKanji = nameKanji;
		nameKanji = newNameKanji;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.PERSON__NAME_KANJI, oldNameKanji, nameKanji));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.PERSON__NAME_KANA, oldNameKana, nameKana));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.PERSON__NAME_ROMAJI, oldNameRomaji, nameRomaji));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.PERSON__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.PERSON__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMail() {
		return mail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMail(String newMail) {
		String oldMail = mail;
		mail = newMail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.PERSON__MAIL, oldMail, mail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FacilityPackage.PERSON__NAME_KANJI:
				return getNameKanji();
			case FacilityPackage.PERSON__NAME_KANA:
				return getNameKana();
			case FacilityPackage.PERSON__NAME_ROMAJI:
				return getNameRomaji();
			case FacilityPackage.PERSON__TITLE:
				return getTitle();
			case FacilityPackage.PERSON__PHONE:
				return getPhone();
			case FacilityPackage.PERSON__MAIL:
				return getMail();
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
			case FacilityPackage.PERSON__NAME_KANJI:
				setNameKanji((String)newValue);
				return;
			case FacilityPackage.PERSON__NAME_KANA:
				setNameKana((String)newValue);
				return;
			case FacilityPackage.PERSON__NAME_ROMAJI:
				setNameRomaji((String)newValue);
				return;
			case FacilityPackage.PERSON__TITLE:
				setTitle((String)newValue);
				return;
			case FacilityPackage.PERSON__PHONE:
				setPhone((String)newValue);
				return;
			case FacilityPackage.PERSON__MAIL:
				setMail((String)newValue);
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
			case FacilityPackage.PERSON__NAME_KANJI:
				setNameKanji(NAME_KANJI_EDEFAULT);
				return;
			case FacilityPackage.PERSON__NAME_KANA:
				setNameKana(NAME_KANA_EDEFAULT);
				return;
			case FacilityPackage.PERSON__NAME_ROMAJI:
				setNameRomaji(NAME_ROMAJI_EDEFAULT);
				return;
			case FacilityPackage.PERSON__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case FacilityPackage.PERSON__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case FacilityPackage.PERSON__MAIL:
				setMail(MAIL_EDEFAULT);
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
			case FacilityPackage.PERSON__NAME_KANJI:
				return NAME_KANJI_EDEFAULT == null ? nameKanji != null : !NAME_KANJI_EDEFAULT.equals(nameKanji);
			case FacilityPackage.PERSON__NAME_KANA:
				return NAME_KANA_EDEFAULT == null ? nameKana != null : !NAME_KANA_EDEFAULT.equals(nameKana);
			case FacilityPackage.PERSON__NAME_ROMAJI:
				return NAME_ROMAJI_EDEFAULT == null ? nameRomaji != null : !NAME_ROMAJI_EDEFAULT.equals(nameRomaji);
			case FacilityPackage.PERSON__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case FacilityPackage.PERSON__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case FacilityPackage.PERSON__MAIL:
				return MAIL_EDEFAULT == null ? mail != null : !MAIL_EDEFAULT.equals(mail);
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
		result.append(" (nameKanji: ");
		result.append(nameKanji);
		result.append(", nameKana: ");
		result.append(nameKana);
		result.append(", nameRomaji: ");
		result.append(nameRomaji);
		result.append(", title: ");
		result.append(title);
		result.append(", phone: ");
		result.append(phone);
		result.append(", mail: ");
		result.append(mail);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
