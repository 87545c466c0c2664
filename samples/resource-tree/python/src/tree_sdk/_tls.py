"""The TLS settings of the HTTP clients this package creates, with the CA certificates loaded on first use."""

from __future__ import annotations

import os
import ssl
import sys
import threading
from typing import Any


class DeferredTrustContext(ssl.SSLContext):
    """httpx's default TLS context (certifi's CA bundle, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``), loading the
    certificates when the first TLS connection starts rather than when the client is built.

    Reading the bundle costs more than everything else in building a client; a client that is never used, or
    that speaks plain HTTP only, does not pay it. Until then nothing is trusted, so nothing is accepted unverified.
    """

    _lock: threading.Lock
    _loaded: bool

    def __new__(cls, *args: Any, **kwargs: Any) -> DeferredTrustContext:
        context = super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)
        context._lock = threading.Lock()
        context._loaded = False
        # What ssl.create_default_context(), which makes httpx's context, adds to a client context.
        if sys.version_info >= (3, 13):
            context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN | ssl.VERIFY_X509_STRICT
        keylog = os.environ.get("SSLKEYLOGFILE")
        if keylog and not sys.flags.ignore_environment:
            context.keylog_filename = keylog
        return context

    def wrap_socket(self, *args: Any, **kwargs: Any) -> Any:
        self.load_trust()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> Any:
        self.load_trust()
        return super().wrap_bio(*args, **kwargs)

    def load_trust(self) -> None:
        """Loads the CA certificates, once: from the environment as httpx reads it, else certifi's bundle."""
        with self._lock:
            if self._loaded:
                return
            if os.environ.get("SSL_CERT_FILE"):
                self.load_verify_locations(cafile=os.environ["SSL_CERT_FILE"])
            elif os.environ.get("SSL_CERT_DIR"):
                self.load_verify_locations(capath=os.environ["SSL_CERT_DIR"])
            else:
                import certifi

                self.load_verify_locations(cafile=certifi.where())
            self._loaded = True
