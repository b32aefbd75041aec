/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.FacilityPackage;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checklist Answer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAnswerImpl#getItemId <em>Item Id</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAnswerImpl#getDeviceColumn <em>Device Column</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAnswerImpl#getRound1 <em>Round1</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAnswerImpl#getRound1Date <em>Round1 Date</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAnswerImpl#getRound2 <em>Round2</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAnswerImpl#getRound2Date <em>Round2 Date</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAnswerImpl#getTargetDate <em>Target Date</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAnswerImpl#getRemarks <em>Remarks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistAnswerImpl extends MinimalEObjectImpl.Container implements ChecklistAnswer {
	/**
	 * The default value of the '{@link #getItemId() <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemId()
	 * @generated
	 * @ordered
	 */
	protected static final String ITEM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getItemId() <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemId()
	 * @generated
	 * @ordered
	 */
	protected String itemId = ITEM_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceColumn() <em>Device Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeviceColumn() <em>Device Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceColumn()
	 * @generated
	 * @ordered
	 */
	protected String deviceColumn = DEVICE_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRound1() <em>Round1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound1()
	 * @generated
	 * @ordered
	 */
	protected static final Answer ROUND1_EDEFAULT = Answer.UNANSWERED;

	/**
	 * The cached value of the '{@link #getRound1() <em>Round1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound1()
	 * @generated
	 * @ordered
	 */
	protected Answer round1 = ROUND1_EDEFAULT;

	/**
	 * The default value of the '{@link #getRound1Date() <em>Round1 Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound1Date()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ROUND1_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRound1Date() <em>Round1 Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound1Date()
	 * @generated
	 * @ordered
	 */
	protected LocalDate round1Date = ROUND1_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRound2() <em>Round2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound2()
	 * @generated
	 * @ordered
	 */
	protected static final Answer ROUND2_EDEFAULT = Answer.UNANSWERED;

	/**
	 * The cached value of the '{@link #getRound2() <em>Round2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound2()
	 * @generated
	 * @ordered
	 */
	protected Answer round2 = ROUND2_EDEFAULT;

	/**
	 * The default value of the '{@link #getRound2Date() <em>Round2 Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound2Date()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ROUND2_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRound2Date() <em>Round2 Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRound2Date()
	 * @generated
	 * @ordered
	 */
	protected LocalDate round2Date = ROUND2_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetDate() <em>Target Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate TARGET_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetDate() <em>Target Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate targetDate = TARGET_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemarks() <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemarks()
	 * @generated
	 * @ordered
	 */
	protected static final String REMARKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemarks() <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemarks()
	 * @generated
	 * @ordered
	 */
	protected String remarks = REMARKS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistAnswerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.CHECKLIST_ANSWER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getItemId() {
		return itemId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemId(String newItemId) {
		String oldItemId = itemId;
		itemId = newItemId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ANSWER__ITEM_ID, oldItemId, itemId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeviceColumn() {
		return deviceColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceColumn(String newDeviceColumn) {
		String oldDeviceColumn = deviceColumn;
		deviceColumn = newDeviceColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ANSWER__DEVICE_COLUMN, oldDeviceColumn, deviceColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answer getRound1() {
		return round1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRound1(Answer newRound1) {
		Answer oldRound1 = round1;
		round1 = newRound1 == null ? ROUND1_EDEFAULT : newRound1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ANSWER__ROUND1, oldRound1, round1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRound1Date() {
		return round1Date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRound1Date(LocalDate newRound1Date) {
		LocalDate oldRound1Date = round1Date;
		round1Date = newRound1Date;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ANSWER__ROUND1_DATE, oldRound1Date, round1Date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answer getRound2() {
		return round2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRound2(Answer newRound2) {
		Answer oldRound2 = round2;
		round2 = newRound2 == null ? ROUND2_EDEFAULT : newRound2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ANSWER__ROUND2, oldRound2, round2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRound2Date() {
		return round2Date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRound2Date(LocalDate newRound2Date) {
		LocalDate oldRound2Date = round2Date;
		round2Date = newRound2Date;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ANSWER__ROUND2_DATE, oldRound2Date, round2Date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getTargetDate() {
		return targetDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDate(LocalDate newTargetDate) {
		LocalDate oldTargetDate = targetDate;
		targetDate = newTargetDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ANSWER__TARGET_DATE, oldTargetDate, targetDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemarks() {
		return remarks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemarks(String newRemarks) {
		String oldRemarks = remarks;
		remarks = newRemarks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ANSWER__REMARKS, oldRemarks, remarks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FacilityPackage.CHECKLIST_ANSWER__ITEM_ID:
				return getItemId();
			case FacilityPackage.CHECKLIST_ANSWER__DEVICE_COLUMN:
				return getDeviceColumn();
			case FacilityPackage.CHECKLIST_ANSWER__ROUND1:
				return getRound1();
			case FacilityPackage.CHECKLIST_ANSWER__ROUND1_DATE:
				return getRound1Date();
			case FacilityPackage.CHECKLIST_ANSWER__ROUND2:
				return getRound2();
			case FacilityPackage.CHECKLIST_ANSWER__ROUND2_DATE:
				return getRound2Date();
			case FacilityPackage.CHECKLIST_ANSWER__TARGET_DATE:
				return getTargetDate();
			case FacilityPackage.CHECKLIST_ANSWER__REMARKS:
				return getRemarks();
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
			case FacilityPackage.CHECKLIST_ANSWER__ITEM_ID:
				setItemId((String)newValue);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__DEVICE_COLUMN:
				setDeviceColumn((String)newValue);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__ROUND1:
				setRound1((Answer)newValue);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__ROUND1_DATE:
				setRound1Date((LocalDate)newValue);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__ROUND2:
				setRound2((Answer)newValue);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__ROUND2_DATE:
				setRound2Date((LocalDate)newValue);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__TARGET_DATE:
				setTargetDate((LocalDate)newValue);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__REMARKS:
				setRemarks((String)newValue);
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
			case FacilityPackage.CHECKLIST_ANSWER__ITEM_ID:
				setItemId(ITEM_ID_EDEFAULT);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__DEVICE_COLUMN:
				setDeviceColumn(DEVICE_COLUMN_EDEFAULT);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__ROUND1:
				setRound1(ROUND1_EDEFAULT);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__ROUND1_DATE:
				setRound1Date(ROUND1_DATE_EDEFAULT);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__ROUND2:
				setRound2(ROUND2_EDEFAULT);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__ROUND2_DATE:
				setRound2Date(ROUND2_DATE_EDEFAULT);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__TARGET_DATE:
				setTargetDate(TARGET_DATE_EDEFAULT);
				return;
			case FacilityPackage.CHECKLIST_ANSWER__REMARKS:
				setRemarks(REMARKS_EDEFAULT);
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
			case FacilityPackage.CHECKLIST_ANSWER__ITEM_ID:
				return ITEM_ID_EDEFAULT == null ? itemId != null : !ITEM_ID_EDEFAULT.equals(itemId);
			case FacilityPackage.CHECKLIST_ANSWER__DEVICE_COLUMN:
				return DEVICE_COLUMN_EDEFAULT == null ? deviceColumn != null : !DEVICE_COLUMN_EDEFAULT.equals(deviceColumn);
			case FacilityPackage.CHECKLIST_ANSWER__ROUND1:
				return round1 != ROUND1_EDEFAULT;
			case FacilityPackage.CHECKLIST_ANSWER__ROUND1_DATE:
				return ROUND1_DATE_EDEFAULT == null ? round1Date != null : !ROUND1_DATE_EDEFAULT.equals(round1Date);
			case FacilityPackage.CHECKLIST_ANSWER__ROUND2:
				return round2 != ROUND2_EDEFAULT;
			case FacilityPackage.CHECKLIST_ANSWER__ROUND2_DATE:
				return ROUND2_DATE_EDEFAULT == null ? round2Date != null : !ROUND2_DATE_EDEFAULT.equals(round2Date);
			case FacilityPackage.CHECKLIST_ANSWER__TARGET_DATE:
				return TARGET_DATE_EDEFAULT == null ? targetDate != null : !TARGET_DATE_EDEFAULT.equals(targetDate);
			case FacilityPackage.CHECKLIST_ANSWER__REMARKS:
				return REMARKS_EDEFAULT == null ? remarks != null : !REMARKS_EDEFAULT.equals(remarks);
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
		result.append(" (itemId: ");
		result.append(itemId);
		result.append(", deviceColumn: ");
		result.append(deviceColumn);
		result.append(", round1: ");
		result.append(round1);
		result.append(", round1Date: ");
		result.append(round1Date);
		result.append(", round2: ");
		result.append(round2);
		result.append(", round2Date: ");
		result.append(round2Date);
		result.append(", targetDate: ");
		result.append(targetDate);
		result.append(", remarks: ");
		result.append(remarks);
		result.append(')');
		return result.toString();
	}

} //ChecklistAnswerImpl
