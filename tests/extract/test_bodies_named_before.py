"""Bodies a later "it", "the company" or "the paper" points back to, though the parse or the
tagger hides them, and acts that are no one's statement. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from statement_lookup import by_cue


def test_a_name_with_and_in_it_owns_one_body(read):
    statements = read("Castile and León's regional government said on Tuesday that it wanted a new count. "
                      "It called on Madrid to listen.", date(2026, 9, 9))
    assert by_cue(statements, "called").speaker == "Castile and León's regional government"


def test_an_and_inside_a_name_makes_no_pair(read):
    statements = read("The Hearth and Stove Makers' Council said in a statement that the study was flawed. "
                      "It said most stoves in the sample were old.", date(2026, 4, 14))
    assert [s.speaker for s in statements] == ["Hearth and Stove Makers' Council"] * 2


def test_the_company_is_the_one_whose_shares_moved_just_before(read):
    statements = read("The central bank said on Monday it saw no reason to cut rates. Shares in Karoo Platinum "
                      "jumped 6% after the company said it had restarted its flooded shaft.", date(2026, 3, 10))
    assert by_cue(statements, "said", nth=1).speaker == "Karoo Platinum"


def test_the_company_is_the_one_set_beside_its_kind_the_sentence_before(read):
    statements = read("An engineer said the pier had been flagged as a risk.\n\nThe bridge is run by Vias del "
                      "Norte, a private consortium. In a statement, the company said it regretted the tragedy.",
                      date(2026, 11, 25))
    assert by_cue(statements, "said", nth=1).speaker == "Vias del Norte"


def test_a_body_named_in_passing_does_not_take_the_company(read):
    statements = read("Production will move to the group's site in Ostrava, where Voltaris said it would add "
                      "200 jobs. The company also said the closure would cost it 90 million euros.",
                      date(2026, 10, 28))
    assert by_cue(statements, "said", nth=1).speaker == "Voltaris"


def test_a_daily_named_in_a_place_is_a_body_it_points_back_to(read):
    statements = read('In Bucharest, the daily Gazeta de Est called the summit "a photo opportunity" on Sunday.\n\n'
                      'The Sofia daily Vecherni Vesti was not persuaded. "More commitments, perhaps," it wrote on '
                      'Monday.', date(2026, 6, 16))
    assert by_cue(statements, "called").speaker == "Gazeta de Est"
    assert by_cue(statements, "wrote").speaker == "Vecherni Vesti"


def test_what_a_document_shows_inside_a_report_is_the_reporter_s_reading(read):
    statements = read("The farmers' union said on Tuesday that the census confirmed its own count of 196 packs.",
                      date(2026, 9, 9))
    assert [s.cue for s in statements] == ["said"]


def test_a_copy_seen_by_the_outlet_is_no_source(read):
    statements = read('Chief executive Helen Marsh told staff in an email on Tuesday that the attack was '
                      '"contained", according to a copy seen by the agency.', date(2026, 8, 14))
    assert [(s.speaker, s.cue) for s in statements] == [("Helen Marsh", "told")]


def test_a_threat_is_a_source_s_act_but_not_a_thing_s_nor_one_reported(read):
    statements = read("The gang claimed on Thursday to have stolen patient records from the hospital, and "
                      "threatened to publish them within a week. The storm threatened homes along the coast. The daily Postimees "
                      "reported on Monday that the minister had threatened to resign.", date(2026, 8, 14))
    assert [(s.speaker, s.cue) for s in statements] == [
        ("gang", "claimed"), ("gang", "threatened"), ("Postimees", "reported")]


def test_a_name_a_body_calls_itself_is_no_statement(read):
    statements = read("In a post on its leak site, the group, which calls itself Nightjar, said it had taken "
                      "patient data.", date(2026, 8, 14))
    assert [s.cue for s in statements] == ["said"]


def test_the_sources_a_report_cites_are_not_what_it_reports(read):
    statements = read("The Ankara daily Gunluk Haber reported on Sunday, citing unnamed members of the Turkish "
                      "delegation, that Ankara had insisted on striking a line from the final text.",
                      date(2026, 6, 15))
    assert by_cue(statements, "reported").content == "that Ankara had insisted on striking a line from the final text"


def test_the_named_source_s_next_acts_share_the_lead_s_day(read):
    statements = read("A car-seat maker is recalling 48,000 seats, the product safety regulator said yesterday.\n\n"
                      "The Office for Product Safety and Standards said the fault affected two models. In crash "
                      "tests, the buckle opened three times, it said.", date(2026, 5, 22))
    assert [s.said_on for s in statements] == ["2026-05-21"] * 3


def test_a_bare_army_in_a_story_filed_from_a_country_is_that_country_s(read):
    statements = read("Toll rises after attack\n\nMAPUTO, Mozambique (IOW) - At least 31 people were killed, the "
                      "United Nations said on Friday.\n\nThe army said on Wednesday that nine soldiers had died.",
                      date(2026, 11, 7))
    army = by_cue(statements, "said", nth=1)
    assert (army.speaker, army.speaker_country) == ("Mozambican army", "MZ")
    # no dateline, no home: the army stays as the text names it
    plain = read("The army said on Wednesday that nine soldiers had died.", date(2026, 11, 7))
    assert plain[0].speaker == "army"


def test_a_body_described_by_a_restrictive_clause_is_a_new_one(read):
    statements = read("Kent County said on Monday that it would review the locks.\n\nThe union that "
                      "represents the jail's officers said in a statement that the doors had failed for years.",
                      date(2026, 6, 2))
    assert by_cue(statements, "said", nth=1).speaker == "union"


def test_the_company_is_not_a_newspaper_named_in_what_the_owner_denied(read):
    statements = read("The owner, Piraeus-based Egret Tankers, denied a report in a Greek shipping newspaper that it had "
                      'offered $1 million. "No figure has been agreed," the company said in a statement.',
                      date(2026, 5, 5))
    assert by_cue(statements, "said").speaker.endswith("Egret Tankers")


def test_according_to_a_document_its_issuer_put_out_is_the_issuer(read):
    statements = read("The State Election Commission said turnout was 61 percent. According to a seat projection the "
                      "commission published alongside the 10 a.m. figures, the ruling party would win 50 seats. "
                      "According to figures the ministry released on Monday, 40 people died.", date(2026, 4, 21))
    assert [s.speaker for s in statements if s.cue == "according to"] == ["State Election Commission", "ministry"]
