package dev.switchboard.core.readme;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.plan.Plan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every SDK's README says, decided once per generation from the plan and the IR
 * (docs/plan.md, "READMEs"): the title, the API's description and the sections in their order,
 * each with its heading, its prose (Markdown, through {@code text.Markdown}) and the operations
 * its examples call. A plugin prints the sections in this order and adds only code: its install
 * command, calls in its syntax, the spelling of settings and methods, and notes on its runtime.
 */
@JsonPropertyOrder({"title", "description", "sections"})
public record Readme(String title, String description, List<Section> sections) {
  public Readme {
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(description, "description == null");
    sections = List.copyOf(sections);
  }

  /** The README of {@code api} as {@code plan} offers it; the same inputs always give the same README. */
  public static Readme of(Api api, Plan plan) {
    return new ReadmeBuilder(api, plan).build();
  }

  /** The section of a kind, if the README has it. */
  public <T extends Section> Optional<T> section(Class<T> kind) {
    return sections.stream().filter(kind::isInstance).map(kind::cast).findFirst();
  }
}
