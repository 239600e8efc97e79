"""What grouping compares a statement with when it weighs joining a claim, kept with the stored claim.

A statement joins the claim it resembles most on average (`claims.group_statements`): the sum of
the claim's unit word vectors, how many of its units read each frame, the figures its members give,
and how many units it holds. Kept per stored claim, they let an update weigh a new statement against
a wide claim without re-reading its members' documents (issue 13): the claim enters grouping as a
seed, and the statements that join it are added to it, not regrouped with it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .claim_figures import Figure, FigureTally
from .frames import Frame


@dataclass
class ClaimTally:
    """A claim as grouping weighs it: units, summed unit word vectors, frames by event, figures."""

    units: int = 0
    sums: dict[str, float] = field(default_factory=dict)
    frames: Any = None  # claims.FrameTally (imported late: claims imports this module)
    figures: FigureTally = field(default_factory=FigureTally)

    def __post_init__(self) -> None:
        if self.frames is None:
            from .claims import FrameTally

            self.frames = FrameTally()

    def copy(self) -> "ClaimTally":
        out = ClaimTally(self.units, dict(self.sums))
        out.frames.merge(self.frames)
        out.figures.merge(self.figures)
        return out

    def add_unit(self, vector: dict[str, float], frame: Frame | None, given: Iterable[frozenset[Figure]]) -> None:
        """One more unit: its unit word vector, its main frame and each member's figures."""
        self.units += 1
        for f, w in vector.items():
            self.sums[f] = self.sums.get(f, 0.0) + w
        self.frames.add(frame)
        for figures_ in given:
            self.figures.add(figures_)


def tally_to_json(tally: ClaimTally) -> dict[str, Any]:
    """A tally as the store keeps it (JSON: lists for tuples and sets, sorted so equal tallies are equal)."""
    frames = [[_frame_json(f), n] for counts in tally.frames.by_event.values() for f, n in counts.items()]
    figures = [sorted((_figure_json(x) for x in given), key=repr) for given in tally.figures.sets]
    return {"units": tally.units, "sums": dict(sorted(tally.sums.items())),
            "frames": sorted(frames, key=repr), "figures": sorted(figures, key=repr)}


def tally_from_json(data: dict[str, Any]) -> ClaimTally:
    tally = ClaimTally(int(data["units"]), {f: float(w) for f, w in data["sums"].items()})
    for frame, n in data["frames"]:
        tally.frames.add(_frame(frame), n)
    for given in data["figures"]:
        tally.figures.add(frozenset(_figure(x) for x in given))
    return tally


def _frame_json(frame: Frame) -> list:
    return [frame.event, sorted(frame.participants), sorted(frame.places), frame.trigger, frame.mood]


def _frame(data: list) -> Frame:
    event, participants, places, trigger, mood = data
    return Frame(event, frozenset(participants), frozenset(places), trigger, mood)


def _figure_json(figure: Figure) -> list:
    measure, number, main, approx = figure
    return [measure, list(number), main, approx]


def _figure(data: list) -> Figure:
    measure, number, main, approx = data
    return (measure, tuple(number), bool(main), bool(approx))
