package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Date-times are {@code Date}s, written in the format the spec names. */
class DateTimeOutputTest {
  private static final String SPEC = Specs.openapi("""
      paths:
        /events/{At}:
          post:
            operationId: createEvent
            parameters:
              - {name: At, in: path, required: true, schema: {type: string, format: date-time}}
              - {name: Name, in: path, required: true, schema: {type: string}}
              - name: Since
                in: query
                required: true
                schema: {type: string, format: date-time-rfc-2822}
                example: Thu, 24 Aug 2023 07:01:45 +0200
              - {name: Days, in: query, schema: {type: array, items: {type: string, format: date-time}}}
              - {name: Day, in: query, schema: {type: string, format: date}}
            requestBody:
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Event'}
            responses:
              '200':
                description: the event
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Event'}
      components:
        schemas:
          Event:
            type: object
            required: [starts]
            properties:
              starts: {type: string, format: date-time}
              ends: {type: [string, 'null'], format: date-time-rfc-2822}
              day: {type: string, format: date}
      """);

  @TempDir
  Path dir;
  private FileSet output;

  @BeforeEach
  void generate() {
    output = Pipeline.generate(Specs.write(dir, "openapi.yaml", SPEC), new TypeScriptPlugin());
  }

  @Test
  void modelsHoldDatesAndDatesWithoutTimeStayStrings() {
    assertThat(output.text("src/models.ts")).contains("""
          starts: Date;
          ends?: Date | null;
          day?: string;
        """);
  }

  @Test
  void codecsReadAndWriteEachFormat() {
    assertThat(output.text("src/codecs.ts")).contains("""
          starts: [$.dateTime, 1],
          ends: $.nullable($.dateTimeRfc2822),
          day: $.string,
        """);
  }

  @Test
  void paramsTakeADateOrTheTextToSend() {
    String resource = output.text("src/resources/events.ts");
    assertThat(resource).contains("  At: Date | string;\n");
    assertThat(resource).contains("  Since: Date | string;\n");
    assertThat(resource).contains("  Days?: (Date | string)[];\n");
    assertThat(resource).contains("  Day?: string;\n");
  }

  @Test
  void dateTimeParamsCarryTheirCodecEvenInTheRoute() {
    assertThat(output.text("src/resources/events.ts")).contains("""
            params: {
              At: ['p', $.dateTime],
              Since: ['q', $.dateTimeRfc2822],
              Days: ['q', $.array($.dateTime)],
              Day: 'q',
            },
        """);
  }

  @Test
  void examplesGiveDatesOfTheInstantInRfc3339() {
    assertThat(output.text("README.md")).contains("  Since: new Date('2023-08-24T05:01:45Z'),\n");
  }
}
