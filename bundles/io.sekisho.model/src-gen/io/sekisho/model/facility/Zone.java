/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Zone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A network segment of the facility, or a network outside it (internet, a vendor's network).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.Zone#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Zone#getTrustLevel <em>Trust Level</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Zone#getSubnets <em>Subnets</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Zone#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getZone()
 * @model
 * @generated
 */
public interface Zone extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.ZoneKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the zone is used for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.sekisho.model.facility.ZoneKind
	 * @see #setKind(ZoneKind)
	 * @see io.sekisho.model.facility.FacilityPackage#getZone_Kind()
	 * @model
	 * @generated
	 */
	ZoneKind getKind();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Zone#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.sekisho.model.facility.ZoneKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ZoneKind value);

	/**
	 * Returns the value of the '<em><b>Trust Level</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.TrustLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much devices in this zone are trusted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trust Level</em>' attribute.
	 * @see io.sekisho.model.facility.TrustLevel
	 * @see #setTrustLevel(TrustLevel)
	 * @see io.sekisho.model.facility.FacilityPackage#getZone_TrustLevel()
	 * @model
	 * @generated
	 */
	TrustLevel getTrustLevel();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Zone#getTrustLevel <em>Trust Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trust Level</em>' attribute.
	 * @see io.sekisho.model.facility.TrustLevel
	 * @see #getTrustLevel()
	 * @generated
	 */
	void setTrustLevel(TrustLevel value);

	/**
	 * Returns the value of the '<em><b>Subnets</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address ranges of the zone in CIDR notation, e.g. 10.10.0.0/16.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subnets</em>' attribute list.
	 * @see io.sekisho.model.facility.FacilityPackage#getZone_Subnets()
	 * @model
	 * @generated
	 */
	EList<String> getSubnets();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getZone_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Zone#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Zone
