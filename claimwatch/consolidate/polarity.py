"""Stance toward the claim: a statement's polarity relative to the positive proposition.

Extraction reads "Peru had nothing to do with the bombing" as its speaker's assertion;
toward the claim "Peru was involved in the bombing" it is a denial. A claim is always
labelled by its positive proposition, so a content that negates or dismisses a proposition
("no indication that...", "nonsense", "never released those numbers") makes the statement
a denial of it, and a content that refuses an answer ("I will leave this question
unanswered") a decline. The cues live in `data/polarity_cues.tsv`. Only assertions are
re-read: an extracted denial, non-denial or decline already says where it stands.
"""
from __future__ import annotations

import functools
import re

from .tables import read_table


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    return tuple((re.compile(rf"(?:^|\b){row['cue']}", re.I), row["stance"], row["cue"])
                 for row in read_table("polarity_cues") if row.get("cue") and row.get("stance"))


def stance_toward_claim(stance: str, content: str) -> tuple[str, str | None]:
    """(stance toward the positive proposition, the cue that changed it or None)."""
    if stance != "assert" or not content:
        return stance, None
    text = " ".join(content.split()).strip(" \"“”'.,;:")
    for pattern, new, cue in _cues():
        if pattern.search(text):
            return new, cue
    return stance, None


def contrasted(content: str, trigger: str) -> bool:
    """True when the content sets its event aside for another: "erosion, not sabotage, caused the
    failure", "floods rather than an attack", "an accident instead of sabotage". The proposition
    the event word names is the one the speaker denies."""
    if not trigger:
        return False
    word = re.escape(trigger)
    return bool(re.search(rf"(?:,\s*not|\brather\s+than|\binstead\s+of)\s+(?:an?\s+|the\s+)?{word}\b", content, re.I))
