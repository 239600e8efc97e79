"""Questions put to a source: the reporter's "asked whether" set between a subject and its
verb, and a bare "No" that answers it. Sentences written for these tests."""
from __future__ import annotations


def test_a_no_answering_a_yes_or_no_question_denies(read):
    (s,) = read('Asked whether the launch had been rushed, Pereira said: "No. Nobody pushed us to fly."')
    assert s.speaker == "Pereira" and s.stance == "deny"


def test_a_no_without_a_question_or_inside_a_sentence_asserts(read):
    (s,) = read('Pereira said: "No launch this year will be rushed."')
    assert s.stance == "assert"
    (s,) = read('Pereira said: "No. We will try again in May."')
    assert s.stance == "assert"  # no question put: a "No" that answers nothing in the text


def test_an_interposed_asked_is_the_question_put_to_the_subject(read):
    for text in ('Keller, asked whether the delay could become permanent, said the plan stood.',
                 'Smith, asked if he would resign, said he would stay.'):
        statements = read(text)
        assert [s.cue for s in statements] == ["said"], text
        assert statements[0].speaker in ("Keller", "Smith")


def test_a_subject_who_asks_is_still_asking(read):
    statements = read("Jones asked whether the delay was permanent, Brown said.")
    assert sorted(s.speaker for s in statements) == ["Brown", "Jones"]
