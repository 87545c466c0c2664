package dev.switchboard.java;

import com.palantir.javapoet.JavaFile;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguagePlugin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Java 11+ SDK: java.net.http, Jackson, built with JavaPoet and formatted with google-java-format. */
public final class JavaPlugin implements LanguagePlugin {
  @Override
  public String id() {
    return "java";
  }

  @Override
  public String description() {
    return "Java 11+ SDK: java.net.http, Jackson, built with JavaPoet";
  }

  @Override
  public FileSet generate(GenerationContext context) {
    Api api = context.api();
    JavaOptions options = JavaOptions.of(context.options(), api);
    JavaSymbols symbols = new JavaSymbols(api, options.rootPackage());
    JavaTypes types = new JavaTypes(api, symbols);
    List<JavaFile> sources = new ArrayList<>();
    api.types().forEach(type -> declaration(type, types).ifPresent(sources::add));
    for (Resource resource : api.resources()) {
      ResourceModel model = new ResourceModel(resource, types);
      for (ResourceModel.Method method : model.methods()) {
        if (!method.inputs().isEmpty()) {
          sources.add(new ParamsGenerator(types).generate(method.operation(), method.inputs()));
        }
      }
      sources.add(new EndpointsGenerator(types).generate(model));
      sources.add(new ServiceGenerator(symbols, false).generate(model));
      sources.add(new ServiceGenerator(symbols, true).generate(model));
    }
    ClientGenerator client = new ClientGenerator(api, symbols);
    sources.addAll(client.generate(options.userAgent()));
    sources.addAll(new ErrorsGenerator(symbols, JavaSymbols.className(api.info().clientName()) + "Exception").generate());
    Map<String, String> unformatted = new LinkedHashMap<>();
    sources.forEach(source -> unformatted.put(javaPath(source.packageName(), source.typeSpec().name()), source.toString()));
    RuntimeFiles.sources(options.rootPackage()).forEach((name, source) -> unformatted.put(javaPath(symbols.core(), name), source));
    FileSet files = new FileSet();
    new JavaFormatter().formatAll(unformatted).forEach(files::add);
    ProjectFiles project = new ProjectFiles(api, options, context.templates());
    files.add("pom.xml", project.pom(context.options()));
    files.add("README.md", project.readme(client.client()));
    return files;
  }

  private static Optional<JavaFile> declaration(TypeDecl type, JavaTypes types) {
    return type.accept(new TypeDecl.Visitor<Optional<JavaFile>>() {
      @Override
      public Optional<JavaFile> object(TypeDecl.ObjectType object) {
        return Optional.of(new ModelGenerator(types).generate(object));
      }

      @Override
      public Optional<JavaFile> enumeration(TypeDecl.EnumType enumType) {
        return Optional.of(new EnumGenerator(types.symbols()).generate(enumType));
      }

      @Override
      public Optional<JavaFile> union(TypeDecl.UnionType union) {
        return Optional.of(new UnionGenerator(types).generate(union));
      }

      @Override
      public Optional<JavaFile> alias(TypeDecl.AliasType alias) {
        return Optional.empty();
      }
    });
  }

  private static String javaPath(String packageName, String simpleName) {
    return "src/main/java/" + packageName.replace('.', '/') + "/" + simpleName + ".java";
  }

}
