"""The model-free parts of the statements reader: quote marks, transcripts, dates, tables."""
from __future__ import annotations


from claimwatch.extract.dating import calendar_value
from claimwatch.extract.lexicon import read_table
from claimwatch.extract.quotes import live_entry_starts, quoted_passages, speech_passages, transcript_turns
from claimwatch.extract.speakers import country_of_name, strip_titles
from claimwatch.models import TimeExpr


def inner(text: str) -> list[str]:
    return [text[p.inner_start:p.inner_end] for p in quoted_passages(text)]


def test_curly_and_straight_quotes_pair_and_apostrophes_are_not_quotes():
    text = "The mayor’s aide said “we’re ready” and then \"nothing else\"."
    assert inner(text) == ["we’re ready", "nothing else"]


def test_single_curly_quotes_around_a_phrase():
    assert inner("Officials saw a ‘handful of’ boats.") == ["handful of"]


def test_unclosed_quote_runs_to_the_end_of_its_paragraph_only():
    text = "“We will rebuild, she said.\nThe next paragraph is narration."
    (p,) = quoted_passages(text)
    assert not p.closed and text[p.inner_start:p.inner_end] == "We will rebuild, she said."


def test_short_scare_quotes_are_not_speech():
    text = "The so-called “buffer zone” grew. “We saw the tanks move at dawn,” he said."
    assert [text[p.inner_start:p.inner_end] for p in speech_passages(text)] == ["We saw the tanks move at dawn,"]


def test_transcript_turns_need_two_labelled_lines():
    assert transcript_turns("Note: the figures are provisional.") == []
    text = "Q: How many?\nLANE: About forty.\nMore may come.\nQ: When?\nLANE: Soon."
    turns = transcript_turns(text)
    assert [t.label for t in turns] == ["Q", "LANE", "Q", "LANE"]
    assert len(turns[1].paragraphs) == 2


def test_live_blog_stamps():
    text = "10:05 GMT – First entry.\n09:40 GMT – Second entry.\n"
    assert live_entry_starts(text) == [0, 25]
    assert live_entry_starts("At 10:05 the train left.") == []


def test_calendar_values_keep_days_months_years_and_turn_weeks_into_months():
    def value(v: str | None, text: str = "x") -> str | None:
        return calendar_value(TimeExpr(text, v, (0, 1)))

    assert value("2024-10-29") == "2024-10-29"
    assert value("2024-10") == "2024-10"
    assert value("2024-W44") == "2024-10"
    assert value("P2M") is None
    assert value("2024-10-29T14:00") == "2024-10-29"
    assert value(None, "Tuesday") is None  # unvalued by the times extractor: no guess


def test_titles_are_stripped_from_names():
    assert strip_titles("U.S. Air Force Maj. Gen. Kay Dunn") == "Kay Dunn"
    assert strip_titles("Dunn") == "Dunn"


def test_countries_from_the_tables():
    assert country_of_name("Kremlin") == "RU"
    assert country_of_name("KCNA") == "KP"
    assert country_of_name("Polish foreign ministry") == "PL"


def test_institution_table_has_the_shared_columns_and_valid_codes():
    rows = read_table("institutions")
    assert rows and set(rows[0]) == {"name", "aliases", "country", "kind", "part_of"}
    names = {row["name"] for row in rows}
    for row in rows:
        assert row["name"] and row["kind"]
        assert row["country"] == "" or (len(row["country"]) == 2 and row["country"].isupper())
        assert row["part_of"] == "" or row["part_of"] in names, row["name"]  # a body the table knows
