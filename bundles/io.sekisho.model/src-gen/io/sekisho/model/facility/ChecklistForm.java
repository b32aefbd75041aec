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
 * A representation of the literals of the enumeration '<em><b>Checklist Form</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The form of the MHLW checklist.
 * <!-- end-model-doc -->
 * @see io.sekisho.model.facility.FacilityPackage#getChecklistForm()
 * @model
 * @generated
 */
public enum ChecklistForm implements Enumerator {
	/**
	 * The '<em><b>MEDICAL INSTITUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The form for hospitals and clinics (医療機関確認用).
	 * <!-- end-model-doc -->
	 * @see #MEDICAL_INSTITUTION_VALUE
	 * @generated
	 * @ordered
	 */
	MEDICAL_INSTITUTION(0, "MEDICAL_INSTITUTION", "MEDICAL_INSTITUTION"),

	/**
	 * The '<em><b>PHARMACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The form for pharmacies (薬局確認用).
	 * <!-- end-model-doc -->
	 * @see #PHARMACY_VALUE
	 * @generated
	 * @ordered
	 */
	PHARMACY(1, "PHARMACY", "PHARMACY"),

	/**
	 * The '<em><b>VENDOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The form a vendor fills in for the facility (事業者確認用).
	 * <!-- end-model-doc -->
	 * @see #VENDOR_VALUE
	 * @generated
	 * @ordered
	 */
	VENDOR(2, "VENDOR", "VENDOR"), /**
	 * The '<em><b>MEDICAL INSTITUTION AND PHARMACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One form for hospitals, clinics and pharmacies (医療機関・薬局確認用), from the FY2026 edition on.
	 * <!-- end-model-doc -->
	 * @see #MEDICAL_INSTITUTION_AND_PHARMACY_VALUE
	 * @generated
	 * @ordered
	 */
	MEDICAL_INSTITUTION_AND_PHARMACY(3, "MEDICAL_INSTITUTION_AND_PHARMACY", "MEDICAL_INSTITUTION_AND_PHARMACY");

	/**
	 * The '<em><b>MEDICAL INSTITUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The form for hospitals and clinics (医療機関確認用).
	 * <!-- end-model-doc -->
	 * @see #MEDICAL_INSTITUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEDICAL_INSTITUTION_VALUE = 0;

	/**
	 * The '<em><b>PHARMACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The form for pharmacies (薬局確認用).
	 * <!-- end-model-doc -->
	 * @see #PHARMACY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHARMACY_VALUE = 1;

	/**
	 * The '<em><b>VENDOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The form a vendor fills in for the facility (事業者確認用).
	 * <!-- end-model-doc -->
	 * @see #VENDOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VENDOR_VALUE = 2;

	/**
	 * The '<em><b>MEDICAL INSTITUTION AND PHARMACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One form for hospitals, clinics and pharmacies (医療機関・薬局確認用), from the FY2026 edition on.
	 * <!-- end-model-doc -->
	 * @see #MEDICAL_INSTITUTION_AND_PHARMACY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEDICAL_INSTITUTION_AND_PHARMACY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Checklist Form</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChecklistForm[] VALUES_ARRAY =
		new ChecklistForm[] {
			MEDICAL_INSTITUTION,
			PHARMACY,
			VENDOR,
			MEDICAL_INSTITUTION_AND_PHARMACY,
		};

	/**
	 * A public read-only list of all the '<em><b>Checklist Form</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChecklistForm> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Checklist Form</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChecklistForm get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChecklistForm result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Checklist Form</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChecklistForm getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChecklistForm result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Checklist Form</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChecklistForm get(int value) {
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
	private ChecklistForm(int value, String name, String literal) {
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
	
} //ChecklistForm
