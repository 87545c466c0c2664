import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.IrJson;
import dev.switchboard.core.lower.Lowerer;
import dev.switchboard.core.lower.LoweringOptions;
import dev.switchboard.core.spec.LoadedSpec;
import dev.switchboard.core.spec.SpecLoader;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * In one JVM, alternating: a bare swagger-parser parse, then Switchboard's load, lower and IR JSON
 * of the same spec. After warm-up rounds, prints the median of each phase and lowering's share.
 */
public final class Phases {
  public static void main(String[] args) throws Exception {
    Path spec = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<Long> parse = new ArrayList<>(), load = new ArrayList<>(), lower = new ArrayList<>(), json = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      new OpenAPIV3Parser().readLocation(spec.toString(), null, options);
      long t1 = System.nanoTime();
      Diagnostics diagnostics = new Diagnostics(spec.toString());
      LoadedSpec loaded = new SpecLoader().load(spec, diagnostics);
      long t2 = System.nanoTime();
      Api api = new Lowerer(diagnostics, LoweringOptions.DEFAULT).lower(loaded);
      long t3 = System.nanoTime();
      IrJson.write(api, OutputStream.nullOutputStream(), false);
      long t4 = System.nanoTime();
      if (round >= rounds / 2) {
        parse.add(t1 - t0); load.add(t2 - t1); lower.add(t3 - t2); json.add(t4 - t3);
      }
    }
    long p = median(parse), l = median(load), w = median(lower), j = median(json);
    System.out.printf("warm medians over %d rounds: parse %d ms, load %d ms, lower %d ms, json %d ms%n",
        parse.size(), p / 1_000_000, l / 1_000_000, w / 1_000_000, j / 1_000_000);
    System.out.printf("(load + lower) / parse = %.3f; (load + lower + json) / parse = %.3f%n",
        (double) (l + w) / p, (double) (l + w + j) / p);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
