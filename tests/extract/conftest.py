"""Fixtures of the extraction tests."""
from __future__ import annotations

from datetime import date

import pytest

from claimwatch.models import Statement

PUBLISHED = date(2025, 3, 14)  # a Friday: the day the tests' sentences were "published"


@pytest.fixture(scope="session")
def nlp():
    """The pipeline every extraction test reads with, loaded once."""
    from claimwatch.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def read():
    """The statements of a text, read as the pipeline reads a document published on PUBLISHED."""
    from claimwatch.extract.pipeline import extract
    from claimwatch.nlp import load_nlp

    nlp = load_nlp()

    def run(text: str, published: date | None = PUBLISHED) -> list[Statement]:
        assert nlp is not None
        return extract(text, published).statements

    return run
