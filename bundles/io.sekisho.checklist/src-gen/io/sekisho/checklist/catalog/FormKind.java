/**
 * Copyright (c) 2026 Sekisho.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.checklist.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Form Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.sekisho.checklist.catalog.CatalogPackage#getFormKind()
 * @model
 * @generated
 */
public enum FormKind implements Enumerator {
	/**
	 * The '<em><b>Medical Institution</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDICAL_INSTITUTION_VALUE
	 * @generated
	 * @ordered
	 */
	MEDICAL_INSTITUTION(0, "medicalInstitution", "medicalInstitution"),

	/**
	 * The '<em><b>Pharmacy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHARMACY_VALUE
	 * @generated
	 * @ordered
	 */
	PHARMACY(1, "pharmacy", "pharmacy"),

	/**
	 * The '<em><b>Vendor</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENDOR_VALUE
	 * @generated
	 * @ordered
	 */
	VENDOR(2, "vendor", "vendor"), /**
	 * The '<em><b>Medical Institution And Pharmacy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One form for hospitals, clinics and pharmacies alike (医療機関・薬局確認用), from the FY2026 edition on.
	 * <!-- end-model-doc -->
	 * @see #MEDICAL_INSTITUTION_AND_PHARMACY_VALUE
	 * @generated
	 * @ordered
	 */
	MEDICAL_INSTITUTION_AND_PHARMACY(3, "medicalInstitutionAndPharmacy", "medicalInstitutionAndPharmacy");

	/**
	 * The '<em><b>Medical Institution</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDICAL_INSTITUTION
	 * @model name="medicalInstitution"
	 * @generated
	 * @ordered
	 */
	public static final int MEDICAL_INSTITUTION_VALUE = 0;

	/**
	 * The '<em><b>Pharmacy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHARMACY
	 * @model name="pharmacy"
	 * @generated
	 * @ordered
	 */
	public static final int PHARMACY_VALUE = 1;

	/**
	 * The '<em><b>Vendor</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENDOR
	 * @model name="vendor"
	 * @generated
	 * @ordered
	 */
	public static final int VENDOR_VALUE = 2;

	/**
	 * The '<em><b>Medical Institution And Pharmacy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One form for hospitals, clinics and pharmacies alike (医療機関・薬局確認用), from the FY2026 edition on.
	 * <!-- end-model-doc -->
	 * @see #MEDICAL_INSTITUTION_AND_PHARMACY
	 * @model name="medicalInstitutionAndPharmacy"
	 * @generated
	 * @ordered
	 */
	public static final int MEDICAL_INSTITUTION_AND_PHARMACY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Form Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FormKind[] VALUES_ARRAY =
		new FormKind[] {
			MEDICAL_INSTITUTION,
			PHARMACY,
			VENDOR,
			MEDICAL_INSTITUTION_AND_PHARMACY,
		};

	/**
	 * A public read-only list of all the '<em><b>Form Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FormKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Form Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FormKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FormKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Form Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FormKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FormKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Form Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FormKind get(int value) {
		switch (value) {
			case MEDICAL_INSTITUTION_VALUE: return MEDICAL_INSTITUTION;
			case PHARMACY_VALUE: return PHARMACY;
			case VENDOR_VALUE: return VENDOR;
			case MEDICAL_INSTITUTION_AND_PHARMACY_VALUE: return MEDICAL_INSTITUTION_AND_PHARMACY;
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
	private FormKind(int value, String name, String literal) {
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
	
} //FormKind
