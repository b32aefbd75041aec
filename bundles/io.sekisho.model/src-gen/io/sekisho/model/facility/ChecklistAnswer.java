/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The answer to one checklist item for one device column, in two rounds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.ChecklistAnswer#getItemId <em>Item Id</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAnswer#getDeviceColumn <em>Device Column</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAnswer#getRound1 <em>Round1</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAnswer#getRound1Date <em>Round1 Date</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAnswer#getRound2 <em>Round2</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAnswer#getRound2Date <em>Round2 Date</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAnswer#getTargetDate <em>Target Date</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ChecklistAnswer#getRemarks <em>Remarks</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAnswer()
 * @model
 * @generated
 */
public interface ChecklistAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the item in the checklist catalog, e.g. 2-(7).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item Id</em>' attribute.
	 * @see #setItemId(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAnswer_ItemId()
	 * @model
	 * @generated
	 */
	String getItemId();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAnswer#getItemId <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Id</em>' attribute.
	 * @see #getItemId()
	 * @generated
	 */
	void setItemId(String value);

	/**
	 * Returns the value of the '<em><b>Device Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the device column of the catalog (e.g. server, client, network); empty for items without columns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device Column</em>' attribute.
	 * @see #setDeviceColumn(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAnswer_DeviceColumn()
	 * @model
	 * @generated
	 */
	String getDeviceColumn();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAnswer#getDeviceColumn <em>Device Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Column</em>' attribute.
	 * @see #getDeviceColumn()
	 * @generated
	 */
	void setDeviceColumn(String value);

	/**
	 * Returns the value of the '<em><b>Round1</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Answer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answer of the first round.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Round1</em>' attribute.
	 * @see io.sekisho.model.facility.Answer
	 * @see #setRound1(Answer)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAnswer_Round1()
	 * @model
	 * @generated
	 */
	Answer getRound1();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAnswer#getRound1 <em>Round1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round1</em>' attribute.
	 * @see io.sekisho.model.facility.Answer
	 * @see #getRound1()
	 * @generated
	 */
	void setRound1(Answer value);

	/**
	 * Returns the value of the '<em><b>Round1 Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the first round was answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Round1 Date</em>' attribute.
	 * @see #setRound1Date(LocalDate)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAnswer_Round1Date()
	 * @model dataType="io.sekisho.model.facility.LocalDate"
	 * @generated
	 */
	LocalDate getRound1Date();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAnswer#getRound1Date <em>Round1 Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round1 Date</em>' attribute.
	 * @see #getRound1Date()
	 * @generated
	 */
	void setRound1Date(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Round2</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Answer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answer of the second round.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Round2</em>' attribute.
	 * @see io.sekisho.model.facility.Answer
	 * @see #setRound2(Answer)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAnswer_Round2()
	 * @model
	 * @generated
	 */
	Answer getRound2();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAnswer#getRound2 <em>Round2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round2</em>' attribute.
	 * @see io.sekisho.model.facility.Answer
	 * @see #getRound2()
	 * @generated
	 */
	void setRound2(Answer value);

	/**
	 * Returns the value of the '<em><b>Round2 Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the second round was answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Round2 Date</em>' attribute.
	 * @see #setRound2Date(LocalDate)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAnswer_Round2Date()
	 * @model dataType="io.sekisho.model.facility.LocalDate"
	 * @generated
	 */
	LocalDate getRound2Date();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAnswer#getRound2Date <em>Round2 Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Round2 Date</em>' attribute.
	 * @see #getRound2Date()
	 * @generated
	 */
	void setRound2Date(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For いいえ: the date by which the measure will be in place; must lie in the edition's fiscal year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Date</em>' attribute.
	 * @see #setTargetDate(LocalDate)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAnswer_TargetDate()
	 * @model dataType="io.sekisho.model.facility.LocalDate"
	 * @generated
	 */
	LocalDate getTargetDate();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAnswer#getTargetDate <em>Target Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Date</em>' attribute.
	 * @see #getTargetDate()
	 * @generated
	 */
	void setTargetDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remarks</em>' attribute.
	 * @see #setRemarks(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getChecklistAnswer_Remarks()
	 * @model
	 * @generated
	 */
	String getRemarks();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ChecklistAnswer#getRemarks <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remarks</em>' attribute.
	 * @see #getRemarks()
	 * @generated
	 */
	void setRemarks(String value);

} // ChecklistAnswer
