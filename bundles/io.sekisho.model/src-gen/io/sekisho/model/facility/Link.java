/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A network connection between two devices, or between a device and a zone.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.Link#getSource <em>Source</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Link#getTargetDevice <em>Target Device</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Link#getTargetZone <em>Target Zone</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Link#getMedium <em>Medium</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Link#getDescription <em>Description</em>}</li>
 *   <li>{@link io.sekisho.model.facility.Link#isUntrusted <em>Untrusted</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getLink()
 * @model
 * @generated
 */
public interface Link extends Identified {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One end of the link.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Device)
	 * @see io.sekisho.model.facility.FacilityPackage#getLink_Source()
	 * @model
	 * @generated
	 */
	Device getSource();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Link#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Device value);

	/**
	 * Returns the value of the '<em><b>Target Device</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other end when it is a device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Device</em>' reference.
	 * @see #setTargetDevice(Device)
	 * @see io.sekisho.model.facility.FacilityPackage#getLink_TargetDevice()
	 * @model
	 * @generated
	 */
	Device getTargetDevice();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Link#getTargetDevice <em>Target Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Device</em>' reference.
	 * @see #getTargetDevice()
	 * @generated
	 */
	void setTargetDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Target Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other end when it is a zone (a segment or an external network).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Zone</em>' reference.
	 * @see #setTargetZone(Zone)
	 * @see io.sekisho.model.facility.FacilityPackage#getLink_TargetZone()
	 * @model
	 * @generated
	 */
	Zone getTargetZone();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Link#getTargetZone <em>Target Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Zone</em>' reference.
	 * @see #getTargetZone()
	 * @generated
	 */
	void setTargetZone(Zone value);

	/**
	 * Returns the value of the '<em><b>Medium</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.LinkMedium}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wired, wireless, VPN tunnel or other.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Medium</em>' attribute.
	 * @see io.sekisho.model.facility.LinkMedium
	 * @see #setMedium(LinkMedium)
	 * @see io.sekisho.model.facility.FacilityPackage#getLink_Medium()
	 * @model
	 * @generated
	 */
	LinkMedium getMedium();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Link#getMedium <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Medium</em>' attribute.
	 * @see io.sekisho.model.facility.LinkMedium
	 * @see #getMedium()
	 * @generated
	 */
	void setMedium(LinkMedium value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text, e.g. VLAN or port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getLink_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Link#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Untrusted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The link runs over a medium the facility does not control (a carrier line, a shared building network): CSET's Security=Untrusted. The network map wants a firewall at one end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Untrusted</em>' attribute.
	 * @see #setUntrusted(boolean)
	 * @see io.sekisho.model.facility.FacilityPackage#getLink_Untrusted()
	 * @model
	 * @generated
	 */
	boolean isUntrusted();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.Link#isUntrusted <em>Untrusted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Untrusted</em>' attribute.
	 * @see #isUntrusted()
	 * @generated
	 */
	void setUntrusted(boolean value);

} // Link
