/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Security Software</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anti-malware or endpoint protection installed on a device.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.SecuritySoftware#getProduct <em>Product</em>}</li>
 *   <li>{@link io.sekisho.model.facility.SecuritySoftware#getDefinitionDate <em>Definition Date</em>}</li>
 *   <li>{@link io.sekisho.model.facility.SecuritySoftware#getRunning <em>Running</em>}</li>
 *   <li>{@link io.sekisho.model.facility.SecuritySoftware#getAutomaticUpdates <em>Automatic Updates</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getSecuritySoftware()
 * @model
 * @generated
 */
public interface SecuritySoftware extends EObject {
	/**
	 * Returns the value of the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product</em>' attribute.
	 * @see #setProduct(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getSecuritySoftware_Product()
	 * @model
	 * @generated
	 */
	String getProduct();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.SecuritySoftware#getProduct <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' attribute.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(String value);

	/**
	 * Returns the value of the '<em><b>Definition Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date of the installed signature/definition files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition Date</em>' attribute.
	 * @see #setDefinitionDate(LocalDate)
	 * @see io.sekisho.model.facility.FacilityPackage#getSecuritySoftware_DefinitionDate()
	 * @model dataType="io.sekisho.model.facility.LocalDate"
	 * @generated
	 */
	LocalDate getDefinitionDate();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.SecuritySoftware#getDefinitionDate <em>Definition Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition Date</em>' attribute.
	 * @see #getDefinitionDate()
	 * @generated
	 */
	void setDefinitionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Running</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Availability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the software runs (it is sometimes stopped on a vendor's instruction).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Running</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #setRunning(Availability)
	 * @see io.sekisho.model.facility.FacilityPackage#getSecuritySoftware_Running()
	 * @model
	 * @generated
	 */
	Availability getRunning();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.SecuritySoftware#getRunning <em>Running</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Running</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #getRunning()
	 * @generated
	 */
	void setRunning(Availability value);

	/**
	 * Returns the value of the '<em><b>Automatic Updates</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Availability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether definition files are updated automatically (the notice of 2024: definition files kept current).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Automatic Updates</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #setAutomaticUpdates(Availability)
	 * @see io.sekisho.model.facility.FacilityPackage#getSecuritySoftware_AutomaticUpdates()
	 * @model
	 * @generated
	 */
	Availability getAutomaticUpdates();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.SecuritySoftware#getAutomaticUpdates <em>Automatic Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automatic Updates</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #getAutomaticUpdates()
	 * @generated
	 */
	void setAutomaticUpdates(Availability value);

} // SecuritySoftware
