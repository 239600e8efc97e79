"""Attributions made by a phrase rather than a verb: source frames, acts named by nouns, reasons
given with "citing", speech withheld "without saying", and acts after a fronted "Asked ...,"."""
from __future__ import annotations

from datetime import date


def test_per_and_in_the_words_of_name_the_source_of_their_clause(read):
    text = ("The army lost 40 tanks in the offensive, per the defence ministry. "
            "The talks were going nowhere, in the words of one envoy.")
    per, words = read(text)
    assert (per.speaker, per.cue) == ("defence ministry", "per")
    assert (words.speaker, words.cue) == ("envoy", "in the words of")


def test_per_as_a_rate_names_no_source(read):
    text = "The bonds paid 5 cents per share, and the cap is set at 300 euros per borrower."
    assert read(text) == []


def test_as_someone_put_it_is_their_statement(read):
    text = 'The reform is "a slow-motion train wreck," as the opposition leader put it on Thursday.'
    (put,) = read(text)
    assert put.speaker == "opposition leader" and put.said_on == "2025-03-13"


def test_a_possessed_claim_that_others_dispute_stays_its_owners(read):
    text = "The governor's claim that the deficit had been closed was disputed by auditors."
    claims = [s for s in read(text) if s.cue == "claim"]
    assert [s.speaker for s in claims] == ["governor"]


def test_a_denial_named_as_a_noun_is_a_denial(read):
    text = "The ministry's denial that its troops had crossed the river convinced no one."
    (denial,) = read(text)
    assert denial.speaker == "ministry" and denial.stance == "deny"


def test_a_noun_cue_gives_way_to_the_relative_clause_that_tells_the_act(read):
    text = ("The ruling followed a warning from the regulator, which said on Monday that prices "
            "would keep rising.")
    (said,) = read(text)
    assert said.cue == "said" and said.speaker == "regulator"


def test_citing_a_reason_for_an_act_is_the_actors_statement(read):
    text = "The airline cancelled 40 flights on Tuesday, citing a shortage of air traffic controllers."
    (citing,) = read(text)
    assert citing.speaker == "airline" and citing.cue == "citing"


def test_citing_inside_a_report_belongs_to_that_report(read):
    text = "The minister said the talks had failed, citing a lack of trust."
    assert [s.cue for s in read(text)] == ["said"]


def test_without_saying_is_a_refusal_beside_the_act(read):
    text = ("Two guards were wounded near the border post on Tuesday, the agency said, without saying "
            "who had fired.")
    said, withheld = read(text)
    assert said.stance == "assert" and (withheld.speaker, withheld.stance) == ("agency", "decline")


def test_without_doing_something_that_is_not_speech_is_no_statement(read):
    text = ("The firm settled the case without admitting wrongdoing. It goes without saying that "
            "the deal was costly.")
    assert read(text) == []


def test_an_act_after_a_fronted_asked_clause_is_the_named_persons(read):
    text = ("Asked whether the senator would accept money from outside groups, her campaign manager, "
            "Grant Abernathy, did not rule it out.")
    (act,) = read(text)
    assert act.speaker == "Grant Abernathy" and act.stance == "not_deny"


def test_not_answering_remarks_or_a_question_is_declining(read):
    text = ("The ambassador accused the ministry of lying. The ministry did not respond to her remarks. "
            "The ministry also did not answer a question about the visas.")
    _, remarks, question = read(text)
    assert remarks.stance == question.stance == "decline"


def test_a_pledge_to_act_if_elected_is_a_statement(read):
    text = ("Former governor Ellen Marsh promised on Sunday to build a million homes in a decade if "
            "elected president.")
    (promise,) = read(text, date(2026, 11, 23))
    assert promise.speaker == "Ellen Marsh" and promise.said_on == "2026-11-22"
