package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the kitchen sink's models are split into modules: a class or enum alone, even in a cycle. */
class ModelModulesTest {
  private final Api api = Pipeline.load(RepoPaths.kitchenSinkSpec());
  private final ModelModules modules = ModelModules.of(api);

  private String moduleOf(String name) {
    return modules.moduleOf(api.types().stream().filter(t -> t.name().wire().equals(name)).findFirst()
        .map(TypeDecl::id).orElseThrow());
  }

  @Test
  void classesThatReferToEachOtherHaveAModuleEach() {
    // Pet is a union of Cat, Dog and Lizard, each of which has friends: list[Pet]. The classes read
    // Pet only when their schemas are built, so the cycle needs no shared module.
    List<String> names = List.of(moduleOf("Pet"), moduleOf("Cat"), moduleOf("Dog"), moduleOf("Lizard"));
    assertThat(names).containsExactly("_pet", "_cat", "_dog", "_lizard");
  }

  @Test
  void aliasesAndUnionsThatNameEachOtherAtImportShareAModule() {
    Api cyclic = new Api(api.info(), api.servers(), api.securitySchemes(), api.resources(),
        List.of(union("first", "second"), union("second", "first"), union("third", "first")), api.webhooks(),
        api.extensions());
    ModelModules split = ModelModules.of(cyclic);
    assertThat(split.moduleOf("first")).isEqualTo(split.moduleOf("second"));
    assertThat(split.moduleOf("third")).isNotEqualTo(split.moduleOf("first"));
  }

  /** A union of a string and the type {@code other}. */
  private static TypeDecl.UnionType union(String id, String other) {
    List<TypeDecl.Variant> variants = List.of(
        new TypeDecl.Variant(new Name(List.of("text"), "text"), TypeRef.primitive(Primitive.STRING), List.of()),
        new TypeDecl.Variant(new Name(List.of(other), other), new TypeRef.Named(other), List.of()));
    return new TypeDecl.UnionType(id, new Name(List.of(id), id), Docs.NONE, TypeDecl.UnionKind.ONE_OF,
        Optional.empty(), variants, "#/components/schemas/" + id);
  }

  @Test
  void aTypeOutsideACycleHasAModuleOfItsOwn() {
    assertThat(moduleOf("PetBase")).isNotEqualTo(moduleOf("Pet"));
    assertThat(moduleOf("Account")).isEqualTo("_account");
    assertThat(modules.modules().stream().filter(m -> m.name().equals("_account")).findFirst().orElseThrow()
        .decls()).hasSize(1);
  }

  @Test
  void everyTypeIsInExactlyOneModule() {
    long declared = modules.modules().stream().mapToLong(m -> m.decls().size()).sum();
    assertThat(declared).isEqualTo(api.types().size());
    assertThat(modules.modules().stream().map(ModelModules.Module::name).distinct().count())
        .isEqualTo(modules.modules().size());
  }

  @Test
  void classesLoadOtherModulesTypesLateDefinitionsAtImportAndTheInitNothingAtRunTime() {
    FileSet files = Pipeline.generate(RepoPaths.kitchenSinkSpec(), new PythonPlugin());
    String petBase = files.text("src/kitchen_sink/models/_pet_base.py");
    assertThat(petBase).contains("    friends: Optional[list[_models.Pet]] = None\n");
    assertThat(petBase).doesNotContain("from ._cat import");
    assertThat(petBase).endsWith("\nfrom .. import models as _models  # noqa: E402\n");
    String owner = files.text("src/kitchen_sink/models/_fetch_pet_owner_response.py");
    assertThat(owner).contains("from ._organisation import Organisation\n");
    assertThat(owner).doesNotContain("_models.");
    String init = files.text("src/kitchen_sink/models/__init__.py");
    assertThat(init).contains("if TYPE_CHECKING:\n    from ._account import Account\n");
    assertThat(init).contains("    \"Pet\": \"_pet\",\n");
    String pet = files.text("src/kitchen_sink/models/_pet.py");
    assertThat(pet).contains("from ._cat import Cat\n");
    String cat = files.text("src/kitchen_sink/models/_cat.py");
    assertThat(cat).contains("    friends: Optional[list[_models.Pet]] = None\n");
    assertThat(cat).doesNotContain("from ._pet import");
  }
}
