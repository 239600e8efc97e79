"""Who gives a number: statements first, then the number's own sentence, else the author."""
from __future__ import annotations

import pytest

from claimwatch.extract.quantities import find_quantities
from claimwatch.extract.holder_words import usable_name
from claimwatch.models import Statement


def holders(nlp, text, statements=()):
    return [q.holder for q in find_quantities(nlp(text), list(statements))]


def test_author_numbers_have_no_holder(nlp):
    assert holders(nlp, "The bridge carries 40,000 cars a day.") == [None]


def test_statement_content_decides(nlp):
    text = "The mayor said 300 homes were flooded. The river fell by 2 metres."
    start, end = text.index("300"), text.index(" were")
    said = Statement(speaker="Mayor Ana Ruiz", stance="assert", span=(0, text.index(".") + 1),
                     content_span=(text.index("300"), text.index(".")))
    assert holders(nlp, text, [said]) == ["Mayor Ana Ruiz", None]
    assert start < end


def test_statement_content_beats_a_wider_statement(nlp):
    text = "The union said managers had told it that 900 jobs would go."
    outer = Statement(speaker="the union", stance="assert", span=(0, len(text)),
                      content_span=(text.index("managers"), len(text) - 1))
    inner = Statement(speaker="managers", stance="assert", span=(text.index("managers"), len(text)),
                      content_span=(text.index("900"), len(text) - 1))
    assert holders(nlp, text, [outer, inner]) == ["managers"]


def test_according_to(nlp):
    assert holders(nlp, "About 1,300 people were evacuated, according to the Red Crescent.") == ["Red Crescent"]


def test_according_to_does_not_reach_a_later_side_clause(nlp):
    text = "Exports grew 12% last year, according to the customs office, while the port employs 800 dockers."
    assert holders(nlp, text) == ["customs office", None]


def test_reporting_verb_governing_the_number(nlp):
    assert holders(nlp, "The coast guard said it had rescued 64 people.") == ["coast guard"]
    assert holders(nlp, "Police put the number of marchers at 5,000.") == ["Police"]
    assert holders(nlp, "Forty homes were destroyed, the fire service said.") == ["fire service"]


def test_a_conjoined_clause_is_not_reported(nlp):
    text = "The firm disclosed the breach in May and later paid $2 million in fines."
    assert holders(nlp, text) == [None]


def test_figure_verb_needs_the_figure(nlp):
    assert holders(nlp, "The army declared a curfew in six districts.") == [None]


def test_passive_agent_is_the_source(nlp):
    text = "The court was told by prosecutors that the scheme raised £12 million."
    assert holders(nlp, text) == ["prosecutors"]


def test_figure_noun_owner(nlp):
    assert holders(nlp, "Sales beat an analyst forecast of $900 million.") == ["analyst"]


def test_transcript_turn(nlp):
    text = "Q: How many staff are there?\nLINDQVIST: We have about 250 engineers on site.\nMore will come."
    assert holders(nlp, text) == ["LINDQVIST"]


def test_question_turn_has_no_holder(nlp):
    text = "Q: Is it true that 40 staff quit?\nLINDQVIST: No."
    assert holders(nlp, text) == [None]


def test_report_nested_in_a_statement_keeps_its_own_source(nlp):
    text = "The minister said 900 rebels had surrendered, a figure the army had put at 400."
    said = Statement(speaker="the minister", stance="assert", span=(0, len(text)),
                     content_span=(text.index("900"), len(text) - 1))
    assert holders(nlp, text, [said]) == ["the minister", "army"]


def test_according_to_outranks_the_verb_it_modifies(nlp):
    text = "The gang claimed the attack, demanding $3 million, according to investigators."
    assert holders(nlp, text) == ["investigators"]


def test_quotation_goes_to_the_speaker_outside_it(nlp):
    text = "“We counted 70 boats. Nobody else came,” the harbour master said."
    assert holders(nlp, text) == ["harbour master"]


def test_second_quotation_goes_with_the_first(nlp):
    text = "“The river is still rising,” said Mara Petrescu of the water agency. “About 300 homes are empty.”"
    assert holders(nlp, text) == ["Mara Petrescu"]


def test_a_resolved_speaker_from_statements_names_the_source(nlp):
    text = "The agency said 45 people were hurt."
    said = Statement(speaker="Civil Protection Agency", stance="assert", span=(0, len(text)),
                     speaker_span=(0, len("The agency")))
    assert holders(nlp, text, [said]) == ["Civil Protection Agency"]


def test_finding_verbs_report_only_for_documents(nlp):
    assert holders(nlp, "Divers found 12 bodies near the wreck.") == [None]
    assert holders(nlp, "A Civica survey found 58% backed the plan.") == ["Civica survey"]


def test_literal_add_is_not_a_report(nlp):
    assert holders(nlp, "Factories added 30,000 jobs in March, the statistics office said.") == ["statistics office"]


def test_figure_verbs_through_their_phrases(nlp):
    text = "The agency raised its toll to 31, up from 24, and later settled on a range of 30 to 35."
    assert holders(nlp, text) == ["agency", "agency", "agency"]


def test_according_to_a_document_names_its_author(nlp):
    text = "About 800 fighters crossed the river, according to a report by the Harwell Institute."
    assert holders(nlp, text) == ["Harwell Institute"]


def test_a_subject_that_names_no_source_is_not_a_holder(nlp):
    text = "The dam gave way after a week of storms, flooding 32 farms in the valley."
    assert holders(nlp, text) == [None]


def test_plain_object_of_a_clause_reporting_verb_is_no_claim(nlp):
    text = "Northgate conceded 41 points in the final."
    conceded = Statement(speaker="Northgate", stance="assert", span=(0, len(text)),
                         content_span=(text.index("41"), len(text) - 1))
    assert holders(nlp, text, [conceded]) == [None]


def test_a_dateline_taken_for_a_speaker_gives_way(nlp):
    text = "OSLO, March 3 (Newswire) - Nordic Shipping said its fleet grew by 12 vessels."
    start = text.index("12")
    wrong = Statement(speaker="March 3 (Newswire", stance="assert", span=(0, len(text)),
                      content_span=(text.index("its"), len(text) - 1))
    assert holders(nlp, text, [wrong]) == ["Nordic Shipping"]
    assert start > 0


@pytest.mark.parametrize("name, usable", [
    ("March 3 (Newswire", None),
    ("14:20 CET – Port officials", "Port officials"),
    ("the harbour authority (HPA", "the harbour authority"),
    ("Nordic Shipping", "Nordic Shipping"),
    ("(12", None),
])
def test_usable_name(name, usable):
    assert usable_name(name) == usable


def test_figures_give_way_to_whoever_published_them(nlp):
    assert holders(nlp, "It sells about 40 million bottles a year, EU figures show.") == ["EU"]
    assert holders(nlp, "Bookings fell 9% in June, the agency's figures showed.") == ["agency"]
    text = "About 450 patients were treated, according to data released by the health ministry."
    assert holders(nlp, text) == ["health ministry"]


def test_a_document_speaker_stands_for_its_author(nlp):
    text = "Waiting lists grew to 7,200 families, according to figures published by the housing office."
    start = text.index("figures")
    speaker_end = len(text) - 1
    figures = Statement(speaker="figures", stance="assert", span=(0, len(text)),
                        content_span=(0, text.index(",")), speaker_span=(start, speaker_end))
    assert holders(nlp, text, [figures]) == ["housing office"]


def test_the_numbers_alone_name_no_one(nlp):
    assert holders(nlp, "The numbers say little: 40 volunteers came.") == [None]


def test_a_closing_tail_reports_the_whole_sentence(nlp):
    text = ("Sales climbed 3.1% to 8.2 billion dollars, lifted by a weaker currency, but margins "
            "narrowed 0.5%, the Oslo-based group said.")
    assert holders(nlp, text) == ["Oslo-based group"] * 3


def test_a_resolved_speaker_that_names_no_one_gives_way_to_the_written_one(nlp):
    text = "Orders rose 7%, the Lyon-based firm said."
    firm = text.index("the Lyon")
    wrong = Statement(speaker="May 2 (Newswire", stance="assert", span=(0, len(text)),
                      content_span=(0, text.index(",")), speaker_span=(firm, len(text) - 6))
    assert holders(nlp, text, [wrong]) == ["Lyon-based firm"]


def test_a_source_does_not_reach_into_the_next_paragraph(nlp):
    text = ("A former clerk at the port testified on Monday that he had taken bribes\n"
            "Ana Costa is the main witness in the trial of five customs officers.")
    testified = Statement(speaker="former clerk at the port", stance="assert", span=(0, len(text)),
                          content_span=(text.index("he had"), len(text) - 1), speaker_span=(2, 26))
    assert holders(nlp, text, [testified]) == [None]
    assert holders(nlp, text) == [None]


def test_a_statement_reaches_the_quotation_it_continues(nlp):
    text = "“We found 30 wells dry,” the engineer said."
    said = Statement(speaker="engineer", stance="assert", span=(0, len(text)),
                     content_span=(1, text.index(",")), speaker_span=(text.index("engineer"), len(text) - 6))
    assert holders(nlp, text, [said]) == ["engineer"]


def test_a_closing_tail_may_run_on_with_adding(nlp):
    text = ("About 60 cabins were lost near the lake, a park ranger, Mia Lund, said on the radio, "
            "adding that crews were still searching.")
    assert holders(nlp, text) == ["Mia Lund"]


def test_up_from_goes_with_the_figure_put_at(nlp):
    text = "Rescuers put the number of stranded hikers at 85, up from 40 in the morning."
    assert holders(nlp, text) == ["Rescuers", "Rescuers"]


def test_a_participle_after_a_noun_reports_for_that_noun(nlp):
    text = "Both sides spoke, the miners insisting that 14 shafts had flooded."
    assert holders(nlp, text) == ["miners"]
