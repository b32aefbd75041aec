/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.CharacterClass;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.PasswordAssessment;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Password Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.PasswordAssessmentImpl#getProfileId <em>Profile Id</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.PasswordAssessmentImpl#getScore <em>Score</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.PasswordAssessmentImpl#getLength <em>Length</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.PasswordAssessmentImpl#getCharacterClasses <em>Character Classes</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.PasswordAssessmentImpl#getFindingCodes <em>Finding Codes</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.PasswordAssessmentImpl#getFingerprint <em>Fingerprint</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.PasswordAssessmentImpl#getFingerprintScheme <em>Fingerprint Scheme</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.PasswordAssessmentImpl#getAssessedAt <em>Assessed At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PasswordAssessmentImpl extends MinimalEObjectImpl.Container implements PasswordAssessment {
	/**
	 * The default value of the '{@link #getProfileId() <em>Profile Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfileId()
	 * @generated
	 * @ordered
	 */
	protected static final String PROFILE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProfileId() <em>Profile Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfileId()
	 * @generated
	 * @ordered
	 */
	protected String profileId = PROFILE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final int SCORE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected int score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final int LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected int length = LENGTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCharacterClasses() <em>Character Classes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharacterClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<CharacterClass> characterClasses;

	/**
	 * The cached value of the '{@link #getFindingCodes() <em>Finding Codes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindingCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> findingCodes;

	/**
	 * The default value of the '{@link #getFingerprint() <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFingerprint() <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String fingerprint = FINGERPRINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFingerprintScheme() <em>Fingerprint Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFingerprintScheme()
	 * @generated
	 * @ordered
	 */
	protected static final String FINGERPRINT_SCHEME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFingerprintScheme() <em>Fingerprint Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFingerprintScheme()
	 * @generated
	 * @ordered
	 */
	protected String fingerprintScheme = FINGERPRINT_SCHEME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssessedAt() <em>Assessed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ASSESSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssessedAt() <em>Assessed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant assessedAt = ASSESSED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PasswordAssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.PASSWORD_ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProfileId() {
		return profileId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfileId(String newProfileId) {
		String oldProfileId = profileId;
		profileId = newProfileId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.PASSWORD_ASSESSMENT__PROFILE_ID, oldProfileId, profileId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(int newScore) {
		int oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.PASSWORD_ASSESSMENT__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(int newLength) {
		int oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.PASSWORD_ASSESSMENT__LENGTH, oldLength, length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CharacterClass> getCharacterClasses() {
		if (characterClasses == null) {
			characterClasses = new EDataTypeUniqueEList<CharacterClass>(CharacterClass.class, this, FacilityPackage.PASSWORD_ASSESSMENT__CHARACTER_CLASSES);
		}
		return characterClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFindingCodes() {
		if (findingCodes == null) {
			findingCodes = new EDataTypeUniqueEList<String>(String.class, this, FacilityPackage.PASSWORD_ASSESSMENT__FINDING_CODES);
		}
		return findingCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFingerprint() {
		return fingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFingerprint(String newFingerprint) {
		String oldFingerprint = fingerprint;
		fingerprint = newFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.PASSWORD_ASSESSMENT__FINGERPRINT, oldFingerprint, fingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFingerprintScheme() {
		return fingerprintScheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFingerprintScheme(String newFingerprintScheme) {
		String oldFingerprintScheme = fingerprintScheme;
		fingerprintScheme = newFingerprintScheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.PASSWORD_ASSESSMENT__FINGERPRINT_SCHEME, oldFingerprintScheme, fingerprintScheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAssessedAt() {
		return assessedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessedAt(Instant newAssessedAt) {
		Instant oldAssessedAt = assessedAt;
		assessedAt = newAssessedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.PASSWORD_ASSESSMENT__ASSESSED_AT, oldAssessedAt, assessedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FacilityPackage.PASSWORD_ASSESSMENT__PROFILE_ID:
				return getProfileId();
			case FacilityPackage.PASSWORD_ASSESSMENT__SCORE:
				return getScore();
			case FacilityPackage.PASSWORD_ASSESSMENT__LENGTH:
				return getLength();
			case FacilityPackage.PASSWORD_ASSESSMENT__CHARACTER_CLASSES:
				return getCharacterClasses();
			case FacilityPackage.PASSWORD_ASSESSMENT__FINDING_CODES:
				return getFindingCodes();
			case FacilityPackage.PASSWORD_ASSESSMENT__FINGERPRINT:
				return getFingerprint();
			case FacilityPackage.PASSWORD_ASSESSMENT__FINGERPRINT_SCHEME:
				return getFingerprintScheme();
			case FacilityPackage.PASSWORD_ASSESSMENT__ASSESSED_AT:
				return getAssessedAt();
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
			case FacilityPackage.PASSWORD_ASSESSMENT__PROFILE_ID:
				setProfileId((String)newValue);
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__SCORE:
				setScore((Integer)newValue);
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__LENGTH:
				setLength((Integer)newValue);
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__CHARACTER_CLASSES:
				getCharacterClasses().clear();
				getCharacterClasses().addAll((Collection<? extends CharacterClass>)newValue);
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__FINDING_CODES:
				getFindingCodes().clear();
				getFindingCodes().addAll((Collection<? extends String>)newValue);
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__FINGERPRINT:
				setFingerprint((String)newValue);
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__FINGERPRINT_SCHEME:
				setFingerprintScheme((String)newValue);
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__ASSESSED_AT:
				setAssessedAt((Instant)newValue);
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
			case FacilityPackage.PASSWORD_ASSESSMENT__PROFILE_ID:
				setProfileId(PROFILE_ID_EDEFAULT);
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__LENGTH:
				setLength(LENGTH_EDEFAULT);
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__CHARACTER_CLASSES:
				getCharacterClasses().clear();
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__FINDING_CODES:
				getFindingCodes().clear();
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__FINGERPRINT:
				setFingerprint(FINGERPRINT_EDEFAULT);
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__FINGERPRINT_SCHEME:
				setFingerprintScheme(FINGERPRINT_SCHEME_EDEFAULT);
				return;
			case FacilityPackage.PASSWORD_ASSESSMENT__ASSESSED_AT:
				setAssessedAt(ASSESSED_AT_EDEFAULT);
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
			case FacilityPackage.PASSWORD_ASSESSMENT__PROFILE_ID:
				return PROFILE_ID_EDEFAULT == null ? profileId != null : !PROFILE_ID_EDEFAULT.equals(profileId);
			case FacilityPackage.PASSWORD_ASSESSMENT__SCORE:
				return score != SCORE_EDEFAULT;
			case FacilityPackage.PASSWORD_ASSESSMENT__LENGTH:
				return length != LENGTH_EDEFAULT;
			case FacilityPackage.PASSWORD_ASSESSMENT__CHARACTER_CLASSES:
				return characterClasses != null && !characterClasses.isEmpty();
			case FacilityPackage.PASSWORD_ASSESSMENT__FINDING_CODES:
				return findingCodes != null && !findingCodes.isEmpty();
			case FacilityPackage.PASSWORD_ASSESSMENT__FINGERPRINT:
				return FINGERPRINT_EDEFAULT == null ? fingerprint != null : !FINGERPRINT_EDEFAULT.equals(fingerprint);
			case FacilityPackage.PASSWORD_ASSESSMENT__FINGERPRINT_SCHEME:
				return FINGERPRINT_SCHEME_EDEFAULT == null ? fingerprintScheme != null : !FINGERPRINT_SCHEME_EDEFAULT.equals(fingerprintScheme);
			case FacilityPackage.PASSWORD_ASSESSMENT__ASSESSED_AT:
				return ASSESSED_AT_EDEFAULT == null ? assessedAt != null : !ASSESSED_AT_EDEFAULT.equals(assessedAt);
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
		result.append(" (profileId: ");
		result.append(profileId);
		result.append(", score: ");
		result.append(score);
		result.append(", length: ");
		result.append(length);
		result.append(", characterClasses: ");
		result.append(characterClasses);
		result.append(", findingCodes: ");
		result.append(findingCodes);
		result.append(", fingerprint: ");
		result.append(fingerprint);
		result.append(", fingerprintScheme: ");
		result.append(fingerprintScheme);
		result.append(", assessedAt: ");
		result.append(assessedAt);
		result.append(')');
		return result.toString();
	}

} //PasswordAssessmentImpl
