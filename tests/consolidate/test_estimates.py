"""Estimate series: one measured thing across holders and time."""
from __future__ import annotations

from claimwatch.consolidate import Picture, build_picture
from ostria_story import article, picture  # noqa: F401 (picture is a fixture)


def test_troops_soldiers_and_forces_are_one_series_with_its_place(picture: Picture) -> None:
    troops = [s for s in picture.series if s.unit == "troops"]
    assert len(troops) == 1
    series = troops[0]
    assert series.label == "Ostrian troops in Velna"
    assert {e.quantity.unit for e in series.estimates} == {"soldiers", "troops", "forces"}


def test_series_range_latest_per_holder_and_conservative_figure(picture: Picture) -> None:
    series = next(s for s in picture.series if s.unit == "troops")
    assert (series.low, series.high) == (2000, 3000)
    latest = {e.holder: e for e in series.latest}
    assert set(latest) == {"Pat Ryder", "NATO"}
    assert latest["Pat Ryder"].citation.document == "post-1"  # his latest, not the wire copy of the day before
    assert series.conservative == 2000
    assert series.conservative_from.holder == "NATO"


def test_figures_that_disagree_beyond_their_hedges_are_a_contradiction(picture: Picture) -> None:
    series = next(s for s in picture.series if s.unit == "troops")
    assert len(series.contradictions) == 1
    assert series.contradictions[0].explanation == "Pat Ryder gives about 3,000, NATO gives 2,000–2,500"


def toll(doc_id: str, day: str, holder: str, sentence: str, number: str, value: float, approx: bool = False):
    return article(doc_id, day, "Test Wire", sentence,
                   statements=[(holder, "assert", sentence, day, "said")],
                   quantities=[(number, value, None, None, approx, "people", holder)])


def test_generic_units_take_their_measure_from_the_words_around_them() -> None:
    picture = build_picture([
        toll("a", "2025-05-01", "Lena Holm", "Lena Holm said 40 people died in the storm.", "40", 40),
        toll("b", "2025-05-02", "Omar Reyes", "Omar Reyes said 300 people were evacuated from the coast.", "300", 300),
    ])
    assert {s.unit for s in picture.series} == {"deaths", "displaced people"}


def test_hedged_figures_that_overlap_do_not_clash() -> None:
    picture = build_picture([
        toll("a", "2025-05-01", "Lena Holm", "Lena Holm said about 40 people died in the storm.", "about 40", 40, True),
        toll("b", "2025-05-02", "Omar Reyes", "Omar Reyes said 43 people died in the storm.", "43", 43),
    ])
    series = picture.series[0]
    assert series.contradictions == ()
    assert series.conservative == 40 and (series.low, series.high) == (40, 43)


def test_an_old_figure_does_not_make_the_conservative_estimate() -> None:
    picture = build_picture([
        toll("a", "2025-05-01", "Lena Holm", "Lena Holm said 12 people died in the storm.", "12", 12),
        toll("b", "2025-05-20", "Omar Reyes", "Omar Reyes said 43 people died in the storm.", "43", 43),
    ])
    assert picture.series[0].conservative == 43  # 12 was a first count, three weeks stale


def test_troops_of_two_sides_are_two_series() -> None:
    ours = "General Ivo Marr said 5,000 Ostrian troops were massed on the border."
    theirs = "General Ivo Marr said 20,000 Velnian troops faced them."
    entities = [("Ostrian", "NORP"), ("Velnian", "NORP")]
    picture = build_picture([
        article("a", "2025-05-01", "Test Wire", ours, statements=[("Ivo Marr", "assert", ours, None, "said")],
                quantities=[("5,000", 5000, None, None, False, "troops", "Ivo Marr")], entities=entities[:1]),
        article("b", "2025-05-01", "Test Wire", theirs, statements=[("Ivo Marr", "assert", theirs, None, "said")],
                quantities=[("20,000", 20000, None, None, False, "troops", "Ivo Marr")], entities=entities[1:]),
    ])
    assert sorted(s.label for s in picture.series) == ["Ostrian troops", "Velnian troops"]
    assert all(s.contradictions == () for s in picture.series)


def test_a_figure_the_sentence_moves_away_from_is_history_not_the_latest() -> None:
    sentence = "Lena Holm said 71 people died in the storm, up from 41 a week earlier."
    picture = build_picture([article("a", "2025-05-08", "Test Wire", sentence,
                                     statements=[("Lena Holm", "assert", sentence, "2025-05-08", "said")],
                                     quantities=[("71", 71, None, None, False, "people", "Lena Holm"),
                                                 ("41", 41, None, None, False, "people", "Lena Holm")])])
    series = picture.series[0]
    assert [e.value for e in series.estimates if e.previous] == [41]
    assert [e.value for e in series.latest] == [71]
    assert series.conservative == 71 and (series.low, series.high) == (41, 71)
