"""Statements in press styles beyond the plain wire: broadcast transcripts, role-and-name
conventions of South Asian and West African papers, town halls, launches; sentences written
for these tests. PUBLISHED (conftest) is Friday 14 March 2025."""
from __future__ import annotations

from datetime import date

from claimwatch.extract.quantities import find_quantities
from statement_lookup import by_cue


# --- refusals and their look-alikes -----------------------------------------------------

def test_would_not_give_a_timeline_is_a_refusal_and_giving_a_date_is_not(read):
    statements = read("The port authority said dredging would resume but would not give a timeline.")
    assert by_cue(statements, "give").stance == "decline"
    statements = read("The utility said it would reconnect the town but would not commit to a date.")
    assert by_cue(statements, "commit").stance == "decline"
    assert read("The electoral board gave a date for the runoff.") == []


def test_figures_that_do_not_add_up_refuse_nothing(read):
    statements = read("The auditor said ledgers whose totals did not add up would be checked again.")
    assert [s.cue for s in statements] == ["said"]


def test_termed_and_rubbished(read):
    (s,) = read("The transport secretary termed the target \"unrealistic\".")
    assert s.speaker == "transport secretary" and s.stance == "assert"
    (s,) = read("Okafor rubbished the allegation.")
    assert s.stance == "deny"
    (s,) = read("The ministry called the figure \"not accurate\".")
    assert s.stance == "deny"  # a truth word negated in what it was called: a denial, not a refusal


# --- whose view it is -------------------------------------------------------------------

def test_an_unnamed_holders_view_is_the_reporting_sources_claim(read, nlp):
    text = "The circular said the bank expected losses of about $40 million."
    statements = read(text)
    assert [s.cue for s in statements] == ["said"]
    assert [q.holder for q in find_quantities(nlp(text), statements)] == ["circular"]


def test_a_fronted_claim_names_its_it(read):
    text = ("Varde Shipping said on Monday that it would sell two tankers.\n\n"
            "The company now expects a loss for the year, it said in a filing.")
    said = by_cue(read(text), "said")
    assert said.speaker == "Varde Shipping"


# --- names beside roles -----------------------------------------------------------------

def test_capitalised_role_with_a_name_in_apposition_is_that_person(read):
    text = ("The Chairman of the traders' association, Comrade Bello Adeyemi, disclosed this on Monday. "
            "Also speaking, the Executive Chairman of the market board, Mrs. Funmi Okoro, blamed the "
            "delays on a census of stalls which, she said, had found 300 empty ones.")
    disclosed, blamed, said = read(text)
    assert disclosed.speaker == "Bello Adeyemi" and blamed.speaker == "Funmi Okoro"
    assert said.speaker == "Funmi Okoro"  # Mrs., nearer the name than "Chairman", tells the pronoun


def test_an_owner_in_apposition_is_not_a_place(read):
    (s,) = read("The ferry's owner, Galway-based Inis Lines, said the vessel was licensed for 200 people.")
    assert s.speaker.endswith("Inis Lines")


def test_an_untagged_name_after_a_lower_case_role(read):
    (s,) = read("Kisan Sangharsh Samiti district president Harjeet Singh Bains stated that 900 farmers were unpaid.")
    assert s.speaker == "Harjeet Singh Bains"


def test_a_source_who_gave_only_a_first_name(read):
    (s,) = read("One shopkeeper, who gave only her first name, Ines, said the road had been shut for weeks.")
    assert s.speaker == "Ines"


# --- the day of the occasion ------------------------------------------------------------

def test_a_relative_clause_naming_the_speakers_occasion_dates_the_act(read):
    (s,) = read("The league's president, Dele Awosika, who spoke with reporters in Lagos on Tuesday, "
                "urged clubs to pay their players.")
    assert s.said_on == "2025-03-11"
    (s,) = read("Tarn, who won the title on Tuesday, denied the report.")
    assert s.said_on is None  # an event of the speaker's, not where they spoke


def test_an_absolute_with_clause_shares_the_main_acts_day(read):
    (s,) = read("Lumio on Wednesday unveiled a folding e-bike, with its founder Arne Kvist telling an "
                "audience that it would \"end the second car\".")
    assert s.speaker == "Arne Kvist" and s.said_on == "2025-03-12"


def test_told_the_crowd_is_the_meeting_the_lead_dates(read):
    text = ("About 200 residents packed a school hall on Wednesday night to question the council.\n\n"
            "The developer's director, Ruth Lang, told the crowd the scheme would bring 80 jobs.\n\n"
            "Councillor Omar Haddad said the vote would be delayed.")
    statements = read(text)
    told, said = by_cue(statements, "told"), by_cue(statements, "said")
    assert told.said_on == said.said_on == "2025-03-12"


# --- broadcast transcripts --------------------------------------------------------------

def test_broadcast_labels_give_a_role_and_the_anchor_only_narrates(read):
    text = ("EVENING NEWS - TRANSCRIPT\n\n"
            "LENA MARSH, ANCHOR: The Tarrow bridge is shut tonight. Our reporter has the story.\n\n"
            "PAUL IVES, COUNTY ENGINEER: We found corrosion on two bearings. It had to close.\n\n"
            "MARSH: The county says repairs could take a month.")
    statements = read(text)
    assert [s.speaker for s in statements if s.cue == ":"] == ["Paul Ives"]
    assert any(s.speaker == "county" and s.cue == "says" for s in statements)


def test_a_dateline_with_a_colon_holds_no_number(nlp):
    text = "CHENNAI: About 3,000 fishermen stayed ashore on Monday."
    assert [q.holder for q in find_quantities(nlp(text), [])] == [None]


def test_a_day_told_after_what_is_warned_of_is_that_events():
    from claimwatch.extract.pipeline import extract

    text = ("Forecasters said on Thursday that the river would rise, and warned of flooding in low "
            "streets on Saturday morning. The agency had warned of delays in a post on Monday evening.")
    result = extract(text, "2025-03-14")
    days = {t.text: t.value for t in result.times}
    assert days["Saturday"] == "2025-03-15"  # ahead: the flooding's day
    assert days["Monday"] == "2025-03-10"  # the post's day, told before
    warned = next(s for s in result.statements if s.cue == "warned")
    assert warned.said_on == "2025-03-13"


def test_a_fact_check_claim_signed_off_with_a_hyphen_is_the_signer_s_on_the_day_given(read):
    text = ('Fact check: the housing claim\n\n'
            'THE CLAIM: "We built more homes last year than in any year since 2008." - Housing Minister '
            'Declan Furlong, in the Dail on Tuesday.\n\n'
            'The figures he relies on come from the Central Statistics Office. According to its annual '
            'release, 32,460 homes were completed.')
    statements = read(text, date(2026, 3, 12))
    claim = by_cue(statements, "“")
    assert claim.speaker.endswith("Declan Furlong") and claim.said_on == "2026-03-10"
    assert by_cue(statements, "according to").speaker == "Central Statistics Office"
