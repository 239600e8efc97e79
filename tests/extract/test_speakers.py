"""Speakers: the organisation a speaker stands for, found in one pass over the phrase."""
from __future__ import annotations

import re

import pytest

from claimwatch.extract import speakers


def _slow_aliases(text: str) -> set[str]:
    """The reference reading: one whole-word search per alias."""
    return {a for a in speakers.institutions() if re.search(rf"(?<![\w.]){re.escape(a)}(?!\w)", text)}


@pytest.mark.parametrize("phrase", [
    "a spokesman for the u.s. department of defense",
    "the un refugee agency and the who",
    "an official at the eu commission in brussels",
    "a window cleaner named unwin",
    "",
])
def test_one_pass_alias_search_finds_what_a_search_per_alias_finds(phrase):
    assert speakers._aliases_in(phrase) == _slow_aliases(phrase)


def test_overlapping_aliases_are_all_found():
    found = speakers._aliases_in("the u.s. department of defense said")
    assert {"u.s. department of defense", "department of defense"} <= found


def test_organisation_of_names_the_longest_institution(nlp):
    doc = nlp("A spokesman for the U.N. refugee agency said the camps were full.")
    head = doc[1]
    org, _ = speakers.organisation_of(list(head.subtree), head)
    assert org == "UN Refugee Agency"


def test_a_lower_case_word_is_never_an_acronym_body(nlp):
    doc = nlp("Hichem Chkiouat, a minister who sits on the committee, said the city was cut off.")
    statement = doc._.statements[0]
    assert statement.speaker == "Hichem Chkiouat"
    assert statement.speaker_org != "World Health Organization"  # 'who' is not the WHO


def test_a_name_with_a_role_in_apposition_is_a_person_that_he_refers_to(nlp):
    doc = nlp("Tarek Brun told reporters the count was rising.\n\n"
              "Anwar Qasimi, head of the aid delegation, said 400 people were missing. "
              "Speaking by video link, he said the toll would be very large.")
    speakers = [s.speaker for s in doc._.statements]
    assert speakers[-1] == "Anwar Qasimi"  # not the earlier speaker


def test_she_skips_the_man_named_just_before(nlp):
    # "Mr." tells which pronoun Mr. Okoye takes: "she" goes to the woman named before him
    doc = nlp("Judge Ama Boateng opened the hearing on Monday. "
              "Mr. Okoye, the defendant, said he had never seen the contract. "
              "“That is simply not credible,” she said.")
    by_content = {s.content: s.speaker for s in doc._.statements}
    assert by_content["That is simply not credible,"] == "Ama Boateng"


def test_gendered_words_are_read_from_their_table():
    table = speakers.gendered_words()
    assert table["spokeswoman"] == "she" and table["mr"] == "he"


def test_an_acronym_in_brackets_is_no_part_of_the_name(nlp):
    doc = nlp("The Union for Coastal Renewal (UCR), in a statement, said the count was false.")
    assert [s.speaker for s in doc._.statements] == ["Union for Coastal Renewal"]


@pytest.mark.parametrize("text, source", [
    ("Sen. Jo Hart (R-Ore.) said the bill would fail.", "Jo Hart"),
    ("Rep. Sam Ortiz (D-N.M.) told reporters that the vote was rigged.", "Sam Ortiz"),
])
def test_a_party_and_state_tag_is_no_dateline(nlp, text, source):
    assert [s.speaker for s in nlp(text)._.statements] == [source]


def test_a_spokeswoman_named_under_her_body_speaks_on_its_occasion(read):
    statements = read("A crush injured 63 fans on Sunday, police said on Tuesday.\n\n"
                            "At a news conference, regional police spokeswoman Claire Vasseur said the gate "
                            "had been locked.")
    vasseur = [s for s in statements if s.speaker == "Claire Vasseur"][0]
    assert vasseur.speaker_org == "regional police"
    assert vasseur.said_on == statements[0].said_on


def test_a_name_after_a_kind_of_body_is_that_body(read):
    statements = read('The power company Velmora denies that its line caused the fire. '
                      '"Our lines were inspected in June," a spokesman told us.')
    assert [s.speaker for s in statements] == ["Velmora", "Velmora spokesman"]


def test_the_first_word_of_a_body_named_in_full_is_its_short_form():
    from claimwatch.nlp import load_nlp
    doc = load_nlp()("The inflators were made by Hanseong Safety Systems and sold by Tavrin Motors. "
                     "Officials at National Grid and National Express said nothing.")
    short = speakers.short_org_names(doc)
    assert short.get("hanseong") == "Hanseong Safety Systems"
    assert "national" not in short  # the first word of two bodies' names stands for neither


def test_a_name_set_off_after_a_role_and_its_place_is_the_persons(read):
    # the parser makes the name a conjunct of the place, with no "and"; a company named by its
    # possessive before the role is not the person
    statements = read("Rodix's general manager for Portugal, Miguel Tavares, told this newspaper that "
                      "about 9,000 drivers were active on the app. He declined to say how many worked full time.")
    assert [s.speaker for s in statements] == ["Miguel Tavares", "Miguel Tavares"]


def test_a_participle_after_a_coordination_belongs_to_its_last_noun(read):
    statements = read("The union's decision was attacked on Thursday by the two losing bidders, with Copenhagen "
                      "demanding to see the evaluation scores and Melbourne's bid chief saying the outcome had "
                      "been decided long before.")
    saying = [s for s in statements if s.cue == "saying"]
    assert [s.speaker for s in saying] == ["Melbourne's bid chief"]
