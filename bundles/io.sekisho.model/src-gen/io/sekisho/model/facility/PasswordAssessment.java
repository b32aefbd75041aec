/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Password Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The result of checking a password against a profile. Holds no part of the password: only measurements, finding codes and a salted one-way fingerprint to detect reuse.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.PasswordAssessment#getProfileId <em>Profile Id</em>}</li>
 *   <li>{@link io.sekisho.model.facility.PasswordAssessment#getScore <em>Score</em>}</li>
 *   <li>{@link io.sekisho.model.facility.PasswordAssessment#getLength <em>Length</em>}</li>
 *   <li>{@link io.sekisho.model.facility.PasswordAssessment#getCharacterClasses <em>Character Classes</em>}</li>
 *   <li>{@link io.sekisho.model.facility.PasswordAssessment#getFindingCodes <em>Finding Codes</em>}</li>
 *   <li>{@link io.sekisho.model.facility.PasswordAssessment#getFingerprint <em>Fingerprint</em>}</li>
 *   <li>{@link io.sekisho.model.facility.PasswordAssessment#getFingerprintScheme <em>Fingerprint Scheme</em>}</li>
 *   <li>{@link io.sekisho.model.facility.PasswordAssessment#getAssessedAt <em>Assessed At</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getPasswordAssessment()
 * @model
 * @generated
 */
public interface PasswordAssessment extends EObject {
	/**
	 * Returns the value of the '<em><b>Profile Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the password profile the password was checked against, e.g. an MHLW or NIST rule set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profile Id</em>' attribute.
	 * @see #setProfileId(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getPasswordAssessment_ProfileId()
	 * @model
	 * @generated
	 */
	String getProfileId();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.PasswordAssessment#getProfileId <em>Profile Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile Id</em>' attribute.
	 * @see #getProfileId()
	 * @generated
	 */
	void setProfileId(String value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The strength score of the estimator, 0 (very weak) to 4 (strong).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(int)
	 * @see io.sekisho.model.facility.FacilityPackage#getPasswordAssessment_Score()
	 * @model
	 * @generated
	 */
	int getScore();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.PasswordAssessment#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(int value);

	/**
	 * Returns the value of the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of characters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length</em>' attribute.
	 * @see #setLength(int)
	 * @see io.sekisho.model.facility.FacilityPackage#getPasswordAssessment_Length()
	 * @model
	 * @generated
	 */
	int getLength();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.PasswordAssessment#getLength <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length</em>' attribute.
	 * @see #getLength()
	 * @generated
	 */
	void setLength(int value);

	/**
	 * Returns the value of the '<em><b>Character Classes</b></em>' attribute list.
	 * The list contents are of type {@link io.sekisho.model.facility.CharacterClass}.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.CharacterClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The character classes the password contains.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Character Classes</em>' attribute list.
	 * @see io.sekisho.model.facility.CharacterClass
	 * @see io.sekisho.model.facility.FacilityPackage#getPasswordAssessment_CharacterClasses()
	 * @model
	 * @generated
	 */
	EList<CharacterClass> getCharacterClasses();

	/**
	 * Returns the value of the '<em><b>Finding Codes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes of the problems found, as defined by the password module, e.g. too short, contains the facility name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finding Codes</em>' attribute list.
	 * @see io.sekisho.model.facility.FacilityPackage#getPasswordAssessment_FindingCodes()
	 * @model
	 * @generated
	 */
	EList<String> getFindingCodes();

	/**
	 * Returns the value of the '<em><b>Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A salted one-way fingerprint (base64), equal for equal passwords within the facility, to detect reuse. It cannot be turned back into the password.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fingerprint</em>' attribute.
	 * @see #setFingerprint(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getPasswordAssessment_Fingerprint()
	 * @model
	 * @generated
	 */
	String getFingerprint();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.PasswordAssessment#getFingerprint <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fingerprint</em>' attribute.
	 * @see #getFingerprint()
	 * @generated
	 */
	void setFingerprint(String value);

	/**
	 * Returns the value of the '<em><b>Fingerprint Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the fingerprint algorithm and its parameters (e.g. Argon2id with memory/iterations); fingerprints are comparable only within one scheme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fingerprint Scheme</em>' attribute.
	 * @see #setFingerprintScheme(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getPasswordAssessment_FingerprintScheme()
	 * @model
	 * @generated
	 */
	String getFingerprintScheme();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.PasswordAssessment#getFingerprintScheme <em>Fingerprint Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fingerprint Scheme</em>' attribute.
	 * @see #getFingerprintScheme()
	 * @generated
	 */
	void setFingerprintScheme(String value);

	/**
	 * Returns the value of the '<em><b>Assessed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the assessment was made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessed At</em>' attribute.
	 * @see #setAssessedAt(Instant)
	 * @see io.sekisho.model.facility.FacilityPackage#getPasswordAssessment_AssessedAt()
	 * @model dataType="io.sekisho.model.facility.Instant"
	 * @generated
	 */
	Instant getAssessedAt();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.PasswordAssessment#getAssessedAt <em>Assessed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessed At</em>' attribute.
	 * @see #getAssessedAt()
	 * @generated
	 */
	void setAssessedAt(Instant value);

} // PasswordAssessment
