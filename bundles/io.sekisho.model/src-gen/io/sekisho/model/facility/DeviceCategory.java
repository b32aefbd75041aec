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
 * A representation of the literals of the enumeration '<em><b>Device Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of device.
 * <!-- end-model-doc -->
 * @see io.sekisho.model.facility.FacilityPackage#getDeviceCategory()
 * @model
 * @generated
 */
public enum DeviceCategory implements Enumerator {
	/**
	 * The '<em><b>SERVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A server.
	 * <!-- end-model-doc -->
	 * @see #SERVER_VALUE
	 * @generated
	 * @ordered
	 */
	SERVER(0, "SERVER", "SERVER"),

	/**
	 * The '<em><b>CLIENT PC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A client PC (端末).
	 * <!-- end-model-doc -->
	 * @see #CLIENT_PC_VALUE
	 * @generated
	 * @ordered
	 */
	CLIENT_PC(1, "CLIENT_PC", "CLIENT_PC"),

	/**
	 * The '<em><b>NETWORK DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A network device; see the network type.
	 * <!-- end-model-doc -->
	 * @see #NETWORK_DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK_DEVICE(2, "NETWORK_DEVICE", "NETWORK_DEVICE"),

	/**
	 * The '<em><b>MEDICAL DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A medical device (modality, monitor...).
	 * <!-- end-model-doc -->
	 * @see #MEDICAL_DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	MEDICAL_DEVICE(3, "MEDICAL_DEVICE", "MEDICAL_DEVICE"),

	/**
	 * The '<em><b>IOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An IoT device (camera, nurse call, building control).
	 * <!-- end-model-doc -->
	 * @see #IOT_VALUE
	 * @generated
	 * @ordered
	 */
	IOT(4, "IOT", "IOT"),

	/**
	 * The '<em><b>PRINTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A printer or multifunction device.
	 * <!-- end-model-doc -->
	 * @see #PRINTER_VALUE
	 * @generated
	 * @ordered
	 */
	PRINTER(5, "PRINTER", "PRINTER"),

	/**
	 * The '<em><b>STORAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A storage or backup device.
	 * <!-- end-model-doc -->
	 * @see #STORAGE_VALUE
	 * @generated
	 * @ordered
	 */
	STORAGE(6, "STORAGE", "STORAGE"),

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
	OTHER(7, "OTHER", "OTHER"), /**
	 * The '<em><b>INFORMATION DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A smartphone, tablet or other portable information device (情報機器) that reaches the systems.
	 * <!-- end-model-doc -->
	 * @see #INFORMATION_DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	INFORMATION_DEVICE(8, "INFORMATION_DEVICE", "INFORMATION_DEVICE");

	/**
	 * The '<em><b>SERVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A server.
	 * <!-- end-model-doc -->
	 * @see #SERVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SERVER_VALUE = 0;

	/**
	 * The '<em><b>CLIENT PC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A client PC (端末).
	 * <!-- end-model-doc -->
	 * @see #CLIENT_PC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLIENT_PC_VALUE = 1;

	/**
	 * The '<em><b>NETWORK DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A network device; see the network type.
	 * <!-- end-model-doc -->
	 * @see #NETWORK_DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_DEVICE_VALUE = 2;

	/**
	 * The '<em><b>MEDICAL DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A medical device (modality, monitor...).
	 * <!-- end-model-doc -->
	 * @see #MEDICAL_DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEDICAL_DEVICE_VALUE = 3;

	/**
	 * The '<em><b>IOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An IoT device (camera, nurse call, building control).
	 * <!-- end-model-doc -->
	 * @see #IOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IOT_VALUE = 4;

	/**
	 * The '<em><b>PRINTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A printer or multifunction device.
	 * <!-- end-model-doc -->
	 * @see #PRINTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRINTER_VALUE = 5;

	/**
	 * The '<em><b>STORAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A storage or backup device.
	 * <!-- end-model-doc -->
	 * @see #STORAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STORAGE_VALUE = 6;

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
	public static final int OTHER_VALUE = 7;

	/**
	 * The '<em><b>INFORMATION DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A smartphone, tablet or other portable information device (情報機器) that reaches the systems.
	 * <!-- end-model-doc -->
	 * @see #INFORMATION_DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFORMATION_DEVICE_VALUE = 8;

	/**
	 * An array of all the '<em><b>Device Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DeviceCategory[] VALUES_ARRAY =
		new DeviceCategory[] {
			SERVER,
			CLIENT_PC,
			NETWORK_DEVICE,
			MEDICAL_DEVICE,
			IOT,
			PRINTER,
			STORAGE,
			OTHER,
			INFORMATION_DEVICE,
		};

	/**
	 * A public read-only list of all the '<em><b>Device Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DeviceCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Device Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviceCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeviceCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Device Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviceCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeviceCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Device Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeviceCategory get(int value) {
		switch (value) {
			case SERVER_VALUE: return SERVER;
			case CLIENT_PC_VALUE: return CLIENT_PC;
			case NETWORK_DEVICE_VALUE: return NETWORK_DEVICE;
			case MEDICAL_DEVICE_VALUE: return MEDICAL_DEVICE;
			case IOT_VALUE: return IOT;
			case PRINTER_VALUE: return PRINTER;
			case STORAGE_VALUE: return STORAGE;
			case OTHER_VALUE: return OTHER;
			case INFORMATION_DEVICE_VALUE: return INFORMATION_DEVICE;
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
	private DeviceCategory(int value, String name, String literal) {
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
	
} //DeviceCategory
