"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel, Field


class CreateCallRequest(BaseModel):
    to: str
    from_: str = Field(wire="from")
    machine_detection: Optional[_models.CreateCallRequestMachineDetection] = None
    """Inline object; the generator must give it a stable name."""
    correlation_id: Optional[int] = None
    caller_name: Optional[str] = None
    """Send null to clear the caller name; leave absent to keep it."""
    tags: Optional[list[str]] = None
    trace_id: Optional[str] = None


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
