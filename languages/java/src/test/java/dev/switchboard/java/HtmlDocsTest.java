package dev.switchboard.java;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Descriptions written in HTML, as Stripe's are, become well-formed Javadoc. */
class HtmlDocsTest {
  private static final String DESCRIPTION = "<p>A <code>Charge</code> object represents a single attempt "
      + "to move money. See <a href=\"https://stripe.com/docs/api/charges?a=1&amp;b=2\">the <strong>API</strong> "
      + "docs</a> &amp; <a href=\"javascript:alert(1)\">this</a>.</p><ul><li>Ends */ here</li><li>{@link X} "
      + "@deprecated<br>next</li></ul><p>Unclosed <em>emphasis";

  @TempDir
  Path dir;

  @Test
  void htmlBecomesJavadocHtml() {
    assertThat(Javadoc.prose(DESCRIPTION)).isEqualTo("A <code>Charge</code> object represents a single attempt to "
        + "move money. See <a href=\"https://stripe.com/docs/api/charges?a=1&amp;b=2\">the <strong>API</strong> "
        + "docs</a> &amp; this.\n<ul>\n<li>Ends *&#47; here</li>\n<li>&#123;&#64;link X&#125; &#64;deprecated"
        + "<br>\nnext</li>\n</ul>\n<p>Unclosed <em>emphasis</em>");
  }

  @Test
  void generatedModelsCarryTheConvertedJavadoc() {
    String spec = Specs.openapi("""
        paths: {}
        components:
          schemas:
            Charge:
              type: object
              description: '%s'
              properties:
                amount: {type: integer, description: '<p>Amount in <code>cents</code>.</p>'}
        """.formatted(DESCRIPTION.replace("'", "''")));
    String model = Pipeline.generate(Specs.write(dir, "openapi.yaml", spec), new JavaPlugin()).files().entrySet()
        .stream().filter(e -> e.getKey().endsWith("/Charge.java")).map(e -> new String(e.getValue()))
        .findFirst().orElseThrow();
    assertThat(model).contains("href=\"https://stripe.com/docs/api/charges?a=1&amp;b=2\">the <strong>API</strong>");
    assertThat(model).contains("Amount in <code>cents</code>.");
    assertThat(model).doesNotContain("<p>A");
    assertThat(model).doesNotContain("javascript:");
  }

  @Test
  void theJavadocPassesDoclintAndLint() {
    String comment = "/**\n * " + Javadoc.prose(DESCRIPTION).replace("\n", "\n * ") + "\n */\n";
    String source = "package probe;\n\n" + comment + "public final class Probe {\n  /** Not instantiated. */\n  private Probe() {}\n}\n";
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///probe/Probe.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> options = List.of("-Xdoclint:all", "-Xlint:all", "-Werror", "-d", dir.toString());
    boolean compiled = javac.getTask(output, null, null, options, null, List.of(file)).call();
    assertThat(output.toString()).isEmpty();
    assertThat(compiled).isTrue();
  }
}
