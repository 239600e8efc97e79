"""Fixtures for the consolidation tests: the picture of the hand-built story in ostria_story.py."""
from __future__ import annotations

import pytest
from ostria_story import story

from claimwatch.consolidate import Picture, build_picture


@pytest.fixture(scope="session")
def picture() -> Picture:
    return build_picture(story())
