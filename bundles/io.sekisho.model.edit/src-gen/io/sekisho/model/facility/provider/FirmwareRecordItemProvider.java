/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.provider;


import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FirmwareRecord;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.sekisho.model.facility.FirmwareRecord} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class FirmwareRecordItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FirmwareRecordItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addDevicePropertyDescriptor(object);
			addProductIdPropertyDescriptor(object);
			addInstalledVersionPropertyDescriptor(object);
			addLatestVersionPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addUpdatePlanPropertyDescriptor(object);
			addPlannedUpdatePropertyDescriptor(object);
			addVendorMitigationPropertyDescriptor(object);
			addCheckedOnPropertyDescriptor(object);
			addHardwareIdPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Device feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDevicePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FirmwareRecord_device_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FirmwareRecord_device_feature", "_UI_FirmwareRecord_type"),
				 FacilityPackage.Literals.FIRMWARE_RECORD__DEVICE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Product Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProductIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FirmwareRecord_productId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FirmwareRecord_productId_feature", "_UI_FirmwareRecord_type"),
				 FacilityPackage.Literals.FIRMWARE_RECORD__PRODUCT_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Installed Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInstalledVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FirmwareRecord_installedVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FirmwareRecord_installedVersion_feature", "_UI_FirmwareRecord_type"),
				 FacilityPackage.Literals.FIRMWARE_RECORD__INSTALLED_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Latest Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLatestVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FirmwareRecord_latestVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FirmwareRecord_latestVersion_feature", "_UI_FirmwareRecord_type"),
				 FacilityPackage.Literals.FIRMWARE_RECORD__LATEST_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FirmwareRecord_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FirmwareRecord_status_feature", "_UI_FirmwareRecord_type"),
				 FacilityPackage.Literals.FIRMWARE_RECORD__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Update Plan feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUpdatePlanPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FirmwareRecord_updatePlan_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FirmwareRecord_updatePlan_feature", "_UI_FirmwareRecord_type"),
				 FacilityPackage.Literals.FIRMWARE_RECORD__UPDATE_PLAN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Planned Update feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlannedUpdatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FirmwareRecord_plannedUpdate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FirmwareRecord_plannedUpdate_feature", "_UI_FirmwareRecord_type"),
				 FacilityPackage.Literals.FIRMWARE_RECORD__PLANNED_UPDATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vendor Mitigation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVendorMitigationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FirmwareRecord_vendorMitigation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FirmwareRecord_vendorMitigation_feature", "_UI_FirmwareRecord_type"),
				 FacilityPackage.Literals.FIRMWARE_RECORD__VENDOR_MITIGATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Checked On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCheckedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FirmwareRecord_checkedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FirmwareRecord_checkedOn_feature", "_UI_FirmwareRecord_type"),
				 FacilityPackage.Literals.FIRMWARE_RECORD__CHECKED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hardware Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHardwareIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FirmwareRecord_hardwareId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FirmwareRecord_hardwareId_feature", "_UI_FirmwareRecord_type"),
				 FacilityPackage.Literals.FIRMWARE_RECORD__HARDWARE_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(FacilityPackage.Literals.FIRMWARE_RECORD__VULNERABILITIES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns FirmwareRecord.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/FirmwareRecord"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * a firmware record by device and product: FortiGate 60E FGT-EHR01 の FortiOS 6.0.4.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		FirmwareRecord record = (FirmwareRecord)object;
		io.sekisho.model.facility.Device device = record.getDevice();
		String deviceText = device == null ? "" : join(device.getModel(), device.getName());
		String product = device == null ? null : device.getOperatingSystem();
		if ((product == null || product.isBlank()) && record.getProductId() != null) {
			product = productOfCpe(record.getProductId());
		}
		String firmware = join(product, record.getInstalledVersion());
		if (deviceText.isEmpty()) {
			return firmware.isEmpty() ? getString("_UI_FirmwareRecord_type") : firmware;
		}
		return firmware.isEmpty() ? getString("_UI_FirmwareRecord_ofDevice", new Object[] { deviceText })
			: getString("_UI_FirmwareRecord_label", new Object[] { deviceText, firmware });
	}

	/**
	 * Words joined by a space, the empty ones left out.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	private static String join(String first, String second) {
		String a = first == null ? "" : first.strip();
		String b = second == null ? "" : second.strip();
		return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
	}

	/**
	 * The product of a CPE 2.3 name (cpe:2.3:o:fortinet:fortios:...: fortios), or the id itself when it is none.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	private static String productOfCpe(String productId) {
		String[] parts = productId.split(":");
		if (parts.length > 4 && "cpe".equals(parts[0])) {
			return parts[4].replace('_', ' ').replace("\\", "");
		}
		return productId.startsWith("cpe:") ? "" : productId;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(FirmwareRecord.class)) {
			case FacilityPackage.FIRMWARE_RECORD__PRODUCT_ID:
			case FacilityPackage.FIRMWARE_RECORD__INSTALLED_VERSION:
			case FacilityPackage.FIRMWARE_RECORD__LATEST_VERSION:
			case FacilityPackage.FIRMWARE_RECORD__STATUS:
			case FacilityPackage.FIRMWARE_RECORD__UPDATE_PLAN:
			case FacilityPackage.FIRMWARE_RECORD__PLANNED_UPDATE:
			case FacilityPackage.FIRMWARE_RECORD__VENDOR_MITIGATION:
			case FacilityPackage.FIRMWARE_RECORD__CHECKED_ON:
			case FacilityPackage.FIRMWARE_RECORD__HARDWARE_ID:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FacilityPackage.FIRMWARE_RECORD__VULNERABILITIES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(FacilityPackage.Literals.FIRMWARE_RECORD__VULNERABILITIES,
				 FacilityFactory.eINSTANCE.createVulnerability()));
	}

}
