/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog.impl;

import io.sekisho.checklist.catalog.CatalogPackage;
import io.sekisho.checklist.catalog.Certainty;
import io.sekisho.checklist.catalog.ItemMapping;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemMappingImpl#getFromItemId <em>From Item Id</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemMappingImpl#getToItemId <em>To Item Id</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.impl.ItemMappingImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemMappingImpl extends MinimalEObjectImpl.Container implements ItemMapping {
	/**
	 * The default value of the '{@link #getFromItemId() <em>From Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromItemId()
	 * @generated
	 * @ordered
	 */
	protected static final String FROM_ITEM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromItemId() <em>From Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromItemId()
	 * @generated
	 * @ordered
	 */
	protected String fromItemId = FROM_ITEM_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getToItemId() <em>To Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToItemId()
	 * @generated
	 * @ordered
	 */
	protected static final String TO_ITEM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToItemId() <em>To Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToItemId()
	 * @generated
	 * @ordered
	 */
	protected String toItemId = TO_ITEM_ID_EDEFAULT;

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
	protected ItemMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.ITEM_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFromItemId() {
		return fromItemId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromItemId(String newFromItemId) {
		String oldFromItemId = fromItemId;
		fromItemId = newFromItemId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM_MAPPING__FROM_ITEM_ID, oldFromItemId, fromItemId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToItemId() {
		return toItemId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToItemId(String newToItemId) {
		String oldToItemId = toItemId;
		toItemId = newToItemId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM_MAPPING__TO_ITEM_ID, oldToItemId, toItemId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.ITEM_MAPPING__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.ITEM_MAPPING__FROM_ITEM_ID:
				return getFromItemId();
			case CatalogPackage.ITEM_MAPPING__TO_ITEM_ID:
				return getToItemId();
			case CatalogPackage.ITEM_MAPPING__STATUS:
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
			case CatalogPackage.ITEM_MAPPING__FROM_ITEM_ID:
				setFromItemId((String)newValue);
				return;
			case CatalogPackage.ITEM_MAPPING__TO_ITEM_ID:
				setToItemId((String)newValue);
				return;
			case CatalogPackage.ITEM_MAPPING__STATUS:
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
			case CatalogPackage.ITEM_MAPPING__FROM_ITEM_ID:
				setFromItemId(FROM_ITEM_ID_EDEFAULT);
				return;
			case CatalogPackage.ITEM_MAPPING__TO_ITEM_ID:
				setToItemId(TO_ITEM_ID_EDEFAULT);
				return;
			case CatalogPackage.ITEM_MAPPING__STATUS:
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
			case CatalogPackage.ITEM_MAPPING__FROM_ITEM_ID:
				return FROM_ITEM_ID_EDEFAULT == null ? fromItemId != null : !FROM_ITEM_ID_EDEFAULT.equals(fromItemId);
			case CatalogPackage.ITEM_MAPPING__TO_ITEM_ID:
				return TO_ITEM_ID_EDEFAULT == null ? toItemId != null : !TO_ITEM_ID_EDEFAULT.equals(toItemId);
			case CatalogPackage.ITEM_MAPPING__STATUS:
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
		result.append(" (fromItemId: ");
		result.append(fromItemId);
		result.append(", toItemId: ");
		result.append(toItemId);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //ItemMappingImpl
