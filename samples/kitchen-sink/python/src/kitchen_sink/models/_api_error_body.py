"""Models of the Kitchen Sink Communications API."""

from __future__ import annotations

from .._models import BaseModel
from ._api_error_detail import ApiErrorDetail


class ApiErrorBody(BaseModel):
    error: ApiErrorDetail
