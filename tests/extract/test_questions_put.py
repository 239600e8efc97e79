"""Questions put to a source: the reporter's "asked whether" set between a subject and its
verb, and a bare "No" that answers it (in a sentence or a transcript); what a source's own words
reject; an act told inside another's report. Sentences written for these tests."""
from __future__ import annotations


def test_a_no_answering_a_yes_or_no_question_denies(read):
    (s,) = read('Asked whether the launch had been rushed, Pereira said: "No. Nobody pushed us to fly."')
    assert s.speaker == "Pereira" and s.stance == "deny"


def test_a_no_without_a_question_or_inside_a_sentence_asserts(read):
    (s,) = read('Pereira said: "No launch this year will be rushed."')
    assert s.stance == "assert"
    (s,) = read('Pereira said: "No. We will try again in May."')
    assert s.stance == "assert"  # no question put: a "No" that answers nothing in the text


def test_a_transcript_no_after_a_yes_or_no_question_denies(read):
    text = ("Leaders meet in Canberra\n\n"
            "Prime Minister Dan Hart and President Camila Rojas took questions on Thursday.\n\n"
            "Q: President, officials have said the smelter could undermine this deal. Is that a concern?\n\n"
            "ROJAS: No. The smelter was approved after a full review.\n\n"
            "Q: What did you discuss about prices?\n\n"
            "ROJAS: No. We spoke about the smelter, not prices.\n")
    answers = [s for s in read(text) if s.cue == ":"]
    assert [s.stance for s in answers] == ["deny", "assert"]  # the second question is not a yes-or-no one


def test_a_transcript_no_to_a_claim_put_denies_and_ask_me_later_declines(read):
    text = ("Mayor answers readers\n\n"
            "Mayor Ann Dube spoke to the Herald on Thursday.\n\n"
            "Q: Councillor Ross says the rise could have been held to 2% with a smaller police budget.\n\n"
            "A: No. Even with the police budget frozen, we would be at 3.8%.\n\n"
            "Q: Are you running again?\n\n"
            "A: Ask me next year.\n")
    answers = [s for s in read(text) if s.cue == ":"]
    assert [s.stance for s in answers] == ["deny", "decline"]


def test_a_source_that_says_it_rejects_or_its_client_denies_denies(read):
    statements = read('Rodix said in a statement that it "respectfully disagrees" with the court. The lawyer '
                      'for Diane Corley, Ann Whitcomb, said her client "denies the charges". Police said the '
                      'suspect denied the charges.')
    stances = {s.speaker: s.stance for s in statements if s.cue == "said"}
    assert stances == {"Rodix": "deny", "Ann Whitcomb": "deny", "Police": "assert"}


def test_an_act_with_nothing_said_inside_another_report_is_that_report(read):
    statements = read("Local MP Rachel Osei said she had written to the council leader, Anthony Burke, "
                      "asking him to think again.")
    assert [(s.speaker, s.cue) for s in statements] == [("Rachel Osei", "said")]


def test_an_interposed_asked_is_the_question_put_to_the_subject(read):
    for text in ('Keller, asked whether the delay could become permanent, said the plan stood.',
                 'Smith, asked if he would resign, said he would stay.'):
        statements = read(text)
        assert [s.cue for s in statements] == ["said"], text
        assert statements[0].speaker in ("Keller", "Smith")


def test_a_subject_who_asks_is_still_asking_and_claims_nothing(read):
    statements = read("Jones asked whether the delay was permanent, Brown said.")
    assert sorted(s.speaker for s in statements) == ["Brown"]


def test_a_refusal_in_the_speakers_own_words_declines(read):
    for text in ('"I meet a lot of people. I am not going to tell you who," Renwick said.',
                 '"I do not have a date for you yet," Harlow said.',
                 '"I am not going to get ahead of the President on personnel," Harlow said.',
                 '"I won\'t rule anything in or out on the radio," Furlong said.'):
        (s,) = read(text)
        assert s.stance == "decline", text


def test_words_that_only_look_like_a_refusal_assert(read):
    for text in ('"I am not going to tell you everything is fine," Renwick said.',
                 '"We have no plans to close the plant," Harlow said.'):
        (s,) = read(text)
        assert s.stance == "assert", text
    (s,) = read('"I won\'t rule it out," Furlong said.')
    assert s.stance == "not_deny"


def test_a_refusal_given_as_a_reply_keeps_the_day_of_the_exchange(read):
    statements = read('Renwick told reporters on Wednesday that the sale was off. Asked whether he had met '
                      'the buyers, he replied: "I meet a lot of people. I am not going to tell you who."')
    refusal = next(s for s in statements if s.stance == "decline")
    assert refusal.said_on == "2025-03-12"


def test_appealing_to_someone_to_act_reports_and_a_court_appeal_does_not(read):
    (s,) = read("Detective Inspector Mark Feeney appealed to the driver to come forward.")
    assert s.speaker == "Mark Feeney" and s.cue == "appealed"
    assert read("The company appealed to the Supreme Court.") == []


def test_a_day_closing_the_acts_object_dates_the_act(read):
    (s, *_) = read('Finance Minister Julián Restrepo Ardila rejected the decision on Saturday, calling it '
                   '"outdated" and saying it ignored spending cuts announced in March.')
    assert s.cue == "rejected" and s.said_on == "2025-03-08"
    (s,) = read("Tina Rozman declared victory in Ljubljana's mayoral by-election late on Sunday after "
                "preliminary results showed her winning.")
    assert s.said_on == "2025-03-09"
    (s,) = read("Ruiz said Saturday's decision was outdated.")
    assert s.said_on is None  # an event's own day, written before it, dates the event


def test_a_year_inside_the_baseline_figure_does_not_date_the_act(read):
    statements = read("Turnout was 41.2%, the commission said, down from 46.5% at the last election in 2022. "
                      "Sales rose 4%, the company said, compared with 2% in 2023.")
    assert [s.said_on for s in statements] == [None, None]


def test_a_spokeswoman_named_by_the_bodys_description_speaks_for_it(read):
    statements = read("North Yorkshire Police said the woman had been seen. "
                      "A force spokeswoman said there was nothing to suggest foul play.")
    assert statements[1].speaker == "North Yorkshire Police spokeswoman"
    assert statements[1].speaker_org == "North Yorkshire Police"


def test_what_was_said_in_a_heading_or_an_introduction_is_no_act(read):
    statements = read("FACTBOX-What world leaders said about the Pacific tsunami\n\n"
                      "Here is what leaders and officials have said. Below is what the minister said.")
    assert statements == []
    statements = read("That was what Liz Wahl said when she resigned. "
                      "The union rejected what the company called its \"final\" offer.")
    assert sorted(s.speaker for s in statements) == ["Liz Wahl", "company", "union"]


def test_a_first_name_addressed_before_a_body_is_a_vocative(read):
    (s,) = read("Q: Jenna, the Great Lakes Dockworkers Union says its members will strike on Friday.")
    assert s.speaker == "Great Lakes Dockworkers Union"
    (s,) = read("Moreno, the Sporting Club president, says the deal is done.")
    assert s.speaker == "Moreno"


def test_a_pronoun_does_not_go_to_a_man_named_for_the_other_gender(read):
    statements = read("Professor Gunnar Hellqvist said the findings stand. In a blog post on January 14, "
                      "she wrote that a blot appeared twice.")
    assert "Gunnar Hellqvist" not in [s.speaker for s in statements if s.cue == "wrote"]
