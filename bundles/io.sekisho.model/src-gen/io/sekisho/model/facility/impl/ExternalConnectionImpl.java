/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ConnectionMode;
import io.sekisho.model.facility.ConnectionPurpose;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.Zone;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>External Connection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.ExternalConnectionImpl#getGateway <em>Gateway</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ExternalConnectionImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ExternalConnectionImpl#getCounterpart <em>Counterpart</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ExternalConnectionImpl#getZone <em>Zone</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ExternalConnectionImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ExternalConnectionImpl#getSourceRestriction <em>Source Restriction</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ExternalConnectionImpl#getSourceRestrictionDetail <em>Source Restriction Detail</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ExternalConnectionImpl#getMultiFactorAuthentication <em>Multi Factor Authentication</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ExternalConnectionImpl#getLogging <em>Logging</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.ExternalConnectionImpl#getApprovalProcedure <em>Approval Procedure</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExternalConnectionImpl extends NamedImpl implements ExternalConnection {
	/**
	 * The cached value of the '{@link #getGateway() <em>Gateway</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected Device gateway;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final ConnectionPurpose PURPOSE_EDEFAULT = ConnectionPurpose.REMOTE_MAINTENANCE;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected ConnectionPurpose purpose = PURPOSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCounterpart() <em>Counterpart</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounterpart()
	 * @generated
	 * @ordered
	 */
	protected Organization counterpart;

	/**
	 * The cached value of the '{@link #getZone() <em>Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected Zone zone;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final ConnectionMode MODE_EDEFAULT = ConnectionMode.ALWAYS_ON;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected ConnectionMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceRestriction() <em>Source Restriction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceRestriction()
	 * @generated
	 * @ordered
	 */
	protected static final Availability SOURCE_RESTRICTION_EDEFAULT = Availability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getSourceRestriction() <em>Source Restriction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceRestriction()
	 * @generated
	 * @ordered
	 */
	protected Availability sourceRestriction = SOURCE_RESTRICTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceRestrictionDetail() <em>Source Restriction Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceRestrictionDetail()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_RESTRICTION_DETAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceRestrictionDetail() <em>Source Restriction Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceRestrictionDetail()
	 * @generated
	 * @ordered
	 */
	protected String sourceRestrictionDetail = SOURCE_RESTRICTION_DETAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMultiFactorAuthentication() <em>Multi Factor Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultiFactorAuthentication()
	 * @generated
	 * @ordered
	 */
	protected static final Availability MULTI_FACTOR_AUTHENTICATION_EDEFAULT = Availability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getMultiFactorAuthentication() <em>Multi Factor Authentication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultiFactorAuthentication()
	 * @generated
	 * @ordered
	 */
	protected Availability multiFactorAuthentication = MULTI_FACTOR_AUTHENTICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogging() <em>Logging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogging()
	 * @generated
	 * @ordered
	 */
	protected static final Availability LOGGING_EDEFAULT = Availability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getLogging() <em>Logging</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogging()
	 * @generated
	 * @ordered
	 */
	protected Availability logging = LOGGING_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovalProcedure() <em>Approval Procedure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovalProcedure()
	 * @generated
	 * @ordered
	 */
	protected static final String APPROVAL_PROCEDURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovalProcedure() <em>Approval Procedure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovalProcedure()
	 * @generated
	 * @ordered
	 */
	protected String approvalProcedure = APPROVAL_PROCEDURE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExternalConnectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.EXTERNAL_CONNECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getGateway() {
		if (gateway != null && gateway.eIsProxy()) {
			InternalEObject oldGateway = (InternalEObject)gateway;
			gateway = (Device)eResolveProxy(oldGateway);
			if (gateway != oldGateway) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FacilityPackage.EXTERNAL_CONNECTION__GATEWAY, oldGateway, gateway));
			}
		}
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetGateway() {
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGateway(Device newGateway) {
		Device oldGateway = gateway;
		gateway = newGateway;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.EXTERNAL_CONNECTION__GATEWAY, oldGateway, gateway));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionPurpose getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(ConnectionPurpose newPurpose) {
		ConnectionPurpose oldPurpose = purpose;
		purpose = newPurpose == null ? PURPOSE_EDEFAULT : newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.EXTERNAL_CONNECTION__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getCounterpart() {
		if (counterpart != null && counterpart.eIsProxy()) {
			InternalEObject oldCounterpart = (InternalEObject)counterpart;
			counterpart = (Organization)eResolveProxy(oldCounterpart);
			if (counterpart != oldCounterpart) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FacilityPackage.EXTERNAL_CONNECTION__COUNTERPART, oldCounterpart, counterpart));
			}
		}
		return counterpart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetCounterpart() {
		return counterpart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounterpart(Organization newCounterpart) {
		Organization oldCounterpart = counterpart;
		counterpart = newCounterpart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.EXTERNAL_CONNECTION__COUNTERPART, oldCounterpart, counterpart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getZone() {
		if (zone != null && zone.eIsProxy()) {
			InternalEObject oldZone = (InternalEObject)zone;
			zone = (Zone)eResolveProxy(oldZone);
			if (zone != oldZone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FacilityPackage.EXTERNAL_CONNECTION__ZONE, oldZone, zone));
			}
		}
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Zone basicGetZone() {
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZone(Zone newZone) {
		Zone oldZone = zone;
		zone = newZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.EXTERNAL_CONNECTION__ZONE, oldZone, zone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConnectionMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(ConnectionMode newMode) {
		ConnectionMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.EXTERNAL_CONNECTION__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Availability getSourceRestriction() {
		return sourceRestriction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceRestriction(Availability newSourceRestriction) {
		Availability oldSourceRestriction = sourceRestriction;
		sourceRestriction = newSourceRestriction == null ? SOURCE_RESTRICTION_EDEFAULT : newSourceRestriction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.EXTERNAL_CONNECTION__SOURCE_RESTRICTION, oldSourceRestriction, sourceRestriction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceRestrictionDetail() {
		return sourceRestrictionDetail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceRestrictionDetail(String newSourceRestrictionDetail) {
		String oldSourceRestrictionDetail = sourceRestrictionDetail;
		sourceRestrictionDetail = newSourceRestrictionDetail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.EXTERNAL_CONNECTION__SOURCE_RESTRICTION_DETAIL, oldSourceRestrictionDetail, sourceRestrictionDetail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Availability getMultiFactorAuthentication() {
		return multiFactorAuthentication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultiFactorAuthentication(Availability newMultiFactorAuthentication) {
		Availability oldMultiFactorAuthentication = multiFactorAuthentication;
		multiFactorAuthentication = newMultiFactorAuthentication == null ? MULTI_FACTOR_AUTHENTICATION_EDEFAULT : newMultiFactorAuthentication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.EXTERNAL_CONNECTION__MULTI_FACTOR_AUTHENTICATION, oldMultiFactorAuthentication, multiFactorAuthentication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Availability getLogging() {
		return logging;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogging(Availability newLogging) {
		Availability oldLogging = logging;
		logging = newLogging == null ? LOGGING_EDEFAULT : newLogging;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.EXTERNAL_CONNECTION__LOGGING, oldLogging, logging));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApprovalProcedure() {
		return approvalProcedure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovalProcedure(String newApprovalProcedure) {
		String oldApprovalProcedure = approvalProcedure;
		approvalProcedure = newApprovalProcedure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.EXTERNAL_CONNECTION__APPROVAL_PROCEDURE, oldApprovalProcedure, approvalProcedure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FacilityPackage.EXTERNAL_CONNECTION__GATEWAY:
				if (resolve) return getGateway();
				return basicGetGateway();
			case FacilityPackage.EXTERNAL_CONNECTION__PURPOSE:
				return getPurpose();
			case FacilityPackage.EXTERNAL_CONNECTION__COUNTERPART:
				if (resolve) return getCounterpart();
				return basicGetCounterpart();
			case FacilityPackage.EXTERNAL_CONNECTION__ZONE:
				if (resolve) return getZone();
				return basicGetZone();
			case FacilityPackage.EXTERNAL_CONNECTION__MODE:
				return getMode();
			case FacilityPackage.EXTERNAL_CONNECTION__SOURCE_RESTRICTION:
				return getSourceRestriction();
			case FacilityPackage.EXTERNAL_CONNECTION__SOURCE_RESTRICTION_DETAIL:
				return getSourceRestrictionDetail();
			case FacilityPackage.EXTERNAL_CONNECTION__MULTI_FACTOR_AUTHENTICATION:
				return getMultiFactorAuthentication();
			case FacilityPackage.EXTERNAL_CONNECTION__LOGGING:
				return getLogging();
			case FacilityPackage.EXTERNAL_CONNECTION__APPROVAL_PROCEDURE:
				return getApprovalProcedure();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FacilityPackage.EXTERNAL_CONNECTION__GATEWAY:
				setGateway((Device)newValue);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__PURPOSE:
				setPurpose((ConnectionPurpose)newValue);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__COUNTERPART:
				setCounterpart((Organization)newValue);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__ZONE:
				setZone((Zone)newValue);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__MODE:
				setMode((ConnectionMode)newValue);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__SOURCE_RESTRICTION:
				setSourceRestriction((Availability)newValue);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__SOURCE_RESTRICTION_DETAIL:
				setSourceRestrictionDetail((String)newValue);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__MULTI_FACTOR_AUTHENTICATION:
				setMultiFactorAuthentication((Availability)newValue);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__LOGGING:
				setLogging((Availability)newValue);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__APPROVAL_PROCEDURE:
				setApprovalProcedure((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FacilityPackage.EXTERNAL_CONNECTION__GATEWAY:
				setGateway((Device)null);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__COUNTERPART:
				setCounterpart((Organization)null);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__ZONE:
				setZone((Zone)null);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__SOURCE_RESTRICTION:
				setSourceRestriction(SOURCE_RESTRICTION_EDEFAULT);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__SOURCE_RESTRICTION_DETAIL:
				setSourceRestrictionDetail(SOURCE_RESTRICTION_DETAIL_EDEFAULT);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__MULTI_FACTOR_AUTHENTICATION:
				setMultiFactorAuthentication(MULTI_FACTOR_AUTHENTICATION_EDEFAULT);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__LOGGING:
				setLogging(LOGGING_EDEFAULT);
				return;
			case FacilityPackage.EXTERNAL_CONNECTION__APPROVAL_PROCEDURE:
				setApprovalProcedure(APPROVAL_PROCEDURE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FacilityPackage.EXTERNAL_CONNECTION__GATEWAY:
				return gateway != null;
			case FacilityPackage.EXTERNAL_CONNECTION__PURPOSE:
				return purpose != PURPOSE_EDEFAULT;
			case FacilityPackage.EXTERNAL_CONNECTION__COUNTERPART:
				return counterpart != null;
			case FacilityPackage.EXTERNAL_CONNECTION__ZONE:
				return zone != null;
			case FacilityPackage.EXTERNAL_CONNECTION__MODE:
				return mode != MODE_EDEFAULT;
			case FacilityPackage.EXTERNAL_CONNECTION__SOURCE_RESTRICTION:
				return sourceRestriction != SOURCE_RESTRICTION_EDEFAULT;
			case FacilityPackage.EXTERNAL_CONNECTION__SOURCE_RESTRICTION_DETAIL:
				return SOURCE_RESTRICTION_DETAIL_EDEFAULT == null ? sourceRestrictionDetail != null : !SOURCE_RESTRICTION_DETAIL_EDEFAULT.equals(sourceRestrictionDetail);
			case FacilityPackage.EXTERNAL_CONNECTION__MULTI_FACTOR_AUTHENTICATION:
				return multiFactorAuthentication != MULTI_FACTOR_AUTHENTICATION_EDEFAULT;
			case FacilityPackage.EXTERNAL_CONNECTION__LOGGING:
				return logging != LOGGING_EDEFAULT;
			case FacilityPackage.EXTERNAL_CONNECTION__APPROVAL_PROCEDURE:
				return APPROVAL_PROCEDURE_EDEFAULT == null ? approvalProcedure != null : !APPROVAL_PROCEDURE_EDEFAULT.equals(approvalProcedure);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (purpose: ");
		result.append(purpose);
		result.append(", mode: ");
		result.append(mode);
		result.append(", sourceRestriction: ");
		result.append(sourceRestriction);
		result.append(", sourceRestrictionDetail: ");
		result.append(sourceRestrictionDetail);
		result.append(", multiFactorAuthentication: ");
		result.append(multiFactorAuthentication);
		result.append(", logging: ");
		result.append(logging);
		result.append(", approvalProcedure: ");
		result.append(approvalProcedure);
		result.append(')');
		return result.toString();
	}

} //ExternalConnectionImpl
