"""Readings the forty-second and forty-third blind sets needed: a transcript quoted in an article,
where the host's quoted questions are nobody's statements; a participle after a relative clause on
an object, which reports for the main clause's subject; headlines that reject claims or add a second
act after a comma; a role the lead gives, named later with its short form ("CEO"); withholding a
time; finding no record of what was told, or not trusting a figure, as denials; a name closing a
long title with no comma; a present-tense report that takes no day from its content; the day of an
earlier figure ("up from 1,200 on Friday"); "this March 7 morning" as a date; a club's name before
its coach's; a nickname quoted inside a name; present acts the tagger read as a noun or an
adjective ("The board contests this figure", "The carriers affirm that"); "deplored that"; and not
addressing a matter or not indicating when, as refusals."""
from datetime import date

from claimwatch.extract import extract

PUBLISHED = date(2026, 3, 8)  # a Sunday


def _statements(text: str, published: date = PUBLISHED):
    return extract(text, published).statements


QUOTED_TRANSCRIPT = (
    "Minister: the bridge will reopen by spring\n\n"
    "On Sunday's edition of \u201cThe Week Ahead,\u201d Transport Minister Clara Vennholt said the "
    "Ostbrook bridge would reopen by spring.\n\n"
    "Partial transcript:\n\n"
    "\"MARLOWE: Let me start with the bridge. Engineers told the council last month that the cracks "
    "were worse than first thought. Is spring still realistic?\n\n"
    "\"VENNHOLT: It is realistic. The repairs are on schedule and the budget has not moved.\n\n"
    "\"MARLOWE: Will the tolls stay in place once it reopens?\n\n"
    "\"VENNHOLT: The tolls will stay until the loan is repaid, and not a day longer.\n"
)


def test_a_quoted_hosts_questions_are_nobodys_statements():
    statements = _statements(QUOTED_TRANSCRIPT)
    text = QUOTED_TRANSCRIPT
    said = [text[s.span[0]:s.span[1]] for s in statements]
    assert not any("MARLOWE" in words or "Is spring still realistic" in words for words in said)
    assert any("on schedule" in words for words, s in zip(said, statements) if s.speaker == "Clara Vennholt")


def test_a_participle_after_a_relative_clause_on_an_object_is_the_main_subjects():
    text = ("Mayor defends unpaid bill\n\n"
            "Mayor Ines Dorrell defended withholding payment from a contractor who said he was owed "
            "$40,000 for the roof repairs, saying, \"The work was never finished.\"")
    speakers = {s.speaker for s in _statements(text) if "never finished" in text[s.span[0]:s.span[1]]}
    assert speakers == {"Ines Dorrell"}


def _one(text: str, published: date = PUBLISHED):
    statements = _statements(text, published)
    assert statements, text
    return statements


def test_a_headline_that_rejects_claims_is_a_denial_by_its_subject():
    [headline] = [s for s in _one("Ministry rejects claims\n\nThe weather was mild on Friday.") if s.span[0] == 0]
    assert (headline.speaker, headline.stance) == ("Ministry", "deny")
    covered = [s for s in _one("Police reject claims of cover-up\n\nThe weather was mild.") if s.span[0] == 0]
    assert [(s.speaker, s.stance) for s in covered] == [("Police", "deny")]


def test_a_headlines_second_act_after_a_comma_is_its_subjects():
    text = ("Bank of Ruritania cuts policy rate to 8.5%, says room for more if prices stay calm\n\n"
            "The weather was mild on Friday.")
    [says] = [s for s in _one(text) if s.cue == "says"]
    assert says.speaker == "Bank of Ruritania"
    # a kind of body opening the line stands for a name: "Regulator fines bank, says ..."
    [says] = [s for s in _one("Regulator fines bank, says controls failed\n\nThe weather was mild.") if s.cue == "says"]
    assert says.speaker == "Regulator"


def test_a_role_the_lead_gives_is_the_person_the_body_titles_with_its_short_form():
    text = ("Tollbridge Freight profit falls; CEO says slump near its end\n\n"
            "Tollbridge Freight reported a 20% drop in profit on Tuesday, and its chief executive told analysts "
            "the slump was nearly over.\n\n"
            "CEO Mara Lindqvist said bookings in February were the best in two years.")
    speakers = {s.cue: s.speaker for s in _one(text)}
    assert speakers["told"] == "Mara Lindqvist" and speakers["says"] == "Mara Lindqvist"


def test_withholding_a_time_declines():
    text = ("Sluice stays shut\n\nThe director said the sluice had been closed since February. He did not give "
            "the time to reopen it.")
    assert [s.stance for s in _one(text)] == ["assert", "decline"]


def test_finding_no_record_of_what_was_told_denies_it():
    text = ("Bridge complaints\n\nResidents said they had reported loose planks on the bridge twice. The council "
            "said it had no record of those reports.\n\n"
            "Workers said they had complained about a leaking valve. \"There is no record of any complaint "
            "about the valve,\" the company said. The agency said there was no record of rain on Sunday.")
    stances = [s.stance for s in _one(text) if s.cue == "said"]
    assert stances == ["assert", "deny", "assert", "deny", "assert"]


def test_not_trusting_a_figure_in_the_first_person_denies_it():
    text = ("Driver shortage\n\nThe union said 200 drivers were missing. \"I don't trust that number,\" said "
            "Ines Marlowe, the manager. \"I don't believe we will need more buses,\" she added.")
    assert [s.stance for s in _one(text)] == ["assert", "deny", "assert"]


def test_a_name_closing_a_long_title_with_no_comma_is_the_speaker():
    text = ("Relief to reach union\n\nMadhyanagar Upazila Nirbahi Officer (UNO) Nusrat Jahan said more relief "
            "would reach the union by Friday.")
    assert [s.speaker for s in _one(text)] == ["Nusrat Jahan"]


def test_a_present_tense_report_takes_no_day_from_what_it_reports():
    text = ("Evacuees registered\n\nThe fire grew overnight, officials said on Sunday.\n\n"
            "Emergency director Hal Brandt says 1,450 evacuees had registered at the centre by Sunday noon.")
    says = [s for s in _one(text) if s.cue == "says"]
    assert [s.said_on for s in says] == [None]


def test_the_day_of_an_earlier_figure_does_not_date_the_act():
    text = ("Fire grows\n\nThe Forest Service estimates the fire at 2,300 hectares, up from about 1,200 hectares "
            "on Friday morning.")
    [estimate] = _one(text)
    assert estimate.said_on is None


def test_this_month_and_day_is_a_date():
    text = ("Salt intrudes\n\nCan Tho, March 8 (VNA) - This March 7 morning, Mr. Le Van Thanh, director of the "
            "provincial irrigation department, informed that saltwater had intruded 60km inland.")
    [informed] = _one(text)
    assert informed.said_on == "2026-03-07"


def test_a_club_named_before_a_coach_is_not_the_speaker():
    text = ("Ban upheld\n\nLlanfair Dinas flanker Rhys Evans has been banned. Llanfair Dinas were also fined.\n\n"
            "Llanfair Dinas head coach Ieuan Maddox said on Wednesday the club accepted the decision.")
    assert [s.speaker for s in _one(text)] == ["Ieuan Maddox"]


def test_a_quoted_nickname_between_given_and_family_name_leaves_one_person():
    text = ("Village chief suspended\n\nThe order was served on barangay captain Romeo \"Bebot\" Salcedo on "
            "Friday, the provincial director told reporters.\n\n"
            "Salcedo, in a phone interview on Friday evening, said the complaint was false. \"The packs were "
            "full,\" he said.")
    assert {s.speaker for s in _one(text) if s.cue == "said"} == {"Romeo Salcedo"}



def test_a_present_act_the_tagger_read_as_a_noun_or_an_adjective_is_read():
    text = ("Buses stop\n\nSchool buses stopped running on Monday.\n\n"
            "The carriers affirm that the school board owes them $1.3 million, a sum they say was promised. "
            "The school board contests this figure.")
    acts = {s.cue: s.stance for s in _one(text)}
    assert acts.get("affirm") == "assert" and acts.get("contests") == "deny"


def test_deploring_that_something_happened_is_a_statement():
    text = "Buses stop\n\nThe board's director, Lise Caron, deplored that the carriers had stopped without notice."
    assert [s.cue for s in _one(text)] == ["deplored"]


def test_not_addressing_a_matter_or_not_indicating_when_declines():
    text = ("Ruling reserved\n\nThe court heard the appeal on Monday. Judge Ana Ruiz did not indicate when she "
            "would deliver the ruling. The inspector, Hanna Lind, did not address the 2023 incident in her "
            "report. The mayor did not address the crowd.")
    assert [(s.cue, s.stance) for s in _one(text)] == [("indicate", "decline"), ("address", "decline")]
