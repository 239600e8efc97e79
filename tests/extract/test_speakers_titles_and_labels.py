"""Speakers and stances that general reading rules give (session 50).

- A capitalised title after a role word ("CIB spokesperson Deputy Superintendent of Police (DSP)
  Gyanendra Thapa") is no name when a person's name stands beside it.
- A name closing a span the model took for a body after the words of a title ("Minister of Tourism
  Danijela Vuksanović", tagged "Tourism Danijela Vuksanović") is a person's, so a headline label
  giving the surname ("Vuksanović: ...") is her claim.
- A hyphenated surname as a subject ("Okafor-Lind, who rides for ...") is who the next "he" means.
- A headline label the model ran into a name ("Trois Vallées: Okafor-Lind") is no part of it.
- "did not respond ... until the conclusion of this report" declines: the reporter's deadline.
- A body's own newsroom ("Kapata Wildlife Trust newsroom") is its press office: "the Trust said"
  there is the Trust's claim, while "the Courier said" in the Courier is the outlet's narration.
- A person whose act another's words report ("He said the captain had reported a fault") is no
  antecedent for the next "he"; "Mr Malvatu said" is the Georges Malvatu the text named in full.
- A place the parser ran into a name across the clause's comma ("along the coast, Environment and
  Climate Change Canada said") is no part of it.
- A byline ("By Efua Mensah") is no lead: the lead under it takes the day its source's act is given
  further down.
"""
from datetime import date


def test_a_title_beside_a_name_is_no_name(read):
    statements = read("Police update\n\nCIB spokesperson Deputy Superintendent of Police (DSP) Gyanendra Thapa "
                      "confirmed that a case had been registered.")
    assert [s.speaker for s in statements] == ["Gyanendra Thapa"]


def test_a_surname_in_a_headline_label_names_the_titled_minister(read):
    statements = read("Vuksanović: Brezovik gondola will not reopen before safety check\n\nThe gondola will remain "
                      "closed until an inspection is done, Minister of Tourism Danijela Vuksanović said today.")
    label = next(s for s in statements if s.cue == ":")
    assert label.speaker == "Danijela Vuksanović"


def test_a_hyphenated_surname_is_who_he_means(read):
    statements = read("Trois Vallées: Okafor-Lind takes lead\n\nDanish rider Mathias Okafor-Lind took the lead "
                      "on Saturday.\n\nAzkune, his rival, said he had lost a minute. He did not deny holding on "
                      "to the car, but said it was brief.\n\nOkafor-Lind, who rides for Nordvik Cycling, now "
                      "leads by nine seconds. \"I didn't see what happened,\" he said after the podium ceremony.")
    quote = next(s for s in statements if "didn't" in (s.content or ""))
    assert quote.speaker == "Mathias Okafor-Lind"


def test_no_reply_by_the_end_of_the_report_declines(read):
    statements = read("Directorate silent\n\nThe Directorate for State Property did not respond to the agency's "
                      "inquiry until the conclusion of this report.")
    assert [(s.speaker, s.stance) for s in statements if s.cue == "respond"] == \
        [("Directorate for State Property", "decline")]


def test_a_byline_is_no_lead(read):
    statements = read("SikaCash denies customers lost funds\n\nBy Efua Asantewaa Mensah\n\nMobile money operator "
                      "SikaCash has denied claims that customers lost money during an outage at the weekend.\n\n"
                      "But agents say their members recorded 4,100 unreversed transactions.\n\nIn a statement issued "
                      "on Sunday evening, the company said the disruption was caused by a data centre failure.")
    lead = next(s for s in statements if s.cue == "denied")
    assert (lead.speaker, lead.said_on) == ("SikaCash", "2025-03-09")


def _read_from(outlet: str, text: str):
    from claimwatch.extract.pipeline import extract_documents
    from claimwatch.models import Document
    from claimwatch.nlp import load_nlp

    doc = Document(id="t", text=text, published=date(2024, 4, 21), outlet=outlet)
    return next(extract_documents([doc], load_nlp())).statements


def test_a_body_speaks_through_its_own_newsroom():
    text = "Snares up 40%\n\nRangers removed 1,318 snares in March, the Trust said today."
    assert [s.speaker for s in _read_from("Kapata Wildlife Trust newsroom", text)] == ["Trust"]
    assert _read_from("Kapata Trust Courier", text) == []


def test_a_person_reported_inside_anothers_words_is_not_he(read):
    statements = read("Ferry owner denies overloading\n\nGeorges Malvatu told reporters on Thursday that the ferry "
                      "is licensed for 250 passengers. He said the captain had reported a fault.\n\n"
                      "\"We are not hiding anything,\" he said.")
    assert statements[-1].speaker == "Georges Malvatu"


def test_an_honorific_and_surname_is_the_person_named_in_full(read):
    statements = read("Ferry aground off Santo\n\nSarakata Shipping director Georges Malvatu said the ferry "
                      "is licensed for 250 passengers.\n\n\"We are not hiding anything,\" Mr Malvatu said.")
    assert [s.speaker for s in statements] == ["Georges Malvatu", "Georges Malvatu"]


def test_a_role_inside_what_was_said_is_someone_else(read):
    statements = read("Ferry aground\n\nSarakata Shipping director Georges Malvatu said on Thursday that the ferry "
                      "is licensed for 250 passengers. He said the captain had reported a fault.\n\n"
                      "\"We are not hiding anything,\" he said.")
    assert [(s.speaker, s.said_on) for s in statements][-2:] == [("captain", None), ("Georges Malvatu", "2025-03-13")]


def test_a_place_before_the_comma_is_no_part_of_the_name(read):
    statements = read("Snow on the way\n\nA powerful storm will bring up to 60 centimetres of snow, with wind gusts "
                      "near 120 kilometres per hour along the coast, Environment and Climate Change Canada said at a "
                      "briefing on Saturday morning.")
    assert [s.speaker for s in statements] == ["Environment and Climate Change Canada"]
