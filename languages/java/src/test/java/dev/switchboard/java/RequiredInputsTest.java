package dev.switchboard.java;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import org.junit.jupiter.api.Test;

/** The plan's input rules as the Java SDK prints them (samples/optional-body, like Twilio's Messages create). */
class RequiredInputsTest {
  private static final String MODELS = "src/main/java/dev/switchboard/generated/optionalbody/models/";

  private final FileSet files = Pipeline.generate(RepoPaths.samples().resolve("optional-body/openapi.yaml"), new JavaPlugin());

  @Test
  void anOptionalBodyWithARequiredPropertyIsAlwaysBuiltSoBuildNamesTheMissingField() {
    String params = files.text(MODELS + "CreateMessageParams.java");
    assertThat(params).contains("this.requestBody = builder.requestBody.build();");
    assertThat(params).contains("public CreateMessageRequest requestBody() {");
    assertThat(files.text(MODELS + "CreateMessageRequest.java")).contains("Checks.required(to, \"to\");");
  }

  @Test
  void readOnlyPropertiesHaveNoSetter() {
    String params = files.text(MODELS + "CreateMessageParams.java");
    assertThat(params).contains("public Builder to(String to) {");
    assertThat(params).doesNotContain("public Builder sid(");
  }

  @Test
  void aRequiredNullableFieldMustBeSetEvenToNullAndSaysItIsRequired() {
    FileSet messaging = Pipeline.generate(RepoPaths.samples().resolve("twilio/twilio_messaging_v1.json"), new JavaPlugin());
    String request = messaging.text(
        "src/main/java/dev/switchboard/generated/twiliomessaging/models/CreateTollfreeVerificationRequest.java");
    assertThat(request).contains("private Optional<List<TollfreeVerificationEnumUseCaseCategoriesItem>> useCaseCategories;");
    assertThat(request).contains("Checks.required(useCaseCategories, \"useCaseCategories\");");
    assertThat(request).contains("this.useCaseCategories = Optional.ofNullable(useCaseCategories);");
    assertThat(request).contains("@JsonProperty(value = \"UseCaseCategories\", required = true)");
  }
}
