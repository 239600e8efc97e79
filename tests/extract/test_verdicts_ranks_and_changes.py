"""A quoted verdict of falsity on what a claim is called, the quote that belongs to the act whose
object it describes, a period that bounds a rank rather than dating an act, a lead's bare kind of
body named in the next paragraph, and a change in percent followed by the level it reached."""
from datetime import date

from claimwatch.extract import extract

CALLED_A_LIE = ('Air force spokesman Petro Danyliuk told television on Sunday that a missile had hit a depot, '
                'and called the ministry\'s claim "a lie from beginning to end."')

CALLED_AND_ALLEGED = ('The Kivu Front called the army\'s figures "propaganda for foreign donors" and alleged '
                      'that government drones had struck a market in Rugari.')

RANKED = ("SEOUL, March 4 (Hanbit) -- North Korea fired a ballistic missile into the sea on Wednesday, "
          "South Korea's military said, in the North's first known launch this year.")

OPENING = "Prosecutor Anita Rao said in her opening statement last week that the payments were bribes."

UNION = """Warehouse staff back strike

Workers at the three depots have voted 88 per cent in favour of a strike, their union said on Thursday.

The Depot and Freight Workers Union said 1,900 of its members had cast ballots.
"""


def _said(text: str, published: date) -> list:
    return extract(text, published=published).statements


def test_calling_a_claim_a_lie_at_length_denies_it():
    called = next(s for s in _said(CALLED_A_LIE, date(2025, 8, 3)) if s.cue == "called")
    assert called.stance == "deny"


def test_a_quoted_verdict_stays_with_the_act_it_describes_and_the_next_act_keeps_its_clause():
    statements = _said(CALLED_AND_ALLEGED, date(2024, 10, 17))
    called = next(s for s in statements if s.cue == "called")
    alleged = next(s for s in statements if s.cue == "alleged")
    assert called.stance == "deny" and "propaganda" in called.content
    assert alleged.stance == "assert" and alleged.content.startswith("that government drones")


def test_a_period_bounding_a_rank_does_not_date_the_act():
    said = next(s for s in _said(RANKED, date(2027, 3, 4)) if s.cue == "said")
    assert said.said_on != "2027"


def test_a_period_after_an_occasion_still_dates_the_act():
    said = next(s for s in _said(OPENING, date(2026, 10, 27)) if s.cue == "said")
    assert said.said_on is not None and said.said_on.startswith("2026-10")


def test_a_leads_bare_kind_of_body_is_the_one_the_next_paragraph_names():
    speakers = {s.speaker for s in _said(UNION, date(2024, 3, 8))}
    assert "their union" not in speakers
    assert "Depot and Freight Workers Union" in speakers


def test_a_change_in_percent_and_the_level_it_reached_are_two_figures():
    found = extract("The index fell 2.1% to 21,880.14 while yields rose 2 to 3 percent.",
                    published=date(2025, 11, 12)).quantities
    values = {(q.text, q.value, q.low, q.high) for q in found}
    assert ("2.1%", 2.1, None, None) in values
    assert ("21,880.14", 21880.14, None, None) in values
    assert any(q.low == 2 and q.high == 3 for q in found)


HEARING = """Bank chief apologises to senators

WASHINGTON — The head of Coltrane Bank apologised to senators on Wednesday for a week-long outage.

"We let our customers down," Miriam Osei told the Senate Banking Committee.

In written testimony released by the committee on Tuesday, Osei said the outage began on June 3. She wrote that the bank had refunded $9 million in fees.

Under questioning from the chairman, Osei conceded that engineers had warned of the flaw in March.
"""


def test_what_was_written_on_another_day_does_not_date_what_the_speaker_says_later():
    statements = _said(HEARING, date(2024, 9, 19))
    written = next(s for s in statements if s.cue == "wrote")
    conceded = next(s for s in statements if s.cue == "conceded")
    assert written.said_on == "2024-09-17"
    assert conceded.said_on == "2024-09-18"


def test_remembering_what_happened_is_a_claim_but_remembering_someone_is_not():
    remembers = _said("Marco Rossi remembers sleeping on flour sacks in the back room during the storm.",
                      date(2024, 4, 14))
    assert [s.cue for s in remembers] == ["remembers"]
    assert not _said("Residents of Elm Street remember the 1989 flood.", date(2024, 4, 14))


def test_giving_no_details_declines_but_confirming_no_deaths_asserts():
    gave = next(s for s in _said("Mikhail Orlov said a fuel depot was hit, but gave no further details.",
                                 date(2025, 8, 3)) if s.cue == "gave")
    assert gave.stance == "decline"
    confirmed = next(s for s in _said("The ministry confirmed no deaths.", date(2025, 8, 3)) if s.cue == "confirmed")
    assert confirmed.stance == "assert"


WORKER = """Strike vote

Talks resume on Saturday with a mediator, Harold Benn. "There is a gap," Benn said on Thursday.

Outside the depot on Friday morning, forklift operator Devon Clarke, who has worked for the chain for nine years, said the mood was defiant. "We got the result yesterday and people are fired up," he said.
"""


def test_a_kind_of_business_before_a_name_told_with_who_is_a_persons_job():
    quoted = next(s for s in _said(WORKER, date(2024, 3, 8)) if "fired up" in (s.content or ""))
    assert quoted.speaker == "Devon Clarke"


def test_a_states_act_told_as_its_ministrys_report_is_the_ministrys_one_statement():
    statements = _said("Uganda has confirmed 14 cases of Marburg virus disease, including six deaths, "
                       "the health ministry said on Saturday.", date(2024, 10, 12))
    assert [s.cue for s in statements] == ["said"]


def test_a_spokesperson_asked_a_question_then_speaking_is_the_source_of_what_was_said():
    statements = _said('A State Department spokesperson, asked whether Washington had a view on the allegations, '
                       'said it was "too early to draw conclusions".', date(2024, 5, 1))
    assert [(s.cue, s.speaker) for s in statements] == [("said", "State Department spokesperson")]


def test_an_act_a_why_question_presupposes_is_still_told():
    statements = _said('Adrian Colquhoun took the stand on Tuesday. Asked by his barrister why he had told customers '
                       'in a May 2024 email that their funds were safe, he said: "Because I believed it."',
                       date(2025, 3, 4))
    assert "told" in [s.cue for s in statements]


def test_defending_a_measure_is_a_statement():
    statements = _said("France's budget minister on Thursday defended a planned levy on second homes.", date(2027, 9, 23))
    assert [s.cue for s in statements] == ["defended"]
