"""Bodies that reach findings ("an independent panel found ..."), acts that repeat a target or
advise people to do something, and counsel named with post-nominal letters in a court report.
Texts written for these tests."""
from __future__ import annotations


def test_a_judging_body_that_finds_a_clause_reports_it(read):
    text = ("The club will start the season on minus 15 points after an independent panel found the club "
            "had exceeded the salary cap. The coroner found that staff had failed to act.")
    assert [(s.speaker, s.cue) for s in read(text)] == [("independent panel", "found"), ("coroner", "found")]


def test_finding_a_thing_is_no_statement(read):
    assert read("The company found a buyer for the plant. The panel found the papers in a drawer.") == []


def test_repeating_a_target_and_advising_people_to_act_are_statements(read):
    text = ("The company reported revenue of 1.6 billion euros and repeated its target of a 12% margin by "
            "2028. The department advised people with breathing problems to stay away from the area.")
    assert [s.cue for s in read(text)] == ["reported", "repeated", "advised"]
    assert read("The bank advised the government on the sale of its stake.") == []


def test_counsel_named_with_post_nominal_letters_after_a_fronted_participle(read):
    text = ("Opening a two-day hearing at the magistrates' court, Clare Whitfield KC, for the US, said the "
            "founder had moved customer funds. Kessler's barrister, Marcus Bell KC, told the judge that "
            "extradition would be oppressive. He said two psychiatrists had examined his client.")
    assert [s.speaker for s in read(text) if s.cue in ("said", "told")] == [
        "Clare Whitfield", "Marcus Bell", "Marcus Bell"]


def test_a_claim_a_source_rejects_is_its_denial_even_with_the_verb_read_as_a_noun(read):
    text = "Ottawa said the leaders discussed migration, a claim Mexico rejects."
    said, rejects = read(text)
    assert (rejects.speaker, rejects.cue, rejects.stance) == ("Mexico", "rejects", "deny")


def test_an_act_inside_an_indirect_question_is_no_act(read):
    text = ("Aldvik said it knew of no similar failures. It declined to say whether it had advised other "
            "customers to inspect their blades. Reporters asked whether the minister had warned the company.")
    # the question itself claims nothing either: asking is no assert, deny, not-deny or decline
    assert [s.cue for s in read(text)] == ["said", "declined"]


def test_a_relative_clause_hung_on_a_date_belongs_to_the_document_and_its_sender(read):
    text = ("The High Commission submitted the claim in a letter dated January 12, which described the crown "
            "as sacred.")
    (described,) = [s for s in read(text) if s.cue == "described"]
    assert described.speaker == "High Commission"
