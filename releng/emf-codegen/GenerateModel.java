import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
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
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of org.carelens.model into its src-gen/ folder, outside Eclipse and without Xtext.
 */
public final class GenerateModel {

	public static void main(String[] args) throws IOException {
		Path bundle = Path.of(args.length > 0 ? args[0] : "../../bundles/org.carelens.model").toAbsolutePath().normalize();
		Path ecore = bundle.resolve("model/carelens.ecore");
		Path genmodelFile = bundle.resolve("model/carelens.genmodel");

		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		// the genmodel refers to its ecore relative to itself; both must resolve as files
		resources.getURIConverter().getURIMap().put(URI.createURI("platform:/resource/org.carelens.model/"),
				URI.createFileURI(bundle.toString() + "/"));

		GenModel genModel;
		if (!Files.exists(genmodelFile)) {
			Resource ecoreResource = resources.getResource(URI.createFileURI(ecore.toString()), true);
			EPackage ePackage = (EPackage) ecoreResource.getContents().get(0);
			genModel = GenModelFactory.eINSTANCE.createGenModel();
			genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
			genModel.setModelDirectory("/org.carelens.model/src-gen");
			genModel.setModelPluginID("org.carelens.model");
			genModel.setModelName("CareLens");
			genModel.setImporterID("org.eclipse.emf.importer.ecore");
			genModel.setCopyrightFields(false);
			genModel.setCopyrightText("Generated from model/carelens.ecore by releng/emf-codegen; do not edit.");
			genModel.getForeignModel().add("carelens.ecore");
			genModel.initialize(List.of(ePackage));
			GenPackage genPackage = genModel.getGenPackages().get(0);
			genPackage.setBasePackage("org.carelens");
			genPackage.setPrefix("CareLens");
			genPackage.setResource(org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind.XMI_LITERAL);
			genPackage.setFileExtensions("carelens");
			Resource genResource = resources.createResource(URI.createFileURI(genmodelFile.toString()));
			genResource.getContents().add(genModel);
			genResource.save(Map.of());
		} else {
			genModel = (GenModel) resources.getResource(URI.createFileURI(genmodelFile.toString()), true).getContents().get(0);
			genModel.reconcile();
		}
		genModel.setCanGenerate(true);
		genModel.setUpdateClasspath(false);

		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(System.out));
		System.out.println("generation: " + result.getMessage() + " (severity " + result.getSeverity() + ")");
		for (Diagnostic child : result.getChildren()) {
			System.out.println("  " + child.getMessage());
		}
	}
}
