package dev.switchboard.core.lower;

import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.naming.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups operations into resources and gives each operation its name within its resource. Words
 * shared by every resource name ({@code Api20100401Account}, {@code Api20100401Call}) are dropped.
 */
final class Resources {
  private final Map<String, List<Operation>> byGroup = new LinkedHashMap<>();
  private final Map<String, Name> fixedNames = new HashMap<>();
  private final Map<String, String> docsKeys = new HashMap<>();
  private final Map<String, Docs> docs;

  Resources(Map<String, Docs> tagDocs) {
    this.docs = tagDocs;
  }

  void add(String group, Operation operation) {
    add(group, group, operation, Optional.empty());
  }

  /**
   * Adds an operation to {@code group}, documented by the tag {@code docsKey} (the first one added
   * wins), named {@code local} in the resource when given, else its name without the resource's.
   */
  void add(String group, String docsKey, Operation operation, Optional<Name> local) {
    byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(operation);
    docsKeys.putIfAbsent(group, docsKey);
    local.ifPresent(name -> fixedNames.put(operation.id(), name));
  }

  List<Resource> build() {
    Map<String, Name> names = names();
    List<Resource> resources = new ArrayList<>();
    byGroup.forEach((group, operations) -> resources.add(
        new Resource(names.get(group), docs.getOrDefault(docsKeys.get(group), Docs.NONE), localNames(names.get(group), operations))));
    resources.sort(Comparator.comparing(r -> r.name().key()));
    return resources;
  }

  private Map<String, Name> names() {
    Map<String, Name> names = new LinkedHashMap<>();
    byGroup.keySet().forEach(group -> names.put(group, Name.of(group)));
    int common = commonPrefix(names.values().stream().map(Name::words).toList());
    UniqueNames unique = new UniqueNames();
    names.replaceAll((group, name) -> unique.claim(new Name(name.words().subList(common, name.words().size()), group)));
    return names;
  }

  private static int commonPrefix(List<List<String>> all) {
    if (all.size() < 2) {
      return 0;
    }
    int shortest = all.stream().mapToInt(List::size).min().orElse(0);
    int common = 0;
    while (common < shortest - 1 && sameWordAt(all, common)) {
      common++;
    }
    return common;
  }

  private static boolean sameWordAt(List<List<String>> all, int index) {
    return all.stream().map(words -> words.get(index)).distinct().count() == 1;
  }

  private List<Operation> localNames(Name resource, List<Operation> operations) {
    List<Name> wanted = operations.stream()
        .map(o -> fixedNames.getOrDefault(o.id(), strip(o.name(), resource.words()))).toList();
    Map<String, Long> counts = wanted.stream()
        .collect(java.util.stream.Collectors.groupingBy(Name::key, java.util.stream.Collectors.counting()));
    UniqueNames unique = new UniqueNames();
    List<Operation> result = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      Operation o = operations.get(i);
      Name local = unique.claim(counts.get(wanted.get(i).key()) > 1 ? o.name() : wanted.get(i));
      result.add(o.withLocalName(local));
    }
    return result;
  }

  /** Removes the longest run of the operation's words that ends the resource's words. */
  static Name strip(Name operation, List<String> resource) {
    List<String> words = operation.words();
    for (int length = resource.size(); length > 0; length--) {
      List<String> tail = resource.subList(resource.size() - length, resource.size());
      int at = indexOf(words, tail);
      if (at >= 0 && words.size() > length) {
        List<String> rest = new ArrayList<>(words.subList(0, at));
        rest.addAll(words.subList(at + length, words.size()));
        return new Name(rest, operation.wire());
      }
    }
    return operation;
  }

  private static int indexOf(List<String> words, List<String> run) {
    for (int i = 0; i + run.size() <= words.size(); i++) {
      boolean match = true;
      for (int j = 0; j < run.size() && match; j++) {
        match = Words.singular(words.get(i + j)).equals(Words.singular(run.get(j)));
      }
      if (match) {
        return i;
      }
    }
    return -1;
  }
}
