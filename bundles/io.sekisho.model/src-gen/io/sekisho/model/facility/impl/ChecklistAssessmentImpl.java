/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.Organization;

import java.time.LocalDate;
import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checklist Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAssessmentImpl#getEditionId <em>Edition Id</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAssessmentImpl#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAssessmentImpl#getForm <em>Form</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAssessmentImpl#getRespondent <em>Respondent</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAssessmentImpl#getRespondentName <em>Respondent Name</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAssessmentImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAssessmentImpl#getRemarks <em>Remarks</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ChecklistAssessmentImpl#getConfirmationDate <em>Confirmation Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistAssessmentImpl extends IdentifiedImpl implements ChecklistAssessment {
	/**
	 * The default value of the '{@link #getEditionId() <em>Edition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditionId()
	 * @generated
	 * @ordered
	 */
	protected static final String EDITION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEditionId() <em>Edition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditionId()
	 * @generated
	 * @ordered
	 */
	protected String editionId = EDITION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFiscalYear() <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FISCAL_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFiscalYear() <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected int fiscalYear = FISCAL_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getForm() <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForm()
	 * @generated
	 * @ordered
	 */
	protected static final ChecklistForm FORM_EDEFAULT = ChecklistForm.MEDICAL_INSTITUTION;

	/**
	 * The cached value of the '{@link #getForm() <em>Form</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForm()
	 * @generated
	 * @ordered
	 */
	protected ChecklistForm form = FORM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRespondent() <em>Respondent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondent()
	 * @generated
	 * @ordered
	 */
	protected Organization respondent;

	/**
	 * The default value of the '{@link #getRespondentName() <em>Respondent Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondentName()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONDENT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRespondentName() <em>Respondent Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondentName()
	 * @generated
	 * @ordered
	 */
	protected String respondentName = RESPONDENT_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<ChecklistAnswer> answers;

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
	 * The default value of the '{@link #getConfirmationDate() <em>Confirmation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmationDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CONFIRMATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfirmationDate() <em>Confirmation Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmationDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate confirmationDate = CONFIRMATION_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistAssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.CHECKLIST_ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEditionId() {
		return editionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEditionId(String newEditionId) {
		String oldEditionId = editionId;
		editionId = newEditionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ASSESSMENT__EDITION_ID, oldEditionId, editionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFiscalYear() {
		return fiscalYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiscalYear(int newFiscalYear) {
		int oldFiscalYear = fiscalYear;
		fiscalYear = newFiscalYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ASSESSMENT__FISCAL_YEAR, oldFiscalYear, fiscalYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistForm getForm() {
		return form;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForm(ChecklistForm newForm) {
		ChecklistForm oldForm = form;
		form = newForm == null ? FORM_EDEFAULT : newForm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ASSESSMENT__FORM, oldForm, form));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getRespondent() {
		if (respondent != null && respondent.eIsProxy()) {
			InternalEObject oldRespondent = (InternalEObject)respondent;
			respondent = (Organization)eResolveProxy(oldRespondent);
			if (respondent != oldRespondent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FacilityPackage.CHECKLIST_ASSESSMENT__RESPONDENT, oldRespondent, respondent));
			}
		}
		return respondent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetRespondent() {
		return respondent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondent(Organization newRespondent) {
		Organization oldRespondent = respondent;
		respondent = newRespondent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ASSESSMENT__RESPONDENT, oldRespondent, respondent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRespondentName() {
		return respondentName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondentName(String newRespondentName) {
		String oldRespondentName = respondentName;
		respondentName = newRespondentName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ASSESSMENT__RESPONDENT_NAME, oldRespondentName, respondentName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChecklistAnswer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<ChecklistAnswer>(ChecklistAnswer.class, this, FacilityPackage.CHECKLIST_ASSESSMENT__ANSWERS);
		}
		return answers;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ASSESSMENT__REMARKS, oldRemarks, remarks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getConfirmationDate() {
		return confirmationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmationDate(LocalDate newConfirmationDate) {
		LocalDate oldConfirmationDate = confirmationDate;
		confirmationDate = newConfirmationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.CHECKLIST_ASSESSMENT__CONFIRMATION_DATE, oldConfirmationDate, confirmationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FacilityPackage.CHECKLIST_ASSESSMENT__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
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
			case FacilityPackage.CHECKLIST_ASSESSMENT__EDITION_ID:
				return getEditionId();
			case FacilityPackage.CHECKLIST_ASSESSMENT__FISCAL_YEAR:
				return getFiscalYear();
			case FacilityPackage.CHECKLIST_ASSESSMENT__FORM:
				return getForm();
			case FacilityPackage.CHECKLIST_ASSESSMENT__RESPONDENT:
				if (resolve) return getRespondent();
				return basicGetRespondent();
			case FacilityPackage.CHECKLIST_ASSESSMENT__RESPONDENT_NAME:
				return getRespondentName();
			case FacilityPackage.CHECKLIST_ASSESSMENT__ANSWERS:
				return getAnswers();
			case FacilityPackage.CHECKLIST_ASSESSMENT__REMARKS:
				return getRemarks();
			case FacilityPackage.CHECKLIST_ASSESSMENT__CONFIRMATION_DATE:
				return getConfirmationDate();
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
			case FacilityPackage.CHECKLIST_ASSESSMENT__EDITION_ID:
				setEditionId((String)newValue);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__FISCAL_YEAR:
				setFiscalYear((Integer)newValue);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__FORM:
				setForm((ChecklistForm)newValue);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__RESPONDENT:
				setRespondent((Organization)newValue);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__RESPONDENT_NAME:
				setRespondentName((String)newValue);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends ChecklistAnswer>)newValue);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__REMARKS:
				setRemarks((String)newValue);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__CONFIRMATION_DATE:
				setConfirmationDate((LocalDate)newValue);
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
			case FacilityPackage.CHECKLIST_ASSESSMENT__EDITION_ID:
				setEditionId(EDITION_ID_EDEFAULT);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__FISCAL_YEAR:
				setFiscalYear(FISCAL_YEAR_EDEFAULT);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__FORM:
				setForm(FORM_EDEFAULT);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__RESPONDENT:
				setRespondent((Organization)null);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__RESPONDENT_NAME:
				setRespondentName(RESPONDENT_NAME_EDEFAULT);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__ANSWERS:
				getAnswers().clear();
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__REMARKS:
				setRemarks(REMARKS_EDEFAULT);
				return;
			case FacilityPackage.CHECKLIST_ASSESSMENT__CONFIRMATION_DATE:
				setConfirmationDate(CONFIRMATION_DATE_EDEFAULT);
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
			case FacilityPackage.CHECKLIST_ASSESSMENT__EDITION_ID:
				return EDITION_ID_EDEFAULT == null ? editionId != null : !EDITION_ID_EDEFAULT.equals(editionId);
			case FacilityPackage.CHECKLIST_ASSESSMENT__FISCAL_YEAR:
				return fiscalYear != FISCAL_YEAR_EDEFAULT;
			case FacilityPackage.CHECKLIST_ASSESSMENT__FORM:
				return form != FORM_EDEFAULT;
			case FacilityPackage.CHECKLIST_ASSESSMENT__RESPONDENT:
				return respondent != null;
			case FacilityPackage.CHECKLIST_ASSESSMENT__RESPONDENT_NAME:
				return RESPONDENT_NAME_EDEFAULT == null ? respondentName != null : !RESPONDENT_NAME_EDEFAULT.equals(respondentName);
			case FacilityPackage.CHECKLIST_ASSESSMENT__ANSWERS:
				return answers != null && !answers.isEmpty();
			case FacilityPackage.CHECKLIST_ASSESSMENT__REMARKS:
				return REMARKS_EDEFAULT == null ? remarks != null : !REMARKS_EDEFAULT.equals(remarks);
			case FacilityPackage.CHECKLIST_ASSESSMENT__CONFIRMATION_DATE:
				return CONFIRMATION_DATE_EDEFAULT == null ? confirmationDate != null : !CONFIRMATION_DATE_EDEFAULT.equals(confirmationDate);
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
		result.append(" (editionId: ");
		result.append(editionId);
		result.append(", fiscalYear: ");
		result.append(fiscalYear);
		result.append(", form: ");
		result.append(form);
		result.append(", respondentName: ");
		result.append(respondentName);
		result.append(", remarks: ");
		result.append(remarks);
		result.append(", confirmationDate: ");
		result.append(confirmationDate);
		result.append(')');
		return result.toString();
	}

} //ChecklistAssessmentImpl
