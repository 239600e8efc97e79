"""Attributions of machine-translated agency English (issue 12): the source after "About this
informs", a body named by where the words were said ("noted in the committee", "In the Ministry
they informed"), and a role holder named straight after the body ("the head of the department of
roads of the region Aibek Sultanov"), an act after a quotation and a dash ('"...," - noted the head of
the department') and a name after a body's quoted name. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from statement_lookup import by_cue


def test_about_this_points_back_to_the_sentence_before(read):
    text = ("Aktobe. 3 May. KZT - In the Aktobe region 40 houses were flooded after the dam broke. About this "
            "informs today the press service of the Department of emergency situations of the region.")
    informs = by_cue(read(text, date(2026, 5, 3)), "informs")
    assert informs.speaker.startswith("press service of the Department of emergency situations")
    assert informs.content.startswith("In the Aktobe region 40 houses") and informs.said_on == "2026-05-03"


def test_a_body_named_by_where_the_words_were_said(read):
    statements = read("The repairs of the canal will take two more weeks, noted in the water committee.")
    noted = by_cue(statements, "noted")
    assert noted.speaker == "water committee" and noted.content.startswith("The repairs of the canal")


def test_they_in_a_body_are_that_body(read):
    statements = read("In the Ministry of Energy they informed that the tariff will not change until 2027.")
    assert by_cue(statements, "informed").speaker == "Ministry of Energy"


def test_claims_denied_in_a_company_are_denied_by_it(read):
    statements = read("Residents blamed the mill for the smell. In the company these claims were denied.")
    denied = by_cue(statements, "denied")
    assert denied.speaker == "company" and denied.stance == "deny"


def test_a_role_holder_named_after_the_body_of_the_role(read):
    statements = read("As informed the head of the department of roads of the region Aibek Sultanov, 12 "
                      "bridges were repaired.")
    assert by_cue(statements, "informed").speaker == "Aibek Sultanov"


def test_a_spokesman_for_a_named_minister_is_not_the_minister(read):
    statements = read("A spokesman for Prime Minister Jorge Mendes declined to comment.")
    assert by_cue(statements, "declined").speaker != "Jorge Mendes"


def test_a_press_service_of_another_body_is_not_the_one_named_before(read):
    statements = read("The press service of the company Arlan Coal informed that the mine was closed. The "
                      "prosecutor's office opened a case, informed in the press service of the prosecutor's office.")
    assert "prosecutor" in by_cue(statements, "informed", 1).speaker


def test_an_act_after_a_quotation_and_a_dash_takes_the_noun_after_it(read):
    statements = read('The head of the housing department Bakyt Omurov informed on Tuesday that the heating would '
                      'be back by Friday. "The pipe is old. We replace a section of 120 metres," - noted the head '
                      'of the department.', date(2026, 1, 14))
    noted = by_cue(statements, "noted")
    assert noted.speaker == "head of the department"
    assert noted.content.startswith("The pipe is old.")


def test_a_full_name_after_the_quoted_name_of_a_body_is_the_speaker(read):
    statements = read('The director of the municipal enterprise "Tokmokteplo" Almaz Jumabaev rejected the '
                      "accusations of negligence.", date(2026, 1, 14))
    assert by_cue(statements, "rejected").speaker == "Almaz Jumabaev"


def test_a_central_asian_given_name_tells_whom_him_means(read):
    statements = read("The resident of the microdistrict Vostochny Gulnara Asanova told to the correspondent that in "
                      'her flat the temperature is plus 9 degrees. The director of the enterprise "Tokmokteplo" '
                      "Almaz Jumabaev rejected the accusations of negligence which were stated by the residents in "
                      "the social networks. According to him, the funds were never allocated.", date(2026, 1, 14))
    assert by_cue(statements, "according to").speaker == "Almaz Jumabaev"
