/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where an item of the predecessor edition lives in this edition; used to carry answers over.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.checklist.catalog.ItemMapping#getFromItemId <em>From Item Id</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.ItemMapping#getToItemId <em>To Item Id</em>}</li>
 *   <li>{@link io.sekisho.checklist.catalog.ItemMapping#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see io.sekisho.checklist.catalog.CatalogPackage#getItemMapping()
 * @model
 * @generated
 */
public interface ItemMapping extends EObject {
	/**
	 * Returns the value of the '<em><b>From Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Item Id</em>' attribute.
	 * @see #setFromItemId(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItemMapping_FromItemId()
	 * @model required="true"
	 * @generated
	 */
	String getFromItemId();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.ItemMapping#getFromItemId <em>From Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Item Id</em>' attribute.
	 * @see #getFromItemId()
	 * @generated
	 */
	void setFromItemId(String value);

	/**
	 * Returns the value of the '<em><b>To Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Item Id</em>' attribute.
	 * @see #setToItemId(String)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItemMapping_ToItemId()
	 * @model required="true"
	 * @generated
	 */
	String getToItemId();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.ItemMapping#getToItemId <em>To Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Item Id</em>' attribute.
	 * @see #getToItemId()
	 * @generated
	 */
	void setToItemId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.checklist.catalog.Certainty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #setStatus(Certainty)
	 * @see io.sekisho.checklist.catalog.CatalogPackage#getItemMapping_Status()
	 * @model
	 * @generated
	 */
	Certainty getStatus();

	/**
	 * Sets the value of the '{@link io.sekisho.checklist.catalog.ItemMapping#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.sekisho.checklist.catalog.Certainty
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Certainty value);

} // ItemMapping
