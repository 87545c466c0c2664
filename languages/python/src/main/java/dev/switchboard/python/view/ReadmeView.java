package dev.switchboard.python.view;

import java.util.List;

/** {@code README.md}: installation, client set-up and one example for every operation. */
public record ReadmeView(
    String title,
    String description,
    String distributionName,
    String packageName,
    String version,
    String baseError,
    List<String> credentials,
    List<String> serverVariables,
    String baseUrlVariable,
    String setupArguments,
    String firstExample,
    List<ResourceSection> resources,
    List<PagingExample> paging) {

  public boolean hasCredentials() {
    return !credentials.isEmpty();
  }

  public boolean hasServerVariables() {
    return !serverVariables.isEmpty();
  }

  public boolean hasResources() {
    return !resources.isEmpty();
  }

  /** How the first paged operation pages (a sentence from the plan) and a loop over all its items. */
  public record PagingExample(String how, String code) {}

  /** The operations of one resource. */
  public record ResourceSection(String heading, String description, List<OperationExample> operations) {}

  /** One operation: the method to call, its summary and an example call. */
  public record OperationExample(String call, String summary, boolean deprecated, String code) {}
}
