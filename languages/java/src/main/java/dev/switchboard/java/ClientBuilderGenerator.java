package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.plan.PlanServer;
import dev.switchboard.core.plan.HostRewrite;
import dev.switchboard.core.plan.PathOption;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.spec.JsonPointers;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/** The client's builder: server and variables, HTTP settings, and one method per security scheme. */
final class ClientBuilderGenerator {
  private static final Set<String> RESERVED = Set.of("baseUrl", "httpClient", "timeout", "maxRetries", "header",
      "followForeignLinks", "fromEnv", "build", "options");

  private final JavaSymbols symbols;
  private final ClassName client;
  private final ClassName builder;
  private final SymbolTable.Scope scope;

  ClientBuilderGenerator(JavaSymbols symbols, ClassName client) {
    this.symbols = symbols;
    this.scope = symbols.newScope().reserve(RESERVED);
    this.client = client;
    this.builder = client.nestedClass("Builder");
  }

  /** The plan's default headers go first, so the caller's own {@code header(...)} replaces them. */
  TypeSpec generate(String userAgent, Plan plan) {
    ClassName options = symbols.core("ClientOptions");
    Optional<PlanServer> server = plan.defaultServer();
    // Named first, in this order, so that the region setters' names can also go into the rewrite's errors.
    List<MethodSpec> variables = server.map(s -> s.variables().stream().map(this::variable).toList()).orElse(List.of());
    List<MethodSpec> regions = plan.regions().map(this::regionMethods).orElse(List.of());
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.builder(SERVER_URL, SCHEMES)", options).indent();
    server.ifPresent(s -> s.variables().forEach(v -> init.add("\n.variable($S, $S, $L)", v.name().wire(), v.defaultValue(), strings(v.allowedValues()))));
    init.add("\n.header($S, $S + $T.getProperty($S, $S))", "User-Agent", userAgent + " java/", System.class, "java.version", "unknown");
    plan.headers().forEach((name, value) -> init.add("\n.header($S, $S)", name, value));
    init.add("\n.redact($L, $L)", strings(plan.redaction().headers()), strings(plan.redaction().query()));
    // Personal path parameters (Twilio's PhoneNumber) are rare: only an API that has them says so.
    if (!plan.redaction().path().isEmpty()) {
      init.add("\n.redactPath($L)", strings(plan.redaction().path()));
    }
    plan.regions().ifPresent(rewrite -> init.add("\n.hosts($T.of($L, $S, $S, $S, $S, $S, $S))", symbols.core("HostRewrite"),
        strings(rewrite.hosts()), rewrite.rewrite(), rewrite.defaultRegion().orElse(null), regions.get(0).name(),
        rewrite.regionVariable(), regions.get(1).name(), rewrite.edgeVariable()));
    init.unindent();
    TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Configures a {@link $T}. Every setting has a default; credentials not given are read from the environment when the client is built.\n", client)
        .addField(FieldSpec.builder(String.class, "SERVER_URL", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", server.map(PlanServer::url).orElse("")).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), symbols.core("AuthScheme")), "SCHEMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(schemes(plan.auth())).build())
        .addField(FieldSpec.builder(options.nestedClass("Builder"), "options", Modifier.PRIVATE, Modifier.FINAL).initializer(init.build()).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    spec.addMethod(setter("baseUrl", ClassName.get(String.class), "Sends requests to this URL instead of the API's server, such as a proxy or a mock.", "options.baseUrl(baseUrl)"));
    spec.addMethods(variables);
    spec.addMethods(regions);
    plan.pathOptions().forEach(o -> spec.addMethod(pathOption(o)));
    addTransport(spec);
    plan.auth().forEach(s -> spec.addMethod(credentials(s)));
    spec.addMethods(environment());
    if (symbols.packages().mounted()) {
      spec.addMethod(rootSettings(options));
    }
    spec.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(client)
        .addJavadoc("Builds the client.\n")
        .addStatement("return new $T(options.build())", client).build());
    return spec.build();
  }

  /**
   * The builder of the client of several specs: the settings every spec's client shares, kept in
   * {@code MountSettings} and handed to each spec's client when it is first used.
   */
  TypeSpec generateRoot(String baseUrlVariable, List<PlanAuth> auth, List<PathOption> pathOptions,
      Optional<HostRewrite> regions) {
    ClassName settings = symbols.core("MountSettings");
    TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Configures a {@link $T}. Every setting has a default; credentials not given are read from the environment when an API's client is first used.\n", client)
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), symbols.core("AuthScheme")), "SCHEMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(schemes(auth)).build())
        .addField(FieldSpec.builder(settings.nestedClass("Builder"), "options", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.builder(SCHEMES, $S)", settings, baseUrlVariable).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    spec.addMethod(setter("baseUrl", ClassName.get(String.class), "Sends every API's requests to this URL instead of its server, each adding its server's path (such as\n{@code /v1}): a proxy or a mock.\n<p>Default: the environment variable {@code " + Javadoc.escape(baseUrlVariable) + "}, else each API's own server.", "options.baseUrl(baseUrl)"));
    regions.ifPresent(rewrite -> spec.addMethods(regionMethods(rewrite)));
    pathOptions.forEach(o -> spec.addMethod(pathOption(o)));
    addTransport(spec);
    auth.forEach(s -> spec.addMethod(credentials(s)));
    spec.addMethods(environment());
    spec.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(client)
        .addJavadoc("Builds the client; each API's client is made when it is first used.\n")
        .addStatement("return new $T(options.build())", client).build());
    return spec.build();
  }

  /** How a client of several specs hands this one its shared settings (HTTP client, credentials, base URL). */
  private MethodSpec rootSettings(ClassName options) {
    TypeName settings = ParameterizedTypeName.get(ClassName.get(Consumer.class), options.nestedClass("Builder"));
    return MethodSpec.methodBuilder("options").addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(settings, "settings")
        .addJavadoc("Applies settings to this client's options, after its own defaults: the SDK's root client\nhands its settings to each API's client this way.\n")
        .addStatement("settings.accept(options)").addStatement("return this").build();
  }

  /** The HTTP settings every client takes. */
  private void addTransport(TypeSpec.Builder spec) {
    spec.addMethod(setter("httpClient", ClassName.get(HttpClient.class), "Sends requests with this client instead of a default one.", "options.httpClient(httpClient)"));
    spec.addMethod(setter("timeout", ClassName.get(Duration.class), "How long to wait for a response (default 60 seconds).", "options.timeout(timeout)"));
    spec.addMethod(setter("maxRetries", TypeName.INT, "How often to retry a failed request that is safe to retry (default 2).", "options.maxRetries(maxRetries)"));
    spec.addMethod(setter("followForeignLinks", TypeName.BOOLEAN, "Follows next-page links to another origin than the API's, without credentials (by default such a link throws ForeignLinkException).", "options.followForeignLinks(followForeignLinks)"));
    spec.addMethod(MethodSpec.methodBuilder("header").addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(String.class, "name").addParameter(String.class, "value")
        .addJavadoc("Sends a header with every request.\n")
        .addStatement("options.header(name, value)").addStatement("return this").build());
  }

  private MethodSpec setter(String name, TypeName type, String doc, String statement) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(type, name)
        .addJavadoc("$L", doc + "\n")
        .addStatement(statement).addStatement("return this").build();
  }

  private MethodSpec variable(PlanServer.Variable variable) {
    String name = JavaSymbols.member(scope, NameKind.PARAMETER, variable.name(), "/servers/0/variables");
    String doc = variable.description().map(Javadoc::prose).orElse("Sets the server variable {@code " + Javadoc.escape(variable.name().wire()) + "}.")
        + "\n<p>Default: {@code " + Javadoc.escape(variable.defaultValue()) + "}"
        + (variable.allowedValues().isEmpty() ? "" : "; one of {@code " + Javadoc.escape(String.join(", ", variable.allowedValues())) + "}") + ".";
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(String.class, name)
        .addJavadoc("$L", doc + "\n")
        .addStatement("options.serverVariable($S, $N)", variable.name().wire(), name)
        .addStatement("return this").build();
  }

  /** The setter of a client option that gives a path parameter to the calls that leave it out. */
  private MethodSpec pathOption(PathOption option) {
    String name = JavaSymbols.member(scope, NameKind.PARAMETER, option.option(), "/defaults/" + option.parameter() + "/option");
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder).addParameter(String.class, name)
        .addJavadoc("The {@code $L} of calls that leave it out.\n<p>Default: the user name.\n", Javadoc.escape(option.parameter()))
        .addStatement("options.pathValue($S, $N)", option.parameter(), name).addStatement("return this").build();
  }

  /** The region and edge setters; without them, the client reads the rule's environment variables. */
  private List<MethodSpec> regionMethods(HostRewrite rewrite) {
    String region = JavaSymbols.member(scope, NameKind.PARAMETER, rewrite.regionOption(), "/regions/options");
    String edge = JavaSymbols.member(scope, NameKind.PARAMETER, rewrite.edgeOption(), "/regions/options");
    String hosts = Javadoc.escape(String.join(", ", rewrite.hosts())) + "} (as {@code " + Javadoc.escape(rewrite.rewrite())
        + "})";
    String defaults = rewrite.defaultRegion().map(r -> " With only an edge, the region is {@code " + Javadoc.escape(r) + "}.")
        .orElse("");
    return List.of(
        MethodSpec.methodBuilder(region).addModifiers(Modifier.PUBLIC).returns(builder).addParameter(String.class, region)
            .addJavadoc("Moves requests for {@code $L into this region.$L\n<p>Default: the environment variable {@code $L}.\n",
                hosts, defaults, rewrite.regionVariable())
            .addStatement("options.region($N)", region).addStatement("return this").build(),
        MethodSpec.methodBuilder(edge).addModifiers(Modifier.PUBLIC).returns(builder).addParameter(String.class, edge)
            .addJavadoc("Moves requests for {@code $L to this edge location.\n<p>Default: the environment variable {@code $L}.\n",
                hosts, rewrite.edgeVariable())
            .addStatement("options.edge($N)", edge).addStatement("return this").build());
  }

  private MethodSpec credentials(PlanAuth scheme) {
    String pointer = JsonPointers.child("/components/securitySchemes", scheme.name().wire());
    String name = JavaSymbols.member(scope, NameKind.PARAMETER, scheme.name(), pointer);
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("$L", scheme.description().map(Javadoc::prose).orElse("Credentials for {@code " + Javadoc.escape(scheme.name().wire()) + "}."))
        .addJavadoc("\n<p>Without them, the client reads $L.\n", Javadoc.escape(variables(scheme)));
    Map<PlanAuth.Credential, String> params = symbols.members(NameKind.PARAMETER, scheme.credentials(),
        PlanAuth.Credential::name, c -> pointer, Set.of());
    StringJoiner args = new StringJoiner(", ");
    params.forEach((credential, param) -> {
      method.addParameter(String.class, param);
      args.add(param);
    });
    return method.addStatement("options.credentials($S, $L)", scheme.name().wire(), args.toString())
        .addStatement("return this").build();
  }

  private List<MethodSpec> environment() {
    MethodSpec fromEnv = MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("Requires credentials in the environment: fails at once, naming the variable to set, when none are there.\n")
        .addStatement("options.requireEnvironmentCredentials()").addStatement("return this").build();
    MethodSpec fromMap = MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(ParameterizedTypeName.get(Map.class, String.class, String.class), "environment")
        .addJavadoc("Like {@link #fromEnv()}, reading variables from the given map instead of the process environment.\n")
        .addStatement("options.environment(environment::get).requireEnvironmentCredentials()").addStatement("return this").build();
    return List.of(fromEnv, fromMap);
  }

  private static String variables(PlanAuth scheme) {
    return String.join(" and ", scheme.environment());
  }

  private static CodeBlock strings(List<String> values) {
    StringJoiner joined = new StringJoiner(", ");
    values.forEach(v -> joined.add(CodeBlock.of("$S", v).toString()));
    return CodeBlock.of("$T.of($L)", List.class, joined.toString());
  }

  private CodeBlock schemes(List<PlanAuth> schemes) {
    ClassName auth = symbols.core("AuthScheme");
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class).indent();
    for (int i = 0; i < schemes.size(); i++) {
      list.add(i == 0 ? "\n" : ",\n").add(scheme(auth, schemes.get(i)));
    }
    return list.unindent().add(")").build();
  }

  private static CodeBlock scheme(ClassName auth, PlanAuth scheme) {
    String name = scheme.name().wire();
    List<String> env = scheme.environment();
    return switch (scheme.type()) {
      case BASIC -> CodeBlock.of("$T.basic($S, $S, $S)", auth, name, env.get(0), env.get(1));
      case BEARER -> CodeBlock.of("$T.bearer($S, $S)", auth, name, env.get(0));
      case API_KEY -> {
        PlanAuth.ApiKey key = scheme.apiKey().orElseThrow();
        yield CodeBlock.of("$T.apiKey($S, $S, $S, $S)", auth, name, key.in(), key.name(), env.get(0));
      }
      case OAUTH2_CLIENT_CREDENTIALS -> CodeBlock.of("$T.oauth2($S, $S, $S, $S)", auth, name,
          scheme.clientCredentials().orElseThrow().tokenUrl(), env.get(0), env.get(1));
    };
  }
}
