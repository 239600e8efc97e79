"""Statements whose content the parse puts somewhere other than the cue's complement: a report
tagged on at the end, a passive, a cue modifying the noun it reports, a clause hung on a gerund."""
from __future__ import annotations

from claimwatch.models import Statement
from statement_lookup import by_cue


def content(text: str, s: Statement) -> str:
    return text[s.content_span[0]:s.content_span[1]] if s.content_span else ""


def test_a_report_tagged_on_after_a_reported_clause_reports_the_clause(read):
    text = ("A retired pilot who warned in 2019 that the quay was unsafe says the harbour board "
            "ignored him, the Valley Courier reported on Monday.\n\nThe board did not reply.")
    statements = read(text)
    reported = by_cue(statements, "reported")
    assert reported.speaker == "Valley Courier"
    assert content(text, reported).startswith("A retired pilot") and content(text, reported).endswith("ignored him")
    assert content(text, by_cue(statements, "says")) == "the harbour board ignored him"


def test_a_clause_misread_as_a_second_subject_before_a_tagged_report_is_its_content(read):
    text = ("Ardo's tip-off to the port board in early May about a possible strike singled out "
            "Harlow Quay as a likely target, the Valley Courier reported on Monday, citing unnamed officials.")
    statements = read(text)
    for cue in ("reported", "citing"):
        assert content(text, by_cue(statements, cue)).endswith("singled out Harlow Quay as a likely target")


def test_a_that_clause_hung_on_a_gerund_after_the_cue_is_the_content(read):
    text = "Pat Doe said after touring the valley that about a third of Ardo had vanished."
    (s,) = read(text)
    assert content(text, s) == "that about a third of Ardo had vanished"


def test_a_that_clause_hung_on_the_gerund_s_object_is_the_content(read):
    text = "Pat Doe said after visiting the town that about a fifth of Ardo had disappeared."
    (s,) = read(text)
    assert content(text, s) == "that about a fifth of Ardo had disappeared"


def test_a_passive_cue_with_its_source_in_the_by_phrase_reports_its_subject(read):
    text = "The estimate of 6,500 was first given to the Valley Courier on Monday by the port's chief engineer, Sam Oti."
    (s,) = read(text)
    assert s.speaker == "Sam Oti" and content(text, s) == "The estimate of 6,500"


def test_a_passive_cue_whose_subject_is_a_person_reports_no_subject(read):
    text = "Sam Oti was told by aides that the quay had closed."
    (s,) = read(text)
    assert content(text, s) == "that the quay had closed"


def test_a_participle_modifying_the_subject_reports_the_subject_s_clause(read):
    text = "The tally announced by the harbour board on Monday was 412."
    (s,) = read(text)
    assert s.speaker == "harbour board"
    assert content(text, s) == "The tally announced by the harbour board on Monday was 412"


def test_a_reduced_relative_cue_reports_the_noun_it_modifies(read):
    text = "The new count is well above the 900 people the agency reported displaced in Ardo a week ago."
    (s,) = read(text)
    assert content(text, s).startswith("the 900 people") and "displaced in Ardo" in content(text, s)


def test_a_clause_after_a_comma_that_reports_nothing_is_no_tagged_on_report(read):
    text = "Residents had demanded accountability at a rally on May 3, during which the mayor's car was set on fire."
    (s,) = read(text)
    assert s.speaker == "Residents" and content(text, s) != "accountability"


def test_a_hedged_number_the_parser_hangs_on_the_cue_is_the_content(read):
    text = "The mayor of Eastport extrapolated up to 600 from the streets that had flooded."
    (s,) = read(text)
    assert content(text, s) == "up to 600 from the streets that had flooded"


def test_to_blame_after_be_is_no_act_of_blaming(read):
    text = "The inspectors said that the ferry crew alone was to blame."
    statements = read(text)
    assert [s.cue for s in statements] == ["said"]
    assert statements[0].content.endswith("was to blame")


def test_a_hedged_number_read_as_the_verb_s_particle_is_the_content(read):
    text = "Eastport's mayor extrapolated up to 9,000 from the districts that had vanished."
    (s,) = read(text)
    assert content(text, s) == "up to 9,000 from the districts that had vanished"


def test_a_cue_set_off_between_commas_reports_the_clause_before_not_what_follows():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimwatch.extract.content import content_tokens
    from claimwatch.extract.stance import verb_cue

    words = ["300", "were", "missing", ",", "he", "added", ",", "among", "them", "nine", "pilots", "."]
    heads = [2, 2, 2, 5, 5, 2, 5, 5, 7, 10, 5, 5]  # the parser's "added" in parataxis, "pilots" its object
    deps = ["nsubj", "aux", "ROOT", "punct", "nsubj", "parataxis", "punct", "prep", "pobj", "nummod", "dobj", "punct"]
    tags = ["CD", "VBD", "VBG", ",", "PRP", "VBD", ",", "IN", "PRP", "CD", "NNS", "."]
    pos = ["NUM", "AUX", "VERB", "PUNCT", "PRON", "VERB", "PUNCT", "ADP", "PRON", "NUM", "NOUN", "PUNCT"]
    lemmas = ["300", "be", "miss", ",", "he", "add", ",", "among", "they", "nine", "pilot", "."]
    doc = Doc(Vocab(), words=words, spaces=[True, True, False, True, True, False, True, True, True, True, False, False],
              heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert verb_cue(doc[5]) is not None  # "among them nine pilots" is no object making "added" a sum
    assert [t.text for t in content_tokens(doc[5])] == ["300", "were", "missing"]


def test_an_infinitive_cue_after_be_that_reports_a_clause_is_still_an_act(read):
    text = "Sam Oti's first response was to say that the quay would reopen."
    statements = read(text)
    assert any(s.cue == "say" and s.content.endswith("the quay would reopen") for s in statements)


def test_a_tagged_on_cue_the_parser_coordinated_with_the_clause_reports_that_clause(read):
    text = ("OSTRA - Two of the men charged over the fire at Varna's Grand Arena spent time in Ostra earlier "
            "this year and flew back to Varna together on March 2, a security official told the Harbour Gazette.")
    told = by_cue(read(text), "told")
    assert content(text, told).startswith("Two of the men") and content(text, told).endswith("March 2")


def test_a_cue_coordinated_by_and_keeps_its_own_content(read):
    text = "Prices rose sharply in May, and analysts told reporters they expected more increases."
    told = by_cue(read(text), "told")
    assert content(text, told) == "they expected more increases"


def test_an_as_clause_after_a_tagged_on_report_is_not_its_content(read):
    text = ("The number of people killed by a landslide rose to 34 on Wednesday, the national disaster "
            "agency said, as rescuers using excavators searched for at least 19 people still missing.")
    s = by_cue(read(text, published="2023-04-05"), "said")
    assert content(text, s).startswith("The number of people killed")
    assert "rescuers" not in content(text, s)
    assert s.said_on == "2023-04-05"  # it reports the day's toll: said that day


def test_a_cue_between_two_coordinated_clauses_reports_both(read):
    text = ("Nearly 900 people were still missing, the relief agency said, and another 40 had died "
            "in the hill villages.")
    s = by_cue(read(text), "said")
    assert "another 40" in content(text, s) and content(text, s).startswith("Nearly 900")


def test_an_as_clause_with_its_source_after_the_verb_sources_the_clause_it_is_set_in(read):
    text = ("As informed the head of the department of roads Timur Aliyev, for these works 90 billion "
            "soums is allocated.")
    s = by_cue(read(text), "informed")
    assert s.speaker == "Timur Aliyev" or "Aliyev" in s.speaker
    assert content(text, s) == "for these works 90 billion soums is allocated"


def test_as_the_minister_noted_reports_the_clause_after_it(read):
    text = "As the minister noted, the outbreak is contained."
    assert content(text, by_cue(read(text), "noted")) == "the outbreak is contained"
