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
 * A representation of the literals of the enumeration '<em><b>Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of medical facility.
 * <!-- end-model-doc -->
 * @see io.sekisho.model.facility.FacilityPackage#getFacilityKind()
 * @model
 * @generated
 */
public enum FacilityKind implements Enumerator {
	/**
	 * The '<em><b>HOSPITAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hospital (病院, 20 beds or more).
	 * <!-- end-model-doc -->
	 * @see #HOSPITAL_VALUE
	 * @generated
	 * @ordered
	 */
	HOSPITAL(0, "HOSPITAL", "HOSPITAL"),

	/**
	 * The '<em><b>CLINIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Clinic (診療所).
	 * <!-- end-model-doc -->
	 * @see #CLINIC_VALUE
	 * @generated
	 * @ordered
	 */
	CLINIC(1, "CLINIC", "CLINIC"),

	/**
	 * The '<em><b>DENTAL CLINIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dental clinic (歯科診療所).
	 * <!-- end-model-doc -->
	 * @see #DENTAL_CLINIC_VALUE
	 * @generated
	 * @ordered
	 */
	DENTAL_CLINIC(2, "DENTAL_CLINIC", "DENTAL_CLINIC"),

	/**
	 * The '<em><b>PHARMACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pharmacy (薬局).
	 * <!-- end-model-doc -->
	 * @see #PHARMACY_VALUE
	 * @generated
	 * @ordered
	 */
	PHARMACY(3, "PHARMACY", "PHARMACY");

	/**
	 * The '<em><b>HOSPITAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hospital (病院, 20 beds or more).
	 * <!-- end-model-doc -->
	 * @see #HOSPITAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOSPITAL_VALUE = 0;

	/**
	 * The '<em><b>CLINIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Clinic (診療所).
	 * <!-- end-model-doc -->
	 * @see #CLINIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLINIC_VALUE = 1;

	/**
	 * The '<em><b>DENTAL CLINIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dental clinic (歯科診療所).
	 * <!-- end-model-doc -->
	 * @see #DENTAL_CLINIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DENTAL_CLINIC_VALUE = 2;

	/**
	 * The '<em><b>PHARMACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pharmacy (薬局).
	 * <!-- end-model-doc -->
	 * @see #PHARMACY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHARMACY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FacilityKind[] VALUES_ARRAY =
		new FacilityKind[] {
			HOSPITAL,
			CLINIC,
			DENTAL_CLINIC,
			PHARMACY,
		};

	/**
	 * A public read-only list of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FacilityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FacilityKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FacilityKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FacilityKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FacilityKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FacilityKind get(int value) {
		switch (value) {
			case HOSPITAL_VALUE: return HOSPITAL;
			case CLINIC_VALUE: return CLINIC;
			case DENTAL_CLINIC_VALUE: return DENTAL_CLINIC;
			case PHARMACY_VALUE: return PHARMACY;
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
	private FacilityKind(int value, String name, String literal) {
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
	
} //FacilityKind
