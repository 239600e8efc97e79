"""Readings the forty-first blind set needed: a sentence that ends on a platform's one-letter name,
a speaker's second act that refuses leaving the first an assertion, firing someone no denial, a
court that "did not rule on" a dispute, a figure questioned, judgements put off as "too early to
link", an answer said not to be given, "she" kept from a man whose full name put his surname
first, a body described right there by "representing", a memorandum or note that dates what it
says, a post called false before more words, recommendations made, and a claim rejected in a
relative clause with no "that" ("a charge Swedavia rejected"), a demand to see something, a
judging body finding a cause, "Watchdog:" as a headline label, a name after a dateline, a capital
in a headline dated by its government's act, and "according to" on no occasion."""
from datetime import date

from claimwatch.extract import extract

PUBLISHED = date(2026, 3, 6)  # a Friday


def _statements(text: str, published: date = PUBLISHED):
    return extract(text, published).statements


def test_a_platform_named_by_one_letter_ends_its_sentence():
    text = ('Authority denies leak\n\n"Air readings at all six stations are within normal limits," the authority '
            'said in a post on X. It did not say which substances were stored in the building.')
    stances = [s.stance for s in _statements(text)]
    assert stances.count("assert") == 1 and stances.count("decline") == 1


def test_an_initial_before_a_surname_ends_nothing():
    text = "Losses mount\n\nThe herds are dying, said D. Batbayar, head of the livestock department."
    [st] = _statements(text)
    assert st.speaker == "D. Batbayar"


def test_a_second_act_that_refuses_is_a_record_of_its_own():
    text = "File received\n\nA CPS spokesman said on Friday it had received the file and would not comment further."
    stances = sorted(s.stance for s in _statements(text))
    assert stances == ["assert", "decline"]


def test_dismissing_a_person_denies_nothing():
    text = ("Supplier jailed\n\nStraitsmar said on Thursday that it had dismissed Kwek in November 2023 after an "
            "internal audit.")
    [st] = _statements(text)
    assert st.stance == "assert"
    text = "Row over report\n\nThe company dismissed the claims as false."
    assert [s.stance for s in _statements(text) if s.cue == "dismissed"] == ["deny"]


def test_a_court_that_did_not_rule_on_a_dispute_declines_it():
    text = "Ban upheld\n\nThe appeals court did not rule on that dispute."
    [st] = _statements(text)
    assert st.stance == "decline"


def test_questioning_a_figure_disputes_it():
    text = ("Water crisis\n\nThe municipality says 14 tankers are in use in the township. But residents "
            "question that figure.")
    stances = {s.speaker: s.stance for s in _statements(text)}
    assert stances == {"municipality": "assert", "residents": "deny"}


def test_a_judgement_put_off_as_too_early_declines():
    text = ("Rockfall\n\nA spokesman for the federal office said that it was too early to link the rockfall to "
            "climate change.")
    [st] = _statements(text)
    assert st.stance == "decline"


def test_an_answer_said_not_to_be_given_declines():
    text = ('Road closed\n\nA spokeswoman for the roads office said on Thursday that "no date can be given as '
            'long as the slope is moving."')
    [st] = _statements(text)
    assert (st.stance, st.said_on) == ("decline", "2026-03-05")


def test_she_is_not_a_man_whose_surname_came_first():
    text = ("Manager jailed\n\nDesmond Kwek Jun Hao, 44, had pleaded guilty in January to six charges.\n\n"
            "Court documents show that Kwek, who worked at a shipping firm, received payments from a supplier.\n\n"
            "Deputy Public Prosecutor Nadia Rahim told the court that Kwek had \"betrayed the trust of his "
            "employer\", and asked for a year in jail.\n\n"
            "She said Kwek had split some orders into smaller amounts.")
    said = next(s for s in _statements(text) if s.content and s.content.startswith("Kwek had split"))
    assert said.speaker == "Nadia Rahim"


def test_a_body_described_by_representing_is_a_new_one():
    text = ("Safety board finds fatigue behind overrun\n\nFatigue led a turboprop to overrun a runway last March, "
            "the Transportation Safety Board of Canada (TSB) said in a report released Thursday.\n\n"
            "Northway Air said in a statement Thursday that all duty periods complied with the rules.\n\n"
            "Its operations chief, Craig Dunn, said the airline had since added a reserve crew.\n\n"
            "The union representing the airline's pilots said it had warned management many times.")
    union = next(s for s in _statements(text) if s.content and s.content.startswith("it had warned"))
    assert union.speaker == "union"


def test_a_memorandum_issued_on_a_day_dates_what_it_says():
    text = ("Clean-up drive\n\nThe schools division said in a memorandum issued Friday that all public "
            "schools must hold clean-up drives. It did not say whether classes would be suspended.")
    assert [(s.stance, s.said_on) for s in _statements(text)] == [("assert", "2026-03-06"), ("decline", "2026-03-06")]


def test_a_note_prepared_last_year_dates_its_figures():
    text = ("Recount due\n\nRecounts moved margins by four votes on average, according to a briefing note prepared "
            "by the parliamentary library last year.")
    [st] = _statements(text)
    assert st.said_on == "2025"


def test_a_post_called_false_is_denied_even_before_more_words():
    text = ('Blood supply\n\n"That post is false. The hospital has enough supply for the coming weeks," the hospital '
            'chief said.')
    [st] = _statements(text)
    assert st.stance == "deny"


def test_recommendations_made_are_a_record():
    text = ("Fatigue report\n\nThe safety board made three recommendations, including that airlines track fatigue "
            "reports.")
    [st] = _statements(text)
    assert (st.speaker, st.cue) == ("safety board", "made")


def test_a_claim_rejected_in_a_relative_clause_with_no_that():
    text = ("Fraud trial\n\nThe director was accused of hiding losses, a charge Swedavia rejected.\n\n"
            "The toll rose to 40, a figure the Whitcomb campaign disputes.")
    denials = {s.speaker for s in _statements(text) if s.stance == "deny"}
    assert denials == {"Swedavia", "Whitcomb campaign"}


def test_a_demand_to_be_shown_something_is_a_record():
    text = "Meal plans\n\nThe student senate demanded to see the vendor contract."
    [st] = _statements(text)
    assert (st.speaker, st.cue) == ("student senate", "demanded")


def test_a_judging_body_finds_a_cause_behind_an_accident():
    text = ("Safety board finds pilot fatigue behind runway overrun\n\nOTTAWA - The crew of a turboprop had slept "
            "less than nine hours, investigators said on Thursday.")
    finds = [s for s in _statements(text) if s.cue == "finds"]
    assert [s.speaker for s in finds] == ["Safety board"]
    text = "Crash inquiry\n\nRescuers found 12 bodies behind the school."
    assert _statements(text) == []


def test_a_watchdog_as_a_headline_label_speaks():
    text = ("Watchdog: officers missed four checks on man who died in cell\n\nThe police watchdog said on Friday "
            "that officers had missed four checks.")
    assert any(s.cue == ":" for s in _statements(text))


def test_a_name_after_a_dateline_is_not_cut():
    text = ("Recount ends\n\nSYDNEY - Owen Marsh said on Sunday he would consider a court challenge. The union "
            "said staffing was short.")
    assert [s.speaker for s in _statements(text)] == ["Owen Marsh", "union"]


def test_a_capital_in_a_headline_takes_the_day_its_government_spoke():
    text = ("Debris found near border; Minsk denies involvement\n\nWARSAW - Debris of a drone was found in a field "
            "near the border, the defence minister said on Wednesday.\n\n"
            "The Belarusian defence ministry on Tuesday evening denied that any object had been launched from its "
            "territory.")
    minsk = next(s for s in _statements(text) if s.speaker == "Minsk")
    assert (minsk.stance, minsk.said_on) == ("deny", "2026-03-03")


def test_a_figure_credited_according_to_a_source_is_on_no_occasion():
    text = ("Pilots strike\n\nThe airline Northway Air said on Friday that 312 flights had been cancelled. It "
            "offered pilots a 4% raise, an offer the union had refused, according to Northway Air.")
    according = next(s for s in _statements(text) if s.cue == "according to")
    assert according.said_on is None
