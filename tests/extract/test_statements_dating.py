"""said_on and content on sentences written for these tests: a time dates an act only when
it modifies the act's own clause, and "told X that ..." reports the clause, not X."""
from __future__ import annotations

from datetime import date

import pytest

from claimwatch.models import Statement
from statement_lookup import by_cue

PUBLISHED = date(2025, 11, 7)  # a Friday


@pytest.fixture(scope="module")
def read():
    from claimwatch.extract.pipeline import extract
    from claimwatch.nlp import load_nlp

    load_nlp()

    def run(text: str, published: date = PUBLISHED) -> list[Statement]:
        return extract(text, published).statements

    return run


# --- which time dates the act ----------------------------------------------------------

def test_time_in_a_relative_clause_on_the_speaker_does_not_date_the_act(read):
    text = ("Irina Sova, who inspected the dam for the Lisk Basin Authority until June, told the "
            "Valley Courier that engineers had reported widening cracks in the spillway in April.")
    statements = read(text)
    assert by_cue(statements, "told").said_on is None
    assert all(s.said_on != "2025-06" for s in statements)  # nor through the occasion fallback


def test_time_inside_a_since_clause_on_the_speaker_does_not_date_the_act(read):
    text = ("Trade Minister Halvard Moe, on his first visit to the region since taking office in March, told "
            "a news conference that Oslo would open two consulates.")
    assert by_cue(read(text), "told").said_on is None


def test_an_act_done_there_is_done_on_the_day_the_sentence_before_told(read):
    text = ("Interior Minister Dana Petrova was touring flood-hit villages near Ruse on Wednesday. She told "
            "residents there that the state would pay for new roofs.")
    assert by_cue(read(text), "told").said_on == "2025-11-05"


def test_there_does_not_reach_into_the_paragraph_before(read):
    statements = read("Interior Minister Dana Petrova was touring flood-hit villages near Ruse on Wednesday.\n\n"
                      "She told residents there that the state would pay for new roofs.")
    assert by_cue(statements, "told").said_on is None


def test_a_paragraph_opening_on_the_speakers_dated_doing_dates_their_next_act(read):
    text = ("Energy Minister Lena Falk struck a defiant note on Wednesday. Speaking to workers at a "
            "turbine plant, she said she would not be distracted by the row.")
    assert by_cue(read(text), "said").said_on == "2025-11-05"


def test_a_different_subject_after_the_opening_keeps_no_day(read):
    text = ("The town council voted on Wednesday to offer money for the library. The county council said it "
            "would consider all offers.")
    assert by_cue(read(text), "said").said_on is None


def test_asked_on_a_weekday_looks_back_whatever_the_modal_after_it(read):
    text = ("Asked on Tuesday whether party leaders would free members to vote for the bill, Delacroix would not "
            "rule it out. \"Everybody votes their conscience,\" she said.")
    assert by_cue(read(text), "said").said_on == "2025-11-04"


def test_an_occasion_closing_the_object_dates_the_act(read):
    text = "The Green List's leader, Ana Vrabie, conceded defeat at a news conference on Monday morning."
    assert by_cue(read(text), "conceded").said_on == "2025-11-03"


def test_a_day_word_ending_a_programme_name_is_no_day(read):
    text = "Mr Tranter told Westminster Tonight on Wednesday that he had \"not briefed anybody about anything\"."
    assert by_cue(read(text), "told").said_on == "2025-11-05"


def test_a_participle_of_asking_the_tagger_read_as_past_still_dates_the_act(read):
    text = "Brandt's team-mate Kari Moen, asked about the case after training on Wednesday, said she believed Brandt."
    assert by_cue(read(text), "said").said_on == "2025-11-05"


def test_a_participle_of_asking_read_as_a_clause_of_its_own_still_dates_the_act(read):
    text = "Her team-mate Kari Lind, asked about the case after training on Wednesday, said she believed her."
    assert by_cue(read(text), "said").said_on == "2025-11-05"


def test_time_of_the_act_still_dates_it_beside_a_relative_clause(read):
    text = "The governor, who took office in January, said on Thursday that taxes would rise."
    (s,) = read(text)
    assert s.said_on == "2025-11-06"


def test_time_inside_the_content_does_not_date_the_act(read):
    (s,) = read("The engineer said the cracks had appeared in April.")
    assert s.said_on is None


def test_occasion_participle_beside_the_speaker_dates_the_act(read):
    (s,) = read("Ana Petrov, speaking to lawmakers on Tuesday, said the budget would not be cut.")
    assert s.said_on == "2025-11-04"


def test_time_phrase_between_subject_and_verb_dates_the_act(read):
    s = by_cue(read("The union on Wednesday rejected the offer as an insult."), "rejected")
    assert s.said_on == "2025-11-05"


def test_weekday_is_valued_by_the_times_extractor(read):
    (s,) = read("The harbour master said on Monday that the ferry would sail again.")
    assert s.said_on == "2025-11-03"


# --- content is the reported clause ----------------------------------------------------

def content(statement: Statement, text: str) -> str:
    assert statement.content == text[statement.content_span[0]:statement.content_span[1]]
    return statement.content


def test_told_addressee_that_reports_only_the_clause(read):
    text = "The mayor told the Harbour Gazette on Monday that the bridge would reopen within a month."
    (s,) = read(text)
    assert content(s, text) == "that the bridge would reopen within a month"
    assert s.said_on == "2025-11-03"


def test_told_reporters_without_that(read):
    text = "Tomas Reyl told reporters the harbour had been dredged too late."
    (s,) = read(text)
    assert content(s, text) == "the harbour had been dredged too late"


def test_said_in_a_statement_that(read):
    text = "The port authority said in a statement that the cranes were safe."
    (s,) = read(text)
    assert content(s, text) == "that the cranes were safe"


def test_plain_object_is_still_the_content(read):
    text = "The ministry denied the report."
    (s,) = read(text)
    assert content(s, text) == "the report"


def test_misparsed_that_before_a_verb_is_not_content(read):
    text = ("Lena Ohm told the council that engineers had reported widening cracks in the spillway.")
    reported = by_cue(read(text), "reported")
    assert not reported.content.startswith("that")


def test_told_hearer_in_a_place_that_reports_the_clause(read):
    text = "Lena Ohm told reporters in the capital that the pumps had failed twice."
    (s,) = read(text)
    assert content(s, text) == "that the pumps had failed twice"


def test_participle_naming_the_occasion_dates_a_refusal(read):
    s = by_cue(read("Asked about the flooding on Tuesday, the port director declined to comment."), "declined")
    assert s.said_on == "2025-11-04"


def test_statement_issued_on_a_day_dates_the_act(read):
    s = by_cue(read("The operator, in a statement issued late on Wednesday, said the gates had been closed."),
               "said")
    assert s.said_on == "2025-11-05"


def test_duration_phrase_on_the_speaker_does_not_date_the_act(read):
    s = by_cue(read("The inspector, in charge of the dam until June, said the gates had jammed."), "said")
    assert s.said_on is None


def test_as_recently_as_dates_the_act(read):
    s = by_cue(read("The coast guard had put the toll at 40 as recently as late October."), "put")
    assert s.said_on == "2025-10"


def test_passive_refusal_of_a_request_is_not_declining_to_speak(read):
    statements = read("Olin told the committee that the request to drain the lake had been refused by the board.")
    assert [s.cue for s in statements] == ["told"]
    assert read("The board refused to comment.")[0].stance == "decline"


def test_a_reader_failure_is_logged_with_its_cause_and_drops_only_statements(caplog, monkeypatch):
    from claimwatch.extract import statements as module
    from claimwatch.nlp import load_nlp

    def broken(*args):
        raise KeyError("speaker")

    monkeypatch.setattr(module, "_find", broken)
    doc = load_nlp().make_doc("The mayor said the bridge would reopen.")
    with caplog.at_level("WARNING", logger=module.__name__):
        assert module.find_statements(doc, [], PUBLISHED) == []
    assert "KeyError" in caplog.text and "The mayor said" in caplog.text


def test_the_cited_source_is_not_the_content(read):
    text = "The dam had been weakened for years, the Harbour Gazette reported, citing the Lisk Basin Authority."
    citing = by_cue(read(text), "citing")
    assert citing.speaker == "Lisk Basin Authority"
    assert citing.content is None or "Lisk" not in citing.content


def test_told_hearer_in_a_place_that_misread_as_relative_clause(read):
    text = "Keln told reporters in the capital that investigators had found signs of explosives near the gates."
    s = by_cue(read(text), "told")
    assert content(s, text).startswith("that investigators had found")


def test_a_countrys_titled_official_is_the_named_holder_and_keeps_the_lead_day():
    from claimwatch.extract.pipeline import extract
    text = ("Chile's deputy prime minister on Friday denied the report. Deputy Prime Minister Ana Ruiz "
            "was in Lima. \"I paid for it myself,\" Ruiz told reporters.")
    statements = extract(text, date(2025, 3, 14)).statements
    assert [s.speaker for s in statements] == ["Ana Ruiz", "Ana Ruiz"]
    assert statements[-1].said_on == "2025-03-14"


def test_the_period_of_a_reported_figure_does_not_date_the_report():
    from claimwatch.extract.pipeline import extract
    statements = extract("The brewer reported net debt of 8 billion euros at the end of December.",
                         date(2025, 3, 14)).statements
    assert statements[0].said_on is None
    statements = extract("The brewer said on Thursday that sales had fallen.", date(2025, 3, 14)).statements
    assert statements[0].said_on == "2025-03-13"


def extract_on(text: str, published: str) -> list[Statement]:
    from claimwatch.extract.pipeline import extract

    return extract(text, published).statements


def test_transcript_turns_take_the_day_of_their_introduction(read):
    text = ("Transcript of the briefing by Lena Ortiz, spokesperson for the port authority, Valparaiso, "
            "3 March 2025.\n\nMS. ORTIZ: Good morning. The two cranes are working again.\n\n"
            "QUESTION: When will the backlog clear?\n\nMS. ORTIZ: We expect it to clear by Friday.")
    statements = extract_on(text, "2025-03-04")
    turns = [s for s in statements if s.speaker.lower().endswith("ortiz")]
    assert turns and {s.said_on for s in turns} == {"2025-03-03"}  # the briefing, not the day of publication


def test_said_in_the_statement_shares_the_day_the_statement_was_placed_on(read):
    text = ("The company said on Wednesday that profit fell 12%. "
            "\"We took the pain up front,\" chief executive Ana Ruiz said in the statement.")
    statements = extract_on(text, "2025-06-26")
    ruiz = next(s for s in statements if "Ruiz" in s.speaker)
    assert ruiz.said_on == "2025-06-25"


def test_a_past_perfect_act_lends_its_day_to_no_later_speaker(read):
    text = ("The company's lawyer, Ann Reyes, had told the court in June that the tenants were to blame. "
            "The judge dismissed that claim.")
    judge = next(s for s in read(text) if s.cue == "dismissed")
    assert judge.said_on is None


def test_a_possessive_day_names_an_event_not_the_act_unless_it_is_the_occasion(read):
    sinking = read("Divers found two more bodies, raising the toll from Tuesday's sinking to 31, the coast guard said.")
    assert all(s.said_on is None for s in sinking)
    hearing = read("At Tuesday's hearing, prosecutor Ann Marsh told the court the money was gone.")
    assert hearing[0].said_on == "2025-11-04"


def test_an_act_reporting_something_of_the_publication_day_was_made_that_day(read):
    statements = read("The fire was put out in the early hours of today, the press service of the ministry informed.")
    assert statements[0].said_on == "2025-11-07"


def test_unnamed_commentators_take_no_other_source_s_day(read):
    text = ("The energy ministry said on Monday that the field holds 145 billion cubic metres, though "
            "independent analysts said the figure had yet to be confirmed.")
    analysts = next(s for s in read(text) if "analysts" in s.speaker)
    assert analysts.said_on is None


def test_an_act_placed_just_after_the_event_told_before_takes_that_event_s_day(read):
    text = ("Hundreds of farmers blocked the ring road in Lisk on Tuesday evening.\n\n"
            "Within hours, the regional governor, Tomas Brenner, said he had suspended the new water levy.")
    assert by_cue(read(text), "said").said_on == "2025-11-04"
    text = ("Hundreds of farmers blocked the ring road in Lisk.\n\n"
            "Within hours, the regional governor, Tomas Brenner, said he had suspended the new water levy.")
    assert by_cue(read(text), "said").said_on != "2025-11-04"


def test_an_act_the_text_says_came_just_after_takes_that_day_wherever_the_phrase_stands(read):
    text = ("The Farmers' Union accused the ministry on Tuesday evening of hiding the survey.\n\n"
            "The ministry denied that within the hour.")
    assert by_cue(read(text), "denied").said_on == "2025-11-04"
    text = ("The Farmers' Union accused the ministry on Tuesday evening of hiding the survey.\n\n"
            "The ministry rejected the claim hours later.")
    assert by_cue(read(text), "rejected").said_on == "2025-11-04"


def test_a_body_speaks_on_the_day_of_the_act_that_opens_its_paragraph(read):
    text = ("Talks on a new coalition have collapsed.\n\n"
            "The liberal Civic Renewal party walked out of the talks late on Tuesday. Its leader, Pieter "
            "Claes, told reporters that the socialists had demanded a wealth tax.")
    assert by_cue(read(text), "told").said_on == "2025-11-04"


def test_what_the_speaker_was_doing_as_they_spoke_dates_the_act(read):
    text = ("Pensioner Ilona Varga, shopping at a market in the eighth district on Tuesday, said she had "
            "switched to cheaper brands.")
    assert by_cue(read(text), "said").said_on == "2025-11-04"


def test_an_answer_after_a_question_is_a_statement(read):
    text = 'The mayor, asked by reporters whether the levy would be dropped, answered: "Of course not."'
    answer = by_cue(read(text), "answered")
    assert answer.speaker.endswith("mayor") and "Of course not" in answer.content


def test_reports_that_circulated_are_a_statement_of_unnamed_reports(read):
    text = "Reports circulated on Tuesday that the governor had ordered the aid crews out of the valley."
    assert "governor had ordered" in by_cue(read(text), "circulated").content
    assert not read("The ministry circulated a memo to its staff on Tuesday.")


def test_according_to_what_a_source_called_something_is_that_source_s_statement(read):
    text = "The fire started in the kitchen, according to what the mayor called early findings."
    statements = read(text)
    assert [(s.cue, s.speaker.removeprefix("the ")) for s in statements] == [("according to", "mayor")]
    assert "fire started in the kitchen" in statements[0].content


def test_a_party_of_a_coordinated_source_lends_its_day_to_the_one_speaking_for_it(read):
    # the lead dates the two parties' accounts; the army's spokesman, in the next paragraph,
    # gives the army's account on that occasion
    statements = read(
        "Burundi's army and a militia gave conflicting accounts on Thursday of a clash near the border.\n"
        "Army spokesman Maj. Pascal Ndayi said soldiers had repelled the attack.")
    said = by_cue(statements, "said")
    assert said.speaker == "Pascal Ndayi"
    assert said.said_on == "2025-11-06"


@pytest.mark.parametrize("dateline", ["BUJUMBURA, Republic of Burundi", "PORT LOUIS, Republic of Mauritius"])
def test_a_dateline_naming_a_republic_is_no_part_of_the_source(read, dateline):
    statements = read(f"{dateline} — Burundi's army and a rebel group gave sharply different accounts "
                      "on Thursday of a battle for the town.")
    assert by_cue(statements, "gave").speaker == "Burundi's army and a rebel group"


def test_speaking_at_the_same_briefing_takes_the_briefing_day(read):
    statements = read("The regional water department held a briefing on Tuesday on the new tariffs.\n\n"
                      "Speaking at the same briefing, deputy governor Ilse Varga said that no rise was planned.")
    said = [s for s in statements if s.speaker == "Ilse Varga"][0]
    assert said.said_on == "2025-11-04"


def test_a_ruling_named_by_its_judge_or_after_it_takes_the_ruling_day(read):
    statements = read("The High Court on Tuesday annulled the vote, ruling that ballots had been altered.\n\n"
                      "\"The count cannot stand,\" Judge Ada Moyo said in her ruling.\n\n"
                      "The losing candidate, Ben Tau, told reporters after the ruling that he would appeal.")
    assert {s.speaker: s.said_on for s in statements if s.speaker in ("Ada Moyo", "Ben Tau")} == {
        "Ada Moyo": "2025-11-04", "Ben Tau": "2025-11-04"}


def test_an_occasion_the_text_never_introduced_is_the_event_of_the_lead(read):
    statements = read("Headline on the council vote\n\nCouncillors voted on Tuesday night to close the depot.\n\n"
                      "Cllr Ana Ruiz told the meeting that staff had been ignored. Cllr Tom Hale said during "
                      "the debate that the savings were real.\n\nThe mayor rejected the statements that the depot "
                      "was unsafe.")
    days = {s.speaker: s.said_on for s in statements}
    assert days["Ana Ruiz"] == days["Tom Hale"] == "2025-11-04"
    assert days["mayor"] is None  # "rejected the statements": an object, not an occasion


def test_the_same_briefing_never_named_is_the_occasion_just_told(read):
    statements = read("The army said on Wednesday that 40 fighters had been killed. At the same briefing, "
                      "spokesman Col. Ivo Tamm said six soldiers had died.")
    assert [s.said_on for s in statements] == ["2025-11-05", "2025-11-05"]


def test_an_act_made_in_a_notice_published_on_a_day_takes_that_day(read):
    statements = read("The WHO, in a disease outbreak notice published late on Tuesday, said the fatality rate "
                      "was high.")
    assert [s.said_on for s in statements] == ["2025-11-04"]
    letter = read("His lawyer, Ana Ruiz, said the test was flawed. In a letter to the agency dated Wednesday "
                  "and seen by this newspaper, she argued that the sample had been stored badly.\n\nIn a "
                  "statement about the attack carried out on Monday, the army said it had lost two men.")
    assert [s.said_on for s in letter] == [None, "2025-11-05", None]  # the attack's day is not the statement's


def test_a_time_after_a_quotation_closes_dates_the_act_the_parser_hung_it_inside(read):
    statements = read("The campaign manager, Oscar Villeda, called the claims \"the tantrum of a man who knows he "
                      "has lost\" in an interview with Radio Valle on Thursday.")
    assert [(s.cue, s.said_on) for s in statements] == [("called", "2025-11-06")]


def test_a_paragraph_opening_on_a_dated_occasion_dates_the_acts_it_tells(read):
    statements = read("The former finance chief, Giles Hart, denied on Tuesday that he had invented contracts.\n\n"
                      "Under cross-examination on Wednesday, the prosecutor showed him an email. Hart conceded he "
                      "had sent it.\n\nWhen a fire broke out on Monday, hundreds fled. Residents said the alarms "
                      "were silent.")
    assert [(s.cue, s.said_on) for s in statements] == [
        ("denied", "2025-11-04"), ("conceded", "2025-11-05"), ("said", None)]  # a fire's day is not a telling's


def test_no_act_is_dated_after_the_text_that_tells_it(read):
    statements = read("Analysts at Harrow Economics wrote in a note to clients on Thursday that the bank was "
                      "\"underestimating the drag from fiscal tightening\" and forecast a cut in January.")
    assert all(s.said_on is None or s.said_on <= "2025-11-07" for s in statements)  # January is 2026's


def test_an_act_a_stretch_of_days_from_a_dated_act_is_moved_by_it(read):
    statements = read("The ministry denied the report on Thursday, two days after the union said that 40 "
                      "schools would close. The ministry denied it on Oct. 30, a week before the union said "
                      "that talks had failed.")  # (no act comes after the text: the week ends before it)
    assert [s.said_on for s in statements if s.speaker.endswith("union")] == ["2025-11-04", "2025-11-06"]


def test_an_unanswered_request_does_not_take_the_day_of_the_source_s_last_act(read):
    statements = read("The water board said on Monday that leaks were falling. It did not respond to a request "
                      "for comment on the union's figure. It declined to comment on the audit. It would not "
                      "say how many pipes had burst.")
    assert [s.said_on for s in statements] == ["2025-11-03", None, "2025-11-03", "2025-11-03"]


def test_the_day_of_the_call_a_source_told_dates_the_act(read):
    statements = read("Ferrovia Nord said on Monday it would cut 300 jobs. Its finance director, Anna Kral, told "
                      "a results call on Thursday that the company could not absorb further costs.")
    told = by_cue(statements, "told")
    assert told.said_on == "2025-11-06"
    assert told.content.startswith("that the company")  # the call is the occasion, not what was said


def test_telling_the_jury_is_the_hearing_the_lead_dated(read):
    text = ("A former port inspector took bribes for six years, a prosecutor told a Rotterdam court on Tuesday.\n\n"
            "Joost Kleiweg, 49, who appeared in court in a grey suit, denied taking any money. "
            "\"I never sold my stamp,\" he told the judges.")
    told = next(s for s in read(text) if s.cue == "told" and "stamp" in (s.content or ""))
    assert told.speaker == "Joost Kleiweg"
    assert told.said_on == read(text)[0].said_on and len(told.said_on) == 10


def test_what_a_pleader_had_argued_during_the_trial_takes_no_later_day(read):
    text = ("The court ruled on Tuesday that the mine must close.\n\n"
            "Lawyers for the families had argued during the trial that the wells ran dry.")
    argued = next(s for s in read(text) if s.cue == "argued")
    assert argued.said_on is None


def test_the_meeting_a_trailing_attribution_lead_reports_dates_what_was_said_after_it(read):
    text = ("Energy ministers failed on Thursday to agree on extending the gas price cap, diplomats said.\n\n"
            "\"We are not there yet,\" Irish Energy Minister Siobhan Keane told reporters after the meeting, "
            "\"but we are closer than we were on Monday.\"\n\n"
            "German Economy Minister Jonas Reinhardt said on arrival at the meeting that the cap had done its job.")
    statements = read(text)
    keane = next(s for s in statements if s.cue == "told")
    reinhardt = next(s for s in statements if s.speaker == "Jonas Reinhardt")
    assert keane.said_on == reinhardt.said_on == "2025-11-06"  # the Thursday before Friday 7 November


def test_a_lead_without_its_day_takes_the_day_the_next_paragraph_gives_its_source(read):
    text = ("Halvorsen Wind A/S cut its profit forecast, blaming blade repairs.\n\n"
            "The Danish turbine maker now expects a margin of 1% to 3%, it said in a statement on Thursday.")
    cut, blaming, said = read(text)  # "now expects ..., it said": one statement, the company's
    assert cut.said_on == blaming.said_on == said.said_on == "2025-11-06"


def test_a_lead_takes_the_day_a_person_speaking_for_its_source_is_given_next(read):
    text = ("Vantora Logistics said a software fault had halted its trucks across the region.\n\n"
            "In a blog post on Thursday, Vantora Logistics' chief executive, Rita Mendes, wrote that "
            "the fault had been fixed.")
    said, wrote = read(text)
    assert wrote.speaker == "Rita Mendes" and wrote.said_on == "2025-11-06"
    assert said.said_on == "2025-11-06"


def test_a_lead_in_the_present_perfect_is_background_to_the_act_the_lead_dates(read):
    text = ("Weightlifter Ana Tui has accused the federation of dropping her, a charge the federation "
            "rejected on Tuesday.\n\n"
            "In a post on Sunday, Tui said she had been told she was not a team player.")
    accused, rejected, said = read(text)
    assert rejected.said_on == "2025-11-04" and said.said_on == "2025-11-02"
    assert accused.said_on is None


def test_the_news_perfect_of_a_lead_takes_the_day_its_source_is_given_further_down(read):
    text = ("The trustees of the Hartley Museum have rejected a request from Ghana for the return of a "
            "crown, saying they are not in a position to give it up.\n\n"
            "The decision drew an angry response from Ghana's culture minister.\n\n"
            "In a statement after Wednesday's meeting, the trustees said the law bound them.")
    rejected, saying, said = read(text)
    assert said.said_on == "2025-11-05"
    assert rejected.said_on == saying.said_on == "2025-11-05"


def test_telling_the_committee_is_the_sitting_dated_before(read):
    text = ("Sir Alan Reed told the Work and Pensions Committee on Tuesday that the fault was fixed.\n\n"
            "His deputy, Helen Marsh, told the committee that most claimants had been repaid.")
    reed, marsh = read(text)
    assert reed.said_on == marsh.said_on == "2025-11-04"


def test_a_message_posted_on_a_day_speaks_on_it(read):
    (s,) = read("A message posted on Thursday on a channel linked to the rebels rejected the army's figures.")
    assert s.said_on == "2025-11-06"


def test_briefing_the_session_the_lead_tells_is_on_its_day(read):
    text = ("Sudan and South Sudan accused each other on Wednesday of arming the militia.\n\n"
            "Briefing the emergency session of the council, UN peacekeeping chief Jean-Marc Dufresne said the "
            "attackers numbered at least 60.")
    *_, briefing = read(text)
    assert briefing.speaker == "Jean-Marc Dufresne" and briefing.said_on == "2025-11-05"


def test_speakers_at_a_dated_sitting_share_its_day_until_the_text_moves_on(read):
    text = ("Sir Alan Reed told the Work and Pensions Committee on Tuesday that the fault was fixed.\n\n"
            "Diane Okonjo, the committee's chair, said that was indefensible.\n\n"
            "The union accused the council of delay. Tom Hart said the plan was sound.\n\n"
            "A report published last month found errors.\n\nKevin Lomax said a review would follow.")
    reed, okonjo, union, hart, report, lomax = read(text)
    assert reed.said_on == okonjo.said_on == hart.said_on == "2025-11-04"
    assert union.said_on is None and lomax.said_on is None


# --- occasions told through participles and documents -------------------------------------

def test_a_bare_participle_before_the_act_dates_it(read):
    text = ("Recording a narrative conclusion on Wednesday, the area coroner, Hilda Marsh, said the "
            "delay in treatment had contributed to the death.")
    assert by_cue(read(text), "said").said_on == "2025-11-05"


def test_a_participle_with_a_conjunction_or_a_cue_of_its_own_does_not(read):
    text = ("While visiting the plant on Wednesday, the minister was shown the damage. "
            "Returning to the capital, Tomas Brenner said the repairs would take a year.")
    assert by_cue(read(text), "said").said_on is None


def test_a_participle_read_as_a_noun_beside_the_speaker_still_dates_the_act(read):
    text = ("The minister said on Monday that the talks had stalled. A US official, briefing "
            "reporters the following day, gave a lower estimate of the losses.")
    assert by_cue(read(text), "gave").said_on == "2025-11-04"


def test_the_definite_report_an_act_draws_on_came_out_when_it_was_first_told(read):
    text = ("Investigators said in a preliminary report published on Tuesday that a galley oven caused "
            "the smoke. Two people were treated in hospital, according to the report by the Air "
            "Accident Board. The report found that a part had been replaced in June. The board said "
            "in the report that it had not yet found why.")
    statements = read(text)
    assert by_cue(statements, "according to").said_on == "2025-11-04"
    assert by_cue(statements, "found").said_on == "2025-11-04"
    assert statements[-1].said_on == "2025-11-04"


def test_the_times_of_what_a_court_heard_do_not_date_the_hearing(read):
    text = ("Anton Grey died on October 19 after being discharged on October 17, the coroner's court "
            "heard. The hospital's medical director, Dr Lena Hart, said in a statement after the "
            "hearing that the trust apologised.")
    assert by_cue(read(text), "said").said_on != "2025-10-17"


def test_the_coroner_presides_over_the_hearing_a_later_statement_follows(read):
    text = ("Mr Grey was sent home on October 17, the court heard. Recording a narrative conclusion on "
            "Wednesday, area coroner Hilda Marsh said the death was avoidable. Dr Lena Hart, the "
            "hospital's medical director, said in a statement after the hearing that the trust apologised.")
    assert [s.said_on for s in read(text) if s.speaker == "Lena Hart"] == ["2025-11-05"]


def test_members_told_as_a_whole_share_the_day_of_the_sitting(read):
    text = ("Prime Minister Ana Reyes accused the opposition on Wednesday of scaremongering after a "
            "heated question time. Energy Minister Tom Keane told MPs the figure was an estimate. "
            "The opposition's spokeswoman, Lin Carter, said outside the chamber that the email should "
            "be released.")
    statements = read(text)
    assert by_cue(statements, "told").said_on == "2025-11-05"
    assert [s.said_on for s in statements if s.speaker == "Lin Carter"] == ["2025-11-05"]


def test_a_sitting_told_of_after_an_undated_one_is_not_dated(read):
    text = "Energy Minister Tom Keane told MPs the figure was an estimate."
    assert by_cue(read(text), "told").said_on is None


def test_contradicting_an_account_is_a_denial(read):
    text = "The president said the talks would resume. His rival, Omar Dede, contradicted that account."
    assert by_cue(read(text), "contradicted").stance == "deny"


def test_the_report_told_before_speaks_on_the_day_it_came_out(read):
    text = ("Judges were pressured to change results, according to a report published on Monday. "
            "The 140-page report, written by a panel led by Grace Wambui, concluded that the pressure came "
            "from two federations.")
    assert by_cue(read(text), "concluded").said_on == "2025-11-03"


def test_a_date_naming_an_event_does_not_date_the_act(read):
    from claimwatch.extract.pipeline import extract

    text = "The mayor accused the council of lying, less than two weeks before the Nov. 3 election."
    (act,) = read(text, date(2026, 10, 22))
    assert act.said_on is None  # not the election's day, and not a year back
    assert "2026-11-03" in [t.value for t in extract(text, date(2026, 10, 22)).times]


def test_the_speakers_own_occasion_dates_them_wherever_it_hangs(read):
    text = ("Maria Ochs accused Derek Pratt of misleading voters in their only televised debate on "
            "Wednesday night. Pratt said the figures were made up.")
    accused, said = read(text, date(2026, 10, 22))
    assert accused.said_on == said.said_on == "2026-10-21"


def test_a_call_with_analysts_is_on_the_results_day(read):
    text = ("Brightline Cruises raised its profit forecast on Thursday. \"Demand is not slowing,\" "
            "Chief Executive Lorna Beck said on a call with analysts.")
    said = read(text, date(2026, 11, 5))[-1]
    assert said.speaker == "Lorna Beck" and said.said_on == "2026-11-05"


def test_an_organ_of_a_state_speaks_on_the_states_occasion(read):
    text = ("Peru expelled a Bolivian diplomat on Thursday, accusing him of organising blockades.\n\n"
            "Peru's foreign ministry said in a statement that he had 72 hours to leave.")
    stated = read(text, date(2026, 3, 12))[-1]
    assert stated.speaker == "Peru's foreign ministry" and stated.said_on == "2026-03-12"


def test_acts_under_an_update_stamp_line_are_of_the_day(read):
    text = ("Standoff ends\n\nA man surrendered on Wednesday evening, police said.\n\nUPDATE, 5:15 p.m.\n\n"
            "Police said negotiators were talking to the man.\n\nUPDATE, 1:30 p.m.\n\n"
            "A neighbour said she heard shots.")
    assert [s.said_on for s in read(text, date(2026, 8, 26))][1:] == ["2026-08-26", "2026-08-26"]


def test_a_body_speaks_on_the_occasion_of_its_act_in_the_lead(read):
    text = ("Ferry strike ends\n\nThe Harbour Authority closed the western terminal on Tuesday after a "
            "fire in a ticket office.\n\nThe authority said in a statement that no one had been hurt.")
    said = read(text, date(2026, 5, 29))[-1]
    assert said.cue == "said" and said.said_on == "2026-05-26"
