package dev.switchboard.python;

import dev.switchboard.core.ir.Api;
import dev.switchboard.python.view.ProjectView;
import dev.switchboard.python.view.InitView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The view of the package's {@code __init__.py}: what a user imports from the package itself. */
final class PackageInit {
  private PackageInit() {}

  static InitView build(ProjectView project) {
    Map<String, List<String>> exports = new LinkedHashMap<>();
    exports.put("._client", List.of("AsyncClient", "Client"));
    exports.put("._core", List.of("DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "MAX_REDIRECTS"));
    exports.put("._errors", List.of("APIConnectionError", "APIStatusError", "APITimeoutError", "AuthenticationError",
        "BadRequestError", "ConflictError", "ForeignLinkError", "InternalServerError", "InvalidRequestError",
        project.baseError(), "MissingCredentialsError", "MissingFieldError", "ModelValidationError", "NotFoundError",
        "PermissionDeniedError", "RateLimitError", "ResponseValidationError", "TooManyRedirectsError", "UnprocessableEntityError"));
    exports.put("._models", List.of("UnknownVariant"));
    exports.put("._pagination", List.of("AsyncPager", "Page", "SyncPager"));
    exports.put("._response", List.of("AsyncBinaryResponse", "BinaryResponse", "RawResponse"));
    exports.put("._streaming", List.of("AsyncStream", "ServerSentEvent", "Stream"));
    exports.put("._types", List.of("NOT_GIVEN", "FileInput", "NotGiven", "RequestOptions"));
    exports.put("._version", List.of("__version__"));
    Imports imports = new Imports();
    List<String> all = new ArrayList<>();
    exports.forEach((module, names) -> names.forEach(name -> {
      imports.name(module, name);
      all.add(name);
    }));
    all.sort(Imports::compareMembers);
    String allLine = PyCode.wrap(0, "__all__ = [", all.stream().map(PyText::literal).toList(), "]", 0);
    return new InitView(project.moduleDocstring(), imports.render(), allLine);
  }

  /**
   * The {@code __init__.py} of one spec of several in one SDK: its clients; the runtime's names are
   * exported once, by the package root.
   */
  static InitView mount(Api api) {
    Imports imports = new Imports().name("._client", "AsyncClient").name("._client", "Client");
    String docstring = PyText.docstring(Optional.of("The clients of the " + api.info().title() + "."), 0).orElseThrow();
    return new InitView(docstring, imports.render(), "__all__ = [\"AsyncClient\", \"Client\"]");
  }
}
