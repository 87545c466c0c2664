"""The resources of the Hostile \"\"\" API */ ${x}."""

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
