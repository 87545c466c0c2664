"""The clients of the Example Accounts."""

from ._client import AsyncClient, Client

__all__ = ["AsyncClient", "Client"]
