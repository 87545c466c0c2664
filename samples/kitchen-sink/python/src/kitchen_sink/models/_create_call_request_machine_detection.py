"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

from .._models import BaseModel


class CreateCallRequestMachineDetection(BaseModel):
    """Inline object; the generator must give it a stable name."""

    enabled: Optional[bool] = None
    timeout_seconds: Optional[int] = None


class CreateCallRequestMachineDetectionParam(TypedDict, total=False):
    """The plain-data form of :class:`CreateCallRequestMachineDetection`: its properties by wire name."""

    enabled: bool
    timeout_seconds: int
