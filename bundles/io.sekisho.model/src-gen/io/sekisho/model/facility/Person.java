/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person named in up to three scripts: kanji, kana reading and romaji. Contained by the element that names the person.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.Person#getNameKanji <em>Name Kanji</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Person#getNameKana <em>Name Kana</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Person#getNameRomaji <em>Name Romaji</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Person#getTitle <em>Title</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Person#getPhone <em>Phone</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Person#getMail <em>Mail</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends EObject {
	/**
	 * Returns the value of the '<em><b>Name Kanji</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name as written, usually in kanji, e.g. 厚労 太郎.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Kanji</em>' attribute.
	 * @see #setNameKanji(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getPerson_NameKanji()
	 * @model
	 * @generated
	 */
	String getNameKanji();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Person#getNameKanji <em>Name Kanji</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Kanji</em>' attribute.
	 * @see #getNameKanji()
	 * @generated
	 */
	void setNameKanji(String value);

	/**
	 * Returns the value of the '<em><b>Name Kana</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reading in katakana or hiragana, e.g. コウロウ タロウ.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Kana</em>' attribute.
	 * @see #setNameKana(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getPerson_NameKana()
	 * @model
	 * @generated
	 */
	String getNameKana();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Person#getNameKana <em>Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Kana</em>' attribute.
	 * @see #getNameKana()
	 * @generated
	 */
	void setNameKana(String value);

	/**
	 * Returns the value of the '<em><b>Name Romaji</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name in Latin letters, e.g. Taro Korou.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Romaji</em>' attribute.
	 * @see #setNameRomaji(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getPerson_NameRomaji()
	 * @model
	 * @generated
	 */
	String getNameRomaji();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Person#getNameRomaji <em>Name Romaji</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Romaji</em>' attribute.
	 * @see #getNameRomaji()
	 * @generated
	 */
	void setNameRomaji(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The job title or role, e.g. 院長 or 情報システム室長.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getPerson_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Person#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A phone number to reach the person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getPerson_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Person#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Mail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A mail address to reach the person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mail</em>' attribute.
	 * @see #setMail(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getPerson_Mail()
	 * @model
	 * @generated
	 */
	String getMail();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Person#getMail <em>Mail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mail</em>' attribute.
	 * @see #getMail()
	 * @generated
	 */
	void setMail(String value);

} // Person
