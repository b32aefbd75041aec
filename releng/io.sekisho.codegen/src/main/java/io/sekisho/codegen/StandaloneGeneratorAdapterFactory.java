package io.sekisho.codegen;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenClassGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenEnumGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenPackageGeneratorAdapter;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.ASTVisitor;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.ImportDeclaration;
import org.eclipse.jdt.core.dom.Name;
import org.eclipse.jdt.core.dom.QualifiedName;
import org.eclipse.jdt.core.dom.SimpleName;

/**
 * The stock {@link GenModelGeneratorAdapterFactory} with one stand-alone gap closed: when the generator merges into an
 * existing file, JMerge keeps all imports of the old file, and only Eclipse (with a Java project and bindings) removes
 * the unused ones ("importOrganizing"). Stand-alone, {@code organizeImports} is a no-op, so e.g. deleting an EClass
 * leaves {@code import ...DeletedClass;} in the package/factory/switch classes and the code no longer compiles.
 * Here unused single-type imports are removed syntactically (a simple name that occurs nowhere outside the import
 * declarations, Javadoc included, is unused).
 */
public class StandaloneGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory
{
  public static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = StandaloneGeneratorAdapterFactory::new;

  @Override
  public Adapter createGenModelAdapter()
  {
    if (genModelGeneratorAdapter == null)
    {
      genModelGeneratorAdapter = new GenModelGeneratorAdapter(this)
        {
          @Override
          protected String organizeImports(String path, String contents)
          {
            return removeUnusedImports(contents);
          }
        };
    }
    return genModelGeneratorAdapter;
  }

  @Override
  public Adapter createGenPackageAdapter()
  {
    if (genPackageGeneratorAdapter == null)
    {
      genPackageGeneratorAdapter = new GenPackageGeneratorAdapter(this)
        {
          @Override
          protected String organizeImports(String path, String contents)
          {
            return removeUnusedImports(contents);
          }
        };
    }
    return genPackageGeneratorAdapter;
  }

  @Override
  public Adapter createGenClassAdapter()
  {
    if (genClassGeneratorAdapter == null)
    {
      genClassGeneratorAdapter = new GenClassGeneratorAdapter(this)
        {
          @Override
          protected String organizeImports(String path, String contents)
          {
            return removeUnusedImports(contents);
          }
        };
    }
    return genClassGeneratorAdapter;
  }

  @Override
  public Adapter createGenEnumAdapter()
  {
    if (genEnumGeneratorAdapter == null)
    {
      genEnumGeneratorAdapter = new GenEnumGeneratorAdapter(this)
        {
          @Override
          protected String organizeImports(String path, String contents)
          {
            return removeUnusedImports(contents);
          }
        };
    }
    return genEnumGeneratorAdapter;
  }

  static String removeUnusedImports(String source)
  {
    ASTParser parser = ASTParser.newParser(AST.getJLSLatest());
    parser.setKind(ASTParser.K_COMPILATION_UNIT);
    parser.setSource(source.toCharArray());
    Map<String, String> options = JavaCore.getOptions();
    JavaCore.setComplianceOptions(JavaCore.latestSupportedJavaVersion(), options);
    options.put(JavaCore.COMPILER_DOC_COMMENT_SUPPORT, JavaCore.ENABLED);
    parser.setCompilerOptions(options);
    CompilationUnit unit = (CompilationUnit)parser.createAST(null);

    Set<String> usedNames = new HashSet<>();
    unit.accept(new ASTVisitor(true)
      {
        @Override
        public boolean visit(ImportDeclaration node)
        {
          return false;
        }

        @Override
        public boolean visit(QualifiedName node)
        {
          Name name = node;
          while (name instanceof QualifiedName qualified)
          {
            name = qualified.getQualifier();
          }
          usedNames.add(((SimpleName)name).getIdentifier());
          return false;
        }

        @Override
        public boolean visit(SimpleName node)
        {
          usedNames.add(node.getIdentifier());
          return false;
        }
      });

    List<?> imports = unit.imports();
    Set<Integer> unusedLines = new HashSet<>();
    for (Object object : imports)
    {
      ImportDeclaration importDeclaration = (ImportDeclaration)object;
      if (!importDeclaration.isStatic() && !importDeclaration.isOnDemand()
        && !usedNames.contains(((QualifiedName)importDeclaration.getName()).getName().getIdentifier()))
      {
        unusedLines.add(unit.getLineNumber(importDeclaration.getStartPosition()) - 1);
      }
    }
    if (unusedLines.isEmpty())
    {
      return source;
    }

    // Drop the lines of the unused imports (EMF writes one import per line). Import groups are separated by one
    // blank line; where a group became empty, collapse the blank lines around it.
    int firstImportLine = unit.getLineNumber(((ImportDeclaration)imports.get(0)).getStartPosition()) - 1;
    int lastImportLine = unit.getLineNumber(((ImportDeclaration)imports.get(imports.size() - 1)).getStartPosition()) - 1;
    String[] lines = source.split("(?<=\n)", -1);
    StringBuilder result = new StringBuilder(source.length());
    boolean previousBlank = false;
    for (int i = 0; i < lines.length; i++)
    {
      if (unusedLines.contains(i))
      {
        continue;
      }
      boolean blank = lines[i].isBlank() && !lines[i].isEmpty();
      if (blank && previousBlank && i > firstImportLine && i <= lastImportLine + 1)
      {
        continue;
      }
      result.append(lines[i]);
      previousBlank = blank;
    }
    return result.toString();
  }
}
