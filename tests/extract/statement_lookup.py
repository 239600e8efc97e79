"""Finding one statement among those a test text gives."""
from __future__ import annotations

from claimwatch.models import Statement


def by_cue(statements: list[Statement], cue: str) -> Statement:
    """The first statement whose cue is `cue` ("said", "denied", ":")."""
    return next(s for s in statements if s.cue == cue)
