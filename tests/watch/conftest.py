"""Fixtures of the watch tests: the loopback feed server, the model-free extractor, the watcher's log."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # feed_server
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # fakes
from feed_server import FeedServer  # noqa: E402


@pytest.fixture
def server():
    with FeedServer(hang_seconds=3.0) as running:
        yield running
