"""The brief is rendered from the consolidation tests' hand-built story."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "consolidate"))
from ostria_story import story  # noqa: E402

from claimwatch.consolidate import Picture, build_picture  # noqa: E402


@pytest.fixture(scope="session")
def picture() -> Picture:
    return build_picture(story())
