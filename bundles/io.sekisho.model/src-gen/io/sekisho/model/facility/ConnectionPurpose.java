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
 * A representation of the literals of the enumeration '<em><b>Connection Purpose</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What an external connection is for.
 * <!-- end-model-doc -->
 * @see io.sekisho.model.facility.FacilityPackage#getConnectionPurpose()
 * @model
 * @generated
 */
public enum ConnectionPurpose implements Enumerator {
	/**
	 * The '<em><b>REMOTE MAINTENANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote maintenance by a vendor.
	 * <!-- end-model-doc -->
	 * @see #REMOTE_MAINTENANCE_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_MAINTENANCE(0, "REMOTE_MAINTENANCE", "REMOTE_MAINTENANCE"),

	/**
	 * The '<em><b>INTERNET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Internet access.
	 * <!-- end-model-doc -->
	 * @see #INTERNET_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNET(1, "INTERNET", "INTERNET"),

	/**
	 * The '<em><b>REGIONAL NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A regional medical network (地域医療連携).
	 * <!-- end-model-doc -->
	 * @see #REGIONAL_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	REGIONAL_NETWORK(2, "REGIONAL_NETWORK", "REGIONAL_NETWORK"),

	/**
	 * The '<em><b>ONLINE QUALIFICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The online qualification check of health insurance (オンライン資格確認).
	 * <!-- end-model-doc -->
	 * @see #ONLINE_QUALIFICATION_VALUE
	 * @generated
	 * @ordered
	 */
	ONLINE_QUALIFICATION(3, "ONLINE_QUALIFICATION", "ONLINE_QUALIFICATION"),

	/**
	 * The '<em><b>CLOUD SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cloud service.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	CLOUD_SERVICE(4, "CLOUD_SERVICE", "CLOUD_SERVICE"),

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
	 * The '<em><b>REMOTE MAINTENANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote maintenance by a vendor.
	 * <!-- end-model-doc -->
	 * @see #REMOTE_MAINTENANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_MAINTENANCE_VALUE = 0;

	/**
	 * The '<em><b>INTERNET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Internet access.
	 * <!-- end-model-doc -->
	 * @see #INTERNET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERNET_VALUE = 1;

	/**
	 * The '<em><b>REGIONAL NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A regional medical network (地域医療連携).
	 * <!-- end-model-doc -->
	 * @see #REGIONAL_NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGIONAL_NETWORK_VALUE = 2;

	/**
	 * The '<em><b>ONLINE QUALIFICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The online qualification check of health insurance (オンライン資格確認).
	 * <!-- end-model-doc -->
	 * @see #ONLINE_QUALIFICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ONLINE_QUALIFICATION_VALUE = 3;

	/**
	 * The '<em><b>CLOUD SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cloud service.
	 * <!-- end-model-doc -->
	 * @see #CLOUD_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOUD_SERVICE_VALUE = 4;

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
	 * An array of all the '<em><b>Connection Purpose</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConnectionPurpose[] VALUES_ARRAY =
		new ConnectionPurpose[] {
			REMOTE_MAINTENANCE,
			INTERNET,
			REGIONAL_NETWORK,
			ONLINE_QUALIFICATION,
			CLOUD_SERVICE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Connection Purpose</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConnectionPurpose> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Connection Purpose</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectionPurpose get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConnectionPurpose result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Connection Purpose</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectionPurpose getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConnectionPurpose result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Connection Purpose</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectionPurpose get(int value) {
		switch (value) {
			case REMOTE_MAINTENANCE_VALUE: return REMOTE_MAINTENANCE;
			case INTERNET_VALUE: return INTERNET;
			case REGIONAL_NETWORK_VALUE: return REGIONAL_NETWORK;
			case ONLINE_QUALIFICATION_VALUE: return ONLINE_QUALIFICATION;
			case CLOUD_SERVICE_VALUE: return CLOUD_SERVICE;
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
	private ConnectionPurpose(int value, String name, String literal) {
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
	
} //ConnectionPurpose
