"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from .._models import BaseModel
from ._message import Message
from ._page_meta import PageMeta


class MessagePage(BaseModel):
    messages: list[Message]
    meta: PageMeta
