/**
 */
package org.sightline.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

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

import org.sightline.model.Corpus;
import org.sightline.model.SightlineFactory;
import org.sightline.model.SightlinePackage;

import org.sightline.model.edit.Labels;

/**
 * This is the item provider adapter for a {@link org.sightline.model.Corpus} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CorpusItemProvider 
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
	public CorpusItemProvider(AdapterFactory adapterFactory) {
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
			addNamePropertyDescriptor(object);
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
				 getString("_UI_Corpus_schemaVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Corpus_schemaVersion_feature", "_UI_Corpus_type"),
				 SightlinePackage.Literals.CORPUS__SCHEMA_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Corpus_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Corpus_name_feature", "_UI_Corpus_type"),
				 SightlinePackage.Literals.CORPUS__NAME,
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
			childrenFeatures.add(SightlinePackage.Literals.CORPUS__DOCUMENTS);
			childrenFeatures.add(SightlinePackage.Literals.CORPUS__ACTORS);
			childrenFeatures.add(SightlinePackage.Literals.CORPUS__CLAIMS);
			childrenFeatures.add(SightlinePackage.Literals.CORPUS__RELATIONS);
			childrenFeatures.add(SightlinePackage.Literals.CORPUS__HYPOTHESES);
			childrenFeatures.add(SightlinePackage.Literals.CORPUS__ASSESSMENTS);
			childrenFeatures.add(SightlinePackage.Literals.CORPUS__SAVED_FILTERS);
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
	 * This returns Corpus.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Corpus"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		return Labels.corpus((Corpus)object);
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

		switch (notification.getFeatureID(Corpus.class)) {
			case SightlinePackage.CORPUS__SCHEMA_VERSION:
			case SightlinePackage.CORPUS__NAME:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SightlinePackage.CORPUS__DOCUMENTS:
			case SightlinePackage.CORPUS__ACTORS:
			case SightlinePackage.CORPUS__CLAIMS:
			case SightlinePackage.CORPUS__RELATIONS:
			case SightlinePackage.CORPUS__HYPOTHESES:
			case SightlinePackage.CORPUS__ASSESSMENTS:
			case SightlinePackage.CORPUS__SAVED_FILTERS:
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
				(SightlinePackage.Literals.CORPUS__DOCUMENTS,
				 SightlineFactory.eINSTANCE.createDocument()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CORPUS__ACTORS,
				 SightlineFactory.eINSTANCE.createActor()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CORPUS__CLAIMS,
				 SightlineFactory.eINSTANCE.createClaim()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CORPUS__RELATIONS,
				 SightlineFactory.eINSTANCE.createClaimRelation()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CORPUS__HYPOTHESES,
				 SightlineFactory.eINSTANCE.createHypothesis()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CORPUS__ASSESSMENTS,
				 SightlineFactory.eINSTANCE.createAssessment()));

		newChildDescriptors.add
			(createChildParameter
				(SightlinePackage.Literals.CORPUS__SAVED_FILTERS,
				 SightlineFactory.eINSTANCE.createSavedFilter()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return SightlineEditPlugin.INSTANCE;
	}

}
