"""The REST API and the server behind the dashboard."""
from .app import create_app

__all__ = ["create_app"]
