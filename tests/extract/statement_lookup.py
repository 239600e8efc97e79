"""Finding one statement among those a test text gives."""
from __future__ import annotations

from claimwatch.models import Statement


def by_cue(statements: list[Statement], cue: str, nth: int = 0) -> Statement:
    """The first (or `nth`, counting from 0) statement whose cue is `cue` ("said", "denied", ":")."""
    return [s for s in statements if s.cue == cue][nth]
