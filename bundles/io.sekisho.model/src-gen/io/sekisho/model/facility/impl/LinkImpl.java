/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.LinkMedium;
import io.sekisho.model.facility.Zone;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.LinkImpl#getSource <em>Source</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.LinkImpl#getTargetDevice <em>Target Device</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.LinkImpl#getTargetZone <em>Target Zone</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.LinkImpl#getMedium <em>Medium</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.LinkImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.LinkImpl#isUntrusted <em>Untrusted</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LinkImpl extends IdentifiedImpl implements Link {
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Device source;

	/**
	 * The cached value of the '{@link #getTargetDevice() <em>Target Device</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDevice()
	 * @generated
	 * @ordered
	 */
	protected Device targetDevice;

	/**
	 * The cached value of the '{@link #getTargetZone() <em>Target Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetZone()
	 * @generated
	 * @ordered
	 */
	protected Zone targetZone;

	/**
	 * The default value of the '{@link #getMedium() <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedium()
	 * @generated
	 * @ordered
	 */
	protected static final LinkMedium MEDIUM_EDEFAULT = LinkMedium.WIRED;

	/**
	 * The cached value of the '{@link #getMedium() <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedium()
	 * @generated
	 * @ordered
	 */
	protected LinkMedium medium = MEDIUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isUntrusted() <em>Untrusted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUntrusted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UNTRUSTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUntrusted() <em>Untrusted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUntrusted()
	 * @generated
	 * @ordered
	 */
	protected boolean untrusted = UNTRUSTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Device)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FacilityPackage.LINK__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Device newSource) {
		Device oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.LINK__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getTargetDevice() {
		if (targetDevice != null && targetDevice.eIsProxy()) {
			InternalEObject oldTargetDevice = (InternalEObject)targetDevice;
			targetDevice = (Device)eResolveProxy(oldTargetDevice);
			if (targetDevice != oldTargetDevice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FacilityPackage.LINK__TARGET_DEVICE, oldTargetDevice, targetDevice));
			}
		}
		return targetDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetTargetDevice() {
		return targetDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDevice(Device newTargetDevice) {
		Device oldTargetDevice = targetDevice;
		targetDevice = newTargetDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.LINK__TARGET_DEVICE, oldTargetDevice, targetDevice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Zone getTargetZone() {
		if (targetZone != null && targetZone.eIsProxy()) {
			InternalEObject oldTargetZone = (InternalEObject)targetZone;
			targetZone = (Zone)eResolveProxy(oldTargetZone);
			if (targetZone != oldTargetZone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FacilityPackage.LINK__TARGET_ZONE, oldTargetZone, targetZone));
			}
		}
		return targetZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Zone basicGetTargetZone() {
		return targetZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetZone(Zone newTargetZone) {
		Zone oldTargetZone = targetZone;
		targetZone = newTargetZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.LINK__TARGET_ZONE, oldTargetZone, targetZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkMedium getMedium() {
		return medium;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMedium(LinkMedium newMedium) {
		LinkMedium oldMedium = medium;
		medium = newMedium == null ? MEDIUM_EDEFAULT : newMedium;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.LINK__MEDIUM, oldMedium, medium));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.LINK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUntrusted() {
		return untrusted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUntrusted(boolean newUntrusted) {
		boolean oldUntrusted = untrusted;
		untrusted = newUntrusted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.LINK__UNTRUSTED, oldUntrusted, untrusted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FacilityPackage.LINK__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case FacilityPackage.LINK__TARGET_DEVICE:
				if (resolve) return getTargetDevice();
				return basicGetTargetDevice();
			case FacilityPackage.LINK__TARGET_ZONE:
				if (resolve) return getTargetZone();
				return basicGetTargetZone();
			case FacilityPackage.LINK__MEDIUM:
				return getMedium();
			case FacilityPackage.LINK__DESCRIPTION:
				return getDescription();
			case FacilityPackage.LINK__UNTRUSTED:
				return isUntrusted();
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
			case FacilityPackage.LINK__SOURCE:
				setSource((Device)newValue);
				return;
			case FacilityPackage.LINK__TARGET_DEVICE:
				setTargetDevice((Device)newValue);
				return;
			case FacilityPackage.LINK__TARGET_ZONE:
				setTargetZone((Zone)newValue);
				return;
			case FacilityPackage.LINK__MEDIUM:
				setMedium((LinkMedium)newValue);
				return;
			case FacilityPackage.LINK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case FacilityPackage.LINK__UNTRUSTED:
				setUntrusted((Boolean)newValue);
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
			case FacilityPackage.LINK__SOURCE:
				setSource((Device)null);
				return;
			case FacilityPackage.LINK__TARGET_DEVICE:
				setTargetDevice((Device)null);
				return;
			case FacilityPackage.LINK__TARGET_ZONE:
				setTargetZone((Zone)null);
				return;
			case FacilityPackage.LINK__MEDIUM:
				setMedium(MEDIUM_EDEFAULT);
				return;
			case FacilityPackage.LINK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case FacilityPackage.LINK__UNTRUSTED:
				setUntrusted(UNTRUSTED_EDEFAULT);
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
			case FacilityPackage.LINK__SOURCE:
				return source != null;
			case FacilityPackage.LINK__TARGET_DEVICE:
				return targetDevice != null;
			case FacilityPackage.LINK__TARGET_ZONE:
				return targetZone != null;
			case FacilityPackage.LINK__MEDIUM:
				return medium != MEDIUM_EDEFAULT;
			case FacilityPackage.LINK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case FacilityPackage.LINK__UNTRUSTED:
				return untrusted != UNTRUSTED_EDEFAULT;
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
		result.append(" (medium: ");
		result.append(medium);
		result.append(", description: ");
		result.append(description);
		result.append(", untrusted: ");
		result.append(untrusted);
		result.append(')');
		return result.toString();
	}

} //LinkImpl
