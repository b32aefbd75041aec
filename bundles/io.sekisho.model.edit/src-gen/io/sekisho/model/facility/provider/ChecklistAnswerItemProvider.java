/**
 * Copyright (c) 2026 Sekisho contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.sekisho.model.facility.provider;


import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.FacilityPackage;

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
 * This is the item provider adapter for a {@link io.sekisho.model.facility.ChecklistAnswer} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ChecklistAnswerItemProvider 
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
	public ChecklistAnswerItemProvider(AdapterFactory adapterFactory) {
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

			addItemIdPropertyDescriptor(object);
			addDeviceColumnPropertyDescriptor(object);
			addRound1PropertyDescriptor(object);
			addRound1DatePropertyDescriptor(object);
			addRound2PropertyDescriptor(object);
			addRound2DatePropertyDescriptor(object);
			addTargetDatePropertyDescriptor(object);
			addRemarksPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Item Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addItemIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChecklistAnswer_itemId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChecklistAnswer_itemId_feature", "_UI_ChecklistAnswer_type"),
				 FacilityPackage.Literals.CHECKLIST_ANSWER__ITEM_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Device Column feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeviceColumnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChecklistAnswer_deviceColumn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChecklistAnswer_deviceColumn_feature", "_UI_ChecklistAnswer_type"),
				 FacilityPackage.Literals.CHECKLIST_ANSWER__DEVICE_COLUMN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Round1 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRound1PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChecklistAnswer_round1_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChecklistAnswer_round1_feature", "_UI_ChecklistAnswer_type"),
				 FacilityPackage.Literals.CHECKLIST_ANSWER__ROUND1,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Round1 Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRound1DatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChecklistAnswer_round1Date_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChecklistAnswer_round1Date_feature", "_UI_ChecklistAnswer_type"),
				 FacilityPackage.Literals.CHECKLIST_ANSWER__ROUND1_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Round2 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRound2PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChecklistAnswer_round2_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChecklistAnswer_round2_feature", "_UI_ChecklistAnswer_type"),
				 FacilityPackage.Literals.CHECKLIST_ANSWER__ROUND2,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Round2 Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRound2DatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChecklistAnswer_round2Date_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChecklistAnswer_round2Date_feature", "_UI_ChecklistAnswer_type"),
				 FacilityPackage.Literals.CHECKLIST_ANSWER__ROUND2_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChecklistAnswer_targetDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChecklistAnswer_targetDate_feature", "_UI_ChecklistAnswer_type"),
				 FacilityPackage.Literals.CHECKLIST_ANSWER__TARGET_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Remarks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRemarksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ChecklistAnswer_remarks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ChecklistAnswer_remarks_feature", "_UI_ChecklistAnswer_type"),
				 FacilityPackage.Literals.CHECKLIST_ANSWER__REMARKS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ChecklistAnswer.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ChecklistAnswer"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * an answer by its assessment, item and device column: 令和7年度版 医療機関確認用 2-⑥（サーバ）.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		ChecklistAnswer answer = (ChecklistAnswer)object;
		String item = answer.getItemId() == null ? "" : answer.getItemId();
		String column = answer.getDeviceColumn() == null || answer.getDeviceColumn().isBlank() || "general".equals(answer.getDeviceColumn()) ? ""
			: getString("_UI_ChecklistAnswer_column", new Object[] { columnLabel(answer.getDeviceColumn()) });
		String assessment = answer.eContainer() instanceof io.sekisho.model.facility.ChecklistAssessment container ? assessmentLabel(container) + " " : "";
		String label = assessment + item + column;
		return label.isBlank() ? getString("_UI_ChecklistAnswer_type") : label;
	}

	/**
	 * The label of an assessment: edition year and form, and the vendor of a vendor form.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	static String assessmentLabel(io.sekisho.model.facility.ChecklistAssessment assessment) {
		org.eclipse.emf.common.util.ResourceLocator locator = SekishoEditPlugin.INSTANCE;
		String form = assessment.getForm() == null ? "" : locator.getString("_UI_ChecklistForm_" + assessment.getForm().getName() + "_literal");
		int year = assessment.getFiscalYear();
		String label = year >= 2019
			? locator.getString("_UI_ChecklistAssessment_reiwaLabel", new Object[] { Integer.toString(year - 2018), form, Integer.toString(year) })
			: year > 0 ? locator.getString("_UI_ChecklistAssessment_yearLabel", new Object[] { Integer.toString(year), form }) : form;
		// a vendor's form names its vendor (two vendor forms of one edition are told apart); the person who answered is not part of the name
		String respondent = assessment.getRespondent() != null ? assessment.getRespondent().getName() : null;
		if (respondent != null && !respondent.isBlank()) {
			label = label + " / " + respondent;
		}
		return label.isBlank() ? locator.getString("_UI_ChecklistAssessment_type") : label;
	}

	/**
	 * The name of a device column of the MHLW form (全般, サーバ, 端末PC, ネットワーク機器).
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	private String columnLabel(String columnId) {
		return switch (columnId) {
			case "server", "clientPc", "networkDevice", "general" -> getString("_UI_ChecklistColumn_" + columnId);
			default -> columnId;
		};
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

		switch (notification.getFeatureID(ChecklistAnswer.class)) {
			case FacilityPackage.CHECKLIST_ANSWER__ITEM_ID:
			case FacilityPackage.CHECKLIST_ANSWER__DEVICE_COLUMN:
			case FacilityPackage.CHECKLIST_ANSWER__ROUND1:
			case FacilityPackage.CHECKLIST_ANSWER__ROUND1_DATE:
			case FacilityPackage.CHECKLIST_ANSWER__ROUND2:
			case FacilityPackage.CHECKLIST_ANSWER__ROUND2_DATE:
			case FacilityPackage.CHECKLIST_ANSWER__TARGET_DATE:
			case FacilityPackage.CHECKLIST_ANSWER__REMARKS:
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
