package dev.switchboard.python.view;

import java.util.List;

/**
 * The README of an SDK made of several specs: how to install it, make the client and reach each
 * spec's API ({@code client.accounts.v1}), with the environment variables it reads.
 */
public record BundleReadmeView(String title, String distributionName, String packageName, String clientArguments,
    String exampleApi, String exampleModels, List<String> variables, List<ApiRow> apis) {

  public boolean hasVariables() {
    return !variables.isEmpty();
  }

  /** One spec: where the client holds it, its title and its file. */
  public record ApiRow(String attribute, String title, String source) {}
}
