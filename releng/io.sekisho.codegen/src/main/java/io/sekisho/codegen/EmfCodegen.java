/*
 * Headless EMF code generation (GenModel -> model / edit code) without Eclipse/OSGi,
 * plus a drift check that fails when the committed generated code is not what the
 * .ecore/.genmodel produce.
 *
 * Usage:
 *   EmfCodegen generate|check|reload
 *       --genmodel <file>                  (repeatable)
 *       --project  <projectName>=<dir>     (repeatable; maps platform:/resource/<projectName>/ to <dir>)
 *       [--types model,edit]               (default: model,edit; also: editor,tests)
 *       [--work <dir>]                     (scratch folder, default target/emf-check)
 *       [--keep-stale]                     (generate: do not delete stale files in the generated source folders)
 *       [--strict[=true|false]]            (no hand edits in the generated source folders: "generate" starts from
 *                                           empty folders, "check" compares them with a fresh generation, so
 *                                           "@generated NOT" and untagged members are reported as drift)
 *
 * generate  regenerates in place like "Generate Model/Edit Code" in the IDE (JMerge honours
 *           "@generated NOT", plugin.xml / MANIFEST.MF / plugin.properties are merged, icons are kept),
 *           then deletes files in the generated source folders that the genmodel no longer produces.
 * check     copies the projects to --work, regenerates the copies the same way and compares them with
 *           the originals (ignoring only trailing whitespace / CR at line ends); also reports stale files
 *           (and, with --strict, hand edits). Exit code 1 on drift.
 * reload    re-initialises the .genmodel from its .ecore (like "Reload..." in the IDE): new classes/features
 *           get default gen settings, existing settings are kept.
 */
package io.sekisho.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenClassifier;
import org.eclipse.emf.codegen.ecore.genmodel.GenEnum;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

public final class EmfCodegen
{
  /** Folders never copied / compared. */
  private static final Set<String> SKIPPED_DIRS = Set.of("target", "bin", ".git", ".settings");

  private static final Set<Path> REPORTED = new java.util.HashSet<>();

  private final List<Path> genModels = new ArrayList<>();
  private final Map<String, Path> projects = new LinkedHashMap<>();
  private final List<String> types = new ArrayList<>(List.of("model", "edit"));
  private Path work = Path.of("target", "emf-check");
  private boolean keepStale;
  private boolean strict;

  public static void main(String[] args) throws Exception
  {
    int rc = new EmfCodegen().run(args);
    if (rc != 0)
    {
      System.exit(rc);
    }
  }

  int run(String[] args) throws Exception
  {
    if (args.length == 0)
    {
      throw new IllegalArgumentException("usage: generate|check|reload --genmodel <file> --project <name>=<dir> ...");
    }
    String mode = args[0];
    for (int i = 1; i < args.length; i++)
    {
      switch (args[i])
      {
        case "--genmodel" -> genModels.add(Path.of(args[++i]).toAbsolutePath().normalize());
        case "--project" ->
        {
          String[] kv = args[++i].split("=", 2);
          projects.put(kv[0], Path.of(kv[1]).toAbsolutePath().normalize());
        }
        case "--types" ->
        {
          types.clear();
          types.addAll(Arrays.asList(args[++i].split(",")));
        }
        case "--work" -> work = Path.of(args[++i]).toAbsolutePath().normalize();
        case "--keep-stale" -> keepStale = true;
        case "--strict", "--strict=true" -> strict = true;
        case "--strict=false" -> strict = false;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }

    // The generator and JMerge use the platform line separator; make the output independent of the OS.
    System.setProperty("line.separator", "\n");

    long start = System.nanoTime();
    int rc = switch (mode)
    {
      case "generate" -> generateInPlace();
      case "check" -> check();
      case "reload" -> reload();
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    };
    System.out.printf("[emf-codegen] %s finished in %d ms%n", mode, (System.nanoTime() - start) / 1_000_000);
    return rc;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // modes

  private int generateInPlace() throws IOException
  {
    Path fresh = work.resolve("fresh");
    deleteTree(fresh);
    try
    {
      Set<String> produced = generateFresh(fresh);
      if (strict)
      {
        // start from empty generated source folders: no merge with hand edits
        for (String folder : generatedFolders(produced))
        {
          deleteTree(resolve(folder));
        }
      }
      generate(projects);
      if (!keepStale)
      {
        for (String stale : staleFiles(produced))
        {
          System.out.println("[emf-codegen] deleting stale generated file " + stale);
          Files.delete(resolve(stale));
        }
      }
      System.out.println("[emf-codegen] generated " + produced.size() + " files for " + projects.keySet());
      return 0;
    }
    finally
    {
      deleteTree(fresh);
    }
  }

  private int check() throws IOException
  {
    deleteTree(work);
    Path mergeRoot = work.resolve("merge");
    Map<String, Path> copies = new LinkedHashMap<>();
    for (Map.Entry<String, Path> project : projects.entrySet())
    {
      Path copy = mergeRoot.resolve(project.getKey());
      copyTree(project.getValue(), copy);
      copies.put(project.getKey(), copy);
    }
    generate(copies);

    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Path> project : projects.entrySet())
    {
      Path original = project.getValue();
      Path copy = copies.get(project.getKey());
      for (Path file : listFiles(copy))
      {
        Path rel = copy.relativize(file);
        Path committed = original.resolve(rel);
        String name = project.getKey() + "/" + rel;
        if (!Files.exists(committed))
        {
          problems.add("not committed (generator produces it): " + name);
        }
        else if (!sameContent(committed, file))
        {
          problems.add("differs from generator output:       " + name + firstDifference(committed, file));
        }
      }
    }

    Path freshRoot = work.resolve("fresh");
    Set<String> produced = generateFresh(freshRoot);
    for (String stale : staleFiles(produced))
    {
      problems.add("stale (genmodel no longer produces it): " + stale);
    }
    if (strict)
    {
      Set<String> folders = generatedFolders(produced);
      for (String file : produced)
      {
        Path committed = resolve(file);
        if (folders.stream().anyMatch(f -> file.startsWith(f + "/")) && Files.exists(committed)
          && !sameContent(committed, freshRoot.resolve(file)))
        {
          problems.add("hand-edited (strict mode, differs from fresh generation): " + file + firstDifference(committed, freshRoot.resolve(file)));
        }
      }
    }

    if (problems.isEmpty())
    {
      System.out.println("[emf-codegen] generated code is up to date (" + produced.size() + " files checked)");
      return 0;
    }
    System.out.println("[emf-codegen] ERROR: committed generated code is out of date with the .ecore/.genmodel:");
    problems.forEach(p -> System.out.println("  " + p));
    System.out.println("[emf-codegen] regenerated copies are in " + mergeRoot);
    System.out.println("[emf-codegen] fix: run  ./mvnw -Pgenerate-model -pl releng/io.sekisho.codegen process-classes  and commit the result");
    return 1;
  }

  private int reload() throws IOException
  {
    for (Path genModelFile : genModels)
    {
      ResourceSet resourceSet = createResourceSet(projects);
      Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
      GenModel oldGenModel = (GenModel)resource.getContents().get(0);
      List<EPackage> ePackages = new ArrayList<>();
      for (GenPackage genPackage : oldGenModel.getGenPackages())
      {
        ePackages.add(genPackage.getEcorePackage());
      }
      GenModel newGenModel = GenModelFactory.eINSTANCE.createGenModel();
      newGenModel.initialize(ePackages);
      newGenModel.getForeignModel().addAll(oldGenModel.getForeignModel());
      newGenModel.setImporterID(oldGenModel.getImporterID());
      newGenModel.getUsedGenPackages().addAll(oldGenModel.getUsedGenPackages());
      newGenModel.reconcile(oldGenModel);
      resource.getContents().set(0, newGenModel);
      Map<Object, Object> options = new HashMap<>();
      options.put(XMLResource.OPTION_LINE_WIDTH, 80);
      options.put(Resource.OPTION_LINE_DELIMITER, "\n");
      resource.save(options);
      System.out.println("[emf-codegen] reloaded " + genModelFile);
    }
    return 0;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // generation

  /** Generates into empty project folders below {@code root}; returns the produced files as "project/relative/path". */
  private Set<String> generateFresh(Path root) throws IOException
  {
    Map<String, Path> fresh = new LinkedHashMap<>();
    for (String name : projects.keySet())
    {
      fresh.put(name, Files.createDirectories(root.resolve(name)));
    }
    generate(fresh);
    Set<String> result = new TreeSet<>();
    for (Map.Entry<String, Path> project : fresh.entrySet())
    {
      for (Path file : listFiles(project.getValue()))
      {
        result.add(project.getKey() + "/" + project.getValue().relativize(file).toString().replace('\\', '/'));
      }
    }
    return result;
  }

  private void generate(Map<String, Path> projectDirs)
  {
    long start = System.nanoTime();
    for (Path genModelFile : genModels)
    {
      ResourceSet resourceSet = createResourceSet(projectDirs);
      Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
      GenModel genModel = (GenModel)resource.getContents().get(0);
      EcoreUtil.resolveAll(resourceSet);
      // Like the IDE: reconcile() drops gen settings of deleted Ecore elements and adds default settings for new
      // ones (in memory only; "reload" persists them).
      reportIncompleteGenModel(genModelFile, genModel);
      genModel.reconcile();
      genModel.setCanGenerate(true);
      failOnProblems(genModelFile, resourceSet);
      Diagnostic validation = genModel.diagnose();
      if (validation.getSeverity() == Diagnostic.ERROR)
      {
        throw new IllegalStateException("genmodel " + genModelFile + " is invalid:\n" + format(validation));
      }

      Generator generator = new Generator();
      generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, StandaloneGeneratorAdapterFactory.DESCRIPTOR);
      generator.setInput(genModel);
      for (String type : types)
      {
        Object projectType = switch (type)
        {
          case "model" -> GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE;
          case "edit" -> GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE;
          case "editor" -> GenBaseGeneratorAdapter.EDITOR_PROJECT_TYPE;
          case "tests" -> GenBaseGeneratorAdapter.TESTS_PROJECT_TYPE;
          default -> throw new IllegalArgumentException("unknown type " + type);
        };
        Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
        if (diagnostic.getSeverity() == Diagnostic.ERROR)
        {
          throw new IllegalStateException("generation of " + type + " code failed:\n" + format(diagnostic));
        }
        else if (diagnostic.getSeverity() != Diagnostic.OK)
        {
          System.out.println("[emf-codegen] " + type + ": " + format(diagnostic));
        }
      }
    }
    System.out.printf("[emf-codegen]   generator pass into %s: %d ms%n", projectDirs.values().iterator().next().getParent(),
      (System.nanoTime() - start) / 1_000_000);
  }

  private static ResourceSet createResourceSet(Map<String, Path> projectDirs)
  {
    // stand-alone registrations (done by plugin.xml extensions when running in Eclipse)
    EcorePackage.eINSTANCE.eClass();
    GenModelPackage.eINSTANCE.eClass();

    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    // platform:/resource/<project>/ -> folder: this is how the workspace paths of the genmodel
    // (modelDirectory="/io.sekisho.model/src-gen" ...) are resolved outside Eclipse
    for (Map.Entry<String, Path> project : projectDirs.entrySet())
    {
      resourceSet.getURIConverter().getURIMap().put(
        URI.createPlatformResourceURI("/" + project.getKey() + "/", true),
        URI.createFileURI(project.getValue().toAbsolutePath().toString() + "/"));
    }
    return resourceSet;
  }

  private static void failOnProblems(Path genModelFile, ResourceSet resourceSet)
  {
    List<String> errors = new ArrayList<>();
    for (Resource resource : resourceSet.getResources())
    {
      resource.getErrors().forEach(e -> errors.add(resource.getURI() + ": " + e.getMessage()));
    }
    Map<org.eclipse.emf.ecore.EObject, java.util.Collection<org.eclipse.emf.ecore.EStructuralFeature.Setting>> unresolved =
      EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet);
    unresolved.keySet().forEach(proxy -> errors.add("unresolved reference " + EcoreUtil.getURI(proxy)));
    if (!errors.isEmpty())
    {
      throw new IllegalStateException("cannot load " + genModelFile + ":\n  " + String.join("\n  ", errors));
    }
  }

  /**
   * Ecore elements without Gen* counterpart get default settings from reconcile(), Gen* entries of deleted Ecore
   * elements are dropped by it; say so, once per run.
   */
  private static void reportIncompleteGenModel(Path genModelFile, GenModel genModel)
  {
    List<String> missing = new ArrayList<>();
    List<String> obsolete = new ArrayList<>();
    for (java.util.Iterator<org.eclipse.emf.ecore.EObject> i = genModel.eAllContents(); i.hasNext();)
    {
      org.eclipse.emf.ecore.EObject genElement = i.next();
      for (org.eclipse.emf.ecore.EReference reference : genElement.eClass().getEAllReferences())
      {
        if (!reference.isContainment() && !reference.isDerived() && !reference.isMany() && reference.getName().startsWith("ecore")
          && genElement.eGet(reference, false) instanceof org.eclipse.emf.ecore.EObject target && target.eIsProxy())
        {
          obsolete.add(((org.eclipse.emf.ecore.InternalEObject)target).eProxyURI().fragment());
        }
      }
    }
    if (!obsolete.isEmpty() && REPORTED.add(genModelFile.resolveSibling(genModelFile.getFileName() + "#obsolete")))
    {
      System.out.println("[emf-codegen] WARNING: " + genModelFile.getFileName() + " has entries for deleted Ecore elements " + obsolete
        + "; they are ignored. To remove them from the .genmodel run: ./mvnw -Pgenmodel-reload -pl releng/io.sekisho.codegen process-classes");
    }
    if (!obsolete.isEmpty())
    {
      return; // the rest of the analysis needs resolved references
    }
    for (GenPackage genPackage : genModel.getGenPackages())
    {
      Set<EClassifier> covered = new LinkedHashSet<>();
      for (GenClassifier genClassifier : genPackage.getGenClassifiers())
      {
        covered.add(genClassifier.getEcoreClassifier());
        if (genClassifier instanceof GenClass genClass)
        {
          Set<EStructuralFeature> features = new LinkedHashSet<>();
          for (GenFeature genFeature : genClass.getGenFeatures())
          {
            features.add(genFeature.getEcoreFeature());
          }
          for (EStructuralFeature feature : genClass.getEcoreClass().getEStructuralFeatures())
          {
            if (!features.contains(feature))
            {
              missing.add(genClass.getName() + "." + feature.getName());
            }
          }
        }
        else if (genClassifier instanceof GenEnum genEnum && genEnum.getEcoreClassifier() instanceof EEnum eEnum
          && genEnum.getGenEnumLiterals().size() != eEnum.getELiterals().size())
        {
          missing.add(genEnum.getName() + " (literals)");
        }
      }
      for (EClassifier eClassifier : genPackage.getEcorePackage().getEClassifiers())
      {
        if (!covered.contains(eClassifier))
        {
          missing.add(eClassifier.getName());
        }
      }
      if (!genPackage.getEcorePackage().getESubpackages().isEmpty()
        && genPackage.getNestedGenPackages().size() != genPackage.getEcorePackage().getESubpackages().size())
      {
        missing.add(genPackage.getPackageName() + " (sub-packages)");
      }
    }
    if (!missing.isEmpty() && REPORTED.add(genModelFile))
    {
      System.out.println("[emf-codegen] WARNING: " + genModelFile.getFileName() + " has no entries for " + missing
        + "; generating with default settings. To write them into the .genmodel run: ./mvnw -Pgenmodel-reload -pl releng/io.sekisho.codegen process-classes");
    }
  }

  private static String format(Diagnostic diagnostic)
  {
    StringBuilder result = new StringBuilder(String.valueOf(diagnostic.getMessage()));
    for (Diagnostic child : diagnostic.getChildren())
    {
      result.append("\n  ").append(format(child));
    }
    if (diagnostic.getException() != null)
    {
      result.append("\n  ").append(diagnostic.getException());
    }
    return result.toString();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // stale files, comparison, file utilities

  /** Files below the generated source folders (modelDirectory, editDirectory, ...) that the genmodel does not produce. */
  private List<String> staleFiles(Set<String> produced) throws IOException
  {
    List<String> result = new ArrayList<>();
    for (String folder : generatedFolders(produced))
    {
      Path dir = resolve(folder);
      if (Files.isDirectory(dir))
      {
        for (Path file : listFiles(dir))
        {
          String name = folder + "/" + dir.relativize(file).toString().replace('\\', '/');
          if (!produced.contains(name))
          {
            result.add(name);
          }
        }
      }
    }
    return result;
  }

  /** "project/srcfolder" of the generated Java files (modelDirectory, editDirectory, ...). */
  private static Set<String> generatedFolders(Set<String> produced)
  {
    Set<String> result = new TreeSet<>();
    for (String file : produced)
    {
      if (file.endsWith(".java"))
      {
        String[] segments = file.split("/");
        result.add(segments[0] + "/" + segments[1]);
      }
    }
    return result;
  }

  private Path resolve(String projectRelative)
  {
    int slash = projectRelative.indexOf('/');
    return projects.get(projectRelative.substring(0, slash)).resolve(projectRelative.substring(slash + 1));
  }

  private static boolean sameContent(Path a, Path b) throws IOException
  {
    byte[] x = Files.readAllBytes(a);
    byte[] y = Files.readAllBytes(b);
    if (Arrays.equals(x, y))
    {
      return true;
    }
    if (!isText(a))
    {
      return false;
    }
    return normalizedLines(x).equals(normalizedLines(y));
  }

  private static String firstDifference(Path committed, Path generated) throws IOException
  {
    if (!isText(committed))
    {
      return " (binary)";
    }
    List<String> a = normalizedLines(Files.readAllBytes(committed));
    List<String> b = normalizedLines(Files.readAllBytes(generated));
    for (int i = 0; i < Math.max(a.size(), b.size()); i++)
    {
      String x = i < a.size() ? a.get(i) : "<EOF>";
      String y = i < b.size() ? b.get(i) : "<EOF>";
      if (!x.equals(y))
      {
        return "\n      line " + (i + 1) + "\n      committed: " + x.strip() + "\n      generated: " + y.strip();
      }
    }
    return "";
  }

  private static boolean isText(Path file)
  {
    String name = file.getFileName().toString();
    return !(name.endsWith(".gif") || name.endsWith(".png") || name.endsWith(".jar"));
  }

  /** Lines with trailing whitespace (including CR) removed; trailing empty lines ignored. */
  private static List<String> normalizedLines(byte[] content)
  {
    List<String> lines = new ArrayList<>(new String(content, StandardCharsets.UTF_8).lines().map(String::stripTrailing).toList());
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty())
    {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static List<Path> listFiles(Path root) throws IOException
  {
    List<Path> result = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>()
      {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
        {
          return !dir.equals(root) && SKIPPED_DIRS.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
        {
          result.add(file);
          return FileVisitResult.CONTINUE;
        }
      });
    Collections.sort(result);
    return result;
  }

  private static void copyTree(Path from, Path to) throws IOException
  {
    Files.createDirectories(to);
    for (Path file : listFiles(from))
    {
      Path target = to.resolve(from.relativize(file));
      Files.createDirectories(target.getParent());
      Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static void deleteTree(Path root) throws IOException
  {
    if (Files.exists(root))
    {
      try (Stream<Path> paths = Files.walk(root))
      {
        paths.sorted(Collections.reverseOrder()).forEach(p -> {
          try
          {
            Files.delete(p);
          }
          catch (IOException e)
          {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }
}
