/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.provider;


import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.PasswordAssessment;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.sekisho.model.facility.PasswordAssessment} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PasswordAssessmentItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PasswordAssessmentItemProvider(AdapterFactory adapterFactory) {
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

			addProfileIdPropertyDescriptor(object);
			addScorePropertyDescriptor(object);
			addLengthPropertyDescriptor(object);
			addCharacterClassesPropertyDescriptor(object);
			addFindingCodesPropertyDescriptor(object);
			addFingerprintPropertyDescriptor(object);
			addFingerprintSchemePropertyDescriptor(object);
			addAssessedAtPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Profile Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProfileIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PasswordAssessment_profileId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PasswordAssessment_profileId_feature", "_UI_PasswordAssessment_type"),
				 FacilityPackage.Literals.PASSWORD_ASSESSMENT__PROFILE_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Score feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScorePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PasswordAssessment_score_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PasswordAssessment_score_feature", "_UI_PasswordAssessment_type"),
				 FacilityPackage.Literals.PASSWORD_ASSESSMENT__SCORE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Length feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLengthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PasswordAssessment_length_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PasswordAssessment_length_feature", "_UI_PasswordAssessment_type"),
				 FacilityPackage.Literals.PASSWORD_ASSESSMENT__LENGTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Character Classes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCharacterClassesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PasswordAssessment_characterClasses_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PasswordAssessment_characterClasses_feature", "_UI_PasswordAssessment_type"),
				 FacilityPackage.Literals.PASSWORD_ASSESSMENT__CHARACTER_CLASSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Finding Codes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFindingCodesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PasswordAssessment_findingCodes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PasswordAssessment_findingCodes_feature", "_UI_PasswordAssessment_type"),
				 FacilityPackage.Literals.PASSWORD_ASSESSMENT__FINDING_CODES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fingerprint feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFingerprintPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PasswordAssessment_fingerprint_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PasswordAssessment_fingerprint_feature", "_UI_PasswordAssessment_type"),
				 FacilityPackage.Literals.PASSWORD_ASSESSMENT__FINGERPRINT,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fingerprint Scheme feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFingerprintSchemePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PasswordAssessment_fingerprintScheme_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PasswordAssessment_fingerprintScheme_feature", "_UI_PasswordAssessment_type"),
				 FacilityPackage.Literals.PASSWORD_ASSESSMENT__FINGERPRINT_SCHEME,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Assessed At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAssessedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PasswordAssessment_assessedAt_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PasswordAssessment_assessedAt_feature", "_UI_PasswordAssessment_type"),
				 FacilityPackage.Literals.PASSWORD_ASSESSMENT__ASSESSED_AT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns PasswordAssessment.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PasswordAssessment"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * an assessment by its account: Administrator@EHR-SV01 のパスワード評価 (the profile id is a code).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		PasswordAssessment assessment = (PasswordAssessment)object;
		if (assessment.eContainer() instanceof io.sekisho.model.facility.Account account) {
			org.eclipse.emf.edit.provider.IItemLabelProvider labels = (org.eclipse.emf.edit.provider.IItemLabelProvider)getAdapterFactory().adapt(account, org.eclipse.emf.edit.provider.IItemLabelProvider.class);
			if (labels != null) {
				return getString("_UI_PasswordAssessment_label", new Object[] { labels.getText(account) });
			}
		}
		return getString("_UI_PasswordAssessment_type");
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

		switch (notification.getFeatureID(PasswordAssessment.class)) {
			case FacilityPackage.PASSWORD_ASSESSMENT__PROFILE_ID:
			case FacilityPackage.PASSWORD_ASSESSMENT__SCORE:
			case FacilityPackage.PASSWORD_ASSESSMENT__LENGTH:
			case FacilityPackage.PASSWORD_ASSESSMENT__CHARACTER_CLASSES:
			case FacilityPackage.PASSWORD_ASSESSMENT__FINDING_CODES:
			case FacilityPackage.PASSWORD_ASSESSMENT__FINGERPRINT:
			case FacilityPackage.PASSWORD_ASSESSMENT__FINGERPRINT_SCHEME:
			case FacilityPackage.PASSWORD_ASSESSMENT__ASSESSED_AT:
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

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return SekishoEditPlugin.INSTANCE;
	}

}
