/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Zone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.ZoneImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ZoneImpl#getTrustLevel <em>Trust Level</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ZoneImpl#getSubnets <em>Subnets</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ZoneImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ZoneImpl extends NamedImpl implements Zone {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ZoneKind KIND_EDEFAULT = ZoneKind.CLINICAL_LAN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ZoneKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrustLevel() <em>Trust Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrustLevel()
	 * @generated
	 * @ordered
	 */
	protected static final TrustLevel TRUST_LEVEL_EDEFAULT = TrustLevel.UNTRUSTED;

	/**
	 * The cached value of the '{@link #getTrustLevel() <em>Trust Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrustLevel()
	 * @generated
	 * @ordered
	 */
	protected TrustLevel trustLevel = TRUST_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubnets() <em>Subnets</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnets()
	 * @generated
	 * @ordered
	 */
	protected EList<String> subnets;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ZoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.ZONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ZoneKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ZoneKind newKind) {
		ZoneKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ZONE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrustLevel getTrustLevel() {
		return trustLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrustLevel(TrustLevel newTrustLevel) {
		TrustLevel oldTrustLevel = trustLevel;
		trustLevel = newTrustLevel == null ? TRUST_LEVEL_EDEFAULT : newTrustLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ZONE__TRUST_LEVEL, oldTrustLevel, trustLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSubnets() {
		if (subnets == null) {
			subnets = new EDataTypeUniqueEList<String>(String.class, this, FacilityPackage.ZONE__SUBNETS);
		}
		return subnets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.ZONE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FacilityPackage.ZONE__KIND:
				return getKind();
			case FacilityPackage.ZONE__TRUST_LEVEL:
				return getTrustLevel();
			case FacilityPackage.ZONE__SUBNETS:
				return getSubnets();
			case FacilityPackage.ZONE__DESCRIPTION:
				return getDescription();
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
			case FacilityPackage.ZONE__KIND:
				setKind((ZoneKind)newValue);
				return;
			case FacilityPackage.ZONE__TRUST_LEVEL:
				setTrustLevel((TrustLevel)newValue);
				return;
			case FacilityPackage.ZONE__SUBNETS:
				getSubnets().clear();
				getSubnets().addAll((Collection<? extends String>)newValue);
				return;
			case FacilityPackage.ZONE__DESCRIPTION:
				setDescription((String)newValue);
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
			case FacilityPackage.ZONE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FacilityPackage.ZONE__TRUST_LEVEL:
				setTrustLevel(TRUST_LEVEL_EDEFAULT);
				return;
			case FacilityPackage.ZONE__SUBNETS:
				getSubnets().clear();
				return;
			case FacilityPackage.ZONE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case FacilityPackage.ZONE__KIND:
				return kind != KIND_EDEFAULT;
			case FacilityPackage.ZONE__TRUST_LEVEL:
				return trustLevel != TRUST_LEVEL_EDEFAULT;
			case FacilityPackage.ZONE__SUBNETS:
				return subnets != null && !subnets.isEmpty();
			case FacilityPackage.ZONE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(", trustLevel: ");
		result.append(trustLevel);
		result.append(", subnets: ");
		result.append(subnets);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //ZoneImpl
