"""Agency copy translated from German and Portuguese, and the phrases that set a scene. The
parser may hang "of a 'century flood'" on the place or day before it; a spaced dash in a headline
ends one clause; "according to own statements" is the subject's account; "did not want to comment"
is a refusal; a title's stop ("Engr.") ends no sentence; a role with a noun before it ("the union
leader") is the person introduced so; "the ministry" is never a body of no stated kind; "the same
note" is the note a body was said to send; "the armies of A and B gave conflicting accounts" is an
account from each army. "X said this when met by reporters ... today" dates the words it closes on;
councillors voting on a day tell the sitting the next speakers address."""
from datetime import date

from claimwatch.extract import extract

FLOOD = """Flood on the river: district declares disaster case - minister speaks of 'century flood'

Waldheim (zpd) - After days of continuous rain, the district of Talkreis has declared the disaster case.

The state's Environment Minister Georg Lindner (SLU) spoke on Tuesday in Dresden of a "century flood". "Such values we last measured in 2013," said the minister.

According to own statements, the THW alone has filled around 45,000 sandbags since Sunday. District Administrator Thomas Brenner did not want to comment on the accusations.
"""

HOSPITALS = """Maternity ward shut for the weekend

The regional leader of the National Union of Hospital Doctors, Teresa Vale, said on Saturday that the hospital had lost 11 of its 19 obstetricians.

According to the union leader, the ward had to close 14 times in three months.

The Executive Direction of the Health Service (DE-SS) contests these numbers. In a note sent to the agency on Saturday, the DE-SS said that the hospital counts 14 obstetricians. According to the same note, the closure affects fewer than three births a day.

The ministry said it would send two more ambulances.
"""

DAM = """Embankment gives way

The basin authority put the number of people evacuated at about 12,000 and said the breach was "about 40 metres wide." In a statement issued on Thursday night, its managing director, Engr. Musa Gitani, blamed "unprecedented inflows" and denied that the embankment had been poorly kept.
"""

BORDER = """Clash near the border

The armies of Sudan and South Sudan gave conflicting accounts of a clash near the disputed town.
"""


def _said(text: str, published: date) -> list:
    return extract(text, published=published).statements


def test_a_complement_hung_on_the_place_before_it_is_still_what_was_spoken_of():
    spoke = next(s for s in _said(FLOOD, date(2025, 9, 16)) if s.cue == "spoke")
    assert spoke.speaker == "Georg Lindner" and "century flood" in spoke.content


def test_a_spaced_dash_in_a_headline_ends_the_clause_before_the_source():
    statements = _said(FLOOD, date(2025, 9, 16))
    assert not any("-" in s.speaker for s in statements)
    assert next(s for s in statements if s.cue == "said").speaker == "Georg Lindner"


def test_own_statements_are_the_subjects_and_a_wish_not_to_comment_is_a_refusal():
    statements = _said(FLOOD, date(2025, 9, 16))
    assert next(s for s in statements if s.cue == "according to").speaker == "THW"
    refusal = next(s for s in statements if s.speaker == "Thomas Brenner")
    assert refusal.stance == "decline"


def test_a_role_with_a_noun_before_it_is_the_person_introduced_in_it():
    union = next(s for s in _said(HOSPITALS, date(2026, 2, 14)) if "14 times" in (s.content or ""))
    assert union.speaker == "Teresa Vale"


def test_a_plural_verb_the_parser_read_as_a_noun_still_contests():
    contests = next(s for s in _said(HOSPITALS, date(2026, 2, 14)) if s.cue == "contests")
    assert contests.stance == "deny" and contests.speaker.startswith("Executive Direction")


def test_the_same_note_is_the_note_the_body_sent_and_the_ministry_is_not_that_body():
    statements = _said(HOSPITALS, date(2026, 2, 14))
    note = next(s for s in statements if s.cue == "according to" and "births" in (s.content or ""))
    assert note.speaker == "DE-SS"
    ministry = next(s for s in statements if "ambulances" in (s.content or ""))
    assert ministry.speaker == "ministry"


def test_a_titles_stop_ends_no_sentence_so_the_statement_keeps_its_day():
    blamed = next(s for s in _said(DAM, date(2026, 8, 21)) if s.cue == "blamed")
    assert blamed.speaker == "Musa Gitani" and blamed.said_on == "2026-08-20"


def test_conflicting_accounts_of_two_armies_are_one_from_each():
    speakers = {s.speaker for s in _said(BORDER, date(2025, 6, 28))}
    assert speakers == {"army of Sudan", "army of South Sudan"}


E_WASTE = """1,200 tonnes of e-waste seized in raids, says Faizal

KUALA SERULING, Nov 19 (WNM) -- The Department of Environment has seized about 1,200 tonnes of electronic waste in raids on seven factories since Sunday, said Environment Minister Datuk Seri Mohd Faizal Harun.

"Malaysia will not become a dumping ground," he said, adding that 14 foreign nationals had been detained.

Mohd Faizal said this when met by reporters after officiating a carnival here today.
"""

POOL = """Pool to close after 21-17 vote

Askerby's only public pool will close at the end of March after district councillors voted on Wednesday night to end its funding.

Presenting the officers' report, the council's director of finance, Helen Marsh, told members the pool had cost £412,000 to run last year.
"""


def test_said_this_gives_its_day_to_the_words_it_closes_on():
    statements = _said(E_WASTE, date(2025, 11, 19))
    assert {s.said_on for s in statements} == {"2025-11-19"}


def test_councillors_voting_on_a_day_tell_the_sitting_the_next_speakers_address():
    told = next(s for s in _said(POOL, date(2026, 1, 15)) if s.cue == "told")
    assert told.speaker == "Helen Marsh" and told.said_on == "2026-01-14"


def test_an_alderman_named_in_apposition_is_the_speaker_and_may_be_she():
    text = ("A neighbour, Joris Wuyts, said he had heard two loud bangs.\n\n"
            "The city's culture alderman, Evi Goossens, said on Sunday that the city would review security "
            "at the museums. She did not say how much the review would cost.")
    statements = _said(text, date(2025, 12, 1))
    assert [s.speaker for s in statements if s.stance != "decline"][-1] == "Evi Goossens"
    assert next(s for s in statements if s.stance == "decline").speaker == "Evi Goossens"
