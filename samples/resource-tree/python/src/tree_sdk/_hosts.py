"""Rewrites the API's hosts for the client's region and edge, as the API's ``regions`` settings describe it."""

from __future__ import annotations

import dataclasses
import os
import re
import urllib.parse
from typing import Optional

__all__ = ["HostRewrite", "host_label"]

_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_RULE = "a region or an edge is one DNS label: 1-63 letters, digits or '-', not starting or ending with '-'"


def host_label(value: Optional[str], option: str, variable: str) -> Optional[str]:
    """``value``, else the environment variable (blank: unset), refused unless it is one DNS label.

    The value becomes part of the request's host: ``evil.test#``, ``a/b`` or ``user@host`` would move the
    request, credentials included, to another origin, so anything but a label is refused before any request.
    """
    source = option
    if value is None:
        value = (os.environ.get(variable) or "").strip() or None
        source = variable
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _LABEL.fullmatch(value):
        raise ValueError(f"{source} {value!r} is not a valid host label: {_RULE}.")
    return value


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

    def __post_init__(self) -> None:
        for name, value in (("region", self.region), ("edge", self.edge)):
            if value and not (isinstance(value, str) and _LABEL.fullmatch(value)):
                raise ValueError(f"{name} {value!r} is not a valid host label: {_RULE}.")

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
