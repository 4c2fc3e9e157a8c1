package org.sightline.model.edit;

import java.util.HashMap;
import java.util.UUID;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.sightline.model.Corpus;
import org.sightline.model.io.WorkspaceStore;
import org.sightline.model.provider.SightlineItemProviderAdapterFactory;

/**
 * Entry point for editing a corpus with undo/redo: every analyst edit (confirm, reject, correct a span, merge actors)
 * is an EMF command executed on the domain's command stack, e.g.
 * {@code domain.getCommandStack().execute(SetCommand.create(domain, claim, SightlinePackage.Literals.CLAIM__STATUS, ReviewStatus.CONFIRMED))}.
 * Runs without OSGi, so the same code serves the workbench, the CLI and tests.
 *
 * @since 0.1.0
 */
public final class SightlineEditing {

    private SightlineEditing() {
    }

    /** Item providers for Sightline objects and resources, with EMF's reflective providers as fallback. */
    public static ComposedAdapterFactory createAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new SightlineItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /**
     * An editing domain with its own command stack for {@code corpus}. A corpus without a resource is put into an
     * in-memory one (WorkspaceStore.save gives it its file later); its resource joins the domain's resource set.
     */
    public static AdapterFactoryEditingDomain createEditingDomain(Corpus corpus) {
        return createEditingDomain(corpus, new BasicCommandStack());
    }

    /**
     * As {@link #createEditingDomain(Corpus)}, on {@code stack} (a subclass that journals or observes what runs on it).
     *
     * @since 0.2
     */
    public static AdapterFactoryEditingDomain createEditingDomain(Corpus corpus, BasicCommandStack stack) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(createAdapterFactory(), stack,
                new HashMap<Resource, Boolean>());
        Resource resource = corpus.eResource();
        if (resource == null) {
            // A unique name: two untitled corpora called alike must not share a URI.
            resource = WorkspaceStore.createResource(URI.createURI("memory:/" + UUID.randomUUID() + ".sightline"));
            resource.getContents().add(corpus);
        }
        if (resource.getResourceSet() == null) {
            domain.getResourceSet().getResources().add(resource);
        }
        return domain;
    }

    /** The label the views show for {@code object} (see {@link Labels}). */
    public static String label(AdapterFactoryEditingDomain domain, Object object) {
        IItemLabelProvider provider = (IItemLabelProvider) domain.getAdapterFactory().adapt(object, IItemLabelProvider.class);
        return provider == null ? String.valueOf(object) : provider.getText(object);
    }
}
