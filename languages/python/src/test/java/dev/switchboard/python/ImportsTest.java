package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class ImportsTest {
  @Test
  void sectionsAndOrderFollowIsort() {
    Imports imports = new Imports()
        .name("..models", "Message")
        .name(".._types", "RequestOptions")
        .name(".._types", "NOT_GIVEN")
        .name(".._types", "NotGiven")
        .name("typing", "cast")
        .name("typing", "Optional")
        .name("pydantic", "Field")
        .name("collections.abc", "Sequence")
        .name("__future__", "annotations")
        .name(".", "sibling")
        .module("httpx")
        .module("datetime as _dt");
    assertThat(imports.render()).isEqualTo(String.join("\n",
        "from __future__ import annotations",
        "",
        "import datetime as _dt",
        "from collections.abc import Sequence",
        "from typing import Optional, cast",
        "",
        "import httpx",
        "from pydantic import Field",
        "",
        "from .._types import NOT_GIVEN, NotGiven, RequestOptions",
        "from ..models import Message",
        "from . import sibling"));
  }

  @Test
  void namesSortNaturallyWithoutCase() {
    Imports imports = new Imports().name("m", "Item10").name("m", "Item2").name("m", "item1").name("m", "ITEMS");
    assertThat(imports.render()).isEqualTo("from m import ITEMS, Item2, Item10, item1");
  }

  @Test
  void digitRunsWithALeadingZeroCompareDigitByDigitAsRuffDoes() {
    // The hash suffixes of long GitHub model names: h06428f75 comes before h81e39131, not after.
    assertThat(Imports.compareNames("_delegated_h06428f75", "_delegated_h81e39131")).isLessThan(0);
    assertThat(Imports.compareNames("_h0318563b", "_h0318563b_mode")).isLessThan(0);
    assertThat(Imports.compareNames("v007", "v07")).isLessThan(0);
    assertThat(Imports.compareNames("item9", "item10")).isLessThan(0);
  }

  @Test
  void longImportsAreParenthesizedOnePerLine() {
    Imports imports = new Imports();
    for (int i = 0; i < 12; i++) {
      imports.name(".models", "SomeRatherLongModelName" + i);
    }
    String rendered = imports.render();
    assertThat(rendered).startsWith("from .models import (\n    SomeRatherLongModelName0,\n    SomeRatherLongModelName1,\n");
    assertThat(rendered).endsWith("    SomeRatherLongModelName11,\n)");
  }

  @Test
  void belowThePackageRootRuntimeModulesAreImportedFromTheRootAndComeFirst() {
    Imports imports = new Imports(2)
        .name("..", "models as _models")
        .name(".._core", "SyncCore")
        .name("..models", "Account")
        .name(".._client", "Client");
    assertThat(imports.render()).isEqualTo(String.join("\n",
        "from ...._core import SyncCore",
        "from .. import models as _models",
        "from .._client import Client",
        "from ..models import Account"));
  }

  @Test
  void theRuntimeModulesAreTheFilesOfTheRuntimeTemplates() throws Exception {
    java.nio.file.Path runtime = dev.switchboard.core.testing.RepoPaths.root().resolve("templates/python/runtime");
    java.util.Set<String> modules = new java.util.TreeSet<>(java.util.List.of("_version"));
    try (var files = java.nio.file.Files.list(runtime)) {
      files.map(f -> f.getFileName().toString().replaceFirst("[.]py([.]mustache)?$", "")).forEach(modules::add);
    }
    assertThat(modules).containsExactlyElementsIn(Imports.RUNTIME_MODULES);
  }
}
