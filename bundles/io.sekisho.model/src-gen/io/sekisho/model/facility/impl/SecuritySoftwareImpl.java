/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.impl;

import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.SecuritySoftware;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Security Software</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sekisho.model.facility.impl.SecuritySoftwareImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.SecuritySoftwareImpl#getDefinitionDate <em>Definition Date</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.SecuritySoftwareImpl#getRunning <em>Running</em>}</li>
 *   <li>{@link io.sekisho.model.facility.impl.SecuritySoftwareImpl#getAutomaticUpdates <em>Automatic Updates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SecuritySoftwareImpl extends MinimalEObjectImpl.Container implements SecuritySoftware {
	/**
	 * The default value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected String product = PRODUCT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinitionDate() <em>Definition Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEFINITION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitionDate() <em>Definition Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate definitionDate = DEFINITION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunning() <em>Running</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunning()
	 * @generated
	 * @ordered
	 */
	protected static final Availability RUNNING_EDEFAULT = Availability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getRunning() <em>Running</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunning()
	 * @generated
	 * @ordered
	 */
	protected Availability running = RUNNING_EDEFAULT;

	/**
	 * The default value of the '{@link #getAutomaticUpdates() <em>Automatic Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomaticUpdates()
	 * @generated
	 * @ordered
	 */
	protected static final Availability AUTOMATIC_UPDATES_EDEFAULT = Availability.UNKNOWN;

	/**
	 * The cached value of the '{@link #getAutomaticUpdates() <em>Automatic Updates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomaticUpdates()
	 * @generated
	 * @ordered
	 */
	protected Availability automaticUpdates = AUTOMATIC_UPDATES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SecuritySoftwareImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FacilityPackage.Literals.SECURITY_SOFTWARE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProduct() {
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(String newProduct) {
		String oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.SECURITY_SOFTWARE__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDefinitionDate() {
		return definitionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitionDate(LocalDate newDefinitionDate) {
		LocalDate oldDefinitionDate = definitionDate;
		definitionDate = newDefinitionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.SECURITY_SOFTWARE__DEFINITION_DATE, oldDefinitionDate, definitionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Availability getRunning() {
		return running;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunning(Availability newRunning) {
		Availability oldRunning = running;
		running = newRunning == null ? RUNNING_EDEFAULT : newRunning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.SECURITY_SOFTWARE__RUNNING, oldRunning, running));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Availability getAutomaticUpdates() {
		return automaticUpdates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutomaticUpdates(Availability newAutomaticUpdates) {
		Availability oldAutomaticUpdates = automaticUpdates;
		automaticUpdates = newAutomaticUpdates == null ? AUTOMATIC_UPDATES_EDEFAULT : newAutomaticUpdates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FacilityPackage.SECURITY_SOFTWARE__AUTOMATIC_UPDATES, oldAutomaticUpdates, automaticUpdates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FacilityPackage.SECURITY_SOFTWARE__PRODUCT:
				return getProduct();
			case FacilityPackage.SECURITY_SOFTWARE__DEFINITION_DATE:
				return getDefinitionDate();
			case FacilityPackage.SECURITY_SOFTWARE__RUNNING:
				return getRunning();
			case FacilityPackage.SECURITY_SOFTWARE__AUTOMATIC_UPDATES:
				return getAutomaticUpdates();
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
			case FacilityPackage.SECURITY_SOFTWARE__PRODUCT:
				setProduct((String)newValue);
				return;
			case FacilityPackage.SECURITY_SOFTWARE__DEFINITION_DATE:
				setDefinitionDate((LocalDate)newValue);
				return;
			case FacilityPackage.SECURITY_SOFTWARE__RUNNING:
				setRunning((Availability)newValue);
				return;
			case FacilityPackage.SECURITY_SOFTWARE__AUTOMATIC_UPDATES:
				setAutomaticUpdates((Availability)newValue);
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
			case FacilityPackage.SECURITY_SOFTWARE__PRODUCT:
				setProduct(PRODUCT_EDEFAULT);
				return;
			case FacilityPackage.SECURITY_SOFTWARE__DEFINITION_DATE:
				setDefinitionDate(DEFINITION_DATE_EDEFAULT);
				return;
			case FacilityPackage.SECURITY_SOFTWARE__RUNNING:
				setRunning(RUNNING_EDEFAULT);
				return;
			case FacilityPackage.SECURITY_SOFTWARE__AUTOMATIC_UPDATES:
				setAutomaticUpdates(AUTOMATIC_UPDATES_EDEFAULT);
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
			case FacilityPackage.SECURITY_SOFTWARE__PRODUCT:
				return PRODUCT_EDEFAULT == null ? product != null : !PRODUCT_EDEFAULT.equals(product);
			case FacilityPackage.SECURITY_SOFTWARE__DEFINITION_DATE:
				return DEFINITION_DATE_EDEFAULT == null ? definitionDate != null : !DEFINITION_DATE_EDEFAULT.equals(definitionDate);
			case FacilityPackage.SECURITY_SOFTWARE__RUNNING:
				return running != RUNNING_EDEFAULT;
			case FacilityPackage.SECURITY_SOFTWARE__AUTOMATIC_UPDATES:
				return automaticUpdates != AUTOMATIC_UPDATES_EDEFAULT;
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
		result.append(" (product: ");
		result.append(product);
		result.append(", definitionDate: ");
		result.append(definitionDate);
		result.append(", running: ");
		result.append(running);
		result.append(", automaticUpdates: ");
		result.append(automaticUpdates);
		result.append(')');
		return result.toString();
	}

} //SecuritySoftwareImpl
