"""Refusals said without "decline" ("would not be drawn", "did not answer"), a role that points back
to the person introduced in it ("the minister"), a quote whose speaker the parser hung on the
quotation's last verb, and a verb in a hypothetical relative clause, which reports nothing."""
from claimwatch.extract.pipeline import extract

RADIO = """Minister defends speed cameras

Average-speed cameras will reach every county by next year, the Minister for Transport, Ciaran Doyle, said on Wednesday.

The presenter, Niamh Kelly, pointed out that a similar scheme had been held up for two years. The minister acknowledged the delays.

Doyle would not be drawn on a start date for the western counties.
"""

VOLCANO = """Ash closes airport

"We are watching the strongest activity in a decade, and we cannot exclude bigger blasts in the coming days," the observatory's head, Dr. Lucia Ferrante, told reporters in Catania. She said there was no sign of the kind of deep intrusion that would point to a major eruption.
"""

QUESTIONS = """Leaders clash over clinics

Opposition leader Mark Delaney asked why 40 clinics had closed since March. Prime Minister Ruth Ames did not answer, saying only that funding had risen.

"This is not how a country should treat its nurses," union leader Paul Ortega lamented.
"""


def _by(statements, speaker):
    return [s for s in statements if s.speaker == speaker]


def test_the_minister_is_the_person_introduced_in_that_role():
    statements = extract(RADIO, "2026-01-22").statements
    acknowledged = [s for s in statements if s.cue == "acknowledged"]
    assert [s.speaker for s in acknowledged] == ["Ciaran Doyle"]


def test_would_not_be_drawn_is_a_refusal_by_its_subject():
    statements = extract(RADIO, "2026-01-22").statements
    drawn = [s for s in statements if s.cue == "drawn"]
    assert [(s.speaker, s.stance) for s in drawn] == [("Ciaran Doyle", "decline")]


def test_a_match_not_drawn_is_no_refusal():
    statements = extract("Report\n\nThe first leg was not drawn, and the home side won 2-1.\n", "2026-01-22").statements
    assert not [s for s in statements if s.cue == "drawn"]


def test_quote_speaker_hung_on_the_quotations_last_verb_is_found():
    statements = extract(VOLCANO, "2026-08-13").statements
    ferrante = _by(statements, "Lucia Ferrante")
    assert any(s.cue == "told" and "strongest activity" in s.content for s in ferrante)
    assert any(s.cue == "said" for s in ferrante)


def test_a_verb_in_a_hypothetical_relative_clause_reports_nothing():
    statements = extract(VOLCANO, "2026-08-13").statements
    assert not [s for s in statements if s.cue == "point"]


def test_did_not_answer_is_a_refusal_and_lamented_reports_its_quote():
    statements = extract(QUESTIONS, "2026-03-18").statements
    assert ("Ruth Ames", "decline") in {(s.speaker, s.stance) for s in statements if s.cue == "answer"}
    assert [s.speaker for s in statements if s.cue == "lamented"] == ["Paul Ortega"]


def test_an_answer_that_passes_the_question_on_declines_it():
    text = ("Harrowgate chairman Neil Barraclough said he had raised concerns a year ago. Asked whether the "
            "Sharks should be stripped of the title, he said that was \"a matter for the league\".")
    answer = extract(text, "2026-07-17").statements[-1]
    assert (answer.speaker, answer.stance) == ("Neil Barraclough", "decline")
    more = extract("Pruett said: \"That's a question for the legislature, and I'll respect what it decides.\"",
                   "2026-07-17").statements
    assert [s.stance for s in more] == ["assert"]  # an answer that goes on to say something


def test_the_source_of_a_trailing_it_said_is_not_a_body_inside_what_it_said():
    text = ("The presidential administration said the president would consult the parties on Thursday. "
            "The cabinet will stay on in a caretaker role until a new government is sworn in, it said.")
    last = extract(text, "2026-03-24").statements[-1]
    assert last.speaker == "presidential administration"


def test_not_saying_in_the_first_person_disclaims_and_refuses_nothing(read):
    statements = read('"We are not saying he is guilty," Smith said. "I am not saying whether we will sell," '
                      'Jones said. "I won\'t say more," Lee said.')
    assert [s.stance for s in statements] == ["assert", "decline", "decline"]
