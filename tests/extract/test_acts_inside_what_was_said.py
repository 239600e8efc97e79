"""Acts told inside what another act reports, and the day of a headline's denial (session 47).

"The union said it had warned management ..." is one act, the union's saying: the warning it
recounts, like an expectation inside what was said ("Veltra said it expected revenue to grow"), is
part of what was said (cues.tsv: !reported on warn, complain and expect). The same words on their
own are acts ("Police warned residents", "Analysts had expected 47 cents"), and an inverted
attribution closing the sentence stays the reporting act ("..., the Harbour Post reported").

A use of a cue whose conditions ask about the cue governing it, whose own conditions ask back, is
weighed once ("This was reported by the Air Force, Ukrpress reports" reads without a loop).

A denial or refusal a headline tells, when the body names its source otherwise, takes the day of
the body's first dated one ("...; company denies scheme")."""


def _acts(statements):
    return [(s.speaker, s.cue) for s in statements]


def test_an_act_recounted_inside_what_was_said_is_part_of_it(read):
    statements = read("Union blames airline for fatigue\n\nThe union said it had warned management about late "
                      "duty extensions. Veltra said it expected revenue to grow by 35% this year. Police warned "
                      "residents to stay indoors. Analysts had expected 47 cents.")
    cues = [cue for _, cue in _acts(statements)]
    assert cues.count("said") == 2 and "expected" in cues and "warned" in cues
    assert not any(s.cue == "warned" and s.speaker.lower().endswith("union") for s in statements)
    assert not any(s.cue == "expected" and "Veltra" in s.speaker for s in statements)


def test_an_inverted_report_closing_the_sentence_is_still_the_act(read):
    statements = read("Engineer says dam warnings were ignored\n\nA civil engineer who warned in 2022 that the "
                      "dams were at risk says the authorities paid no attention, the Harbour Post reported on "
                      "Thursday.")
    assert any(s.cue == "reported" and s.speaker == "Harbour Post" for s in statements)


def test_a_cue_asking_about_the_cue_above_it_is_weighed_once(read):
    statements = read("Air defence downs drones overnight\n\nThis was reported by the Air Force, Ukrpress reports. "
                      "The Air Force said 121 drones were shot down.")
    assert any(s.cue == "said" for s in statements)


def test_a_headline_denial_takes_the_day_of_the_body_s_denial(read):
    statements = read("Bids were rigged for years, ex-manager testifies; firm denies wrongdoing\n\nA former pricing "
                      "manager told a federal jury on Monday that executives had fixed bids for years.\n\nHe said "
                      "he kept notes of every meeting.\n\nHarborline Logistics rejected the testimony in a "
                      "statement on Tuesday.")
    headline = next(s for s in statements if s.cue == "denies")
    assert headline.said_on == "2025-03-11"  # the Tuesday before the Friday the tests publish on
