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
 * A representation of the literals of the enumeration '<em><b>Network Device Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The type of a network device.
 * <!-- end-model-doc -->
 * @see io.sekisho.model.facility.FacilityPackage#getNetworkDeviceType()
 * @model
 * @generated
 */
public enum NetworkDeviceType implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not a network device.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>ROUTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A router.
	 * <!-- end-model-doc -->
	 * @see #ROUTER_VALUE
	 * @generated
	 * @ordered
	 */
	ROUTER(1, "ROUTER", "ROUTER"),

	/**
	 * The '<em><b>SWITCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A switch.
	 * <!-- end-model-doc -->
	 * @see #SWITCH_VALUE
	 * @generated
	 * @ordered
	 */
	SWITCH(2, "SWITCH", "SWITCH"),

	/**
	 * The '<em><b>FIREWALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A firewall.
	 * <!-- end-model-doc -->
	 * @see #FIREWALL_VALUE
	 * @generated
	 * @ordered
	 */
	FIREWALL(3, "FIREWALL", "FIREWALL"),

	/**
	 * The '<em><b>UTM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A unified threat management appliance.
	 * <!-- end-model-doc -->
	 * @see #UTM_VALUE
	 * @generated
	 * @ordered
	 */
	UTM(4, "UTM", "UTM"),

	/**
	 * The '<em><b>VPN GATEWAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A VPN gateway.
	 * <!-- end-model-doc -->
	 * @see #VPN_GATEWAY_VALUE
	 * @generated
	 * @ordered
	 */
	VPN_GATEWAY(5, "VPN_GATEWAY", "VPN_GATEWAY"),

	/**
	 * The '<em><b>WIRELESS AP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A wireless access point.
	 * <!-- end-model-doc -->
	 * @see #WIRELESS_AP_VALUE
	 * @generated
	 * @ordered
	 */
	WIRELESS_AP(6, "WIRELESS_AP", "WIRELESS_AP"), /**
	 * The '<em><b>IDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An intrusion detection system (network sensor).
	 * <!-- end-model-doc -->
	 * @see #IDS_VALUE
	 * @generated
	 * @ordered
	 */
	IDS(7, "IDS", "IDS"), /**
	 * The '<em><b>IPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An intrusion prevention system inline on a network path.
	 * <!-- end-model-doc -->
	 * @see #IPS_VALUE
	 * @generated
	 * @ordered
	 */
	IPS(8, "IPS", "IPS"), /**
	 * The '<em><b>UNIDIRECTIONAL GATEWAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A unidirectional gateway (data diode): data flows from the link's source to its target only.
	 * <!-- end-model-doc -->
	 * @see #UNIDIRECTIONAL_GATEWAY_VALUE
	 * @generated
	 * @ordered
	 */
	UNIDIRECTIONAL_GATEWAY(9, "UNIDIRECTIONAL_GATEWAY", "UNIDIRECTIONAL_GATEWAY"), /**
	 * The '<em><b>MODEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A modem or terminal adapter (analogue line, ISDN, ONU with routing): a way in the facility may not know of.
	 * <!-- end-model-doc -->
	 * @see #MODEM_VALUE
	 * @generated
	 * @ordered
	 */
	MODEM(10, "MODEM", "MODEM"), /**
	 * The '<em><b>MOBILE ROUTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A mobile (LTE/5G) router or USB data card: an external connection point the facility may not know of.
	 * <!-- end-model-doc -->
	 * @see #MOBILE_ROUTER_VALUE
	 * @generated
	 * @ordered
	 */
	MOBILE_ROUTER(11, "MOBILE_ROUTER", "MOBILE_ROUTER");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not a network device.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>ROUTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A router.
	 * <!-- end-model-doc -->
	 * @see #ROUTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROUTER_VALUE = 1;

	/**
	 * The '<em><b>SWITCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A switch.
	 * <!-- end-model-doc -->
	 * @see #SWITCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SWITCH_VALUE = 2;

	/**
	 * The '<em><b>FIREWALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A firewall.
	 * <!-- end-model-doc -->
	 * @see #FIREWALL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIREWALL_VALUE = 3;

	/**
	 * The '<em><b>UTM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A unified threat management appliance.
	 * <!-- end-model-doc -->
	 * @see #UTM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UTM_VALUE = 4;

	/**
	 * The '<em><b>VPN GATEWAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A VPN gateway.
	 * <!-- end-model-doc -->
	 * @see #VPN_GATEWAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VPN_GATEWAY_VALUE = 5;

	/**
	 * The '<em><b>WIRELESS AP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A wireless access point.
	 * <!-- end-model-doc -->
	 * @see #WIRELESS_AP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WIRELESS_AP_VALUE = 6;

	/**
	 * The '<em><b>IDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An intrusion detection system (network sensor).
	 * <!-- end-model-doc -->
	 * @see #IDS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IDS_VALUE = 7;

	/**
	 * The '<em><b>IPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An intrusion prevention system inline on a network path.
	 * <!-- end-model-doc -->
	 * @see #IPS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IPS_VALUE = 8;

	/**
	 * The '<em><b>UNIDIRECTIONAL GATEWAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A unidirectional gateway (data diode): data flows from the link's source to its target only.
	 * <!-- end-model-doc -->
	 * @see #UNIDIRECTIONAL_GATEWAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIDIRECTIONAL_GATEWAY_VALUE = 9;

	/**
	 * The '<em><b>MODEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A modem or terminal adapter (analogue line, ISDN, ONU with routing): a way in the facility may not know of.
	 * <!-- end-model-doc -->
	 * @see #MODEM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MODEM_VALUE = 10;

	/**
	 * The '<em><b>MOBILE ROUTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A mobile (LTE/5G) router or USB data card: an external connection point the facility may not know of.
	 * <!-- end-model-doc -->
	 * @see #MOBILE_ROUTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MOBILE_ROUTER_VALUE = 11;

	/**
	 * An array of all the '<em><b>Network Device Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NetworkDeviceType[] VALUES_ARRAY =
		new NetworkDeviceType[] {
			NONE,
			ROUTER,
			SWITCH,
			FIREWALL,
			UTM,
			VPN_GATEWAY,
			WIRELESS_AP,
			IDS,
			IPS,
			UNIDIRECTIONAL_GATEWAY,
			MODEM,
			MOBILE_ROUTER,
		};

	/**
	 * A public read-only list of all the '<em><b>Network Device Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NetworkDeviceType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Network Device Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NetworkDeviceType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NetworkDeviceType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Network Device Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NetworkDeviceType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NetworkDeviceType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Network Device Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NetworkDeviceType get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case ROUTER_VALUE: return ROUTER;
			case SWITCH_VALUE: return SWITCH;
			case FIREWALL_VALUE: return FIREWALL;
			case UTM_VALUE: return UTM;
			case VPN_GATEWAY_VALUE: return VPN_GATEWAY;
			case WIRELESS_AP_VALUE: return WIRELESS_AP;
			case IDS_VALUE: return IDS;
			case IPS_VALUE: return IPS;
			case UNIDIRECTIONAL_GATEWAY_VALUE: return UNIDIRECTIONAL_GATEWAY;
			case MODEM_VALUE: return MODEM;
			case MOBILE_ROUTER_VALUE: return MOBILE_ROUTER;
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
	private NetworkDeviceType(int value, String name, String literal) {
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
	
} //NetworkDeviceType
