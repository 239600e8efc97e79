"""Readings session 47 added from the heldout48 blind set.

Quantities: a fraction after a hedge or "by" is a share, in percent ("about a third" 33.3, "nearly
two-thirds" 66.7, "cut by a quarter" 25), never a fraction of a stretch of time, an ordinal or a
part of a number ("half an hour", "a third term", "half a million"); a sum closed by "/-" is money,
so its glued "m" is millions ("2.8m/-"); "Shs", "HK$" and ISO codes ("DKK", "NOK") are currencies;
a scale written short that the tokenizer took with the sentence's full stop is still the scale
("worth £11.4m."); a number said after the speaker is the speaker's though the content was read as a
quoted fragment further on ("The notice said the bill averaged R9.6 million, of which it had paid
'on average less than half'").

Sources: a document whose modifiers only say what kind it is ("county records", "a remittance
report", "budget documents") is the source, named with them, not the bare modifier; a body's own
word before a document stays the body ("according to police information"); "whose report" belongs
to the body named just before "whose", wherever the parser hung the clause; a participle after the
sentence's verb the parser read as a modifier of its subject ("Their lawyer, X, applied for bail,
arguing ...") is the subject's act; a role ("the mayor") does not describe a person the text gave
another role ("the town clerk of ... Town Council"); a known given name after a lower-case role
("Group chairperson Nuala Geraghty") is a person however the model tagged it; "the company" is the
body its own report names first even when the model took the name for a person, once the text calls
it a studio or an explorer; "it" on a headline is the body its claim names ("Kessel to cut 300 jobs,
it says"; "Redgum 'not aware' of ..., it tells ASX"); a source, a bare present cue and a determined
object the tagger read as one noun phrase is an act ("Former staff dispute that number"); a figure
the parser hung on a gerund inside the object is what "put" gives ("put the cost of keeping the ships
at DKK 640 million"); an announcement is a document a body issues ("according to an announcement it
made to the ASX" is the body's).

Days: a match's result is its occasion, so "speaking after Sunday's win" is speaking on Sunday."""
from datetime import date

from claimwatch.extract import extract

PUBLISHED = date(2025, 3, 19)  # a Wednesday


def _values(text: str) -> dict[str, tuple[float | None, str | None]]:
    return {q.text: (q.value, q.unit) for q in extract(text, PUBLISHED).quantities}


def test_a_hedged_fraction_is_a_share_in_percent():
    values = _values("Drought survey finds growers hit hard\n\nAbout a third of growers lost crops, and more than "
                     "half were women. Nearly two-thirds of the sites closed. Output fell by a quarter.")
    assert values["About a third"] == (33.3, "percent")
    assert values["more than half"] == (50, "percent")
    assert values["Nearly two-thirds"] == (66.7, "percent")
    assert values["a quarter"] == (25, "percent")


def test_a_fraction_of_time_an_ordinal_or_a_number_is_no_share():
    values = _values("Court jails former director over accounts\n\nHe will serve half of his term in custody. "
                     "Sales were soft in the first half of the year. She won a third term. The hearing took about "
                     "half an hour. Half a million people voted.")
    assert not any(unit == "percent" for _, unit in values.values())
    assert values["Half a million"] == (500000, "people")


def test_marks_of_money_are_read_with_their_numbers():
    values = _values("Cashew farmers still owed billions, union says\n\nThe government has paid 14.2bn/- to "
                     "farmers and 2.8m/- to each society. The firm owes Shs870 million and DKK 7.4 billion. "
                     "Another HK$3.2 billion went to NOK 450 million in bonds, a debt worth £11.4m. The rest "
                     "is unpaid.")
    assert values["14.2bn/-"][0] == 14_200_000_000
    assert values["2.8m/-"][0] == 2_800_000
    assert values["Shs870 million"] == (870_000_000, "shillings")
    assert values["DKK 7.4 billion"] == (7_400_000_000, "kroner")
    assert values["HK$3.2 billion"] == (3_200_000_000, "Hong Kong dollars")
    assert values["NOK 450 million"] == (450_000_000, "kroner")
    assert next(v for text, v in values.items() if text.startswith("£11.4")) == (11_400_000, "pounds")


def test_a_document_named_by_its_kind_is_the_source(read):
    statements = read("Lender moves Denver tower loan to special servicing\n\nThe $212 million loan was moved to "
                      "special servicing, according to a remittance report reviewed by the newsletter. The tower "
                      "is valued at $201 million, according to county records. The project is late, according to "
                      "budget documents seen by the paper.")
    speakers = {s.speaker for s in statements}
    assert {"remittance report", "county records", "budget documents"} <= speakers
    assert not {"remittance", "county", "budget"} & speakers


def test_a_body_s_own_word_before_a_document_leaves_the_body_the_source(read):
    statements = read("Gondola slipped back at ski resort\n\nSix people were hurt, according to police information. "
                      "The figures were released by the Pentagon, according to Pentagon documents.")
    speakers = [s.speaker for s in statements]
    assert "police" in speakers and "police information" not in speakers
    assert "Pentagon" in speakers


def test_whose_document_belongs_to_the_body_named_before_it(read):
    statements = read("Town clerk denies ghost roads charges\n\nThe case arose from a special audit by the "
                      "Inspectorate of Government, whose report, released in November, put the loss at "
                      "Shs1.3 billion.")
    put = next(s for s in statements if s.cue == "put")
    assert put.speaker == "Inspectorate of Government"


def test_a_participle_after_a_verb_read_as_a_modifier_is_the_subject_s(read):
    statements = read("Clerk denies ghost roads charges\n\nState Attorney Brian Tumusiime told court that "
                      "investigations were complete.\n\nTheir lawyer, Mr Ivan Ssekandi, applied for bail, arguing "
                      "that both had substantial sureties. He told court his clients had nothing to hide.")
    assert [(s.speaker, s.cue) for s in statements if s.speaker == "Ivan Ssekandi"] == [
        ("Ivan Ssekandi", "arguing"), ("Ivan Ssekandi", "told")]


def test_a_role_does_not_describe_a_person_given_another(read):
    statements = read("Clerk denies ghost roads charges\n\nThe town clerk of Nakalanzi Town Council denied the "
                      "charges. The mayor said on Monday that she would resign.")
    said = next(s for s in statements if s.cue == "said")
    assert "clerk" not in said.speaker


def test_a_given_name_after_a_lower_case_role_is_a_person_whatever_the_model_tagged(read):
    statements = read("Campaigners fight hospital closure\n\nThe campaign met on Friday. Group chairperson Nuala "
                      "Geraghty said the health service was wrong. \"It is well over an hour,\" she said.")
    assert [s.speaker for s in statements if s.cue == "said"] == ["Nuala Geraghty", "Nuala Geraghty"]


def test_the_company_is_the_body_its_report_names_though_the_model_took_it_for_a_person(read):
    statements = read("Studio confirms layoffs after delay\n\nBrightmoor Interactive, the Montreal studio behind the "
                      "survival game Hollow Tide, has laid off staff across its art teams, the company confirmed to "
                      "Pixel Ledger on Monday.")
    confirmed = next(s for s in statements if s.cue == "confirmed")
    assert confirmed.speaker == "Brightmoor Interactive"


def test_it_in_a_headline_is_the_body_its_claim_names(read):
    statements = read("Kessel to cut 300 jobs, it says\n\nKessel Brouwerijen said on Monday it would cut 300 jobs.")
    assert statements[0].cue == "says" and statements[0].speaker == "Kessel Brouwerijen"
    statements = read("Redgum 'not aware' of any reason for share surge, it tells ASX\n\nPerth-based explorer Redgum "
                      "Critical Minerals has told the ASX it is not aware of any information.")
    tells = next(s for s in statements if s.cue == "tells")
    assert tells.speaker.startswith("Redgum")
    assert next(s for s in statements if s.cue == "told").speaker == "Redgum Critical Minerals"


def test_a_present_act_read_as_a_noun_before_its_object_is_restored(read):
    statements = read("Studio confirms layoffs\n\nThe studio said 38 roles were affected. Former staff dispute "
                      "that number.")
    dispute = next(s for s in statements if s.cue == "dispute")
    assert dispute.speaker.lower().endswith("staff") and dispute.stance == "deny"


def test_speaking_after_a_day_s_result_is_speaking_that_day(read):
    statements = read("Hawks face salary cap charge\n\nThe club was charged last week. Head coach Darren Pickles, "
                      "speaking after Sunday's win over Ravensbridge, said his players had been told.")
    said = next(s for s in statements if s.cue == "said")
    assert said.said_on == "2025-03-09"  # the Sunday before the Friday the tests publish on


def test_a_figure_hung_on_a_gerund_in_the_object_is_what_put_gives(read):
    statements = read("Patrol ships late and over budget\n\nThe program is late, according to budget documents. "
                      "The documents put the cost of keeping the older ships at DKK 640 million.")
    assert any(s.cue == "put" and s.speaker == "budget documents" for s in statements)


def test_an_announcement_speaks_for_the_body_that_made_it(read):
    statements = read("Redgum shares surge\n\nRedgum Critical Minerals said on Friday it was not aware of any "
                      "information. Redgum raised $3.4 million in July, according to an announcement it made to "
                      "the ASX at the time.")
    according = next(s for s in statements if s.cue == "according to")
    assert according.speaker == "Redgum Critical Minerals"


def test_a_number_said_before_a_quoted_fragment_is_the_speaker_s():
    text = ("Eskom to cut power over unpaid bills\n\nIn a notice sent to the municipality on Tuesday, Eskom said it "
            "would cut supply for six hours a day. The notice said the municipality's monthly bill averaged R9.6 million, of which it had paid \"on average less "
            "than half\" over the past year.")
    holders = {q.text: q.holder for q in extract(text, PUBLISHED).quantities}
    assert holders["R9.6 million"] == "Eskom"
