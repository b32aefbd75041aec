/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Organization Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What an organization does for the facility.
 * <!-- end-model-doc -->
 * @see io.sekisho.model.facility.FacilityPackage#getOrganizationRole()
 * @model
 * @generated
 */
public enum OrganizationRole implements Enumerator {
	/**
	 * The '<em><b>EHR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vendor of the electronic health record (電子カルテ) or other medical information systems.
	 * <!-- end-model-doc -->
	 * @see #EHR_VALUE
	 * @generated
	 * @ordered
	 */
	EHR(0, "EHR", "EHR"),

	/**
	 * The '<em><b>NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Network integrator.
	 * <!-- end-model-doc -->
	 * @see #NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK(1, "NETWORK", "NETWORK"),

	/**
	 * The '<em><b>MEDICAL DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vendor of medical devices.
	 * <!-- end-model-doc -->
	 * @see #MEDICAL_DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	MEDICAL_DEVICE(2, "MEDICAL_DEVICE", "MEDICAL_DEVICE"),

	/**
	 * The '<em><b>CATERING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Catering contractor (給食).
	 * <!-- end-model-doc -->
	 * @see #CATERING_VALUE
	 * @generated
	 * @ordered
	 */
	CATERING(3, "CATERING", "CATERING"),

	/**
	 * The '<em><b>FACILITY MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Facility management (building, power, elevators).
	 * <!-- end-model-doc -->
	 * @see #FACILITY_MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	FACILITY_MANAGEMENT(4, "FACILITY_MANAGEMENT", "FACILITY_MANAGEMENT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anything else.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "OTHER");

	/**
	 * The '<em><b>EHR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vendor of the electronic health record (電子カルテ) or other medical information systems.
	 * <!-- end-model-doc -->
	 * @see #EHR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EHR_VALUE = 0;

	/**
	 * The '<em><b>NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Network integrator.
	 * <!-- end-model-doc -->
	 * @see #NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_VALUE = 1;

	/**
	 * The '<em><b>MEDICAL DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vendor of medical devices.
	 * <!-- end-model-doc -->
	 * @see #MEDICAL_DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEDICAL_DEVICE_VALUE = 2;

	/**
	 * The '<em><b>CATERING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Catering contractor (給食).
	 * <!-- end-model-doc -->
	 * @see #CATERING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CATERING_VALUE = 3;

	/**
	 * The '<em><b>FACILITY MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Facility management (building, power, elevators).
	 * <!-- end-model-doc -->
	 * @see #FACILITY_MANAGEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FACILITY_MANAGEMENT_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anything else.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Organization Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganizationRole[] VALUES_ARRAY =
		new OrganizationRole[] {
			EHR,
			NETWORK,
			MEDICAL_DEVICE,
			CATERING,
			FACILITY_MANAGEMENT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Organization Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganizationRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organization Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationRole get(int value) {
		switch (value) {
			case EHR_VALUE: return EHR;
			case NETWORK_VALUE: return NETWORK;
			case MEDICAL_DEVICE_VALUE: return MEDICAL_DEVICE;
			case CATERING_VALUE: return CATERING;
			case FACILITY_MANAGEMENT_VALUE: return FACILITY_MANAGEMENT;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private OrganizationRole(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //OrganizationRole
