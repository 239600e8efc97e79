"""Headlines in the present tense whose reporting verb a small parser takes for a noun ("trade
blame"), and reciprocal acts ("traded blame") that are each party's own. Texts written for these
tests."""
from __future__ import annotations

from datetime import date

from claimwatch.extract.lexicon import past_form
from statement_lookup import by_cue

BODY = "\n\nThe talks resumed on Tuesday, officials said."


def test_past_forms_follow_the_spelling_rules_and_the_table():
    assert [past_form(v) for v in ("trade", "pledge", "deny", "lament", "say", "admit")] == [
        "traded", "pledged", "denied", "lamented", "said", "admitted"]


def test_a_present_headline_verb_read_as_a_noun_is_read_as_the_verb(read):
    statements = read("Ochoa and Pruett trade accusations on crime and water" + BODY)
    assert sorted(s.speaker for s in statements if s.cue == "trade") == ["Ochoa", "Pruett"]


def test_a_headline_joins_its_parties_with_a_comma(read):
    statements = read("Sudan, South Sudan trade blame at UN after deadly attack" + BODY)
    assert sorted(s.speaker for s in statements if s.cue == "trade") == ["South Sudan", "Sudan"]


def test_a_headline_that_has_its_verb_keeps_its_nouns(read):
    statements = read("Power bank maker recalls 41,000 chargers after fires in two states" + BODY)
    assert [s.cue for s in statements] == ["said"]  # "states" is not "stated"
    statements = read("Gas engineer warned of leak days before Katowice blast, witness tells court" + BODY)
    assert "blast" not in [s.cue for s in statements]


def test_a_closing_attribution_is_read_even_after_a_participle(read):
    statements = read("Teachers owed six months' salaries, NUT laments" + BODY)
    assert [s.speaker for s in statements if s.cue == "laments"] == ["NUT"]


def test_the_two_sides_of_a_dispute_are_the_two_it_quotes(read):
    statements = read("The Metro Bus Company said 95 of its 420 buses ran. The Transport Workers Union said "
                      "only 60 ran. The two sides also traded blame over violence at the depot.")
    traded = sorted(s.speaker for s in statements if s.cue == "traded")
    assert traded == ["Metro Bus Company", "Transport Workers Union"]


def test_a_comma_in_the_body_does_not_join_parties(read):
    statements = read("Officials said Sudan, South Sudan traded blame over the attack.")
    assert "South Sudan" not in [s.speaker for s in statements]


def test_an_interview_headline_opens_on_its_sources_words(read):
    statements = read("'We were too slow': salmon farm chief on lice and escapes\n\n"
                      "Kristin Aamodt runs the country's third-largest salmon farmer.")
    (s,) = [s for s in statements if s.span[0] == 0]
    assert s.speaker == "salmon farm chief" and s.content == "We were too slow" and s.mode == "direct"
    (s,) = [s for s in read('"We were too slow": the salmon farm chief on lice and escapes\n\n'
                            "Kristin Aamodt runs the country's third-largest salmon farmer.") if s.span[0] == 0]
    assert s.speaker == "salmon farm chief" and s.content == "We were too slow"
    assert read("'The sea doesn't negotiate': the village losing its homes to the cliff\n\n"
                "Twelve houses have gone since 2019.") == []


def test_a_headline_subject_of_a_verb_after_it_stays_a_noun(read):
    statements = read("Cracked girder shuts viaduct; state will not say when it reopens" + BODY)
    assert [s.cue for s in statements if s.span[0] < 60] == ["say"]


def test_a_headline_source_is_no_antecedent_for_the_body(read):
    statements = read("'We were too slow': chess league chief on the ban\n\n"
                      "Grandmaster Lukas Varga was banned for two years in May. He still says he is innocent.")
    assert [s.speaker for s in statements if s.cue == "says"] == ["Grandmaster Lukas Varga"]


def test_a_capitalised_word_of_a_sentence_case_headline_is_a_name(read):
    statements = read("Islamic State claims Moscow concert attack as toll passes 60" + BODY)
    assert [s.cue for s in statements if s.span[0] == 0] == ["claims"]


def test_a_headline_clause_opened_by_as_has_its_own_verb(read):
    statements = read("Blade failure halts 38 turbines at Baltic wind farm as operator and maker trade blame"
                      + BODY)
    assert sorted(s.speaker for s in statements if s.cue == "trade") == ["maker", "operator"]


def test_two_headline_acts_joined_by_a_comma_share_their_subject(read):
    statements = read('Water chief concedes maintenance backlog, denies outages were "engineered"\n\n'
                      "The head of Metro Water told MPs on Tuesday that the backlog was real.", date(2026, 6, 10))
    denies = by_cue(statements, "denies")
    assert denies.speaker == "Water chief" and denies.stance == "deny"
    assert denies.content == 'outages were "engineered"'
