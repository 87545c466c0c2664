import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;

/** The baseline: swagger-parser alone, with the options Switchboard uses, and nothing else. */
public final class ParseOnly {
  public static void main(String[] args) {
    DeserializationUtils.getOptions().setMaxYamlCodePoints(Integer.MAX_VALUE);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(args[0], null, options);
    System.out.println(result.getOpenAPI().getPaths().size() + " paths");
  }
}
