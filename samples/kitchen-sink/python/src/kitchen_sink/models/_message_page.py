"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from .._models import BaseModel


class MessagePage(BaseModel):
    messages: list[_models.Message]
    meta: _models.PageMeta
    __wire_formats__ = {"messages": lambda: _models.Message}


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
