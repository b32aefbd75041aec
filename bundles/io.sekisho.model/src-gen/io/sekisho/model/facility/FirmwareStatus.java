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
 * A representation of the literals of the enumeration '<em><b>Firmware Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The state of installed firmware.
 * <!-- end-model-doc -->
 * @see io.sekisho.model.facility.FacilityPackage#getFirmwareStatus()
 * @model
 * @generated
 */
public enum FirmwareStatus implements Enumerator {
	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not checked.
	 * <!-- end-model-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(0, "UNKNOWN", "UNKNOWN"),

	/**
	 * The '<em><b>CURRENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The latest version is installed.
	 * <!-- end-model-doc -->
	 * @see #CURRENT_VALUE
	 * @generated
	 * @ordered
	 */
	CURRENT(1, "CURRENT", "CURRENT"),

	/**
	 * The '<em><b>UPDATE AVAILABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A newer version exists; no known vulnerability.
	 * <!-- end-model-doc -->
	 * @see #UPDATE_AVAILABLE_VALUE
	 * @generated
	 * @ordered
	 */
	UPDATE_AVAILABLE(2, "UPDATE_AVAILABLE", "UPDATE_AVAILABLE"),

	/**
	 * The '<em><b>VULNERABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The installed version has known vulnerabilities.
	 * <!-- end-model-doc -->
	 * @see #VULNERABLE_VALUE
	 * @generated
	 * @ordered
	 */
	VULNERABLE(3, "VULNERABLE", "VULNERABLE"),

	/**
	 * The '<em><b>END OF SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The manufacturer no longer supports it.
	 * <!-- end-model-doc -->
	 * @see #END_OF_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	END_OF_SUPPORT(4, "END_OF_SUPPORT", "END_OF_SUPPORT"), /**
	 * The '<em><b>KNOWN EXPLOITED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The installed version has a vulnerability that is known to be exploited.
	 * <!-- end-model-doc -->
	 * @see #KNOWN_EXPLOITED_VALUE
	 * @generated
	 * @ordered
	 */
	KNOWN_EXPLOITED(5, "KNOWN_EXPLOITED", "KNOWN_EXPLOITED"), /**
	 * The '<em><b>AWAITING ANALYSIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vulnerability records name the product but have not been analysed yet; nothing says the version is safe.
	 * <!-- end-model-doc -->
	 * @see #AWAITING_ANALYSIS_VALUE
	 * @generated
	 * @ordered
	 */
	AWAITING_ANALYSIS(6, "AWAITING_ANALYSIS", "AWAITING_ANALYSIS"), /**
	 * The '<em><b>CHECK MANUALLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version could not be read or compared, or a match depends on hardware not on record: check by hand.
	 * <!-- end-model-doc -->
	 * @see #CHECK_MANUALLY_VALUE
	 * @generated
	 * @ordered
	 */
	CHECK_MANUALLY(7, "CHECK_MANUALLY", "CHECK_MANUALLY"), /**
	 * The '<em><b>PRODUCT UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manufacturer, model or firmware product is not known, so nothing can be matched.
	 * <!-- end-model-doc -->
	 * @see #PRODUCT_UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCT_UNKNOWN(8, "PRODUCT_UNKNOWN", "PRODUCT_UNKNOWN");

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not checked.
	 * <!-- end-model-doc -->
	 * @see #UNKNOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 0;

	/**
	 * The '<em><b>CURRENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The latest version is installed.
	 * <!-- end-model-doc -->
	 * @see #CURRENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CURRENT_VALUE = 1;

	/**
	 * The '<em><b>UPDATE AVAILABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A newer version exists; no known vulnerability.
	 * <!-- end-model-doc -->
	 * @see #UPDATE_AVAILABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UPDATE_AVAILABLE_VALUE = 2;

	/**
	 * The '<em><b>VULNERABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The installed version has known vulnerabilities.
	 * <!-- end-model-doc -->
	 * @see #VULNERABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VULNERABLE_VALUE = 3;

	/**
	 * The '<em><b>END OF SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The manufacturer no longer supports it.
	 * <!-- end-model-doc -->
	 * @see #END_OF_SUPPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int END_OF_SUPPORT_VALUE = 4;

	/**
	 * The '<em><b>KNOWN EXPLOITED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The installed version has a vulnerability that is known to be exploited.
	 * <!-- end-model-doc -->
	 * @see #KNOWN_EXPLOITED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KNOWN_EXPLOITED_VALUE = 5;

	/**
	 * The '<em><b>AWAITING ANALYSIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vulnerability records name the product but have not been analysed yet; nothing says the version is safe.
	 * <!-- end-model-doc -->
	 * @see #AWAITING_ANALYSIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AWAITING_ANALYSIS_VALUE = 6;

	/**
	 * The '<em><b>CHECK MANUALLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version could not be read or compared, or a match depends on hardware not on record: check by hand.
	 * <!-- end-model-doc -->
	 * @see #CHECK_MANUALLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHECK_MANUALLY_VALUE = 7;

	/**
	 * The '<em><b>PRODUCT UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manufacturer, model or firmware product is not known, so nothing can be matched.
	 * <!-- end-model-doc -->
	 * @see #PRODUCT_UNKNOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCT_UNKNOWN_VALUE = 8;

	/**
	 * An array of all the '<em><b>Firmware Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FirmwareStatus[] VALUES_ARRAY =
		new FirmwareStatus[] {
			UNKNOWN,
			CURRENT,
			UPDATE_AVAILABLE,
			VULNERABLE,
			END_OF_SUPPORT,
			KNOWN_EXPLOITED,
			AWAITING_ANALYSIS,
			CHECK_MANUALLY,
			PRODUCT_UNKNOWN,
		};

	/**
	 * A public read-only list of all the '<em><b>Firmware Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FirmwareStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Firmware Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FirmwareStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FirmwareStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Firmware Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FirmwareStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FirmwareStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Firmware Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FirmwareStatus get(int value) {
		switch (value) {
			case UNKNOWN_VALUE: return UNKNOWN;
			case CURRENT_VALUE: return CURRENT;
			case UPDATE_AVAILABLE_VALUE: return UPDATE_AVAILABLE;
			case VULNERABLE_VALUE: return VULNERABLE;
			case END_OF_SUPPORT_VALUE: return END_OF_SUPPORT;
			case KNOWN_EXPLOITED_VALUE: return KNOWN_EXPLOITED;
			case AWAITING_ANALYSIS_VALUE: return AWAITING_ANALYSIS;
			case CHECK_MANUALLY_VALUE: return CHECK_MANUALLY;
			case PRODUCT_UNKNOWN_VALUE: return PRODUCT_UNKNOWN;
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
	private FirmwareStatus(int value, String name, String literal) {
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
	
} //FirmwareStatus
