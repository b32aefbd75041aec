/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog.impl;

import io.sekisho.checklist.catalog.CatalogPackage;
import io.sekisho.checklist.catalog.Certainty;
import io.sekisho.checklist.catalog.Note;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Note</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.checklist.catalog.impl.NoteImpl#getTextJa <em>Text Ja</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.NoteImpl#getTextEn <em>Text En</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.NoteImpl#getTargetFiscalYear <em>Target Fiscal Year</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.NoteImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NoteImpl extends MinimalEObjectImpl.Container implements Note {
	/**
	 * The default value of the '{@link #getTextJa() <em>Text Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextJa()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextJa() <em>Text Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextJa()
	 * @generated
	 * @ordered
	 */
	protected String textJa = TEXT_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextEn() <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextEn() <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEn()
	 * @generated
	 * @ordered
	 */
	protected String textEn = TEXT_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetFiscalYear() <em>Target Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TARGET_FISCAL_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetFiscalYear() <em>Target Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected Integer targetFiscalYear = TARGET_FISCAL_YEAR_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.NOTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextJa() {
		return textJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextJa(String newTextJa) {
		String oldTextJa = textJa;
		textJa = newTextJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.NOTE__TEXT_JA, oldTextJa, textJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextEn() {
		return textEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextEn(String newTextEn) {
		String oldTextEn = textEn;
		textEn = newTextEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.NOTE__TEXT_EN, oldTextEn, textEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTargetFiscalYear() {
		return targetFiscalYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetFiscalYear(Integer newTargetFiscalYear) {
		Integer oldTargetFiscalYear = targetFiscalYear;
		targetFiscalYear = newTargetFiscalYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.NOTE__TARGET_FISCAL_YEAR, oldTargetFiscalYear, targetFiscalYear));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.NOTE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.NOTE__TEXT_JA:
				return getTextJa();
			case CatalogPackage.NOTE__TEXT_EN:
				return getTextEn();
			case CatalogPackage.NOTE__TARGET_FISCAL_YEAR:
				return getTargetFiscalYear();
			case CatalogPackage.NOTE__STATUS:
				return getStatus();
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
			case CatalogPackage.NOTE__TEXT_JA:
				setTextJa((String)newValue);
				return;
			case CatalogPackage.NOTE__TEXT_EN:
				setTextEn((String)newValue);
				return;
			case CatalogPackage.NOTE__TARGET_FISCAL_YEAR:
				setTargetFiscalYear((Integer)newValue);
				return;
			case CatalogPackage.NOTE__STATUS:
				setStatus((Certainty)newValue);
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
			case CatalogPackage.NOTE__TEXT_JA:
				setTextJa(TEXT_JA_EDEFAULT);
				return;
			case CatalogPackage.NOTE__TEXT_EN:
				setTextEn(TEXT_EN_EDEFAULT);
				return;
			case CatalogPackage.NOTE__TARGET_FISCAL_YEAR:
				setTargetFiscalYear(TARGET_FISCAL_YEAR_EDEFAULT);
				return;
			case CatalogPackage.NOTE__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case CatalogPackage.NOTE__TEXT_JA:
				return TEXT_JA_EDEFAULT == null ? textJa != null : !TEXT_JA_EDEFAULT.equals(textJa);
			case CatalogPackage.NOTE__TEXT_EN:
				return TEXT_EN_EDEFAULT == null ? textEn != null : !TEXT_EN_EDEFAULT.equals(textEn);
			case CatalogPackage.NOTE__TARGET_FISCAL_YEAR:
				return TARGET_FISCAL_YEAR_EDEFAULT == null ? targetFiscalYear != null : !TARGET_FISCAL_YEAR_EDEFAULT.equals(targetFiscalYear);
			case CatalogPackage.NOTE__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(" (textJa: ");
		result.append(textJa);
		result.append(", textEn: ");
		result.append(textEn);
		result.append(", targetFiscalYear: ");
		result.append(targetFiscalYear);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //NoteImpl
