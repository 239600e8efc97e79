"""Guessing the publication date from the text itself, and the tables behind time reading."""
from __future__ import annotations

from datetime import date

from claimwatch.extract.published import guess_published
from claimwatch.extract.time_grammar import lexicon

TODAY = date(2026, 6, 1)


def test_a_dateline_with_a_year_is_the_publication_date():
    text = "NAIROBI, Kenya, March 4, 2025 (Example Wire) — Floods cut the main road on Monday."
    assert guess_published(text, TODAY) == date(2025, 3, 4)


def test_a_yearless_dateline_takes_the_year_its_weekday_fits():
    # March 4 fell on a Tuesday in 2025, and the lede says Tuesday.
    text = "NAIROBI, March 4 (Example Wire) - The government said on Tuesday it would rebuild the bridge. It opened in 2019."
    assert guess_published(text, TODAY) == date(2025, 3, 4)


def test_a_yearless_dateline_is_never_after_today():
    text = "LIMA, Dec. 20 — Officials counted the votes."
    assert guess_published(text, date(2026, 6, 1)) == date(2025, 12, 20)


def test_an_updated_line_near_the_top_counts():
    text = "Storm live: roads closed\nLast updated 10:15 GMT, 3 February 2026\n10:15 GMT - Snow keeps falling."
    assert guess_published(text, TODAY) == date(2026, 2, 3)


def test_else_the_latest_full_date_in_the_text():
    text = "The plan was first floated on June 2, 2023 and approved on Jan. 9, 2024 after a long debate."
    assert guess_published(text, TODAY) == date(2024, 1, 9)


def test_no_date_no_guess():
    assert guess_published("The minister said on Monday that talks would go on.", TODAY) is None
    assert guess_published("", TODAY) is None


def test_the_tables_cover_every_month_and_weekday():
    lex = lexicon()
    assert set(lex.months.values()) == set(range(1, 13))
    assert set(lex.weekdays.values()) == set(range(7))
    assert {"Y", "M", "W", "D", "H", "MIN"} <= {unit for unit, _ in lex.units.values()}
    assert lex.numbers["a few"] is None and lex.numbers["twelve"] == 12
