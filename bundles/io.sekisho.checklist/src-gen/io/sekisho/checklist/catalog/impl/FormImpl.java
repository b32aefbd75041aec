/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog.impl;

import io.sekisho.checklist.catalog.CatalogPackage;
import io.sekisho.checklist.catalog.Certainty;
import io.sekisho.checklist.catalog.Form;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.catalog.Note;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Form</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.checklist.catalog.impl.FormImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.FormImpl#getTitleJa <em>Title Ja</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.FormImpl#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.FormImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.FormImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.FormImpl#isOutOfScopeAnswer <em>Out Of Scope Answer</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.FormImpl#isConfirmationDate <em>Confirmation Date</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.FormImpl#getAnswerOptionsStatus <em>Answer Options Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FormImpl extends MinimalEObjectImpl.Container implements Form {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FormKind KIND_EDEFAULT = FormKind.MEDICAL_INSTITUTION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FormKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleJa() <em>Title Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleJa()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleJa() <em>Title Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleJa()
	 * @generated
	 * @ordered
	 */
	protected String titleJa = TITLE_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected String titleEn = TITLE_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Certainty STATUS_EDEFAULT = Certainty.FIRM;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected Certainty status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Note> notes;

	/**
	 * The default value of the '{@link #isOutOfScopeAnswer() <em>Out Of Scope Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOutOfScopeAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OUT_OF_SCOPE_ANSWER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOutOfScopeAnswer() <em>Out Of Scope Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOutOfScopeAnswer()
	 * @generated
	 * @ordered
	 */
	protected boolean outOfScopeAnswer = OUT_OF_SCOPE_ANSWER_EDEFAULT;

	/**
	 * The default value of the '{@link #isConfirmationDate() <em>Confirmation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfirmationDate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONFIRMATION_DATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConfirmationDate() <em>Confirmation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfirmationDate()
	 * @generated
	 * @ordered
	 */
	protected boolean confirmationDate = CONFIRMATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnswerOptionsStatus() <em>Answer Options Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswerOptionsStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Certainty ANSWER_OPTIONS_STATUS_EDEFAULT = Certainty.FIRM;

	/**
	 * The cached value of the '{@link #getAnswerOptionsStatus() <em>Answer Options Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswerOptionsStatus()
	 * @generated
	 * @ordered
	 */
	protected Certainty answerOptionsStatus = ANSWER_OPTIONS_STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FormImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.FORM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FormKind newKind) {
		FormKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FORM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleJa() {
		return titleJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleJa(String newTitleJa) {
		String oldTitleJa = titleJa;
		titleJa = newTitleJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FORM__TITLE_JA, oldTitleJa, titleJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleEn() {
		return titleEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleEn(String newTitleEn) {
		String oldTitleEn = titleEn;
		titleEn = newTitleEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FORM__TITLE_EN, oldTitleEn, titleEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Certainty getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(Certainty newStatus) {
		Certainty oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FORM__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Note>(Note.class, this, CatalogPackage.FORM__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOutOfScopeAnswer() {
		return outOfScopeAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutOfScopeAnswer(boolean newOutOfScopeAnswer) {
		boolean oldOutOfScopeAnswer = outOfScopeAnswer;
		outOfScopeAnswer = newOutOfScopeAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FORM__OUT_OF_SCOPE_ANSWER, oldOutOfScopeAnswer, outOfScopeAnswer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConfirmationDate() {
		return confirmationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmationDate(boolean newConfirmationDate) {
		boolean oldConfirmationDate = confirmationDate;
		confirmationDate = newConfirmationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FORM__CONFIRMATION_DATE, oldConfirmationDate, confirmationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Certainty getAnswerOptionsStatus() {
		return answerOptionsStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswerOptionsStatus(Certainty newAnswerOptionsStatus) {
		Certainty oldAnswerOptionsStatus = answerOptionsStatus;
		answerOptionsStatus = newAnswerOptionsStatus == null ? ANSWER_OPTIONS_STATUS_EDEFAULT : newAnswerOptionsStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.FORM__ANSWER_OPTIONS_STATUS, oldAnswerOptionsStatus, answerOptionsStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.FORM__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
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
			case CatalogPackage.FORM__KIND:
				return getKind();
			case CatalogPackage.FORM__TITLE_JA:
				return getTitleJa();
			case CatalogPackage.FORM__TITLE_EN:
				return getTitleEn();
			case CatalogPackage.FORM__STATUS:
				return getStatus();
			case CatalogPackage.FORM__NOTES:
				return getNotes();
			case CatalogPackage.FORM__OUT_OF_SCOPE_ANSWER:
				return isOutOfScopeAnswer();
			case CatalogPackage.FORM__CONFIRMATION_DATE:
				return isConfirmationDate();
			case CatalogPackage.FORM__ANSWER_OPTIONS_STATUS:
				return getAnswerOptionsStatus();
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
			case CatalogPackage.FORM__KIND:
				setKind((FormKind)newValue);
				return;
			case CatalogPackage.FORM__TITLE_JA:
				setTitleJa((String)newValue);
				return;
			case CatalogPackage.FORM__TITLE_EN:
				setTitleEn((String)newValue);
				return;
			case CatalogPackage.FORM__STATUS:
				setStatus((Certainty)newValue);
				return;
			case CatalogPackage.FORM__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
				return;
			case CatalogPackage.FORM__OUT_OF_SCOPE_ANSWER:
				setOutOfScopeAnswer((Boolean)newValue);
				return;
			case CatalogPackage.FORM__CONFIRMATION_DATE:
				setConfirmationDate((Boolean)newValue);
				return;
			case CatalogPackage.FORM__ANSWER_OPTIONS_STATUS:
				setAnswerOptionsStatus((Certainty)newValue);
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
			case CatalogPackage.FORM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CatalogPackage.FORM__TITLE_JA:
				setTitleJa(TITLE_JA_EDEFAULT);
				return;
			case CatalogPackage.FORM__TITLE_EN:
				setTitleEn(TITLE_EN_EDEFAULT);
				return;
			case CatalogPackage.FORM__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CatalogPackage.FORM__NOTES:
				getNotes().clear();
				return;
			case CatalogPackage.FORM__OUT_OF_SCOPE_ANSWER:
				setOutOfScopeAnswer(OUT_OF_SCOPE_ANSWER_EDEFAULT);
				return;
			case CatalogPackage.FORM__CONFIRMATION_DATE:
				setConfirmationDate(CONFIRMATION_DATE_EDEFAULT);
				return;
			case CatalogPackage.FORM__ANSWER_OPTIONS_STATUS:
				setAnswerOptionsStatus(ANSWER_OPTIONS_STATUS_EDEFAULT);
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
			case CatalogPackage.FORM__KIND:
				return kind != KIND_EDEFAULT;
			case CatalogPackage.FORM__TITLE_JA:
				return TITLE_JA_EDEFAULT == null ? titleJa != null : !TITLE_JA_EDEFAULT.equals(titleJa);
			case CatalogPackage.FORM__TITLE_EN:
				return TITLE_EN_EDEFAULT == null ? titleEn != null : !TITLE_EN_EDEFAULT.equals(titleEn);
			case CatalogPackage.FORM__STATUS:
				return status != STATUS_EDEFAULT;
			case CatalogPackage.FORM__NOTES:
				return notes != null && !notes.isEmpty();
			case CatalogPackage.FORM__OUT_OF_SCOPE_ANSWER:
				return outOfScopeAnswer != OUT_OF_SCOPE_ANSWER_EDEFAULT;
			case CatalogPackage.FORM__CONFIRMATION_DATE:
				return confirmationDate != CONFIRMATION_DATE_EDEFAULT;
			case CatalogPackage.FORM__ANSWER_OPTIONS_STATUS:
				return answerOptionsStatus != ANSWER_OPTIONS_STATUS_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", titleJa: ");
		result.append(titleJa);
		result.append(", titleEn: ");
		result.append(titleEn);
		result.append(", status: ");
		result.append(status);
		result.append(", outOfScopeAnswer: ");
		result.append(outOfScopeAnswer);
		result.append(", confirmationDate: ");
		result.append(confirmationDate);
		result.append(", answerOptionsStatus: ");
		result.append(answerOptionsStatus);
		result.append(')');
		return result.toString();
	}

} //FormImpl
