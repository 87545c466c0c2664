"""Rewrites the API's hosts for the client's region and edge, as the API's ``regions`` settings describe it."""

from __future__ import annotations

import dataclasses
import urllib.parse
from typing import Optional

__all__ = ["HostRewrite"]


@dataclasses.dataclass(frozen=True)
class HostRewrite:
    """``hosts`` are exact host names or ``*.DOMAIN`` (one label in front of DOMAIN); ``rewrite``'s
    labels ``{host}`` (the host's first label), ``{edge}`` and ``{region}`` are filled in and a
    label left unset is dropped. With an edge and no region, the region is ``default_region``.
    """

    hosts: tuple[str, ...]
    rewrite: str
    default_region: Optional[str] = None
    region: Optional[str] = None
    edge: Optional[str] = None

    def host(self, host: str) -> str:
        """The host to send to instead of ``host``."""
        if not (self.region or self.edge) or not any(_matches(pattern, host.lower()) for pattern in self.hosts):
            return host
        values = {
            "{host}": host.split(".")[0],
            "{edge}": self.edge,
            "{region}": self.region or (self.default_region if self.edge else None),
        }
        labels = [values.get(label, label) for label in self.rewrite.split(".")]
        return ".".join(label for label in labels if label)

    def url(self, url: str) -> str:
        """``url`` with its host rewritten (port, path and query kept)."""
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
        if not host:
            return url
        new = self.host(host)
        if new == host:
            return url
        user = parts.netloc.rpartition("@")[0]
        netloc = (user + "@" if user else "") + new + (f":{parts.port}" if parts.port else "")
        return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def _matches(pattern: str, host: str) -> bool:
    pattern = pattern.lower()
    if pattern.startswith("*."):
        first, _, rest = host.partition(".")
        return bool(first) and rest == pattern[2:]
    return host == pattern
