"""Conceding defeat, a contrast that negates nothing, and a lead's person described by the body they
work at. Texts written for these tests."""
from __future__ import annotations

from datetime import date

from statement_lookup import by_cue


def test_conceding_defeat_is_a_statement_conceding_goals_is_not(read):
    statements = read("The Green List's leader, Ana Vrabie, conceded defeat at a news conference on Monday "
                      "morning. Rovers conceded two goals before half-time.", date(2026, 8, 18))
    (conceded,) = [s for s in statements if s.cue == "conceded"]
    assert conceded.speaker == "Ana Vrabie" and conceded.said_on == "2026-08-17"


def test_admitting_defeat_is_a_statement(read):
    statements = read("Mayor Ilse Brandt admitted defeat on Sunday night.", date(2026, 8, 18))
    assert by_cue(statements, "admitted").speaker == "Ilse Brandt"


def test_a_contrast_after_the_predicate_does_not_negate_the_act(read):
    statements = read('Okafor has said she would not raise the fuel duty, a pledge Lindqvist has called '
                      '"a slogan, not a plan."')
    assert by_cue(statements, "called").stance == "assert"


def test_a_negated_predicate_still_negates(read):
    statements = read("Varga pleaded not guilty to all five counts.")
    assert by_cue(statements, "pleaded").stance == "deny"


def test_a_lead_person_described_by_their_employer_is_the_person_named_next(read):
    text = ("Former engineer says inspections were skipped\n\n"
            "HALIFAX — A former maintenance engineer at Tidewater Ferries testified Wednesday that managers "
            "told crews to skip hull inspections to keep sailings on time.\n\n"
            "Dr. Maren Colquhoun, who led the maintenance team from 2019 to 2022, told the inquiry that "
            "inspection logs were filled in before the work was done.\n")
    statements = read(text, date(2026, 1, 29))
    testified = by_cue(statements, "testified")
    told = [s for s in statements if s.cue == "told" and s.speaker == "Maren Colquhoun"]
    assert testified.speaker == "Maren Colquhoun"
    assert told and told[0].said_on == "2026-01-28"


def test_a_headline_source_after_as_is_the_one_who_says():
    # the parse the small model gives "League hails Arcline deal as players' union says owners hide money":
    # "deal" made the subject of "says", the union the object of "as"
    import spacy
    from spacy.tokens import Doc

    from claimwatch.extract.cue_sources import source_of

    words = ["League", "hails", "Arcline", "deal", "as", "players", "'", "union", "says", "owners", "hide", "money"]
    heads = [1, 1, 3, 8, 3, 7, 5, 4, 1, 10, 8, 10]
    deps = ["nsubj", "ROOT", "amod", "nsubj", "prep", "poss", "case", "pobj", "ccomp", "nsubj", "ccomp", "dobj"]
    tags = ["NNP", "VBZ", "JJ", "NN", "IN", "NNS", "POS", "NN", "VBZ", "NNS", "VBP", "NN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags,
              lemmas=["league", "hail", "arcline", "deal", "as", "player", "'", "union", "say", "owner", "hide", "money"])
    assert source_of(doc[8]).text == "union"


def test_a_lead_role_named_next_with_the_same_role_word_is_that_person_once(read):
    text = ("Shelling kills five in border district\n\n"
            "KYIV, March 16 (Meridian Wire) - Shelling killed five civilians in the border district overnight, the "
            "regional governor said on Sunday, while a Russian governor said drones had hit a depot in Kursk.\n\n"
            "Chernihiv governor Vasyl Hrytsenko said on Telegram that a school had been hit.\n")
    statements = read(text, date(2025, 3, 16))
    lead = [s for s in statements if s.span[0] < text.index("Chernihiv governor")]
    assert [s.speaker for s in lead if s.cue == "said"] == ["Vasyl Hrytsenko", "Russian governor"]


def test_a_body_is_not_the_officer_described_by_it(read):
    text = ("Nordland central bank denies devaluation plan\n\n"
            "OSLO - The governor of Nordland's central bank on Wednesday rejected talk of a devaluation.\n\n"
            "Ingrid Solheim told a news conference that the krone would hold.\n\n"
            "The central bank repeated its position in a statement on Thursday.\n")
    statements = read(text, date(2026, 8, 28))
    assert by_cue(statements, "rejected").speaker == "Ingrid Solheim"
    assert by_cue(statements, "repeated").speaker == "Nordland central bank"


def test_not_having_been_told_is_no_refusal(read):
    statements = read("The fiscal council said last week that it had not been told of the tax cut before it was "
                      "reported.")
    (said,) = statements
    assert said.cue == "said" and said.stance == "assert"


def test_a_phrasal_verb_of_another_sense_is_no_refusal(read):
    statements = read('"We do not give up on people while their families are still waiting," rescue chief '
                      'Hendrik Sumual said.')
    assert by_cue(statements, "said").stance == "assert"


def test_admitting_a_doing_is_a_statement(read):
    statements = read("Although Varga has admitted using the loophole, he does not defend it. The insurer admitted to "
                      "misleading customers. Kowalski was admitted to hospital on Monday.")
    assert [s.speaker for s in statements if s.cue == "admitted"] == ["Varga", "insurer"]


def test_a_report_named_with_its_day_is_dated_by_it(read):
    statements = read('A report by the Harbour Ledger on Wednesday that the mayor had promised a vote was "flatly '
                      'untrue," his spokesman, Ivo Brandt, said in an email on Thursday.')
    assert by_cue(statements, "report").said_on == "2025-03-12"


def test_a_promise_of_a_thing_is_a_statement_unless_a_thing_promises(read):
    statements = read("Mining Minister Ruth Alvear visited the site on Monday and promised an investigation. The new "
                      "terminal promised faster journeys.", date(2026, 9, 29))
    (promised,) = [s for s in statements if s.cue == "promised"]
    assert promised.speaker == "Ruth Alvear" and promised.said_on == "2026-09-28"


def test_going_on_to_say_is_the_speaker_before_the_comma(read):
    text = ('"This is madness," Brook said, going on to say that the city has spent "fifty years fighting for this '
            'park, to lose it now, families do not want that."')
    statements = read(text)
    assert by_cue(statements, "say").speaker == "Brook"


def test_a_speech_is_its_speakers(read):
    statements = read("The aim is to curb short-term investors, according to a speech Senator Ada Brook delivered "
                      "at the university in July.")
    assert by_cue(statements, "according to").speaker == "Ada Brook"

