"""A parliament's record of a sitting, the reporting verbs of courts and South Asian and West African
press, a speaker's occasion told inside their relative clause, and what is only perceived."""
from datetime import date

from claimwatch.extract import extract

SITTING = """Minister rejects ramping claims in heated question time

Health Minister Ana Ruiz has rejected claims that the figures were changed, after a rowdy sitting yesterday.

The following is an extract from the record of the sitting.

Mr SPEAKER: The member for Eastvale.

Mr COLE (Eastvale—Shadow Minister for Health) (2.14 pm): My question is to the Minister for Health. Will she admit the figures were changed?

The MINISTER FOR HEALTH (Ms Ruiz): I thank the member for his question. Nobody has changed any counting rules.

Mr COLE: Rubbish!

Mr SPEAKER: Order! The member for Eastvale is warned.

Ms RUIZ: Waiting times fell to 31 per cent in October.
"""


def _said(text: str, published: date) -> list:
    return extract(text, published=published).statements


def test_a_ministers_turn_is_hers_and_the_chair_keeps_order_without_claims():
    statements = _said(SITTING, date(2025, 11, 28))
    turns = [s for s in statements if s.cue == ":"]
    assert {s.speaker for s in turns if "counting rules" in (s.content or "")} == {"Ana Ruiz"}
    assert any(s.speaker == "Ana Ruiz" and "31 per cent" in (s.content or "") for s in turns)
    assert not any("Order!" in (s.content or "") or "member for Eastvale." in (s.content or "") for s in statements)


def test_a_heckle_calling_it_rubbish_denies():
    heckle = next(s for s in _said(SITTING, date(2025, 11, 28)) if s.content == "Rubbish!")
    assert heckle.speaker == "Cole"
    assert heckle.stance == "deny"


def test_court_and_press_verbs_report():
    text = ("Court hears missing journalist case\n\n"
            "Additional Attorney General Omar Shah submitted that the ministry had found no record of the arrest. "
            "The counsel for the family, Zara Malik, opined that the police had delayed the case. "
            "The state government, in a statement, averred that the traders had been served three notices. "
            "The firm submitted its annual report on Monday.\n")
    statements = _said(text, date(2024, 10, 9))
    assert {(s.speaker, s.cue) for s in statements} >= {
        ("Omar Shah", "submitted"), ("Zara Malik", "opined"), ("state government", "averred")}
    assert not any("annual report" in (s.content or "") for s in statements)


def test_a_relative_clause_telling_where_the_speaker_spoke_dates_the_act():
    text = ("Traders count losses after demolition\n\n"
            "The Iyaloja of the market, Alhaja Kafayat Ojo, who disclosed the figure while speaking with our "
            "correspondent on Sunday, said the bulldozers arrived without warning.\n")
    said = next(s for s in _said(text, date(2024, 11, 18)) if s.cue == "said")
    assert said.speaker == "Kafayat Ojo" or said.speaker == "Alhaja Kafayat Ojo"
    assert said.said_on == "2024-11-17"


def test_what_was_felt_or_seen_happening_is_not_reported_content():
    text = ("Pilots describe icy landing\n\n"
            "The captain told investigators he never felt the brakes bite. "
            "She said she felt the decision was wrong.\n")
    statements = _said(text, date(2026, 9, 17))
    told = next(s for s in statements if s.cue == "told")
    assert told.stance == "assert"
    assert not any(s.cue == "felt" and "brakes" in (s.content or "") for s in statements)


def test_a_second_act_the_parser_read_as_a_clause_is_the_speakers_own():
    text = ("Thousands without power\n\n"
            "The utility's spokeswoman, Kendra Mills, said crews from four states were on their way but warned "
            "that some rural customers could be without power for days.\n")
    statements = _said(text, date(2027, 2, 13))
    warned = next(s for s in statements if s.cue == "warned")
    said = next(s for s in statements if s.cue == "said")
    assert warned.speaker == said.speaker == "Kendra Mills"
    assert said.content == "crews from four states were on their way"


def test_a_title_before_a_surname_alone_tells_the_pronoun():
    from claimwatch.extract.coreference import Coreference
    from claimwatch.extract.speakers import Speaker

    text = "the counsel contended that Mr Abbasi had been taken away"
    at = text.index("Mr Abbasi")
    mention = Speaker("Farhan Abbasi", "person", at, at + len("Mr Abbasi"))
    assert Coreference._pronoun_of(mention, text) == "he"


def test_a_question_heading_about_what_was_said_is_no_act():
    text = ("Hospitals hit by ransomware\n\n"
            "WHAT ARE OFFICIALS SAYING?\n\n"
            "The health system said it was restoring its systems.\n")
    assert [s.cue for s in _said(text, date(2027, 1, 13))] == ["said"]


def test_an_act_still_to_come_inside_what_was_said_is_not_reported():
    text = ("Treaty agreed\n\n"
            "Commissioner Henrik Aalto said on Sunday the deal was a floor and that the bloc would press for a "
            "review in 2029. The ministry said it would not comment.\n")
    statements = _said(text, date(2026, 12, 7))
    assert [(s.speaker, s.cue, s.stance) for s in statements] == [
        ("Henrik Aalto", "said", "assert"), ("ministry", "said", "decline")]


def test_the_counsel_is_the_one_the_text_named_as_counsel():
    text = ("Court hears habeas petition\n\n"
            "Justice Raheel Qureshi was hearing a petition filed by the journalist's wife through her counsel "
            "Advocate Zainab Chaudhry.\n\n"
            "During the hearing, the counsel contended that the journalist had been taken away by men in plain "
            "clothes.\n")
    contended = next(s for s in _said(text, date(2024, 10, 9)) if s.cue == "contended")
    assert contended.speaker == "Zainab Chaudhry"


def test_knowing_where_something_is_is_no_claim_but_not_knowing_whether_declines():
    text = ("Dispatch centres to merge\n\n"
            "The dispatcher knew exactly where that was. Officials knew that the centre was short of staff. "
            "The chief said he did not know whether the money had been paid.\n")
    statements = _said(text, date(2025, 5, 18))
    assert [(s.speaker, s.cue) for s in statements][:1] == [("Officials", "knew")]
    assert not any("where that was" in (s.content or "") for s in statements)
    assert any(s.stance == "decline" and "whether the money" in (s.content or "") for s in statements)
