/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog.impl;

import io.sekisho.checklist.catalog.CatalogPackage;
import io.sekisho.checklist.catalog.Certainty;
import io.sekisho.checklist.catalog.DeviceColumn;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.catalog.Note;
import io.sekisho.checklist.catalog.Section;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getNumberStatus <em>Number Status</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getTextJa <em>Text Ja</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getTextEn <em>Text En</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getVendorTextJa <em>Vendor Text Ja</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getVendorTextEn <em>Vendor Text En</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getTextStatus <em>Text Status</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getColumns <em>Columns</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getForms <em>Forms</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#isGate <em>Gate</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getSection <em>Section</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemImpl#getColumnsStatus <em>Columns Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemImpl extends MinimalEObjectImpl.Container implements Item {
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
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumberStatus() <em>Number Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Certainty NUMBER_STATUS_EDEFAULT = Certainty.FIRM;

	/**
	 * The cached value of the '{@link #getNumberStatus() <em>Number Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberStatus()
	 * @generated
	 * @ordered
	 */
	protected Certainty numberStatus = NUMBER_STATUS_EDEFAULT;

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
	 * The default value of the '{@link #getVendorTextJa() <em>Vendor Text Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorTextJa()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_TEXT_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendorTextJa() <em>Vendor Text Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorTextJa()
	 * @generated
	 * @ordered
	 */
	protected String vendorTextJa = VENDOR_TEXT_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendorTextEn() <em>Vendor Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorTextEn()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_TEXT_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendorTextEn() <em>Vendor Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorTextEn()
	 * @generated
	 * @ordered
	 */
	protected String vendorTextEn = VENDOR_TEXT_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextStatus() <em>Text Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Certainty TEXT_STATUS_EDEFAULT = Certainty.FIRM;

	/**
	 * The cached value of the '{@link #getTextStatus() <em>Text Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextStatus()
	 * @generated
	 * @ordered
	 */
	protected Certainty textStatus = TEXT_STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceColumn> columns;

	/**
	 * The cached value of the '{@link #getForms() <em>Forms</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForms()
	 * @generated
	 * @ordered
	 */
	protected EList<FormKind> forms;

	/**
	 * The default value of the '{@link #isGate() <em>Gate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGate() <em>Gate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGate()
	 * @generated
	 * @ordered
	 */
	protected boolean gate = GATE_EDEFAULT;

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
	 * The default value of the '{@link #getColumnsStatus() <em>Columns Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnsStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Certainty COLUMNS_STATUS_EDEFAULT = Certainty.FIRM;

	/**
	 * The cached value of the '{@link #getColumnsStatus() <em>Columns Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnsStatus()
	 * @generated
	 * @ordered
	 */
	protected Certainty columnsStatus = COLUMNS_STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Certainty getNumberStatus() {
		return numberStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberStatus(Certainty newNumberStatus) {
		Certainty oldNumberStatus = numberStatus;
		numberStatus = newNumberStatus == null ? NUMBER_STATUS_EDEFAULT : newNumberStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM__NUMBER_STATUS, oldNumberStatus, numberStatus));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM__TEXT_JA, oldTextJa, textJa));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM__TEXT_EN, oldTextEn, textEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendorTextJa() {
		return vendorTextJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendorTextJa(String newVendorTextJa) {
		String oldVendorTextJa = vendorTextJa;
		vendorTextJa = newVendorTextJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM__VENDOR_TEXT_JA, oldVendorTextJa, vendorTextJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendorTextEn() {
		return vendorTextEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendorTextEn(String newVendorTextEn) {
		String oldVendorTextEn = vendorTextEn;
		vendorTextEn = newVendorTextEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM__VENDOR_TEXT_EN, oldVendorTextEn, vendorTextEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Certainty getTextStatus() {
		return textStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextStatus(Certainty newTextStatus) {
		Certainty oldTextStatus = textStatus;
		textStatus = newTextStatus == null ? TEXT_STATUS_EDEFAULT : newTextStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM__TEXT_STATUS, oldTextStatus, textStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceColumn> getColumns() {
		if (columns == null) {
			columns = new EDataTypeUniqueEList<DeviceColumn>(DeviceColumn.class, this, CatalogPackage.ITEM__COLUMNS);
		}
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FormKind> getForms() {
		if (forms == null) {
			forms = new EDataTypeUniqueEList<FormKind>(FormKind.class, this, CatalogPackage.ITEM__FORMS);
		}
		return forms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGate() {
		return gate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGate(boolean newGate) {
		boolean oldGate = gate;
		gate = newGate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM__GATE, oldGate, gate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Section getSection() {
		if (eContainerFeatureID() != CatalogPackage.ITEM__SECTION) return null;
		return (Section)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSection(Section newSection, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSection, CatalogPackage.ITEM__SECTION, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSection(Section newSection) {
		if (newSection != eInternalContainer() || (eContainerFeatureID() != CatalogPackage.ITEM__SECTION && newSection != null)) {
			if (EcoreUtil.isAncestor(this, newSection))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSection != null)
				msgs = ((InternalEObject)newSection).eInverseAdd(this, CatalogPackage.SECTION__ITEMS, Section.class, msgs);
			msgs = basicSetSection(newSection, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM__SECTION, newSection, newSection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Note>(Note.class, this, CatalogPackage.ITEM__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Certainty getColumnsStatus() {
		return columnsStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnsStatus(Certainty newColumnsStatus) {
		Certainty oldColumnsStatus = columnsStatus;
		columnsStatus = newColumnsStatus == null ? COLUMNS_STATUS_EDEFAULT : newColumnsStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM__COLUMNS_STATUS, oldColumnsStatus, columnsStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CatalogPackage.ITEM__SECTION:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSection((Section)otherEnd, msgs);
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
			case CatalogPackage.ITEM__SECTION:
				return basicSetSection(null, msgs);
			case CatalogPackage.ITEM__NOTES:
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
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case CatalogPackage.ITEM__SECTION:
				return eInternalContainer().eInverseRemove(this, CatalogPackage.SECTION__ITEMS, Section.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.ITEM__ID:
				return getId();
			case CatalogPackage.ITEM__NUMBER:
				return getNumber();
			case CatalogPackage.ITEM__NUMBER_STATUS:
				return getNumberStatus();
			case CatalogPackage.ITEM__TEXT_JA:
				return getTextJa();
			case CatalogPackage.ITEM__TEXT_EN:
				return getTextEn();
			case CatalogPackage.ITEM__VENDOR_TEXT_JA:
				return getVendorTextJa();
			case CatalogPackage.ITEM__VENDOR_TEXT_EN:
				return getVendorTextEn();
			case CatalogPackage.ITEM__TEXT_STATUS:
				return getTextStatus();
			case CatalogPackage.ITEM__COLUMNS:
				return getColumns();
			case CatalogPackage.ITEM__FORMS:
				return getForms();
			case CatalogPackage.ITEM__GATE:
				return isGate();
			case CatalogPackage.ITEM__SECTION:
				return getSection();
			case CatalogPackage.ITEM__NOTES:
				return getNotes();
			case CatalogPackage.ITEM__COLUMNS_STATUS:
				return getColumnsStatus();
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
			case CatalogPackage.ITEM__ID:
				setId((String)newValue);
				return;
			case CatalogPackage.ITEM__NUMBER:
				setNumber((String)newValue);
				return;
			case CatalogPackage.ITEM__NUMBER_STATUS:
				setNumberStatus((Certainty)newValue);
				return;
			case CatalogPackage.ITEM__TEXT_JA:
				setTextJa((String)newValue);
				return;
			case CatalogPackage.ITEM__TEXT_EN:
				setTextEn((String)newValue);
				return;
			case CatalogPackage.ITEM__VENDOR_TEXT_JA:
				setVendorTextJa((String)newValue);
				return;
			case CatalogPackage.ITEM__VENDOR_TEXT_EN:
				setVendorTextEn((String)newValue);
				return;
			case CatalogPackage.ITEM__TEXT_STATUS:
				setTextStatus((Certainty)newValue);
				return;
			case CatalogPackage.ITEM__COLUMNS:
				getColumns().clear();
				getColumns().addAll((Collection<? extends DeviceColumn>)newValue);
				return;
			case CatalogPackage.ITEM__FORMS:
				getForms().clear();
				getForms().addAll((Collection<? extends FormKind>)newValue);
				return;
			case CatalogPackage.ITEM__GATE:
				setGate((Boolean)newValue);
				return;
			case CatalogPackage.ITEM__SECTION:
				setSection((Section)newValue);
				return;
			case CatalogPackage.ITEM__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
				return;
			case CatalogPackage.ITEM__COLUMNS_STATUS:
				setColumnsStatus((Certainty)newValue);
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
			case CatalogPackage.ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case CatalogPackage.ITEM__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CatalogPackage.ITEM__NUMBER_STATUS:
				setNumberStatus(NUMBER_STATUS_EDEFAULT);
				return;
			case CatalogPackage.ITEM__TEXT_JA:
				setTextJa(TEXT_JA_EDEFAULT);
				return;
			case CatalogPackage.ITEM__TEXT_EN:
				setTextEn(TEXT_EN_EDEFAULT);
				return;
			case CatalogPackage.ITEM__VENDOR_TEXT_JA:
				setVendorTextJa(VENDOR_TEXT_JA_EDEFAULT);
				return;
			case CatalogPackage.ITEM__VENDOR_TEXT_EN:
				setVendorTextEn(VENDOR_TEXT_EN_EDEFAULT);
				return;
			case CatalogPackage.ITEM__TEXT_STATUS:
				setTextStatus(TEXT_STATUS_EDEFAULT);
				return;
			case CatalogPackage.ITEM__COLUMNS:
				getColumns().clear();
				return;
			case CatalogPackage.ITEM__FORMS:
				getForms().clear();
				return;
			case CatalogPackage.ITEM__GATE:
				setGate(GATE_EDEFAULT);
				return;
			case CatalogPackage.ITEM__SECTION:
				setSection((Section)null);
				return;
			case CatalogPackage.ITEM__NOTES:
				getNotes().clear();
				return;
			case CatalogPackage.ITEM__COLUMNS_STATUS:
				setColumnsStatus(COLUMNS_STATUS_EDEFAULT);
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
			case CatalogPackage.ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CatalogPackage.ITEM__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case CatalogPackage.ITEM__NUMBER_STATUS:
				return numberStatus != NUMBER_STATUS_EDEFAULT;
			case CatalogPackage.ITEM__TEXT_JA:
				return TEXT_JA_EDEFAULT == null ? textJa != null : !TEXT_JA_EDEFAULT.equals(textJa);
			case CatalogPackage.ITEM__TEXT_EN:
				return TEXT_EN_EDEFAULT == null ? textEn != null : !TEXT_EN_EDEFAULT.equals(textEn);
			case CatalogPackage.ITEM__VENDOR_TEXT_JA:
				return VENDOR_TEXT_JA_EDEFAULT == null ? vendorTextJa != null : !VENDOR_TEXT_JA_EDEFAULT.equals(vendorTextJa);
			case CatalogPackage.ITEM__VENDOR_TEXT_EN:
				return VENDOR_TEXT_EN_EDEFAULT == null ? vendorTextEn != null : !VENDOR_TEXT_EN_EDEFAULT.equals(vendorTextEn);
			case CatalogPackage.ITEM__TEXT_STATUS:
				return textStatus != TEXT_STATUS_EDEFAULT;
			case CatalogPackage.ITEM__COLUMNS:
				return columns != null && !columns.isEmpty();
			case CatalogPackage.ITEM__FORMS:
				return forms != null && !forms.isEmpty();
			case CatalogPackage.ITEM__GATE:
				return gate != GATE_EDEFAULT;
			case CatalogPackage.ITEM__SECTION:
				return getSection() != null;
			case CatalogPackage.ITEM__NOTES:
				return notes != null && !notes.isEmpty();
			case CatalogPackage.ITEM__COLUMNS_STATUS:
				return columnsStatus != COLUMNS_STATUS_EDEFAULT;
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
		result.append(", number: ");
		result.append(number);
		result.append(", numberStatus: ");
		result.append(numberStatus);
		result.append(", textJa: ");
		result.append(textJa);
		result.append(", textEn: ");
		result.append(textEn);
		result.append(", vendorTextJa: ");
		result.append(vendorTextJa);
		result.append(", vendorTextEn: ");
		result.append(vendorTextEn);
		result.append(", textStatus: ");
		result.append(textStatus);
		result.append(", columns: ");
		result.append(columns);
		result.append(", forms: ");
		result.append(forms);
		result.append(", gate: ");
		result.append(gate);
		result.append(", columnsStatus: ");
		result.append(columnsStatus);
		result.append(')');
		return result.toString();
	}

} //ItemImpl
