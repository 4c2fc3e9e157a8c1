/**
 */
package org.sightline.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.sightline.model.Claim;
import org.sightline.model.SightlineFactory;
import org.sightline.model.SightlinePackage;

import org.sightline.model.edit.Labels;

/**
 * This is the item provider adapter for a {@link org.sightline.model.Claim} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ClaimItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClaimItemProvider(AdapterFactory adapterFactory) {
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

			addDocumentPropertyDescriptor(object);
			addSourcePropertyDescriptor(object);
			addSourceTextPropertyDescriptor(object);
			addCuePropertyDescriptor(object);
			addContentPropertyDescriptor(object);
			addTypePropertyDescriptor(object);
			addModalityPropertyDescriptor(object);
			addConfidencePropertyDescriptor(object);
			addPolarityPropertyDescriptor(object);
			addTargetsPropertyDescriptor(object);
			addTopicsPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addExtractorIdPropertyDescriptor(object);
			addNotePropertyDescriptor(object);
			addRulePropertyDescriptor(object);
			addHiddenPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Document feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDocumentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_document_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_document_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__DOCUMENT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_source_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_source_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__SOURCE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourceTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_sourceText_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_sourceText_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__SOURCE_TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cue feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_cue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_cue_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__CUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Content feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_content_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_content_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__CONTENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_type_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_type_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Modality feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModalityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_modality_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_modality_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__MODALITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Confidence feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConfidencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_confidence_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_confidence_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__CONFIDENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Polarity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPolarityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_polarity_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_polarity_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__POLARITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Targets feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_targets_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_targets_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__TARGETS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Topics feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTopicsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_topics_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_topics_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__TOPICS,
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
				 getString("_UI_Claim_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_status_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Extractor Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExtractorIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_extractorId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_extractorId_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__EXTRACTOR_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Note feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_note_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_note_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__NOTE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rule feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRulePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_rule_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_rule_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__RULE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hidden feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHiddenPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Claim_hidden_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Claim_hidden_feature", "_UI_Claim_type"),
				 SightlinePackage.Literals.CLAIM__HIDDEN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
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
			childrenFeatures.add(SightlinePackage.Literals.CLAIM__SOURCE_SPAN);
			childrenFeatures.add(SightlinePackage.Literals.CLAIM__CUE_SPAN);
			childrenFeatures.add(SightlinePackage.Literals.CLAIM__CONTENT_SPAN);
			childrenFeatures.add(SightlinePackage.Literals.CLAIM__CONTENT_PARTS);
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
	 * This returns Claim.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Claim"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		return Labels.claim((Claim)object);
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

		switch (notification.getFeatureID(Claim.class)) {
			case SightlinePackage.CLAIM__SOURCE_TEXT:
			case SightlinePackage.CLAIM__CUE:
			case SightlinePackage.CLAIM__CONTENT:
			case SightlinePackage.CLAIM__TYPE:
			case SightlinePackage.CLAIM__MODALITY:
			case SightlinePackage.CLAIM__CONFIDENCE:
			case SightlinePackage.CLAIM__POLARITY:
			case SightlinePackage.CLAIM__TOPICS:
			case SightlinePackage.CLAIM__STATUS:
			case SightlinePackage.CLAIM__EXTRACTOR_ID:
			case SightlinePackage.CLAIM__NOTE:
			case SightlinePackage.CLAIM__RULE:
			case SightlinePackage.CLAIM__HIDDEN:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SightlinePackage.CLAIM__SOURCE_SPAN:
			case SightlinePackage.CLAIM__CUE_SPAN:
			case SightlinePackage.CLAIM__CONTENT_SPAN:
			case SightlinePackage.CLAIM__CONTENT_PARTS:
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
				(SightlinePackage.Literals.CLAIM__SOURCE_SPAN,
				 SightlineFactory.eINSTANCE.createTextSpan()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CLAIM__SOURCE_SPAN,
				 SightlineFactory.eINSTANCE.createStructureSpan()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CLAIM__CUE_SPAN,
				 SightlineFactory.eINSTANCE.createTextSpan()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CLAIM__CUE_SPAN,
				 SightlineFactory.eINSTANCE.createStructureSpan()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CLAIM__CONTENT_SPAN,
				 SightlineFactory.eINSTANCE.createTextSpan()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CLAIM__CONTENT_SPAN,
				 SightlineFactory.eINSTANCE.createStructureSpan()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CLAIM__CONTENT_PARTS,
				 SightlineFactory.eINSTANCE.createTextSpan()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CLAIM__CONTENT_PARTS,
				 SightlineFactory.eINSTANCE.createStructureSpan()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == SightlinePackage.Literals.CLAIM__SOURCE_SPAN ||
			childFeature == SightlinePackage.Literals.CLAIM__CUE_SPAN ||
			childFeature == SightlinePackage.Literals.CLAIM__CONTENT_SPAN ||
			childFeature == SightlinePackage.Literals.CLAIM__CONTENT_PARTS;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
