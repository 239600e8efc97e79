"""Match reports: the managers and players quoted after a fixture speak on the match day, one
after another, and "the striker" is the striker the report named. Sentences written for these
tests; PUBLISHED is a Friday, so the Tuesday before is 2025-03-11."""
from __future__ import annotations

MATCH_REPORT = """Kelso hails comeback

Arlen Kelso praised his players after Tuesday's 3-2 win over Dunmore Rovers. "We never stopped believing," Kelso told reporters after the game.

Dunmore striker Marta Voss, 31, was furious. "That was never a foul," the striker told reporters, adding that she would appeal.

Dunmore coach Ilse Brandt said her side had been unlucky."""


def test_speakers_quoted_after_the_match_share_its_day(read):
    statements = read(MATCH_REPORT)
    by_cue = {(s.speaker, s.cue): s.said_on for s in statements}
    assert by_cue[("Arlen Kelso", "told")] == "2025-03-11"
    assert by_cue[("Marta Voss", "told")] == "2025-03-11"
    assert by_cue[("Ilse Brandt", "said")] == "2025-03-11"


def test_a_player_described_by_position_is_the_player_named_so(read):
    statements = read(MATCH_REPORT)
    assert {s.speaker for s in statements if s.cue in ("told", "adding") and "foul" in s.content + "appeal"} \
        == {"Marta Voss"}


def test_a_report_on_another_day_after_the_match_is_not_its_day(read):
    statements = read("Arlen Kelso praised his players after Tuesday's 3-2 win over Dunmore Rovers.\n\n"
                      "On Thursday, Dunmore striker Marta Voss said she would appeal against her red card.")
    voss = next(s for s in statements if s.speaker == "Marta Voss")
    assert voss.said_on == "2025-03-13"


def test_each_of_a_pair_in_a_participle_is_one_of_the_pair_the_sentence_names(read):
    statements = read("The lake is shrinking, a survey found on Monday.\n\n"
                      "The two candidates clashed over water on Tuesday, each saying the other had no plan.")
    saying = next(s for s in statements if s.cue == "saying")
    assert "candidates" in saying.speaker
