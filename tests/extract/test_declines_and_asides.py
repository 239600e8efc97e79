"""Refusals that only a negation makes ("did not return a call", "did not respond when asked"); a
base-form headline word after one singular noun is a noun ("Match report"); a partitive aside the
parser made a second subject is not the source, nor does a participle aside it made the main verb
take the source away, nor a comma that joins the source to the last noun of what was said, nor an
act joined to a quoted clause past its closing quote; a definite document measured in pages is the one
its author was said to publish."""
from claimwatch.extract.pipeline import extract

BOARD = """School board votes to close Lincoln Elementary

The board voted 4-1 on Monday to close the school.

Board member Ann Dahl did not return a call seeking comment Tuesday. The district's lawyer did not respond when asked why the vote was moved. The superintendent returned the call on Tuesday and said the budget left no choice.

Pupils refused to return to class after the vote, parents said.
"""


def test_a_negated_return_or_response_is_a_refusal_on_its_day():
    statements = extract(BOARD, "2024-05-15").statements
    declines = {s.speaker: s.said_on for s in statements if s.stance == "decline"}
    assert declines.get("Ann Dahl") == "2024-05-14"
    assert any("lawyer" in speaker for speaker in declines)


def test_returning_a_call_or_refusing_to_return_to_class_is_no_refusal_to_speak():
    statements = extract(BOARD, "2024-05-15").statements
    assert not [s for s in statements if s.cue in ("returned", "return") and s.stance != "decline"]
    assert not [s for s in statements if s.cue == "refused"]


def test_a_headline_noun_after_a_singular_noun_is_no_verb():
    statements = extract("Match report\n\nThe home side won 2-1 on Saturday.", "2025-09-14").statements
    assert not statements
    headline = extract("U.N. report accuses Burundi of abuses\n\nThe report was published on Thursday.",
                       "2026-07-10").statements
    assert [(s.speaker, s.cue) for s in headline] == [("U.N.", "accuses")]


REPORT = """GENEVA - Security forces carried out at least 94 disappearances, the U.N. human rights office said in a report published on Thursday.

The 38-page report, based on interviews with 212 victims and witnesses, most of them in refugee camps in Tanzania, said the abuses were widespread.
"""


def test_an_aside_is_not_the_source_and_the_measured_report_is_its_authors():
    statement = next(s for s in extract(REPORT, "2026-07-10").statements if "widespread" in (s.content or ""))
    assert statement.speaker == "U.N. human rights office"
    assert statement.said_on == "2026-07-09"


def test_a_name_the_model_ran_into_a_preposition_ends_before_it():
    statements = extract("Budget row\n\nThe claim was rejected by the ministry on Monday.", "2025-02-05").statements
    assert [(s.speaker, s.stance) for s in statements] == [("ministry", "deny")]


def test_a_participle_aside_the_parser_made_the_main_verb_leaves_the_subject_the_source():
    text = ("Question time\n\nEnergy Minister Priya Nandakumar, handed a friendly question from a backbencher, "
            "informed the House that 1.2 million households had received the rebate.")
    statement = next(s for s in extract(text, "2026-08-20").statements if s.cue == "informed")
    assert statement.speaker == "Priya Nandakumar"


def test_a_source_the_parser_joined_by_a_comma_to_the_last_noun_of_what_was_said():
    text = ("Former minister dies at 84\n\nShe died on Saturday at a hospital in Truro after a short illness, "
            "her son, Andrew Ellery, said in the family's statement.")
    statement = next(s for s in extract(text, "2025-04-07").statements if s.cue == "said")
    assert statement.speaker == "Andrew Ellery"
    assert statement.content.endswith("after a short illness")


def test_an_act_joined_to_a_quoted_clause_past_its_closing_quote_is_the_reporters():
    text = ('Exclusive: buyer talks\n\nA spokesman for the economy ministry said on Wednesday that the ministry '
            '"does not comment on individual companies" and declined to say whether officials had met the firm.')
    declined = next(s for s in extract(text, "2025-11-06").statements if s.cue == "declined")
    assert declined.speaker == "spokesman for the economy ministry"
    assert declined.said_on == "2025-11-05"
