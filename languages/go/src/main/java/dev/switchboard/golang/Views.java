package dev.switchboard.golang;

import java.util.List;

/** The typed views the Go templates render; code fragments in them are already valid Go. */
final class Views {
  private Views() {}

  /** A Go file's header: its package clause and imports. */
  record Header(String packageName, List<String> imports) {
    public boolean anyImports() {
      return !imports.isEmpty();
    }
  }

  /** models.go: the API's types in spec order. */
  record Models(Header header, List<Decl> decls) {
    Models withHeader(Header other) {
      return new Models(other, decls);
    }
  }

  /** One declaration; exactly one of its kinds is set. */
  record Decl(ObjectDecl object, EnumDecl enumeration, UnionDecl union, AliasDecl alias) {}

  record ObjectDecl(List<String> doc, String name, List<Field> fields) {}

  /** A struct field: its doc lines, Go name and type, and its JSON name as a Go literal. */
  record Field(List<String> doc, String name, String type, String wire) {}

  record EnumDecl(List<String> doc, String name, String base, List<Constant> constants) {}

  record Constant(List<String> doc, String name, String value) {}

  /**
   * A union as a sealed interface: its marker method, the wrapper types of variants that cannot carry
   * it, the types that implement it, its unknown variant and how each variant is recognised.
   */
  record UnionDecl(List<String> doc, String name, String marker, List<Wrapper> wrappers, List<String> markers,
      String unknown, String unknownMarker, String decoder, String property, List<Variant> variants) {}

  /** A named type holding a variant that is no model of the package: a primitive, a list or a map. */
  record Wrapper(List<String> doc, String name, String type) {}

  /** A union variant: the literal of its core.UnionVariant, which says how it is recognised. */
  record Variant(String literal) {}

  record AliasDecl(List<String> doc, String name, String target) {}

  /** A resource's file: its service type, the params structs and methods. */
  record Service(Header header, List<String> doc, String name, List<Params> params, List<Method> methods) {
    Service withHeader(Header other) {
      return new Service(other, doc, name, params, methods);
    }
  }

  record Params(List<String> doc, String name, List<Field> fields) {}

  /** A method: doc lines, its signature and the statements of its body. */
  record Method(List<String> doc, String receiver, String name, String signature, List<String> body) {}

  /**
   * client.go of an SDK of one spec, or of one mount: the services of the flat resources and, for a
   * spec with a resource tree, the runtime client the tree's accessors hand on.
   */
  record Client(Header header, List<String> packageDoc, String settings, List<ServiceField> services,
      List<CredentialOption> credentials, List<PathOption> pathOptions, List<VariableOption> variables,
      boolean tree, List<Accessor> accessors) {
    Client withHeader(Header other) {
      return new Client(other, packageDoc, settings, services, credentials, pathOptions, variables, tree, accessors);
    }
  }

  /** A resource of the tree's file: the classes of its collection and of its members. */
  record Resource(Header header, List<TreeClass> classes) {
    Resource withHeader(Header other) {
      return new Resource(other, classes);
    }
  }

  /**
   * A collection or member class: the runtime client and, when it holds any, the path values bound
   * so far; its params structs, the accessors of the resources below it and its methods.
   */
  record TreeClass(List<String> doc, String name, boolean holdsPath, List<Params> params, List<Accessor> accessors,
      List<Method> methods) {}

  /**
   * A method returning a resource below its receiver ({@code self}, of type {@code receiver}):
   * {@code value} makes it, binding the key given in {@code parameters} when there is one.
   */
  record Accessor(List<String> doc, String self, String receiver, String name, String parameters, String type,
      String value) {}

  /**
   * An option of one text value, made by a runtime call: a server variable ({@code WithRegion}), a
   * region or an edge of the host rewrite ({@code WithMediaRegion}).
   */
  record VariableOption(List<String> doc, String name, String call) {}

  record ServiceField(String field, String type, List<String> doc) {}

  /** An option giving a security scheme's credentials. */
  record CredentialOption(List<String> doc, String name, String parameters, String arguments, String scheme) {}

  /** An option giving a path parameter's value to every call that leaves it out. */
  record PathOption(List<String> doc, String name, String parameter) {}

  /** example_test.go: a stub client with every credential, and an example per method. */
  record Examples(Header header, List<String> credentials, boolean tokens, List<Example> examples) {
    Examples withHeader(Header other) {
      return new Examples(other, credentials, tokens, examples);
    }
  }

  /**
   * An example function: its name ({@code ExampleMessagesService_Create}), body and expected output;
   * {@code paged} when it iterates a list operation's items.
   */
  record Example(String name, List<String> body, String output, boolean paged) {}

  /** go.mod. */
  record GoMod(String module) {}

  /** The root client of an SDK of several specs: its members, the namespaces below it and how they are made. */
  record Root(Header header, List<String> packageDoc, String settings, List<Namespace> namespaces,
      List<Member> members, List<String> init, List<Accessor> mounts, List<Accessor> shortcuts,
      List<CredentialOption> credentials, List<PathOption> pathOptions) {
    public List<VariableOption> variables() {
      return List.of();
    }

    Root withHeader(Header other) {
      return new Root(other, packageDoc, settings, namespaces, members, init, mounts, shortcuts, credentials,
          pathOptions);
    }
  }

  /** A level between the root client and the mounts: its struct and members. */
  record Namespace(List<String> doc, String type, List<Member> members) {}

  /** A field of a namespace or of the root: a nested namespace, or what its mounts' methods are made from. */
  record Member(List<String> doc, String field, String type) {}

  /** The root README: the SDK's name, module and mounts. */
  record RootReadme(String title, String module, String packageName, List<MountLine> mounts,
      List<ShortcutLine> shortcuts) {}

  /** The root README's sentence on {@code shortcuts:}: the mount and its first member both ways. */
  record ShortcutLine(String mount, String example, String same) {}

  /** A mount in the root README: how code reaches its client, its package's import path and its API's title. */
  record MountLine(String call, String importPath, String title) {}

  /** README.md. */
  record Readme(String title, List<String> description, String module, String packageName, String importPath,
      List<ReadmeSection> sections) {}

  record ReadmeSection(String heading, List<String> prose, String code) {}
}
