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
  void longImportsAreParenthesizedOnePerLine() {
    Imports imports = new Imports();
    for (int i = 0; i < 12; i++) {
      imports.name(".models", "SomeRatherLongModelName" + i);
    }
    String rendered = imports.render();
    assertThat(rendered).startsWith("from .models import (\n    SomeRatherLongModelName0,\n    SomeRatherLongModelName1,\n");
    assertThat(rendered).endsWith("    SomeRatherLongModelName11,\n)");
  }
}
