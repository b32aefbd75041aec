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
 * A representation of the literals of the enumeration '<em><b>Zone Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a network zone is used for.
 * <!-- end-model-doc -->
 * @see io.sekisho.model.facility.FacilityPackage#getZoneKind()
 * @model
 * @generated
 */
public enum ZoneKind implements Enumerator {
	/**
	 * The '<em><b>CLINICAL LAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clinical LAN of the EHR and department systems.
	 * <!-- end-model-doc -->
	 * @see #CLINICAL_LAN_VALUE
	 * @generated
	 * @ordered
	 */
	CLINICAL_LAN(0, "CLINICAL_LAN", "CLINICAL_LAN"),

	/**
	 * The '<em><b>ADMINISTRATIVE LAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The administrative (office) LAN.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTRATIVE_LAN_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATIVE_LAN(1, "ADMINISTRATIVE_LAN", "ADMINISTRATIVE_LAN"),

	/**
	 * The '<em><b>MEDICAL DEVICE LAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network of medical devices.
	 * <!-- end-model-doc -->
	 * @see #MEDICAL_DEVICE_LAN_VALUE
	 * @generated
	 * @ordered
	 */
	MEDICAL_DEVICE_LAN(2, "MEDICAL_DEVICE_LAN", "MEDICAL_DEVICE_LAN"),

	/**
	 * The '<em><b>DMZ</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A demilitarized zone between inside and outside.
	 * <!-- end-model-doc -->
	 * @see #DMZ_VALUE
	 * @generated
	 * @ordered
	 */
	DMZ(3, "DMZ", "DMZ"),

	/**
	 * The '<em><b>INTERNET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The internet.
	 * <!-- end-model-doc -->
	 * @see #INTERNET_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNET(4, "INTERNET", "INTERNET"),

	/**
	 * The '<em><b>VENDOR NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A vendor's network or data centre.
	 * <!-- end-model-doc -->
	 * @see #VENDOR_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	VENDOR_NETWORK(5, "VENDOR_NETWORK", "VENDOR_NETWORK"),

	/**
	 * The '<em><b>WIRELESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A wireless LAN of the facility.
	 * <!-- end-model-doc -->
	 * @see #WIRELESS_VALUE
	 * @generated
	 * @ordered
	 */
	WIRELESS(6, "WIRELESS", "WIRELESS"),

	/**
	 * The '<em><b>GUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A guest or patient network.
	 * <!-- end-model-doc -->
	 * @see #GUEST_VALUE
	 * @generated
	 * @ordered
	 */
	GUEST(7, "GUEST", "GUEST");

	/**
	 * The '<em><b>CLINICAL LAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The clinical LAN of the EHR and department systems.
	 * <!-- end-model-doc -->
	 * @see #CLINICAL_LAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLINICAL_LAN_VALUE = 0;

	/**
	 * The '<em><b>ADMINISTRATIVE LAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The administrative (office) LAN.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTRATIVE_LAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTRATIVE_LAN_VALUE = 1;

	/**
	 * The '<em><b>MEDICAL DEVICE LAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network of medical devices.
	 * <!-- end-model-doc -->
	 * @see #MEDICAL_DEVICE_LAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEDICAL_DEVICE_LAN_VALUE = 2;

	/**
	 * The '<em><b>DMZ</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A demilitarized zone between inside and outside.
	 * <!-- end-model-doc -->
	 * @see #DMZ
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DMZ_VALUE = 3;

	/**
	 * The '<em><b>INTERNET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The internet.
	 * <!-- end-model-doc -->
	 * @see #INTERNET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERNET_VALUE = 4;

	/**
	 * The '<em><b>VENDOR NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A vendor's network or data centre.
	 * <!-- end-model-doc -->
	 * @see #VENDOR_NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VENDOR_NETWORK_VALUE = 5;

	/**
	 * The '<em><b>WIRELESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A wireless LAN of the facility.
	 * <!-- end-model-doc -->
	 * @see #WIRELESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WIRELESS_VALUE = 6;

	/**
	 * The '<em><b>GUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A guest or patient network.
	 * <!-- end-model-doc -->
	 * @see #GUEST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GUEST_VALUE = 7;

	/**
	 * An array of all the '<em><b>Zone Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ZoneKind[] VALUES_ARRAY =
		new ZoneKind[] {
			CLINICAL_LAN,
			ADMINISTRATIVE_LAN,
			MEDICAL_DEVICE_LAN,
			DMZ,
			INTERNET,
			VENDOR_NETWORK,
			WIRELESS,
			GUEST,
		};

	/**
	 * A public read-only list of all the '<em><b>Zone Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ZoneKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Zone Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ZoneKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ZoneKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Zone Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ZoneKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ZoneKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Zone Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ZoneKind get(int value) {
		switch (value) {
			case CLINICAL_LAN_VALUE: return CLINICAL_LAN;
			case ADMINISTRATIVE_LAN_VALUE: return ADMINISTRATIVE_LAN;
			case MEDICAL_DEVICE_LAN_VALUE: return MEDICAL_DEVICE_LAN;
			case DMZ_VALUE: return DMZ;
			case INTERNET_VALUE: return INTERNET;
			case VENDOR_NETWORK_VALUE: return VENDOR_NETWORK;
			case WIRELESS_VALUE: return WIRELESS;
			case GUEST_VALUE: return GUEST;
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
	private ZoneKind(int value, String name, String literal) {
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
	
} //ZoneKind
