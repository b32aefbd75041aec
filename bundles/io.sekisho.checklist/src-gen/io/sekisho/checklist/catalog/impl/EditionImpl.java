/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog.impl;

import io.sekisho.checklist.catalog.CatalogPackage;
import io.sekisho.checklist.catalog.Certainty;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.Form;
import io.sekisho.checklist.catalog.ItemMapping;
import io.sekisho.checklist.catalog.Note;
import io.sekisho.checklist.catalog.Section;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.checklist.catalog.impl.EditionImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.EditionImpl#getTitleJa <em>Title Ja</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.EditionImpl#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.EditionImpl#getPublicationDate <em>Publication Date</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.EditionImpl#getPublicationReference <em>Publication Reference</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.EditionImpl#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.EditionImpl#getPredecessorId <em>Predecessor Id</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.EditionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.EditionImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.EditionImpl#getForms <em>Forms</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.EditionImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.EditionImpl#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EditionImpl extends MinimalEObjectImpl.Container implements Edition {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #getPublicationDate() <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PUBLICATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicationDate() <em>Publication Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate publicationDate = PUBLICATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublicationReference() <em>Publication Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationReference()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLICATION_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicationReference() <em>Publication Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationReference()
	 * @generated
	 * @ordered
	 */
	protected String publicationReference = PUBLICATION_REFERENCE_EDEFAULT;

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
	 * The default value of the '{@link #getPredecessorId() <em>Predecessor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessorId()
	 * @generated
	 * @ordered
	 */
	protected static final String PREDECESSOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPredecessorId() <em>Predecessor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessorId()
	 * @generated
	 * @ordered
	 */
	protected String predecessorId = PREDECESSOR_ID_EDEFAULT;

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
	 * The cached value of the '{@link #getForms() <em>Forms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForms()
	 * @generated
	 * @ordered
	 */
	protected EList<Form> forms;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ItemMapping> mappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EditionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.EDITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.EDITION__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.EDITION__TITLE_JA, oldTitleJa, titleJa));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.EDITION__TITLE_EN, oldTitleEn, titleEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPublicationDate() {
		return publicationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicationDate(LocalDate newPublicationDate) {
		LocalDate oldPublicationDate = publicationDate;
		publicationDate = newPublicationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.EDITION__PUBLICATION_DATE, oldPublicationDate, publicationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublicationReference() {
		return publicationReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicationReference(String newPublicationReference) {
		String oldPublicationReference = publicationReference;
		publicationReference = newPublicationReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.EDITION__PUBLICATION_REFERENCE, oldPublicationReference, publicationReference));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.EDITION__FISCAL_YEAR, oldFiscalYear, fiscalYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPredecessorId() {
		return predecessorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredecessorId(String newPredecessorId) {
		String oldPredecessorId = predecessorId;
		predecessorId = newPredecessorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.EDITION__PREDECESSOR_ID, oldPredecessorId, predecessorId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.EDITION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Note>(Note.class, this, CatalogPackage.EDITION__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Form> getForms() {
		if (forms == null) {
			forms = new EObjectContainmentEList<Form>(Form.class, this, CatalogPackage.EDITION__FORMS);
		}
		return forms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentWithInverseEList<Section>(Section.class, this, CatalogPackage.EDITION__SECTIONS, CatalogPackage.SECTION__EDITION);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ItemMapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectContainmentEList<ItemMapping>(ItemMapping.class, this, CatalogPackage.EDITION__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.EDITION__SECTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSections()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.EDITION__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
			case CatalogPackage.EDITION__FORMS:
				return ((InternalEList<?>)getForms()).basicRemove(otherEnd, msgs);
			case CatalogPackage.EDITION__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case CatalogPackage.EDITION__MAPPINGS:
				return ((InternalEList<?>)getMappings()).basicRemove(otherEnd, msgs);
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
			case CatalogPackage.EDITION__ID:
				return getId();
			case CatalogPackage.EDITION__TITLE_JA:
				return getTitleJa();
			case CatalogPackage.EDITION__TITLE_EN:
				return getTitleEn();
			case CatalogPackage.EDITION__PUBLICATION_DATE:
				return getPublicationDate();
			case CatalogPackage.EDITION__PUBLICATION_REFERENCE:
				return getPublicationReference();
			case CatalogPackage.EDITION__FISCAL_YEAR:
				return getFiscalYear();
			case CatalogPackage.EDITION__PREDECESSOR_ID:
				return getPredecessorId();
			case CatalogPackage.EDITION__STATUS:
				return getStatus();
			case CatalogPackage.EDITION__NOTES:
				return getNotes();
			case CatalogPackage.EDITION__FORMS:
				return getForms();
			case CatalogPackage.EDITION__SECTIONS:
				return getSections();
			case CatalogPackage.EDITION__MAPPINGS:
				return getMappings();
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
			case CatalogPackage.EDITION__ID:
				setId((String)newValue);
				return;
			case CatalogPackage.EDITION__TITLE_JA:
				setTitleJa((String)newValue);
				return;
			case CatalogPackage.EDITION__TITLE_EN:
				setTitleEn((String)newValue);
				return;
			case CatalogPackage.EDITION__PUBLICATION_DATE:
				setPublicationDate((LocalDate)newValue);
				return;
			case CatalogPackage.EDITION__PUBLICATION_REFERENCE:
				setPublicationReference((String)newValue);
				return;
			case CatalogPackage.EDITION__FISCAL_YEAR:
				setFiscalYear((Integer)newValue);
				return;
			case CatalogPackage.EDITION__PREDECESSOR_ID:
				setPredecessorId((String)newValue);
				return;
			case CatalogPackage.EDITION__STATUS:
				setStatus((Certainty)newValue);
				return;
			case CatalogPackage.EDITION__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
				return;
			case CatalogPackage.EDITION__FORMS:
				getForms().clear();
				getForms().addAll((Collection<? extends Form>)newValue);
				return;
			case CatalogPackage.EDITION__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
				return;
			case CatalogPackage.EDITION__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends ItemMapping>)newValue);
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
			case CatalogPackage.EDITION__ID:
				setId(ID_EDEFAULT);
				return;
			case CatalogPackage.EDITION__TITLE_JA:
				setTitleJa(TITLE_JA_EDEFAULT);
				return;
			case CatalogPackage.EDITION__TITLE_EN:
				setTitleEn(TITLE_EN_EDEFAULT);
				return;
			case CatalogPackage.EDITION__PUBLICATION_DATE:
				setPublicationDate(PUBLICATION_DATE_EDEFAULT);
				return;
			case CatalogPackage.EDITION__PUBLICATION_REFERENCE:
				setPublicationReference(PUBLICATION_REFERENCE_EDEFAULT);
				return;
			case CatalogPackage.EDITION__FISCAL_YEAR:
				setFiscalYear(FISCAL_YEAR_EDEFAULT);
				return;
			case CatalogPackage.EDITION__PREDECESSOR_ID:
				setPredecessorId(PREDECESSOR_ID_EDEFAULT);
				return;
			case CatalogPackage.EDITION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CatalogPackage.EDITION__NOTES:
				getNotes().clear();
				return;
			case CatalogPackage.EDITION__FORMS:
				getForms().clear();
				return;
			case CatalogPackage.EDITION__SECTIONS:
				getSections().clear();
				return;
			case CatalogPackage.EDITION__MAPPINGS:
				getMappings().clear();
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
			case CatalogPackage.EDITION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CatalogPackage.EDITION__TITLE_JA:
				return TITLE_JA_EDEFAULT == null ? titleJa != null : !TITLE_JA_EDEFAULT.equals(titleJa);
			case CatalogPackage.EDITION__TITLE_EN:
				return TITLE_EN_EDEFAULT == null ? titleEn != null : !TITLE_EN_EDEFAULT.equals(titleEn);
			case CatalogPackage.EDITION__PUBLICATION_DATE:
				return PUBLICATION_DATE_EDEFAULT == null ? publicationDate != null : !PUBLICATION_DATE_EDEFAULT.equals(publicationDate);
			case CatalogPackage.EDITION__PUBLICATION_REFERENCE:
				return PUBLICATION_REFERENCE_EDEFAULT == null ? publicationReference != null : !PUBLICATION_REFERENCE_EDEFAULT.equals(publicationReference);
			case CatalogPackage.EDITION__FISCAL_YEAR:
				return fiscalYear != FISCAL_YEAR_EDEFAULT;
			case CatalogPackage.EDITION__PREDECESSOR_ID:
				return PREDECESSOR_ID_EDEFAULT == null ? predecessorId != null : !PREDECESSOR_ID_EDEFAULT.equals(predecessorId);
			case CatalogPackage.EDITION__STATUS:
				return status != STATUS_EDEFAULT;
			case CatalogPackage.EDITION__NOTES:
				return notes != null && !notes.isEmpty();
			case CatalogPackage.EDITION__FORMS:
				return forms != null && !forms.isEmpty();
			case CatalogPackage.EDITION__SECTIONS:
				return sections != null && !sections.isEmpty();
			case CatalogPackage.EDITION__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", titleJa: ");
		result.append(titleJa);
		result.append(", titleEn: ");
		result.append(titleEn);
		result.append(", publicationDate: ");
		result.append(publicationDate);
		result.append(", publicationReference: ");
		result.append(publicationReference);
		result.append(", fiscalYear: ");
		result.append(fiscalYear);
		result.append(", predecessorId: ");
		result.append(predecessorId);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //EditionImpl
