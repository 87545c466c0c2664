package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.Placement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an SDK's classes go. The runtime ({@code core}) and the exceptions it throws ({@code
 * errors}) always sit below the root package, once per SDK; a spec's own code (client, models,
 * services) sits at the root, or, for one spec of several, below its mount: {@code
 * <root>.accounts.v1}.
 */
record JavaPackages(String root, String code) {
  /** The packages of an SDK made of one spec. */
  static JavaPackages single(String root) {
    return new JavaPackages(root, root);
  }

  /** The packages of one spec of several, placed at {@code placement} below {@code root}. */
  static JavaPackages of(String root, Optional<Placement> placement) {
    return placement.map(p -> mounted(root, p.mount())).orElseGet(() -> single(root));
  }

  static JavaPackages mounted(String root, List<Name> mount) {
    StringBuilder code = new StringBuilder(root);
    mount.forEach(segment -> code.append('.').append(segment(segment)));
    return new JavaPackages(root, code.toString());
  }

  /** A mount's path segment as a package name: lower case, words joined ({@code flex-api} → {@code flexapi}). */
  static String segment(Name name) {
    String joined = String.join("", name.words()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
    return JavaSymbols.packageName(joined);
  }

  /** True for one spec of several, whose runtime and package files the SDK's root prints. */
  boolean mounted() {
    return !root.equals(code);
  }

  String models() {
    return code + ".models";
  }

  String services() {
    return code + ".services";
  }

  String core() {
    return root + ".core";
  }

  String errors() {
    return root + ".errors";
  }

  ClassName core(String simpleName) {
    return ClassName.get(core(), simpleName);
  }

  ClassName error(String simpleName) {
    return ClassName.get(errors(), simpleName);
  }
}
