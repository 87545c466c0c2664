package dev.switchboard.core.diff;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The changes between two versions with, per language, the most severe impact (empty when nothing
 * changed) and how many changes of each impact there are. Written as text for people or as stable
 * JSON for tools.
 */
@JsonPropertyOrder({"languages", "changes"})
public record DiffReport(Map<String, Summary> languages, List<Change> changes) {
  public DiffReport {
    languages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(languages));
    changes = List.copyOf(changes);
  }

  /** One language's view: its most severe impact and the number of changes per impact word, most severe first. */
  @JsonPropertyOrder({"impact", "counts"})
  public record Summary(Optional<Impact> impact, Map<String, Integer> counts) {
    public Summary {
      Objects.requireNonNull(impact, "impact == null");
      counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
  }

  /** Summarises {@code changes} for each of {@code languages}, in that order. */
  public static DiffReport of(List<String> languages, List<Change> changes) {
    Map<String, Summary> summaries = new LinkedHashMap<>();
    for (String language : languages) {
      Map<Impact, Integer> counts = new EnumMap<>(Impact.class);
      changes.stream().map(c -> c.impact().get(language)).filter(Objects::nonNull)
          .forEach(impact -> counts.merge(impact, 1, Integer::sum));
      Map<String, Integer> words = new LinkedHashMap<>();
      counts.entrySet().stream().sorted(Map.Entry.<Impact, Integer>comparingByKey().reversed())
          .forEach(e -> words.put(e.getKey().word(), e.getValue()));
      summaries.put(language, new Summary(counts.keySet().stream().max(Enum::compareTo), words));
    }
    return new DiffReport(summaries, changes);
  }

  /** Whether some language has a change at least as severe as {@code threshold}. */
  public boolean reaches(Impact threshold) {
    return languages.values().stream().flatMap(s -> s.impact().stream()).anyMatch(i -> i.compareTo(threshold) >= 0);
  }

  /** One line per change, then one per language. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (Change change : changes) {
      out.append(change.location()).append(": ").append(change.kind().text()).append(": ").append(change.subject())
          .append(" (").append(change.detail()).append(") [").append(impacts(change)).append("]\n");
    }
    if (changes.isEmpty()) {
      out.append("no changes\n");
    }
    languages.forEach((language, summary) -> out.append(language).append(": ")
        .append(summary.impact().map(Impact::word).orElse("no change"))
        .append(summary.counts().isEmpty() ? "" : " (" + counts(summary) + ")").append('\n'));
    return out.toString();
  }

  private static String impacts(Change change) {
    Map<Impact, List<String>> byImpact = change.impact().entrySet().stream().collect(Collectors.groupingBy(
        Map.Entry::getValue, () -> new EnumMap<>(Impact.class), Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    return byImpact.entrySet().stream().sorted(Map.Entry.<Impact, List<String>>comparingByKey().reversed())
        .map(e -> e.getKey().word() + ": " + String.join(", ", e.getValue())).collect(Collectors.joining("; "));
  }

  private static String counts(Summary summary) {
    return summary.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }

  /** The report as indented JSON, impacts as their words. */
  public void writeJson(OutputStream out) throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    mapper.writeValue(out, this);
    out.write('\n');
  }
}
