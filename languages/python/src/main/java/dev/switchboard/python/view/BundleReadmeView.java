package dev.switchboard.python.view;

import java.util.List;

/**
 * The README of an SDK made of several specs: how to install it, make the client and reach each
 * spec's API ({@code client.accounts.v1}), with the environment variables it reads.
 */
public record BundleReadmeView(String title, String distributionName, String packageName, String clientArguments,
    String exampleApi, String exampleModels, List<String> variables, List<ApiRow> apis, Shortcuts shortcuts) {

  public boolean hasVariables() {
    return !variables.isEmpty();
  }

  /**
   * The members the client has for one mount's ({@code shortcuts:}), or {@code null} without: the
   * mount's path, one member and the path it stands for, and every member, as Markdown code.
   */
  public record Shortcuts(String mount, String example, String target, String members) {}

  /** One spec: where the client holds it, its title and its file. */
  public record ApiRow(String attribute, String title, String source) {}
}
