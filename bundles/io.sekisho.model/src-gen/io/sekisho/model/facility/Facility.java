/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Facility</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The medical facility the workbook describes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.Facility#getName <em>Name</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Facility#getNameKana <em>Name Kana</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Facility#getNameRomaji <em>Name Romaji</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Facility#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Facility#getBeds <em>Beds</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Facility#getPrefecture <em>Prefecture</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Facility#getAddress <em>Address</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Facility#getRepresentative <em>Representative</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Facility#getSecurityOfficer <em>Security Officer</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Facility#getAbbreviations <em>Abbreviations</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Facility#getDomainNames <em>Domain Names</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Facility#getContextWords <em>Context Words</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getFacility()
 * @model
 * @generated
 */
public interface Facility extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The official name as written, usually in kanji, e.g. 厚労記念病院.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFacility_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Facility#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name Kana</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reading of the name in katakana.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Kana</em>' attribute.
	 * @see #setNameKana(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFacility_NameKana()
	 * @model
	 * @generated
	 */
	String getNameKana();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Facility#getNameKana <em>Name Kana</em>}' attribute.
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
	 * The name in Latin letters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Romaji</em>' attribute.
	 * @see #setNameRomaji(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFacility_NameRomaji()
	 * @model
	 * @generated
	 */
	String getNameRomaji();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Facility#getNameRomaji <em>Name Romaji</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Romaji</em>' attribute.
	 * @see #getNameRomaji()
	 * @generated
	 */
	void setNameRomaji(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.FacilityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hospital, clinic, dental clinic or pharmacy; decides which checklist form applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.sekisho.model.facility.FacilityKind
	 * @see #setKind(FacilityKind)
	 * @see io.sekisho.model.facility.FacilityPackage#getFacility_Kind()
	 * @model
	 * @generated
	 */
	FacilityKind getKind();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Facility#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.sekisho.model.facility.FacilityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FacilityKind value);

	/**
	 * Returns the value of the '<em><b>Beds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of licensed beds (0 for facilities without beds).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beds</em>' attribute.
	 * @see #setBeds(int)
	 * @see io.sekisho.model.facility.FacilityPackage#getFacility_Beds()
	 * @model
	 * @generated
	 */
	int getBeds();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Facility#getBeds <em>Beds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beds</em>' attribute.
	 * @see #getBeds()
	 * @generated
	 */
	void setBeds(int value);

	/**
	 * Returns the value of the '<em><b>Prefecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The prefecture (都道府県) that inspects the facility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prefecture</em>' attribute.
	 * @see #setPrefecture(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFacility_Prefecture()
	 * @model
	 * @generated
	 */
	String getPrefecture();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Facility#getPrefecture <em>Prefecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefecture</em>' attribute.
	 * @see #getPrefecture()
	 * @generated
	 */
	void setPrefecture(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The address below the prefecture.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getFacility_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Facility#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Representative</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The manager or representative (管理者/開設者) of the facility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Representative</em>' containment reference.
	 * @see #setRepresentative(Person)
	 * @see io.sekisho.model.facility.FacilityPackage#getFacility_Representative()
	 * @model containment="true"
	 * @generated
	 */
	Person getRepresentative();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Facility#getRepresentative <em>Representative</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Representative</em>' containment reference.
	 * @see #getRepresentative()
	 * @generated
	 */
	void setRepresentative(Person value);

	/**
	 * Returns the value of the '<em><b>Security Officer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person responsible for the security of medical information systems (checklist 1-(1)); empty when none is appointed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Officer</em>' containment reference.
	 * @see #setSecurityOfficer(Person)
	 * @see io.sekisho.model.facility.FacilityPackage#getFacility_SecurityOfficer()
	 * @model containment="true"
	 * @generated
	 */
	Person getSecurityOfficer();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Facility#getSecurityOfficer <em>Security Officer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Officer</em>' containment reference.
	 * @see #getSecurityOfficer()
	 * @generated
	 */
	void setSecurityOfficer(Person value);

	/**
	 * Returns the value of the '<em><b>Abbreviations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short names and abbreviations people use for the facility, e.g. 厚労病院, KKH. Passwords containing them are easy to guess.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Abbreviations</em>' attribute list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacility_Abbreviations()
	 * @model
	 * @generated
	 */
	EList<String> getAbbreviations();

	/**
	 * Returns the value of the '<em><b>Domain Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Internet and internal domain names of the facility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Names</em>' attribute list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacility_DomainNames()
	 * @model
	 * @generated
	 */
	EList<String> getDomainNames();

	/**
	 * Returns the value of the '<em><b>Context Words</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further words a password must not be built from (town, nicknames, department names). The password module adds the names, abbreviations, domains and the representative's names to these.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Context Words</em>' attribute list.
	 * @see io.sekisho.model.facility.FacilityPackage#getFacility_ContextWords()
	 * @model
	 * @generated
	 */
	EList<String> getContextWords();

} // Facility
