package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the kitchen sink's models are split into modules, cycles kept together. */
class ModelModulesTest {
  private final Api api = Pipeline.load(RepoPaths.kitchenSinkSpec());
  private final ModelModules modules = ModelModules.of(api);

  private String moduleOf(String name) {
    return modules.moduleOf(api.types().stream().filter(t -> t.name().wire().equals(name)).findFirst()
        .map(TypeDecl::id).orElseThrow());
  }

  @Test
  void typesThatReferToEachOtherShareAModule() {
    // Pet is a union of Cat, Dog and Lizard, each of which has friends: list[Pet].
    assertThat(List.of(moduleOf("Cat"), moduleOf("Dog"), moduleOf("Lizard"))).containsExactly(
        moduleOf("Pet"), moduleOf("Pet"), moduleOf("Pet"));
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
    assertThat(petBase).contains("    friends: Optional[list[Deferred[_models.Pet]]] = None\n");
    assertThat(petBase).doesNotContain("from ._cat import");
    assertThat(petBase).endsWith("\nfrom .. import models as _models  # noqa: E402\n");
    String owner = files.text("src/kitchen_sink/models/_fetch_pet_owner_response.py");
    assertThat(owner).contains("from ._organisation import Organisation\n");
    assertThat(owner).doesNotContain("_models.");
    String init = files.text("src/kitchen_sink/models/__init__.py");
    assertThat(init).contains("if TYPE_CHECKING:\n    from ._account import Account\n");
    assertThat(init).contains("    \"Pet\": \"_cat\",\n");
  }
}
