"""The resources of the Hostile \"\"\" API */ ${x}.

Each resource is imported from its module on first use, so importing the package costs little.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .n2fa import AsyncN2fa, AsyncN2faWithRawResponse, N2fa, N2faWithRawResponse
    from .things import AsyncThings, AsyncThingsWithRawResponse, Things, ThingsWithRawResponse

__all__ = [
    "AsyncN2fa",
    "AsyncN2faWithRawResponse",
    "AsyncThings",
    "AsyncThingsWithRawResponse",
    "N2fa",
    "N2faWithRawResponse",
    "Things",
    "ThingsWithRawResponse",
]

_MODULES = {
    "AsyncN2fa": "n2fa",
    "AsyncN2faWithRawResponse": "n2fa",
    "AsyncThings": "things",
    "AsyncThingsWithRawResponse": "things",
    "N2fa": "n2fa",
    "N2faWithRawResponse": "n2fa",
    "Things": "things",
    "ThingsWithRawResponse": "things",
}
"""The module of each name, imported on first use of the name."""


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
