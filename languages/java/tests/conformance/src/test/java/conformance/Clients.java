package conformance;

import com.kitchensink.KitchenSinkClient;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** The clients every scenario uses. */
final class Clients {
  static final String SID = "AC0123456789abcdef0123456789abcdef";
  static final String BASIC = "Basic QUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZjp0b2tlbi1zZWNyZXQ=";

  private Clients() {}

  /** Base URL W/v1, account SID and token, API key. */
  static KitchenSinkClient standard() {
    return KitchenSinkClient.builder()
        .baseUrl(Wire.W + "/v1")
        .accountAuth(SID, "token-secret")
        .apiKeyAuth("key-123")
        .build();
  }

  static HttpClient direct() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).proxy(ProxySelector.of(null)).build();
  }

  /**
   * An HttpClient injected into the SDK that records the URI it was asked for and sends the request
   * to WireMock instead, keeping path and query.
   */
  static final class Forwarding extends HttpClient {
    final List<URI> asked = new CopyOnWriteArrayList<>();
    private final HttpClient delegate = direct();

    private <T> HttpRequest forward(HttpRequest request) {
      asked.add(request.uri());
      URI uri = request.uri();
      String target = Wire.W + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      return HttpRequest.newBuilder(request, (name, value) -> true).uri(URI.create(target)).build();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
        throws IOException, InterruptedException {
      return delegate.send(forward(request), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
      return delegate.sendAsync(forward(request), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
        HttpResponse.PushPromiseHandler<T> push) {
      return delegate.sendAsync(forward(request), handler, push);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
      return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
      return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
      return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
      return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
      return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
      return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
      return delegate.authenticator();
    }

    @Override
    public Version version() {
      return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
      return delegate.executor();
    }
  }
}
