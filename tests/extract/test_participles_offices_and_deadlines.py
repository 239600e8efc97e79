"""Readings session 43 added: an act that goes straight on in a participle of speech takes the day
the participle tells ("rejected the claims, telling Parliament on Tuesday that ..."); a plural claim
noun the tagger read as a verb after the act's object ("has rejected Opposition claims that ...");
the holder of a public office named after it ("The Registrar of Sports, Judith Wambui,"), whom a
later "she" points back to; and a weekday after "until", "through" or "by" in a clause told in the
present, which lies ahead of the writing ("is handing out water through Monday")."""
from datetime import date

from claimwatch.extract import extract

PUBLISHED = date(2025, 8, 20)  # a Wednesday


def _statements(text: str, published: date = PUBLISHED):
    return extract(text, published).statements


def _by_cue(statements, cue: str):
    return next(s for s in statements if s.cue == cue)


def test_an_act_takes_the_day_its_participle_of_speech_tells():
    text = "The minister rejected the claims, telling Parliament on Tuesday that the number was wrong."
    statements = _statements(text)
    assert _by_cue(statements, "rejected").said_on == "2025-08-19"
    assert _by_cue(statements, "telling").said_on == "2025-08-19"


def test_a_claim_noun_read_as_a_verb_leaves_the_act_its_day():
    text = ("Health Minister Aroha Whitcombe has rejected Opposition claims that almost 14,000 patients were "
            "quietly struck off waiting lists, telling Parliament on Tuesday that the number \"confuses a "
            "tidy-up with a cover-up\".\n\nWhitcombe said the correct figure was 9,870.")
    statements = _statements(text)
    rejected = _by_cue(statements, "rejected")
    assert rejected.speaker == "Aroha Whitcombe" and rejected.stance == "deny"
    assert rejected.said_on == "2025-08-19"
    assert _by_cue(statements, "said").said_on == "2025-08-19"  # her later words, on the same sitting


def test_a_refusal_does_not_take_the_day_of_a_document_it_points_to():
    text = ("An IMF spokesperson said talks would resume.\n\nAn IMF spokesperson declined to comment on the "
            "timing, referring questions to a statement issued on Aug. 14.")
    declined = _by_cue(_statements(text), "declined")
    assert declined.said_on is None


def test_the_holder_of_an_office_named_after_it_is_the_speaker():
    text = ("The Registrar of Sports, Judith Wambui, confirmed on Friday that her office had cleared the "
            "delegate list. She declined to comment on the rival's claims.")
    statements = _statements(text)
    assert _by_cue(statements, "confirmed").speaker == "Judith Wambui"
    declined = _by_cue(statements, "declined")
    assert declined.speaker == "Judith Wambui" and declined.stance == "decline"


def test_an_ombudsman_that_finds_is_still_the_office():
    text = ("The Local Government Ombudsman found fault with the council's handling of the case, the "
            "report said.\n\nThe ombudsman said complaints had risen by 35% in a year.")
    said = [s for s in _statements(text) if s.content and "35%" in s.content]
    assert said and "mbudsman" in said[0].speaker


def _times(text: str, published: date = date(2026, 6, 13)):  # a Saturday
    return {t.text: t.value for t in extract(text, published).times}


def test_a_weekday_ending_what_goes_on_now_lies_ahead():
    assert _times("The utility is handing out bottled water at the community center through Monday.") \
        == {"Monday": "2026-06-15"}
    assert _times("The helpline stays open until Friday.") == {"Friday": "2026-06-19"}


def test_a_weekday_ending_what_went_on_lies_behind():
    assert _times("The office was closed until Friday.") == {"Friday": "2026-06-12"}
    assert _times("Crews worked through Monday.") == {"Monday": "2026-06-08"}
