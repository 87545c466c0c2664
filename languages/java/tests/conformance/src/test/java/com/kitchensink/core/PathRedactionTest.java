package com.kitchensink.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A personal path parameter (the plan's redaction path, such as Twilio Lookups' PhoneNumber) is
 * sent as given and shown as *** in every logged URL; the runtime's own test, beside S60.
 */
class PathRedactionTest {
  private static final Logger SDK_LOGGER = Logger.getLogger("com.kitchensink");
  private static final String PHONE = "+15551234567";

  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private final List<String> paths = Collections.synchronizedList(new ArrayList<>());
  private final Handler recorder = new Handler() {
    @Override
    public void publish(LogRecord record) {
      lines.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private HttpServer server;

  @BeforeEach
  void start() throws Exception {
    recorder.setLevel(Level.ALL);
    SDK_LOGGER.addHandler(recorder);
    SDK_LOGGER.setLevel(Level.FINE);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      paths.add(exchange.getRequestURI().getRawPath());
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    SDK_LOGGER.removeHandler(recorder);
    SDK_LOGGER.setLevel(null);
  }

  private static ApiRequest lookup() {
    return ApiRequest.builder("GET", "/v2/PhoneNumbers/{PhoneNumber}").pathParam("PhoneNumber", PHONE).build();
  }

  @Test
  void aPersonalPathParameterIsSentAsGivenAndLoggedAsMask() throws Exception {
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    HttpExecutor executor = new HttpExecutor(
        ClientOptions.builder(url, List.of()).redactPath(List.of("PhoneNumber")).build());

    executor.execute(lookup(), RequestOptions.none(), ResponseHandler.text());
    executor.executeAsync(lookup(), RequestOptions.none(), ResponseHandler.text()).get();

    assertEquals(List.of("/v2/PhoneNumbers/%2B15551234567", "/v2/PhoneNumbers/%2B15551234567"), paths);
    String log = String.join("\n", lines);
    assertEquals(4, lines.size(), log);
    lines.forEach(line -> assertTrue(line.startsWith("GET " + url + "/v2/PhoneNumbers/*** "), line));
    assertFalse(log.contains("15551234567"), log);
  }

  @Test
  void onlyTheListedParametersAreMaskedAndAnApiWithoutAnyLogsItsUrlsAsSent() {
    ApiRequest request = ApiRequest.builder("GET", "/Accounts/{AccountSid}/Lookups/{PhoneNumber}.json")
        .pathParam("AccountSid", "AC1").pathParam("PhoneNumber", PHONE).build();
    URI uri = request.uri("https://api.example.test/v1", false, List.of());
    RequestLog masking = new RequestLog(Set.of(), Set.of(), Set.of("PhoneNumber"));
    assertEquals("https://api.example.test/v1/Accounts/AC1/Lookups/***.json", masking.hiding(request).url(uri));

    RequestLog plain = new RequestLog(Set.of(), Set.of(), Set.of());
    assertSame(plain, plain.hiding(request));
    assertEquals(uri.toString(), plain.hiding(request).url(uri));
  }
}
