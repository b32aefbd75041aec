/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.provider;


import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.sekisho.model.facility.ExternalConnection} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ExternalConnectionItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExternalConnectionItemProvider(AdapterFactory adapterFactory) {
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

			addGatewayPropertyDescriptor(object);
			addPurposePropertyDescriptor(object);
			addCounterpartPropertyDescriptor(object);
			addZonePropertyDescriptor(object);
			addModePropertyDescriptor(object);
			addSourceRestrictionPropertyDescriptor(object);
			addSourceRestrictionDetailPropertyDescriptor(object);
			addMultiFactorAuthenticationPropertyDescriptor(object);
			addLoggingPropertyDescriptor(object);
			addApprovalProcedurePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Gateway feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGatewayPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExternalConnection_gateway_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExternalConnection_gateway_feature", "_UI_ExternalConnection_type"),
				 FacilityPackage.Literals.EXTERNAL_CONNECTION__GATEWAY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Purpose feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPurposePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExternalConnection_purpose_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExternalConnection_purpose_feature", "_UI_ExternalConnection_type"),
				 FacilityPackage.Literals.EXTERNAL_CONNECTION__PURPOSE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Counterpart feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCounterpartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExternalConnection_counterpart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExternalConnection_counterpart_feature", "_UI_ExternalConnection_type"),
				 FacilityPackage.Literals.EXTERNAL_CONNECTION__COUNTERPART,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Zone feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addZonePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExternalConnection_zone_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExternalConnection_zone_feature", "_UI_ExternalConnection_type"),
				 FacilityPackage.Literals.EXTERNAL_CONNECTION__ZONE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExternalConnection_mode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExternalConnection_mode_feature", "_UI_ExternalConnection_type"),
				 FacilityPackage.Literals.EXTERNAL_CONNECTION__MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source Restriction feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourceRestrictionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExternalConnection_sourceRestriction_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExternalConnection_sourceRestriction_feature", "_UI_ExternalConnection_type"),
				 FacilityPackage.Literals.EXTERNAL_CONNECTION__SOURCE_RESTRICTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source Restriction Detail feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourceRestrictionDetailPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExternalConnection_sourceRestrictionDetail_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExternalConnection_sourceRestrictionDetail_feature", "_UI_ExternalConnection_type"),
				 FacilityPackage.Literals.EXTERNAL_CONNECTION__SOURCE_RESTRICTION_DETAIL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Multi Factor Authentication feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMultiFactorAuthenticationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExternalConnection_multiFactorAuthentication_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExternalConnection_multiFactorAuthentication_feature", "_UI_ExternalConnection_type"),
				 FacilityPackage.Literals.EXTERNAL_CONNECTION__MULTI_FACTOR_AUTHENTICATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Logging feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLoggingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExternalConnection_logging_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExternalConnection_logging_feature", "_UI_ExternalConnection_type"),
				 FacilityPackage.Literals.EXTERNAL_CONNECTION__LOGGING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Approval Procedure feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addApprovalProcedurePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ExternalConnection_approvalProcedure_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ExternalConnection_approvalProcedure_feature", "_UI_ExternalConnection_type"),
				 FacilityPackage.Literals.EXTERNAL_CONNECTION__APPROVAL_PROCEDURE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ExternalConnection.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ExternalConnection"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ExternalConnection)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ExternalConnection_type") :
			getString("_UI_ExternalConnection_type") + " " + label;
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

		switch (notification.getFeatureID(ExternalConnection.class)) {
			case FacilityPackage.EXTERNAL_CONNECTION__PURPOSE:
			case FacilityPackage.EXTERNAL_CONNECTION__MODE:
			case FacilityPackage.EXTERNAL_CONNECTION__SOURCE_RESTRICTION:
			case FacilityPackage.EXTERNAL_CONNECTION__SOURCE_RESTRICTION_DETAIL:
			case FacilityPackage.EXTERNAL_CONNECTION__MULTI_FACTOR_AUTHENTICATION:
			case FacilityPackage.EXTERNAL_CONNECTION__LOGGING:
			case FacilityPackage.EXTERNAL_CONNECTION__APPROVAL_PROCEDURE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
