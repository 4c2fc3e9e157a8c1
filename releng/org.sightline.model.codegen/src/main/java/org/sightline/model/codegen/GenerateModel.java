package org.sightline.model.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the Sightline EMF code outside Eclipse, the way "Reload + Generate Model/Edit Code" does in the IDE:
 * <ol>
 * <li>load {@code sightline.ecore} and the existing {@code sightline.genmodel};</li>
 * <li>build a fresh GenModel from the ecore and reconcile it with the old one, so classes/features added to the
 * ecore get their gen elements while every setting of the old genmodel is kept; save it;</li>
 * <li>run EMF's {@link Generator} for the model and edit projects. JMerge keeps members marked
 * {@code @generated NOT}.</li>
 * </ol>
 * Workspace paths such as {@code /org.sightline.model/src-gen} are mapped to the bundle folders under
 * {@code <root>/bundles}. Argument: the repository root (default: current directory).
 */
public final class GenerateModel {

    private static final String MODEL_BUNDLE = "org.sightline.model";
    private static final String EDIT_BUNDLE = "org.sightline.model.edit";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path modelBundle = root.resolve("bundles").resolve(MODEL_BUNDLE);
        Path genModelFile = modelBundle.resolve("model/sightline.genmodel");
        if (!Files.isRegularFile(genModelFile)) {
            throw new IllegalArgumentException("No genmodel at " + genModelFile + "; pass the repository root as argument");
        }

        ResourceSet resourceSet = createResourceSet(root);
        URI genModelUri = URI.createPlatformResourceURI("/" + MODEL_BUNDLE + "/model/sightline.genmodel", true);
        GenModel oldGenModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
        List<EPackage> ePackages = oldGenModel.getGenPackages().stream().map(GenPackage::getEcorePackage).toList();
        for (EPackage ePackage : ePackages) {
            if (ePackage == null || ePackage.eIsProxy()) {
                throw new IllegalStateException("genmodel " + genModelFile + " refers to an ecore package that does not load");
            }
            Diagnostic ecoreCheck = Diagnostician.INSTANCE.validate(ePackage);
            if (ecoreCheck.getSeverity() >= Diagnostic.ERROR) {
                throw new IllegalStateException("sightline.ecore is invalid: " + ecoreCheck);
            }
        }

        GenModel genModel = reload(oldGenModel, ePackages);
        genModel.eResource().save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 80));

        Diagnostic genModelCheck = genModel.diagnose();
        if (genModelCheck.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("sightline.genmodel is invalid: " + genModelCheck);
        }

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        BasicMonitor.Printing monitor = new BasicMonitor.Printing(System.out);
        for (Object projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, monitor);
            if (result.getSeverity() >= Diagnostic.ERROR) {
                throw new IllegalStateException("Generating " + projectType + " failed: " + result);
            }
        }
        System.out.println("Generated model and edit code from " + genModelFile);
    }

    /** The IDE's "Reload": a new GenModel for the ecore, with the settings of the old one. */
    private static GenModel reload(GenModel oldGenModel, List<EPackage> ePackages) {
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(ePackages);
        genModel.getForeignModel().addAll(oldGenModel.getForeignModel());
        genModel.setModelName(oldGenModel.getModelName());
        genModel.reconcile(oldGenModel);
        // No used GenPackage for Ecore: GenModel knows EString/EInt/... by itself, and listing Ecore.genmodel would
        // make the edit plugin delegate to EcoreEditPlugin, i.e. depend on org.eclipse.emf.ecore.edit for nothing.
        genModel.getUsedGenPackages().removeIf(p -> EcorePackage.eNS_URI.equals(p.getNSURI()));
        Resource resource = oldGenModel.eResource();
        resource.getContents().set(0, genModel);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setValidateModel(true);
        return genModel;
    }

    private static ResourceSet createResourceSet(Path root) {
        GenModelPackage.eINSTANCE.eClass();
        EcorePackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
        for (String bundle : List.of(MODEL_BUNDLE, EDIT_BUNDLE)) {
            uriMap.put(URI.createPlatformResourceURI("/" + bundle + "/", true),
                    URI.createFileURI(root.resolve("bundles").resolve(bundle) + "/"));
        }
        EcoreUtil.resolveAll(resourceSet);
        return resourceSet;
    }
}
