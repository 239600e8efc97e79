"""A headline's reporting verb the parser took for a noun, where the word it made the verb cannot be
one: a singular verb after a plural noun ("as rival rejects results") or an acronym ("Taoiseach
disputes INMO waiting list figures"); and a headline verb that puts a quoted name on its object
("...; company calls move 'baseless'"), however the parser read the terse words between; and a
re-read headline keeps the objects of its verb ("as government and rebels trade blame"); and a name then a
present verb read as a plural noun ("Kestrel Airways files for bankruptcy, vows ...") is the later act's
subject, as the first act's subject is of an act after a comma ("X says A, denies B"). Terming a
quoted name and lashing out are judgements."""
from datetime import date

from claimwatch.extract import extract

BODY = "\n\nPolls closed at 5pm and counting went on through the night."


def _cues(headline: str) -> set[tuple[str, str, str]]:
    statements = extract(headline + BODY, published=date(2026, 8, 22)).statements
    return {(s.speaker, s.cue, s.stance) for s in statements}


def test_a_plural_noun_before_a_singular_verb_is_the_verb():
    assert ("rival", "rejects", "deny") in _cues("Mensah wins by-election as rival rejects results")


def test_an_acronym_is_no_verb():
    assert ("Taoiseach", "disputes", "deny") in _cues("Taoiseach disputes INMO waiting list figures as row dominates Dáil")


def test_a_plural_subject_of_a_plural_verb_stays_a_noun():
    assert not _cues("Fraud claims dominate council debate")


def test_a_headline_that_calls_something_a_quoted_name_reports_a_judgement():
    assert ("shipper", "calls", "deny") in _cues("Treasury sanctions tankers; shipper calls listing 'baseless'")
    assert ("government", "calls", "assert") in _cues(
        "Drought declared in three provinces; government calls finding 'politically driven'")


def test_a_call_before_a_quote_in_the_body_is_no_headline():
    statements = extract("Council budget passes\n\nThe mayor calls a halt to 'reckless' borrowing from next year.",
                         published=date(2026, 8, 22)).statements
    assert not any(s.cue == "calls" for s in statements)


def test_crying_foul_is_a_complaint():
    assert ("families", "cry", "assert") in _cues("Builder bailed over scaffold deaths as families cry foul")
    statements = extract("The union cried foul over the pay offer on Monday.", published=date(2026, 8, 22)).statements
    assert [(s.speaker, s.cue) for s in statements] == [("union", "cried")]


def test_both_sides_trade_blame_in_a_reread_headline():
    cues = _cues("Mali peace talks in Algiers stall as government and rebels trade blame")
    assert {("government", "trade", "assert"), ("rebels", "trade", "assert")} <= cues


def test_a_name_then_a_present_verb_read_as_a_noun_is_the_subject_of_the_later_act():
    assert ("Kestrel Airways", "vows", "assert") in _cues("Kestrel Airways files for bankruptcy, vows to keep flying")
    assert ("FCA", "says", "assert") in _cues(
        "FCA fines Harbourside Bank £12.5 million, says lender pressured struggling borrowers")


def test_a_second_act_after_a_comma_has_the_first_acts_subject():
    cues = _cues("Okafor says fixture list 'unworkable', denies joining rebel tour")
    assert ("Okafor", "denies", "deny") in cues and not any(speaker.startswith("fixture") for speaker, _, _ in cues)


def test_terming_a_quoted_name_and_lashing_out_report_judgements():
    assert ("Opposition", "terms", "deny") in _cues("Opposition terms Punjab budget 'hoax' as uproar marks debate")
    statements = extract("The traders' union also lashed out at the council over the new parking fees.",
                         published=date(2026, 8, 22)).statements
    assert [(s.speaker, s.cue) for s in statements] == [("traders' union", "lashed")]


def test_a_quoted_word_of_falsity_denies_only_after_a_verb_that_names_its_object():
    assert ("Minister", "warns", "assert") in _cues("Minister warns of 'false dawn' in jobs data")
