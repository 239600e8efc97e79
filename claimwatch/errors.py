"""One error family for the library; the faces (CLI, API) turn these into messages."""
from __future__ import annotations


class ClaimwatchError(Exception):
    """Base of every error claimwatch raises on purpose."""


class InputError(ClaimwatchError):
    """One input item could not be read; `where` names the file and line."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class ModelError(ClaimwatchError):
    """The spaCy pipeline asked for is not installed."""


class WorkerError(ClaimwatchError):
    """A process or cluster worker running the extraction died or could not be reached."""
