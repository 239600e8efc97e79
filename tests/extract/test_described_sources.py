"""Sources the parser loses: a noun with the participle that describes it, read as a clause of its
own, and an act placed only by "afterwards"; a clause after "in a statement" read as a relative. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from statement_lookup import by_cue


def test_a_described_noun_read_as_a_clause_is_the_source(read):
    statements = read("Search goes on\n\nDetectives searching for a woman said on Saturday they were concerned.",
                      date(2026, 5, 17))
    said = by_cue(statements, "said")
    assert said.speaker == "Detectives"
    assert said.content == "they were concerned"
    assert said.said_on == "2026-05-16"


def test_a_reported_clause_before_the_act_keeps_its_own_source(read):
    statements = read('"Nobody searching for her has given up," the sergeant said on Saturday.', date(2026, 5, 17))
    assert by_cue(statements, "said").speaker == "sergeant"


def test_an_act_afterwards_takes_the_day_of_the_event_it_follows(read):
    statements = read("The union said on Monday that the talks would go on.\n\nThe mediator, Jan Verbeke, met "
                      "the king yesterday afternoon and asked to be relieved. Verbeke told reporters afterwards "
                      "that a deal was still possible.", date(2026, 11, 18))
    assert by_cue(statements, "told").said_on == "2026-11-17"


def test_a_statement_that_reports_a_clause_is_no_relative_clause(read):
    statements = read("The palace said in a statement that the king had accepted.", date(2026, 11, 18))
    assert by_cue(statements, "said").content == "that the king had accepted"


def test_a_role_of_people_at_a_scene_is_a_source_when_misparsed(read):
    statements = read("Blaze guts warehouse\n\nFirefighters tackling the blaze said on Sunday the roof had "
                      "collapsed.", date(2026, 5, 18))
    assert by_cue(statements, "said").speaker == "Firefighters"


def test_a_source_reached_on_a_day_speaks_on_it(read):
    reached = read("Arsenault, reached by phone on Friday, said he stood by his figure.", date(2026, 6, 27))
    assert reached[0].said_on == "2026-06-26"
    # not a day the speaker reached something else
    dealt = read("The union, which reached a deal on Friday, said it was pleased.", date(2026, 6, 27))
    assert dealt[0].said_on is None


def test_a_role_set_beside_another_is_the_source(read):
    statements = read("Another, a recruiter, said managers had been told of the cuts on Monday.", date(2026, 5, 8))
    assert by_cue(statements, "said").speaker == "recruiter"


def test_a_name_set_beside_another_is_the_source_and_her_later_quote(read):
    statements = read('"Maybe I lose the freedom," said one driver, who gave only his first name, Ravi. Another, '
                      'Ines Rocha, said she had been cut off after one complaint. "With a contract, at least '
                      'there is someone to call," she said.', date(2026, 5, 8))
    assert [s.speaker for s in statements] == ["Ravi", "Ines Rocha", "Ines Rocha"]


def test_who_after_a_name_and_its_role_is_the_named_person(read):
    statements = read("The panel also heard from Dana Whitlow, founder of the riders' group Fair Fare, who "
                      'testified that her group had logged 900 complaints. "Riders were misled," she told the '
                      "panel.", date(2026, 5, 8))
    assert [s.speaker for s in statements] == ["Dana Whitlow", "Dana Whitlow"]


def test_what_a_speaker_was_doing_dates_the_act_even_after_himself(read):
    statements = read('Kowalczyk himself, campaigning in Grand Rapids on Tuesday, told supporters that "the only '
                      'poll that matters is in November".', date(2026, 10, 22))
    assert by_cue(statements, "told").said_on == "2026-10-20"


def test_the_days_a_poll_was_taken_are_not_the_day_it_spoke(read):
    statements = read("Whitfield edges ahead\n\nDemocrat Dana Whitfield has moved ahead, according to a poll "
                      "released on Tuesday.\n\nThe Great Lakes Civic Research poll of 812 likely voters, "
                      "conducted Oct. 13-18, found Whitfield at 46%.", date(2026, 10, 21))
    assert by_cue(statements, "found").said_on != "2026-10-13"


def test_those_a_survey_asked_are_not_its_author(read):
    statements = read("A survey of 500 firms, carried out in March, found gloom about exports.", date(2026, 10, 21))
    assert by_cue(statements, "found").speaker != "firms"


def test_standing_by_a_story_is_an_act_but_not_inside_a_report(read):
    statements = read("Maarten Brouwer stood by his story this morning.\n\nThe site said on Friday that it stood by "
                      "its reporting.", date(2026, 7, 25))
    assert [s.cue for s in statements] == ["stood", "said"]
    assert statements[0].speaker == "Maarten Brouwer"


def test_putting_it_to_a_witness_is_an_act_with_the_clause_it_puts(read):
    statements = read("Defense attorney Rebecca Hsu put it to Okafor that he had invented the conversation. "
                      "Keita disputed that later on Thursday, saying the reply had been sent.", date(2026, 12, 1))
    assert by_cue(statements, "put").content == "that he had invented the conversation"
    assert not by_cue(statements, "disputed").content  # "that" there is the pronoun, not a clause


def test_a_short_name_that_also_ends_another_body_s_name_is_not_expanded(read):
    statements = read("FC Zuiderveld insisted they had not sold the player. The supporters' group Zuiderveld "
                      "Supporters Collectief said it would protest.\n\nZuiderveld said in a statement that there "
                      "were no negotiations.", date(2026, 7, 25))
    assert by_cue(statements, "said", nth=1).speaker != "Zuiderveld Supporters Collectief"


def test_a_source_that_could_not_be_reached_gave_no_answer(read):
    statements = read("Lusby's solicitor could not be reached for comment. The village could not be reached for "
                      "three days. The union could not reach an agreement with the company.", date(2025, 6, 18))
    assert [(s.speaker, s.stance) for s in statements] == [("Lusby's solicitor", "decline")]


def test_one_who_underwent_a_passive_act_then_speaks(read):
    statements = read("Smith was arrested on Monday and said he was innocent. The firm was fined and declined to "
                      "comment.", date(2026, 3, 4))
    assert [(s.speaker, s.stance) for s in statements] == [("Smith", "assert"), ("firm", "decline")]


def test_one_never_told_why_is_no_teller(read):
    statements = read("Joana Pires said she had been cut off after one complaint and never told why.", date(2026, 3, 4))
    assert [(s.speaker, s.cue, s.stance) for s in statements] == [("Joana Pires", "said", "assert")]
