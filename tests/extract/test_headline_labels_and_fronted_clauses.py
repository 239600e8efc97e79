"""Headline labels that say whom or where a speaker spoke to ("Mayor to Council: ..."), a finding
as a headline label ("Poll: ..."), and a clause the parser fronted before a speaker who reports
another one after the cue."""
from datetime import date

from claimwatch.extract import extract

ADDRESSED = """Okafor to Harbour Traders: Rents Will Not Rise This Year

Mayor Ngozi Okafor told a meeting of market traders on Tuesday evening that stall rents would stay frozen until next spring.
"""

VENUE = """Senator Whitcombe at Farm Forum: Grain Tariffs Hurt Growers

Senator Alan Whitcombe spoke to farmers in Salina on Thursday.
"""

FINDING = """Poll: Lindqvist Leads Mayoral Race by Six Points

A survey of 800 voters released on Monday puts the incumbent ahead.
"""

TOPIC = """Storm Perrine: Red Warning for Brittany as Gusts Build

Forecasters issued the warning on Sunday.
"""

FRONTED = ("Writing for a newspaper panel that mostly agreed the governor won the exchange, "
           "the columnist Ruth Abney noted that the way he handled the first question was decisive.")


def _said(text: str, published: date) -> list:
    return extract(text, published=published).statements


def test_a_label_naming_whom_the_speaker_addressed_gives_the_speakers_claim():
    label = next(s for s in _said(ADDRESSED, date(2026, 3, 4)) if s.cue == ":")
    assert label.speaker == "Ngozi Okafor"
    assert label.content == "Rents Will Not Rise This Year"


def test_a_label_naming_where_the_speaker_spoke_gives_the_speakers_claim():
    label = next(s for s in _said(VENUE, date(2026, 3, 6)) if s.cue == ":")
    assert label.speaker.endswith("Whitcombe")
    assert label.content == "Grain Tariffs Hurt Growers"


def test_a_finding_as_the_headline_label_is_the_source():
    label = next(s for s in _said(FINDING, date(2026, 3, 3)) if s.cue == ":")
    assert label.speaker == "poll"


def test_a_topic_label_is_no_source():
    assert not any(s.cue == ":" for s in _said(TOPIC, date(2026, 1, 12)))


def test_a_clause_fronted_before_the_speaker_is_not_what_was_noted():
    noted = next(s for s in _said(FRONTED, date(2016, 10, 5)) if s.cue == "noted")
    assert noted.content == "that the way he handled the first question was decisive"
