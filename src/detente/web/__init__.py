"""The REST API and the dashboard over the event store (``detente serve``)."""

from .app import create_app
from .server import serve

__all__ = ["create_app", "serve"]
