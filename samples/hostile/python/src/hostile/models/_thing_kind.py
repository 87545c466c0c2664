"""Models of the Hostile \"\"\" API */ ${x}."""

from __future__ import annotations

from .._models import StrEnum


class ThingKind(StrEnum):
    """Tab    here and CR
    then \"\"\"\"\"\" six quotes
    """

    A_B = 'a"b'
    C_D = "c'd"
    E_F = "e\\f"
    EMPTY = '"""'
    G_H = "g h"
