package io.sekisho.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class RemoveUnusedImportsTest
{
  @Test
  void removesUnusedImportsAndEmptyGroups()
  {
    String source = """
      package x;

      import a.B;
      import a.C;

      import d.E;

      import f.G;

      /** {@link C} */
      public class X { B b; G g; }
      """;
    assertEquals("""
      package x;

      import a.B;
      import a.C;

      import f.G;

      /** {@link C} */
      public class X { B b; G g; }
      """, StandaloneGeneratorAdapterFactory.removeUnusedImports(source));
  }

  @Test
  void keepsImportsUsedInQualifiedNamesAnnotationsAndTypeLiterals()
  {
    String source = """
      package x;

      import a.Outer;
      import a.Ann;
      import a.Lit;
      import static a.S.s;
      import b.*;

      @Ann
      public class X { Object o = Outer.Inner.CONST; Class<?> c = Lit.class; }
      """;
    assertSame(source, StandaloneGeneratorAdapterFactory.removeUnusedImports(source));
  }
}
