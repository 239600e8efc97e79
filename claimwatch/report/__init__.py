"""Reports for people: the situation brief in Markdown or HTML, with estimate charts."""
from __future__ import annotations

from .brief import render_brief

__all__ = ["render_brief"]
