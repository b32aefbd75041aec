/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A system integrator or vendor that builds, supplies or maintains systems of the facility.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.Organization#getRole <em>Role</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Organization#getNameKana <em>Name Kana</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Organization#getContact <em>Contact</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Organization#isRemoteMaintenance <em>Remote Maintenance</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Organization#isDisclosureObtained <em>Disclosure Obtained</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Organization#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getOrganization()
 * @model
 * @generated
 */
public interface Organization extends Named {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.OrganizationRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the organization does for the facility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see io.sekisho.model.facility.OrganizationRole
	 * @see #setRole(OrganizationRole)
	 * @see io.sekisho.model.facility.FacilityPackage#getOrganization_Role()
	 * @model
	 * @generated
	 */
	OrganizationRole getRole();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Organization#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see io.sekisho.model.facility.OrganizationRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(OrganizationRole value);

	/**
	 * Returns the value of the '<em><b>Name Kana</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reading of the name in katakana.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Kana</em>' attribute.
	 * @see #setNameKana(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getOrganization_NameKana()
	 * @model
	 * @generated
	 */
	String getNameKana();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Organization#getNameKana <em>Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Kana</em>' attribute.
	 * @see #getNameKana()
	 * @generated
	 */
	void setNameKana(String value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person the facility deals with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact</em>' containment reference.
	 * @see #setContact(Person)
	 * @see io.sekisho.model.facility.FacilityPackage#getOrganization_Contact()
	 * @model containment="true"
	 * @generated
	 */
	Person getContact();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Organization#getContact <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' containment reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Person value);

	/**
	 * Returns the value of the '<em><b>Remote Maintenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the organization maintains systems of the facility remotely (checklist 2-(2)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remote Maintenance</em>' attribute.
	 * @see #setRemoteMaintenance(boolean)
	 * @see io.sekisho.model.facility.FacilityPackage#getOrganization_RemoteMaintenance()
	 * @model
	 * @generated
	 */
	boolean isRemoteMaintenance();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Organization#isRemoteMaintenance <em>Remote Maintenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Maintenance</em>' attribute.
	 * @see #isRemoteMaintenance()
	 * @generated
	 */
	void setRemoteMaintenance(boolean value);

	/**
	 * Returns the value of the '<em><b>Disclosure Obtained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the facility holds the organization's MDS/SDS security disclosure (checklist 2-(3)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disclosure Obtained</em>' attribute.
	 * @see #setDisclosureObtained(boolean)
	 * @see io.sekisho.model.facility.FacilityPackage#getOrganization_DisclosureObtained()
	 * @model
	 * @generated
	 */
	boolean isDisclosureObtained();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Organization#isDisclosureObtained <em>Disclosure Obtained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disclosure Obtained</em>' attribute.
	 * @see #isDisclosureObtained()
	 * @generated
	 */
	void setDisclosureObtained(boolean value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text: contract, support hours, remarks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getOrganization_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Organization#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Organization
