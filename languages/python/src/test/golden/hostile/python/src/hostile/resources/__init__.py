"""The resources of the Hostile \"\"\" API */ ${x}."""

from .things import AsyncThings, AsyncThingsWithRawResponse, Things, ThingsWithRawResponse

__all__ = ["AsyncThings", "AsyncThingsWithRawResponse", "Things", "ThingsWithRawResponse"]
