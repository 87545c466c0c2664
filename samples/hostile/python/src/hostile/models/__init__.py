"""Models of the Hostile \"\"\" API */ ${x}.

Each model is imported from its module on first use, so importing the package costs little.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._odd_names import OddNames
    from ._thing import Thing
    from ._thing_kind import ThingKind
    from ._very_long_segment000_segment001_segment002_segment003_hd0a01c1a import (
        VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a,
    )
    from ._very_long_segment000_segment001_segment002_segment003_hd0a01c1a_nested import (
        VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested,
    )

__all__ = [
    "OddNames",
    "Thing",
    "ThingKind",
    "VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a",
    "VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested",
]

_MODULES = {
    "OddNames": "_odd_names",
    "Thing": "_thing",
    "ThingKind": "_thing_kind",
    "VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a": "_very_long_segment000_segment001_segment002_segment003_hd0a01c1a",
    "VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested": "_very_long_segment000_segment001_segment002_segment003_hd0a01c1a_nested",
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
