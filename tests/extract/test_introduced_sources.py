"""Sources a text introduces once and then calls by a kind, a pronoun or a headline's shorthand,
and the day a summed-up act shares with the sentence that dates it. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

from statement_lookup import by_cue


MANAGER = ("Crew stranded for months, union says; manager denies walking away\n\n"
           "The tanker's Oslo-based manager, Fjordline Shipping, denied that the crew had been left without "
           "pay. The manager declined to name the buyer.")


def test_a_body_set_beside_its_role_is_what_the_role_points_back_to(read):
    assert by_cue(read(MANAGER), "declined").speaker == "Fjordline Shipping"


def test_a_clause_after_a_name_is_no_role_of_it(read):
    statements = read("The ship's manager, Fjordline Shipping, denied that the crew had been abandoned.\n\n"
                      "The crew tell a different story, the union said.")
    assert all(s.speaker != "Fjordline Shipping" for s in statements if s.span[0] > 90)


def test_a_body_named_for_its_head_is_no_person(read):
    statements = read("Chile's Directorate General of Maritime Territory said on Friday that it was in touch "
                      "with the owner. It did not say whether it would pay the crew.")
    assert by_cue(statements, "say").speaker == "Chile's Directorate General of Maritime Territory"


def test_an_undated_act_takes_the_day_of_the_next_sentence_that_tells_it(read):
    statements = read("Harlow Freight denied that it had broken the rules. In a statement on Monday, it said "
                      "every shipment had been checked.", date(2026, 3, 4))
    assert by_cue(statements, "denied").said_on == "2026-03-02"


def test_an_act_a_paragraph_later_keeps_no_day(read):
    statements = read("Three hauliers face fines over late deliveries, a regulator's report shows.\n\n"
                      "Harlow Freight denied that it had broken the rules.\n\nIn a statement on Monday, it "
                      "said every shipment had been checked.", date(2026, 3, 4))
    assert by_cue(statements, "denied").said_on is None


def test_a_bracketed_account_of_an_answer_is_the_speakers_statement(read):
    statements = read("Transcript: the mayor's briefing on the floods\n\n"
                      "QUESTION: Will the levee hold?\n\n"
                      "MAYOR ANNA VOSS: [She said the levee had been reinforced overnight.]\n\n"
                      "QUESTION: And the schools?\n\n"
                      "VOSS: They stay shut until Monday.")
    said = by_cue(statements, "said")
    assert said.speaker == "Anna Voss"
    assert "reinforced" in said.content


def test_each_side_of_a_paired_subject_accuses_the_other(read):
    statements = read("Ruritania and Freedonia swapped 40 prisoners on Thursday, but each side accused the other "
                      "of holding back detainees.")
    assert sorted(s.speaker for s in statements if s.cue == "accused") == ["Freedonia", "Ruritania"]


def test_a_headline_kind_is_the_body_source_introduced_so(read):
    assert by_cue(read(MANAGER), "denies").speaker == "Fjordline Shipping"


def test_a_headline_kind_the_body_leaves_unnamed_stays(read):
    statements = read("Plant to stay open, energy ministry says\n\n"
                      "The plant will run until 2040, the energy ministry said on Tuesday, ministry spokesman "
                      "Adi Putra told reporters.")
    assert statements[0].speaker == "energy ministry"


def test_a_one_word_name_said_of_as_a_body_is_a_body(read):
    statements = read("The safety regulator said 48,000 seats were affected.\n\n"
                      "Kindra, based in Leeds, said in a statement that a supplier's springs were too weak. "
                      "It said it was \"deeply sorry\".")
    assert statements[-1].speaker == "Kindra"


def test_a_name_the_apposition_calls_a_group_is_a_body(read):
    statements = read("Parent Shield, a consumer group, said the recall came late. It accused the regulator "
                      "of delay.")
    assert {s.speaker for s in statements} == {"Parent Shield"}


def test_an_initial_and_a_surname_name_a_person_inside_a_long_title(read):
    statements = read("Head of the department of customs control of the SRC D. Serikov at the briefing on "
                      "Tuesday stressed that the queue would shrink. \"Now the driver books a time,\" he noted.")
    assert [s.speaker for s in statements] == ["D. Serikov", "D. Serikov"]


def test_refraining_from_comment_declines_and_having_noted_reports(read):
    statements = read("Minister Ruslan Abenov refrained from comment on the tariffs, having noted that they "
                      "will be set by the government.")
    assert [(s.cue, s.stance) for s in statements] == [("refrained", "decline"), ("noted", "assert")]


def test_in_her_opinion_attributes_the_clause(read):
    statements = read("Press secretary Aida Nurova said about 400 trucks were waiting. In her opinion, the "
                      "other side \"does not take into account the harvest\".")
    opinion = statements[-1]
    assert (opinion.speaker, opinion.cue) == ("Aida Nurova", "In her opinion")


def test_a_verbless_not_answering_a_yes_or_no_question_denies(read):
    statements = read("Inspector Tom Reed said the search would go on. Asked whether officers were treating the "
                      "disappearance as suspicious, he said: \"Not at this stage.\"")
    assert statements[-1].stance == "deny"


def test_a_whose_clause_the_parser_hung_before_the_act_is_no_content(read):
    statements = read("Governor Milena Stankovic raised rates. Stankovic, whose six-year term ends in 2027, said "
                      "the board would next meet on November 12.")
    said = by_cue(statements, "said")
    assert (said.speaker, said.content) == ("Milena Stankovic", "the board would next meet on November 12")


def test_not_responding_to_a_demand_declines(read):
    statements = read("The rebels demanded the release of 50 fighters. The government did not respond to that "
                      "demand on Friday.")
    assert [(s.speaker, s.stance) for s in statements if s.cue == "respond"] == [("government", "decline")]


def test_a_lead_that_describes_its_source_takes_the_name_the_next_paragraph_gives(read):
    statements = read("Twelve dockers have gone unpaid since June, a dockworkers' union said on Monday.\n\n"
                      "The Dockworkers' Solidarity League said the port owed them about $90,000.",
                      date(2026, 3, 4))
    assert [(s.speaker, s.said_on) for s in statements] == [
        ("Dockworkers' Solidarity League", "2026-03-02"), ("Dockworkers' Solidarity League", "2026-03-02")]


def test_the_people_quoted_after_a_sentencing_speak_at_the_hearing(read):
    statements = read("A landlord who ignored fire warnings was jailed for six years on Tuesday over a tenant's "
                      "death.\n\nHe had admitted the offence at an earlier hearing in May last year.\n\n"
                      "Judge Anna Marsh said he had put profit first. His barrister, Tom Hale, said he was sorry.",
                      date(2026, 3, 4))
    assert [(s.speaker, s.said_on) for s in statements if s.cue == "said"] == [
        ("Anna Marsh", "2026-03-03"), ("Tom Hale", "2026-03-03")]


def test_a_plural_opening_a_name_with_of_names_one_body(read):
    statements = read("The Families of the Vanished Network, a rights group, said 900 people were still held. "
                      "It accused both governments of stalling.")
    assert [s.speaker for s in statements] == ["Families of the Vanished Network"] * 2


def test_the_publishing_outlet_is_the_author_not_a_source():
    from claimwatch.extract.pipeline import extract_documents
    from claimwatch.models import Document

    text = ("Harbour Water hid spills, files show\n\n"
            "Harbour Water logged spills as faults, according to files seen by the Gazette. The Gazette reported "
            "last year that the firm had missed targets.\n\n"
            "Harbour Water said in a statement on Friday that it followed the rules. It said the data was shared.")
    doc = Document(id="t", text=text, published=date(2026, 6, 13), outlet="Riverside Gazette (synthetic)")
    statements = next(extract_documents([doc])).statements
    assert "Gazette" not in {s.speaker for s in statements}
    assert [s.speaker for s in statements if s.cue == "said"] == ["Harbour Water", "Harbour Water"]
