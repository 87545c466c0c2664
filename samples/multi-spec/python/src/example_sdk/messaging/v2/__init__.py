"""The clients of the Example Messaging."""

from ._client import AsyncClient, Client

__all__ = ["AsyncClient", "Client"]
