/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>External Connection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A connection between the facility and the outside: who connects, through which device, and how it is protected.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.ExternalConnection#getGateway <em>Gateway</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ExternalConnection#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ExternalConnection#getCounterpart <em>Counterpart</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ExternalConnection#getZone <em>Zone</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ExternalConnection#getMode <em>Mode</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ExternalConnection#getSourceRestriction <em>Source Restriction</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ExternalConnection#getSourceRestrictionDetail <em>Source Restriction Detail</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ExternalConnection#getMultiFactorAuthentication <em>Multi Factor Authentication</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ExternalConnection#getLogging <em>Logging</em>}</li>
 *   <li>{@link io.sekisho.model.facility.ExternalConnection#getApprovalProcedure <em>Approval Procedure</em>}</li>
 * </ul>
 *
 * @see io.sekisho.model.facility.FacilityPackage#getExternalConnection()
 * @model
 * @generated
 */
public interface ExternalConnection extends Named {
	/**
	 * Returns the value of the '<em><b>Gateway</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device inside the facility the connection ends at, e.g. a VPN gateway.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gateway</em>' reference.
	 * @see #setGateway(Device)
	 * @see io.sekisho.model.facility.FacilityPackage#getExternalConnection_Gateway()
	 * @model
	 * @generated
	 */
	Device getGateway();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ExternalConnection#getGateway <em>Gateway</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway</em>' reference.
	 * @see #getGateway()
	 * @generated
	 */
	void setGateway(Device value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.ConnectionPurpose}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the connection is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see io.sekisho.model.facility.ConnectionPurpose
	 * @see #setPurpose(ConnectionPurpose)
	 * @see io.sekisho.model.facility.FacilityPackage#getExternalConnection_Purpose()
	 * @model
	 * @generated
	 */
	ConnectionPurpose getPurpose();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ExternalConnection#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see io.sekisho.model.facility.ConnectionPurpose
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(ConnectionPurpose value);

	/**
	 * Returns the value of the '<em><b>Counterpart</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organization on the other side; empty for the internet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Counterpart</em>' reference.
	 * @see #setCounterpart(Organization)
	 * @see io.sekisho.model.facility.FacilityPackage#getExternalConnection_Counterpart()
	 * @model
	 * @generated
	 */
	Organization getCounterpart();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ExternalConnection#getCounterpart <em>Counterpart</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Counterpart</em>' reference.
	 * @see #getCounterpart()
	 * @generated
	 */
	void setCounterpart(Organization value);

	/**
	 * Returns the value of the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The external network the connection comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zone</em>' reference.
	 * @see #setZone(Zone)
	 * @see io.sekisho.model.facility.FacilityPackage#getExternalConnection_Zone()
	 * @model
	 * @generated
	 */
	Zone getZone();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ExternalConnection#getZone <em>Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone</em>' reference.
	 * @see #getZone()
	 * @generated
	 */
	void setZone(Zone value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.ConnectionMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Always on, or opened on demand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see io.sekisho.model.facility.ConnectionMode
	 * @see #setMode(ConnectionMode)
	 * @see io.sekisho.model.facility.FacilityPackage#getExternalConnection_Mode()
	 * @model
	 * @generated
	 */
	ConnectionMode getMode();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ExternalConnection#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see io.sekisho.model.facility.ConnectionMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(ConnectionMode value);

	/**
	 * Returns the value of the '<em><b>Source Restriction</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Availability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether only known source addresses may connect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Restriction</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #setSourceRestriction(Availability)
	 * @see io.sekisho.model.facility.FacilityPackage#getExternalConnection_SourceRestriction()
	 * @model
	 * @generated
	 */
	Availability getSourceRestriction();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ExternalConnection#getSourceRestriction <em>Source Restriction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Restriction</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #getSourceRestriction()
	 * @generated
	 */
	void setSourceRestriction(Availability value);

	/**
	 * Returns the value of the '<em><b>Source Restriction Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which sources are allowed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Restriction Detail</em>' attribute.
	 * @see #setSourceRestrictionDetail(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getExternalConnection_SourceRestrictionDetail()
	 * @model
	 * @generated
	 */
	String getSourceRestrictionDetail();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ExternalConnection#getSourceRestrictionDetail <em>Source Restriction Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Restriction Detail</em>' attribute.
	 * @see #getSourceRestrictionDetail()
	 * @generated
	 */
	void setSourceRestrictionDetail(String value);

	/**
	 * Returns the value of the '<em><b>Multi Factor Authentication</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Availability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether connecting needs more than one authentication factor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Multi Factor Authentication</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #setMultiFactorAuthentication(Availability)
	 * @see io.sekisho.model.facility.FacilityPackage#getExternalConnection_MultiFactorAuthentication()
	 * @model
	 * @generated
	 */
	Availability getMultiFactorAuthentication();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ExternalConnection#getMultiFactorAuthentication <em>Multi Factor Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multi Factor Authentication</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #getMultiFactorAuthentication()
	 * @generated
	 */
	void setMultiFactorAuthentication(Availability value);

	/**
	 * Returns the value of the '<em><b>Logging</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sekisho.model.facility.Availability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether connections are logged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Logging</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #setLogging(Availability)
	 * @see io.sekisho.model.facility.FacilityPackage#getExternalConnection_Logging()
	 * @model
	 * @generated
	 */
	Availability getLogging();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ExternalConnection#getLogging <em>Logging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logging</em>' attribute.
	 * @see io.sekisho.model.facility.Availability
	 * @see #getLogging()
	 * @generated
	 */
	void setLogging(Availability value);

	/**
	 * Returns the value of the '<em><b>Approval Procedure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How a connection is approved, e.g. phone call to the information system office before each maintenance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approval Procedure</em>' attribute.
	 * @see #setApprovalProcedure(String)
	 * @see io.sekisho.model.facility.FacilityPackage#getExternalConnection_ApprovalProcedure()
	 * @model
	 * @generated
	 */
	String getApprovalProcedure();

	/**
	 * Sets the value of the '{@link io.sekisho.model.facility.ExternalConnection#getApprovalProcedure <em>Approval Procedure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approval Procedure</em>' attribute.
	 * @see #getApprovalProcedure()
	 * @generated
	 */
	void setApprovalProcedure(String value);

} // ExternalConnection
