"""A label that calls another's claim false ("called the figures inflated"), a board's sitting and a
match's final whistle carried to the people who speak at them, a participle the parser hung on the
subject, and bodies named by what they do ("the regulator", "the airline", "Neither")."""
from claimwatch.extract.pipeline import extract

STRIKE = """Strike cancelled 3,100 operations, health agency says

The health agency said on Wednesday that the strike had cancelled 3,100 operations. The doctors' union called the figures "inflated to turn the public against us".

A parents' group has claimed online that the agency's waiting figures are "inflated".
"""

BOARD = """Valley board votes to close two schools

The Millbrook school board voted 4-3 on Tuesday night to close Alder Street and Pine Hill elementary schools in June.

Superintendent Rosa Lind told the board the district faces a $2.9 million deficit next year.

Parent Omar Haddad said the district had ignored a petition with 1,800 signatures.
"""

MATCH = """Late penalty earns Rovers a draw

Harbour Rovers drew 1-1 at Kilnsey on Saturday after a penalty in the 90th minute.

"We never stopped believing," Rovers manager Ana Duarte told reporters after the final whistle.

Kilnsey captain Leo Brandt said the penalty was "soft".
"""

FILING = """Brightline Air files for bankruptcy

Brightline Air, the Oslo-based budget carrier, filed for bankruptcy protection late Sunday, saying it would keep flying its full schedule while it restructures its debt.

The airline said in its petition that it owed lessors more than 900 million euros.
"""

REGULATOR = """Watchdog fines app

DUBLIN, April 21 (XW) - Ireland's Data Protection Commission fined the video app Chirpa 310 million euros on Tuesday, saying it had exposed children's accounts.

The regulator, which supervises Chirpa across the European Union, said the company had broken the law for two years.

Two other European regulators had examined the app. Neither responded to requests for comment on Tuesday.
"""


def test_a_label_calling_anothers_figures_inflated_denies_them():
    statements = extract(STRIKE, "2026-03-26").statements
    union = [s for s in statements if "union" in s.speaker]
    assert union and all(s.stance == "deny" for s in union)


def test_claiming_figures_are_inflated_states_a_view():
    statements = extract(STRIKE, "2026-03-26").statements
    claimed = [s for s in statements if s.cue == "claimed"]
    assert [s.stance for s in claimed] == ["assert"]


def test_people_who_speak_at_a_board_sitting_share_its_day():
    statements = extract(BOARD, "2026-01-14").statements
    assert {s.speaker.split()[-1]: s.said_on for s in statements if s.speaker != "board"} == {
        "Lind": "2026-01-13", "Haddad": "2026-01-13"}


def test_after_the_final_whistle_is_the_matchs_day():
    statements = extract(MATCH, "2026-08-31").statements
    assert {s.said_on for s in statements if s.speaker in ("Ana Duarte", "Leo Brandt")} == {"2026-08-29"}


def test_a_participle_hung_on_the_subject_goes_on_with_the_verb_it_follows():
    statements = extract(FILING, "2026-02-17").statements
    assert [(s.cue, s.said_on) for s in statements if s.speaker == "Brightline Air"] == [
        ("saying", "2026-02-15"), ("said", "2026-02-15")]


def test_the_regulator_is_the_commission_and_neither_is_the_pair_just_named():
    statements = extract(REGULATOR, "2026-04-21").statements
    assert [(s.speaker, s.said_on) for s in statements if s.cue == "said"] == [
        ("Ireland's Data Protection Commission", "2026-04-21")]
    neither = [s for s in statements if s.cue == "responded"]
    assert [(s.stance, "regulators" in s.speaker) for s in neither] == [("decline", True)]
