"""Models of the Tree API."""

from __future__ import annotations

from typing import Optional

from .._models import BaseModel


class MediaPage(BaseModel):
    media_list: Optional[list[_models.Media]] = None
    next_page_uri: Optional[str] = None


# Last: the classes' annotations are resolved when a schema is first built, and only then load other modules.
from .. import models as _models  # noqa: E402
