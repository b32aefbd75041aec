/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.provider;


import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;

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
 * This is the item provider adapter for a {@link io.sekisho.model.facility.FacilityWorkbook} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class FacilityWorkbookItemProvider 
	extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FacilityWorkbookItemProvider(AdapterFactory adapterFactory) {
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

			addSchemaVersionPropertyDescriptor(object);
			addFingerprintSaltPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Schema Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSchemaVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FacilityWorkbook_schemaVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FacilityWorkbook_schemaVersion_feature", "_UI_FacilityWorkbook_type"),
				 FacilityPackage.Literals.FACILITY_WORKBOOK__SCHEMA_VERSION,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fingerprint Salt feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFingerprintSaltPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FacilityWorkbook_fingerprintSalt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FacilityWorkbook_fingerprintSalt_feature", "_UI_FacilityWorkbook_type"),
				 FacilityPackage.Literals.FACILITY_WORKBOOK__FINGERPRINT_SALT,
				 false,
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
			childrenFeatures.add(FacilityPackage.Literals.FACILITY_WORKBOOK__FACILITY);
			childrenFeatures.add(FacilityPackage.Literals.FACILITY_WORKBOOK__ORGANIZATIONS);
			childrenFeatures.add(FacilityPackage.Literals.FACILITY_WORKBOOK__ZONES);
			childrenFeatures.add(FacilityPackage.Literals.FACILITY_WORKBOOK__DEVICES);
			childrenFeatures.add(FacilityPackage.Literals.FACILITY_WORKBOOK__LINKS);
			childrenFeatures.add(FacilityPackage.Literals.FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS);
			childrenFeatures.add(FacilityPackage.Literals.FACILITY_WORKBOOK__ACCOUNTS);
			childrenFeatures.add(FacilityPackage.Literals.FACILITY_WORKBOOK__FIRMWARE_RECORDS);
			childrenFeatures.add(FacilityPackage.Literals.FACILITY_WORKBOOK__CHECKLIST_ASSESSMENTS);
			childrenFeatures.add(FacilityPackage.Literals.FACILITY_WORKBOOK__CONTACTS);
			childrenFeatures.add(FacilityPackage.Literals.FACILITY_WORKBOOK__FINDINGS);
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
	 * This returns FacilityWorkbook.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/FacilityWorkbook"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * the workbook is named by its facility (厚労記念病院), never by its id.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		io.sekisho.model.facility.Facility facility = ((FacilityWorkbook)object).getFacility();
		String name = facility == null ? null : facility.getName();
		return name == null || name.isBlank() ? getString("_UI_FacilityWorkbook_type") : name;
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

		switch (notification.getFeatureID(FacilityWorkbook.class)) {
			case FacilityPackage.FACILITY_WORKBOOK__SCHEMA_VERSION:
			case FacilityPackage.FACILITY_WORKBOOK__FINGERPRINT_SALT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FacilityPackage.FACILITY_WORKBOOK__FACILITY:
			case FacilityPackage.FACILITY_WORKBOOK__ORGANIZATIONS:
			case FacilityPackage.FACILITY_WORKBOOK__ZONES:
			case FacilityPackage.FACILITY_WORKBOOK__DEVICES:
			case FacilityPackage.FACILITY_WORKBOOK__LINKS:
			case FacilityPackage.FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS:
			case FacilityPackage.FACILITY_WORKBOOK__ACCOUNTS:
			case FacilityPackage.FACILITY_WORKBOOK__FIRMWARE_RECORDS:
			case FacilityPackage.FACILITY_WORKBOOK__CHECKLIST_ASSESSMENTS:
			case FacilityPackage.FACILITY_WORKBOOK__CONTACTS:
			case FacilityPackage.FACILITY_WORKBOOK__FINDINGS:
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
				(FacilityPackage.Literals.FACILITY_WORKBOOK__FACILITY,
				 FacilityFactory.eINSTANCE.createFacility()));

		newChildDescriptors.add
			(createChildParameter
				(FacilityPackage.Literals.FACILITY_WORKBOOK__ORGANIZATIONS,
				 FacilityFactory.eINSTANCE.createOrganization()));

		newChildDescriptors.add
			(createChildParameter
				(FacilityPackage.Literals.FACILITY_WORKBOOK__ZONES,
				 FacilityFactory.eINSTANCE.createZone()));

		newChildDescriptors.add
			(createChildParameter
				(FacilityPackage.Literals.FACILITY_WORKBOOK__DEVICES,
				 FacilityFactory.eINSTANCE.createDevice()));

		newChildDescriptors.add
			(createChildParameter
				(FacilityPackage.Literals.FACILITY_WORKBOOK__LINKS,
				 FacilityFactory.eINSTANCE.createLink()));

		newChildDescriptors.add
			(createChildParameter
				(FacilityPackage.Literals.FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS,
				 FacilityFactory.eINSTANCE.createExternalConnection()));

		newChildDescriptors.add
			(createChildParameter
				(FacilityPackage.Literals.FACILITY_WORKBOOK__ACCOUNTS,
				 FacilityFactory.eINSTANCE.createAccount()));

		newChildDescriptors.add
			(createChildParameter
				(FacilityPackage.Literals.FACILITY_WORKBOOK__FIRMWARE_RECORDS,
				 FacilityFactory.eINSTANCE.createFirmwareRecord()));

		newChildDescriptors.add
			(createChildParameter
				(FacilityPackage.Literals.FACILITY_WORKBOOK__CHECKLIST_ASSESSMENTS,
				 FacilityFactory.eINSTANCE.createChecklistAssessment()));

		newChildDescriptors.add
			(createChildParameter
				(FacilityPackage.Literals.FACILITY_WORKBOOK__CONTACTS,
				 FacilityFactory.eINSTANCE.createContact()));

		newChildDescriptors.add
			(createChildParameter
				(FacilityPackage.Literals.FACILITY_WORKBOOK__FINDINGS,
				 FacilityFactory.eINSTANCE.createFinding()));
	}

}
