"""A speaker's second act in one sentence, and the body a description points back to. Sentences
written for these tests."""
from __future__ import annotations


def test_calling_on_someone_is_an_act_even_when_on_is_read_as_a_particle(read):
    statements = read("Its campaign director, Sam Okoro, urged fans to check their insurance, and called on "
                      "promoters to offer \"goodwill payments\" when whole tours were scrapped.")
    assert [(s.speaker, s.cue) for s in statements] == [("Sam Okoro", "urged"), ("Sam Okoro", "called")]


def test_what_the_data_showed_does_not_call_on_anyone(read):
    statements = read("The opposition critic, Blake Harmon, said in a statement on Friday that the data showed "
                      "\"a recession in all but name\" and called on the government to extend benefits.")
    assert {s.speaker for s in statements} == {"Blake Harmon"}
    assert [s.cue for s in statements] == ["said", "called"]


def test_the_company_is_never_a_document_that_was_quoted(read):
    statements = read("Norvane Logistics said it had dismissed Ola Berg for misconduct.\n\n"
                      "According to the judgment, Berg had warned his manager twice. "
                      "The company told the tribunal that the dismissal was fair.")
    told = next(s for s in statements if s.cue == "told")
    assert told.speaker == "Norvane Logistics"


def test_a_body_introduced_by_its_kind_is_what_that_kind_points_back_to(read):
    statements = read("The Public Security Police (PSP) estimated that 18,000 people took part. "
                      "The organising coalition, Casa Aberta, put the crowd at 90,000. "
                      "Two officers were hurt, according to the PSP. "
                      "The coalition denied that those arrested had been part of the march.")
    denied = next(s for s in statements if s.cue == "denied")
    assert denied.speaker == "Casa Aberta"


def test_a_name_the_model_ran_into_its_verb_stops_before_the_verb(read):
    statements = read("The Farmers' Union of the North welcomed the drought money, saying it would cover feed "
                      "for 120,000 head of cattle.")
    assert {s.speaker for s in statements} == {"Farmers' Union of the North"}
