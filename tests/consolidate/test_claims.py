"""Claims: statements grouped by the proposition they share, with a readable label."""
from __future__ import annotations

from dataclasses import replace

from claimwatch.consolidate import build_picture
from claimwatch.consolidate.claim_text import readable
from claimwatch.models import Statement
from ostria_story import article


def said(text: str, cue: str = "said") -> Statement:
    return Statement(speaker="X", stance="assert", span=(0, len(text)), cue=cue, content=text)


def test_labels_drop_the_attribution() -> None:
    text = "Interior Minister Dario Keln said on Tuesday that saboteurs had damaged the spillway gates."
    assert readable(text, said(text)) == "Saboteurs had damaged the spillway gates"
    quote = '"The cracks were in our reports, with photographs," Sova said.'
    assert readable(quote, said(quote)) == "The cracks were in our reports, with photographs"


def test_long_labels_are_cut_at_a_word() -> None:
    text = "Officials said " + "the water kept rising across the valley " * 6
    label = readable(text, said(text), limit=60)
    assert len(label) <= 61 and label.endswith("…") and not label.endswith(" …")


def test_assertion_and_denial_of_one_proposition_meet_unrelated_ones_do_not() -> None:
    a = "Irina Sova said engineers had warned the Lisk Basin Authority about cracks in the spillway."
    b = "Tomas Brenner denied that the Lisk Basin Authority had been warned about cracks in the spillway."
    c = "Coach Milan Bergh said his team had won the cup final."
    picture = build_picture([
        article("a", "2025-11-05", "Valley Courier", a, statements=[("Irina Sova", "assert", a, None, "said")],
                entities=[("Lisk Basin Authority", "ORG")]),
        article("b", "2025-11-06", "Radio Solen", b, statements=[("Tomas Brenner", "deny", b, None, "denied")],
                entities=[("Lisk Basin Authority", "ORG")]),
        article("c", "2025-11-08", "Daily Ledger", c, statements=[("Milan Bergh", "assert", c, None, "said")]),
    ])
    groups = sorted(sorted(e.document for e in claim.statements) for claim in picture.claims)
    assert groups == [["a", "b"], ["c"]]


def test_labels_drop_a_leading_that_and_the_addressee() -> None:
    text = "the Harbour Gazette that divers had found a second crack in the pier"
    assert readable(text, said(text, cue="told")) == "Divers had found a second crack in the pier"
    text = "that the ferry would run again on Monday"
    assert readable(text, said(text, cue="announced")) == "The ferry would run again on Monday"
    text = "That there were no plans to close the port"
    assert readable(text, said(text, cue="denied")) == "There were no plans to close the port"


BRIDGE = "the Harlow Bridge collapse"


def bridge_story(*sentences: tuple[str, str, str, str, list]) -> list:
    """One article per (id, day, speaker, sentence, quantities); every one names the story's bridge."""
    return [article(doc_id, day, f"Outlet {n}", f"{sentence} Crews cleared {BRIDGE} overnight.",
                    statements=[(speaker, "assert", sentence, day, "said")], quantities=quantities,
                    entities=[("Harlow Bridge", "FAC")])
            for n, (doc_id, day, speaker, sentence, quantities) in enumerate(sentences)]


def claim_groups(triples: list) -> list[list[str]]:
    return sorted(sorted(e.document for e in claim.statements) for claim in build_picture(triples).claims)


def test_the_story_words_alone_do_not_make_one_claim() -> None:
    groups = claim_groups(bridge_story(
        ("a", "2025-04-01", "Nora Hale", "Nora Hale said rust in the Harlow Bridge cables had gone unrepaired.", []),
        ("b", "2025-04-02", "Ivo Brandt", "Ivo Brandt said the Harlow Bridge collapse closed the river port.", []),
        ("c", "2025-04-03", "Pia Lorne", "Pia Lorne said the Harlow Bridge cables showed rust that went unrepaired.",
         []),
        ("d", "2025-04-04", "Oskar Wren", "Oskar Wren said the Harlow Bridge collapse delayed the city budget.", []),
    ))
    assert groups == [["a", "c"], ["b"], ["d"]]


def test_the_same_kind_of_figure_alone_does_not_make_one_claim() -> None:
    groups = claim_groups(bridge_story(
        ("a", "2025-04-01", "Nora Hale", "Nora Hale said 900 residents were evacuated from the river district.",
         [("900", 900, None, None, False, "residents", "Nora Hale")]),
        ("b", "2025-04-02", "Ivo Brandt", "Ivo Brandt said 40 people fell ill with typhoid in the river district.",
         [("40", 40, None, None, False, "people", "Ivo Brandt")]),
    ))
    assert groups == [["a"], ["b"]]


def test_different_figures_for_one_measure_are_different_claims_the_same_figure_confirms() -> None:
    picture = build_picture(bridge_story(
        ("a", "2025-04-01", "Nora Hale", "Nora Hale said 12 people died when the Harlow Bridge fell.",
         [("12", 12, None, None, False, "people", "Nora Hale")]),
        ("b", "2025-04-02", "Ivo Brandt", "Ivo Brandt said 30 people died when the Harlow Bridge fell.",
         [("30", 30, None, None, False, "people", "Ivo Brandt")]),
        ("c", "2025-04-03", "Pia Lorne", "Pia Lorne said 30 people died when the Harlow Bridge fell.",
         [("30", 30, None, None, False, "people", "Pia Lorne")]),
        ("d", "2025-04-04", "Oskar Wren", "Oskar Wren said far more people died when the Harlow Bridge fell.", []),
    ))
    by_documents = {tuple(sorted(e.document for e in c.statements)): c for c in picture.claims}
    assert set(by_documents) == {("a",), ("b", "c"), ("d",)}
    assert by_documents[("b", "c")].status == "confirmed" and by_documents[("a",)].status == "single-source"
    deaths = next(s for s in picture.series if s.unit == "deaths")
    assert sorted(e.value for e in deaths.estimates) == [12, 30, 30]  # every figure stays in the series


def test_figure_checks_are_forgotten_once_statements_are_grouped() -> None:
    """A watch groups statements every poll, for weeks: figure checks remembered past a grouping would
    keep every statement's figures alive for good (issue 14's soak grew by them)."""
    from claimwatch.consolidate.claim_figures import figures_disagree

    picture = build_picture(bridge_story(
        ("a", "2025-04-01", "Nora Hale", "Nora Hale said 12 people died when the Harlow Bridge fell.",
         [("12", 12, None, None, False, "people", "Nora Hale")]),
        ("b", "2025-04-02", "Ivo Brandt", "Ivo Brandt said 30 people died when the Harlow Bridge fell.",
         [("30", 30, None, None, False, "people", "Ivo Brandt")]),
    ))
    assert len(picture.claims) == 2  # the figures were checked: they keep the two statements apart
    assert figures_disagree.cache_info().currsize == 0


def test_a_figure_in_an_aside_does_not_split_a_claim() -> None:
    groups = claim_groups(bridge_story(
        ("a", "2025-04-01", "Nora Hale", "Nora Hale said typhoid had broken out in the river shelters.", []),
        ("b", "2025-04-05", "Ivo Brandt",
         "Ivo Brandt said typhoid had broken out in the river shelters, with 40 cases so far.",
         [("40 cases", 40, None, None, False, "cases", "Ivo Brandt")]),
    ))
    assert groups == [["a", "b"]]


# --- frames, polarity, headlines, references (statements about one proposition in other words) ---

from claimwatch.consolidate.frames import Frame, agreement, parse_all, read_frame  # noqa: E402
from claimwatch.consolidate.polarity import stance_toward_claim  # noqa: E402


def frame(text: str) -> Frame | None:
    return read_frame(text, (), parse_all([text])[0])


def test_a_negated_or_dismissed_content_denies_the_positive_claim() -> None:
    assert stance_toward_claim("assert", "Chile had absolutely nothing to do with the blast")[0] == "deny"
    assert stance_toward_claim("assert", "there was no evidence that the port workers were involved")[0] == "deny"
    assert stance_toward_claim("assert", "the ministry's account was nonsense")[0] == "deny"
    assert stance_toward_claim("assert", "I will leave this question unanswered")[0] == "decline"
    assert stance_toward_claim("assert", "it was far too early to talk about a bomb")[0] == "decline"
    # a claim that is itself negative stays an assertion; extracted denials keep their stance
    assert stance_toward_claim("assert", "the levee had not been inspected since 2009")[0] == "assert"
    assert stance_toward_claim("deny", "the levee had nothing to do with it")[0] == "deny"


def test_frames_read_the_event_from_the_main_predicate_and_countries_as_participants() -> None:
    claimed = frame("Rebels claimed responsibility for the bombing of the fuel depot")
    assert claimed is not None and claimed.event == "attack"
    paid = frame("the men who attacked the depot had received money from Peru")
    assert paid is not None and paid.event == "fund" and paid.participants == frozenset({"PE"})
    fled = frame("after the bombing the men were heading for Bolivia")
    assert fled is not None and fled.event == "flee" and "BO" in fled.participants
    assert frame("the weather was mild on Sunday") is None


def test_frames_of_one_event_among_other_countries_conflict() -> None:
    peru, chile = Frame("fund", frozenset({"PE"})), Frame("fund", frozenset({"CL"}))
    assert agreement(peru, chile) == -1.0
    assert agreement(peru, Frame("fund", frozenset({"PE", "E:rebel"}))) == 1.0
    assert agreement(peru, Frame("flee", frozenset({"PE"}))) < 0
    assert agreement(peru, None) == 0.0


def test_an_assertion_and_its_denial_in_other_words_meet_in_one_claim() -> None:
    a = "Prosecutor Ines Varo said the bombers had been paid by Peru."
    b = "The Peruvian government denied financing the bombers."
    c = "Mayor Tomas Ruiz said the bombers had fled toward Bolivia."
    picture = build_picture([
        article("a", "2025-05-01", "Valley Courier", a, statements=[("Ines Varo", "assert", a, None, "said")]),
        article("b", "2025-05-02", "Radio Solen", b,
                statements=[("The Peruvian government", "deny", b, None, "denied")]),
        article("c", "2025-05-03", "Daily Ledger", c, statements=[("Tomas Ruiz", "assert", c, None, "said")]),
    ])
    groups = sorted(sorted((e.document, e.stance) for e in claim.statements) for claim in picture.claims)
    assert groups == [[("a", "assert"), ("b", "deny")], [("c", "assert")]]
    funded = next(c for c in picture.claims if len(c.statements) == 2)
    assert funded.frame and funded.frame.startswith("fund") and "Peru" in funded.frame  # a country reads by its name


def test_a_headline_joins_the_claim_of_its_body() -> None:
    text = ("Rebels say they bombed fuel depot\n\nA rebel spokesman said on Monday that its fighters had "
            "attacked the fuel depot at Ardo. The harbour stayed closed.")
    body = "A rebel spokesman said on Monday that its fighters had attacked the fuel depot at Ardo."
    picture = build_picture([article("a", "2025-05-01", "Valley Courier", text, statements=[
        ("Rebels", "assert", "Rebels say they bombed fuel depot", None, "say"),
        ("A rebel spokesman", "assert", body, None, "said")])])
    assert len(picture.claims) == 1 and len(picture.claims[0].statements) == 2


def test_the_toll_refers_back_to_the_last_figure_given_for_it() -> None:
    first = "Officials said 210 people had died in the flood."
    text = first + " The Red Cross said later that it had never issued the toll."
    second = "it had never issued the toll"
    picture = build_picture([article("a", "2025-05-01", "Valley Courier", text, statements=[
        ("Officials", "assert", first, None, "said"), ("The Red Cross", "assert", second, None, "said")],
        quantities=[("210 people", 210, None, None, False, "people", "Officials")])])
    assert len(picture.claims) == 1
    assert sorted(e.stance for e in picture.claims[0].statements) == ["assert", "deny"]


def test_the_first_report_is_the_earliest_statement_of_any_stance() -> None:
    from claimwatch.consolidate.export import picture_document

    a = "The Interior Ministry denied that saboteurs had damaged the spillway gates."
    b = "Engineer Irina Sova said saboteurs had damaged the spillway gates."
    picture = build_picture([
        article("a", "2025-05-01", "Valley Courier", a, statements=[("The Interior Ministry", "deny", a, None,
                                                                     "denied")]),
        article("b", "2025-05-02", "Radio Solen", b, statements=[("Irina Sova", "assert", b, None, "said")]),
    ])
    document = picture_document(picture)
    claim = document["claims"][0]
    assert document["statements"][claim["first"]]["doc"] == "a"  # the earliest, a denial
    assert document["statements"][claim["first_assertion"]]["doc"] == "b"  # the first to assert it


def test_a_statement_that_does_not_speak_of_the_measure_may_support_a_figure_claim() -> None:
    groups = claim_groups(bridge_story(
        ("a", "2025-04-01", "Nora Hale", "Nora Hale said 40 people fell ill with typhoid in the river shelters.",
         [("40 people", 40, None, None, False, "people", "Nora Hale")]),
        ("b", "2025-04-02", "Ivo Brandt", "Ivo Brandt said typhoid had spread in the river shelters.", []),
        ("c", "2025-04-03", "Pia Lorne", "Pia Lorne said far more people fell ill with typhoid in the river shelters.",
         []),
    ))
    # "far more fell ill" speaks of the count without a figure: another claim; "typhoid had spread" does not
    assert ["a", "b"] in groups and ["c"] in groups


def test_a_rounded_or_hedged_figure_is_the_same_figure_as_one_close_to_it() -> None:
    from claimwatch.consolidate.claim_figures import same_figure

    assert same_figure(((10000, None, None), False), ((10100, None, None), False))  # a round thousand
    assert same_figure(((4000, None, None), True), ((3958, None, None), False))  # "nearly 4,000"
    assert not same_figure(((10000, None, None), True), ((11300, None, None), False))
    assert not same_figure(((137, None, None), False), ((139, None, None), False))  # exact counts must match
    assert same_figure(((None, 18000, 20000), False), ((20000, None, None), False))  # a range's end
    assert not same_figure(((None, 60, 85), False), ((71, None, None), False))  # a range is not a hedge


def test_a_label_names_who_its_opening_pronoun_meant() -> None:
    from claimwatch.consolidate.claim_text import _named

    assert _named("Its fighters had attacked the hall", "Islamic State") == "Islamic State's fighters had attacked the hall"
    assert _named("He had been told he was going to train", "the prisoner") == "Prisoner had been told he was going to train"
    assert _named("The dams were neglected", "Ana Ruiz") == "The dams were neglected"


def test_an_interrupting_attribution_is_left_out_of_the_proposition() -> None:
    text = "The harbour police, she added, had known about the cracks for a year."
    assert readable(text, said(text, cue="added")) == "The harbour police had known about the cracks for a year"


def test_a_reference_to_a_claim_names_its_owner_or_points_back() -> None:
    from claimwatch.consolidate.claim_references import Reference, claim_reference
    from claimwatch.consolidate.claims import Said

    def reference(content: str, cue: str = "dismissed") -> Reference | None:
        statement = Statement(speaker="Y", stance="deny", span=(0, len(content)), cue=cue, content=content)
        return claim_reference(Said(None, statement, 0, frozenset()))  # type: ignore[arg-type]

    assert reference("the committee's assertions as nonsense") == Reference("committee", "assertions")
    assert reference("such Western warnings") == Reference(None, "warnings", True)
    assert reference("that as a fabrication") == Reference(None, None)
    assert reference("The warning was relayed to the port authority on Monday") is None  # the event, not a claim


def test_a_dismissal_joins_the_claim_it_refers_to() -> None:
    text = ("Rebels bombed the depot, say police\n\n"
            "The Ardo police said on Monday that rebels had bombed the fuel depot at Ardo. "
            "The rebels' spokesman dismissed that as a fabrication. "
            "The port reopened later in the day, the harbour master said.")
    picture = build_picture([article("a", "2025-05-01", "Valley Courier", text, statements=[
        ("The Ardo police", "assert", "rebels had bombed the fuel depot at Ardo", "2025-04-28", "said"),
        ("The rebels' spokesman", "deny", "that as a fabrication", None, "dismissed"),
        ("the harbour master", "assert", "The port reopened later in the day", None, "said")])])
    grouped = {len(c.statements): sorted(e.stance for e in c.statements) for c in picture.claims}
    assert grouped == {2: ["assert", "deny"], 1: ["assert"]}


def test_a_fragment_is_read_with_its_sentence() -> None:
    from claimwatch.consolidate.claim_text import proposition

    text = "The pier had cracked in two places, the Valley Courier reported, citing port engineers."
    document, extraction, _ = article("a", "2025-05-01", "Radio Solen", text, statements=[
        ("port engineers", "assert", "citing", None, "citing")])
    from claimwatch.consolidate.corpus import reports
    report = reports([(document, extraction, None)])[0]
    assert proposition(report, extraction.statements[0]).startswith("The pier had cracked in two places")


def test_an_event_that_only_dates_the_content_is_not_its_frame() -> None:
    from claimwatch.consolidate.frames import read_frame

    assert read_frame("Two suspects were in Turkey weeks before the attack") is None
    assert read_frame("they fled after they launched the attack").event == "flee"


def test_a_state_voice_stands_for_its_country_in_a_proposition() -> None:
    a = "The Peruvian Foreign Ministry denied any involvement in the bombing."
    b = "Prosecutor Ines Varo said Peru had organised the bombing."
    c = "Mayor Tomas Ruiz said the bombers had fled toward Bolivia."
    picture = build_picture([
        article("a", "2025-05-01", "Valley Courier", a,
                statements=[("The Peruvian Foreign Ministry", "deny", "any involvement in the bombing", None,
                             "denied")]),
        article("b", "2025-05-02", "Radio Solen", b,
                statements=[("Ines Varo", "assert", "Peru had organised the bombing", None, "said")]),
        article("c", "2025-05-03", "Daily Ledger", c, statements=[("Tomas Ruiz", "assert", c, None, "said")]),
    ])
    joined = next(claim for claim in picture.claims if len(claim.statements) == 2)
    assert sorted(e.stance for e in joined.statements) == ["assert", "deny"] and "Peru" in (joined.frame or "")


def test_a_comment_on_someone_s_claim_joins_the_claim_they_made() -> None:
    a = "The Liberation Front said its fighters had bombed the fuel depot at Ardo."
    b = "Interior minister Dario Keln declined to comment on the Liberation Front claim."
    c = "Mayor Tomas Ruiz said the ferry would sail again on Monday."
    picture = build_picture([
        article("a", "2025-05-01", "Valley Courier", a, statements=[
            ("The Liberation Front", "assert", "its fighters had bombed the fuel depot at Ardo", None, "said")],
            entities=[("Liberation Front", "ORG")]),
        article("b", "2025-05-02", "Radio Solen", b, statements=[
            ("Dario Keln", "decline", "to comment on the Liberation Front claim", None, "declined")],
            entities=[("Liberation Front", "ORG")]),
        article("c", "2025-05-03", "Daily Ledger", c, statements=[("Tomas Ruiz", "assert", c, None, "said")]),
    ])
    joined = next(claim for claim in picture.claims if len(claim.statements) == 2)
    assert sorted(e.stance for e in joined.statements) == ["assert", "decline"]


def test_a_toll_described_by_its_source_is_not_the_last_figure_given() -> None:
    from claimwatch.consolidate.claim_figures import referred_figures
    from claimwatch.consolidate.corpus import reports

    first = "Officials said 210 people had died in the flood."
    second = "it had never issued the toll that the governor published"
    text = first + " The Red Cross said later that " + second + "."
    document, extraction, _ = article("a", "2025-05-01", "Valley Courier", text, statements=[
        ("Officials", "assert", first, None, "said"), ("The Red Cross", "deny", second, None, "said")],
        quantities=[("210 people", 210, None, None, False, "people", "Officials")])
    report = reports([(document, extraction, None)])[0]
    assert referred_figures(report, extraction.statements[1]) == frozenset()


def test_an_event_in_a_clause_of_time_only_dates_the_content() -> None:
    from claimwatch.consolidate.frames import read_frame

    assert read_frame("engineers had reported cracks in the spillway before the dam collapsed") is None
    assert read_frame("the dam collapsed after heavy rain").event == "fail"


def test_the_story_s_own_event_conflicts_little_with_another() -> None:
    from claimwatch.consolidate.frames import Frame, agreement

    story, rare = Frame("attack"), Frame("fund")
    rarity = {"event:attack": 0.1, "event:fund": 0.9}.get
    assert agreement(story, rare, rarity) == -0.05 and agreement(Frame("warn"), rare, lambda _: 1.0) == -0.5


def test_an_object_is_parsed_after_its_cue() -> None:
    from claimwatch.consolidate.frames import parse_all, read_frame

    content = "any role in the Harlow Bridge massacre over the weekend"
    (parsed,) = parse_all([content], ["denied"])
    if parsed is None:  # no parser installed: the first predicate decides, as it should here too
        return
    assert read_frame(content, (), parsed).event == "involve"


def test_an_event_set_aside_for_another_is_denied() -> None:
    from claimwatch.consolidate.polarity import contrasted

    assert contrasted("erosion under the spillway, not sabotage, caused the failure", "sabotage")
    assert contrasted("the flood was caused by rain rather than sabotage", "sabotage")
    assert not contrasted("saboteurs had damaged the gates, not the spillway", "saboteurs")


def test_a_statement_setting_the_event_aside_is_a_denial_in_its_claim() -> None:
    a = "Interior minister Dario Keln said saboteurs had sabotaged the spillway gates."
    b = "Engineer Hanna Weiss said erosion under the spillway, not sabotage, caused the failure."
    picture = build_picture([
        article("a", "2025-05-01", "Valley Courier", a, statements=[
            ("Dario Keln", "assert", "saboteurs had sabotaged the spillway gates", None, "said")]),
        article("b", "2025-05-02", "Radio Solen", b, statements=[
            ("Hanna Weiss", "assert", "erosion under the spillway, not sabotage, caused the failure", None, "said")]),
    ])
    stances = {e.speaker: e.stance for claim in picture.claims for e in claim.statements}
    assert stances["Hanna Weiss"] == "deny"


def test_a_description_that_names_its_source_means_that_source_s_earlier_figure() -> None:
    from claimwatch.consolidate.described_figures import described_source

    found = described_source("it was the source of the death toll for Lisk that the Valley Health Office published")
    assert (found.source, found.measure) == ("Valley Health Office", "deaths")
    assert described_source("the figures given on Monday by the Red Cross").source == "Red Cross"
    assert described_source("the Valley Health Office's death toll").source == "Valley Health Office"
    assert described_source("the toll had risen overnight") is None


def test_a_body_of_the_un_gives_the_un_s_figures() -> None:
    from claimwatch.consolidate.described_figures import speaks_for

    assert "united-nations" in speaks_for("world-health-organization")
    assert speaks_for("valley-courier") == {"valley-courier"}


def test_a_denial_of_a_source_s_toll_joins_the_claim_of_that_toll() -> None:
    given = "The Valley Health Office said 210 people had died in the flood."
    other = "Rescuers in Lisk said 90 people had died in the flood."
    denied = "it was the source of the toll that the Valley Health Office published two days earlier"
    later = "the group had never released those numbers"
    text = f"The Red Cross denied that {denied}. A Red Cross spokesman said {later}."
    picture = build_picture([
        article("a", "2025-05-01", "Valley Courier", given, statements=[("Valley Health Office", "assert", given, None, "said")],
                quantities=[("210 people", 210, None, None, False, "people", "Valley Health Office")]),
        article("b", "2025-05-02", "Radio Solen", other, statements=[("Rescuers", "assert", other, None, "said")],
                quantities=[("90 people", 90, None, None, False, "people", "Rescuers")]),
        article("c", "2025-05-03", "Daily Ledger", text, statements=[
            ("The Red Cross", "deny", denied, "2025-05-03", "denied"), ("A Red Cross spokesman", "deny", later, "2025-05-03", "said")]),
    ])
    with_210 = next(claim for claim in picture.claims if any(e.document == "a" for e in claim.statements))
    assert sorted(e.document for e in with_210.statements) == ["a", "c", "c"]


def test_the_pieces_of_a_quote_split_by_its_attribution_are_one_statement_wherever_their_spans_end() -> None:
    from dataclasses import replace

    from claimwatch.consolidate.claims import said_in, units
    from claimwatch.consolidate.corpus import reports

    text = ('Rescuers worked through the night. "There is no sign at this time," the mayor told reporters, '
            '"that the dam was sabotaged." The pictures were hard to watch, he said.')
    opening = text[text.index('"There'):text.index('sabotaged."') + len('sabotaged.')]  # ends inside the quote
    closing = text[text.index('"that'):text.index('sabotaged."') + len('sabotaged."')]  # ends after it
    document, extraction, _ = article("a", "2025-05-01", "Valley Courier", text, statements=[
        ("the mayor", "deny", opening, None, "told"), ("the mayor", "deny", closing, None, "told")])
    first = extraction.statements[0]
    start = first.span[0] + 1
    first = replace(first, content="There is no sign at this time,", content_span=(start, start + 30))
    extraction = replace(extraction, statements=[first, extraction.statements[1]])
    said = said_in(reports([(document, extraction, None)]))
    assert units(said) == [[0, 1]]


def test_a_person_is_never_it() -> None:
    from claimwatch.consolidate.claims import _speaks_of_itself
    from claimwatch.consolidate.corpus import reports

    text = "The spy chief Lev Arno said it had been too vague. The Front said its fighters struck."
    document, extraction, _ = article("a", "2025-05-01", "Valley Courier", text,
                                      entities=[("Lev Arno", "PERSON"), ("The Front", "ORG")])
    report = reports([(document, extraction, None)])[0]
    assert not _speaks_of_itself(report, "Lev Arno", "it had been too vague")
    assert _speaks_of_itself(report, "The Front", "its fighters struck")
    assert _speaks_of_itself(report, "Lev Arno", "we struck the depot")


def test_a_refusal_to_answer_in_a_transcript_is_about_the_claim_the_question_names() -> None:
    claim = "The Front said its fighters had bombed the Harlow depot."
    transcript = ("Transcript: the minister's briefing\n\n"
                  "QUESTION: The Front's version of events is not mentioned by any official. Why?\n\n"
                  "MINISTER: You are asking about the course of the inquiry. We do not comment on that.")
    answer = "You are asking about the course of the inquiry. We do not comment on that."
    picture = build_picture([
        article("a", "2025-05-01", "Valley Courier", claim,
                statements=[("The Front", "assert", claim, None, "said")], entities=[("The Front", "ORG")]),
        article("b", "2025-05-02", "Radio Solen", "The Front claimed the depot bombing. " + claim,
                statements=[("The Front", "assert", claim, None, "said")], entities=[("The Front", "ORG")]),
        article("c", "2025-05-03", "Daily Ledger", transcript,
                statements=[("MINISTER", "decline", answer, None, "comment")]),
    ])
    with_c = next(claim for claim in picture.claims if any(e.document == "c" for e in claim.statements))
    assert sorted(e.document for e in with_c.statements) == ["a", "b", "c"]


def test_a_recount_joins_the_statement_whose_number_it_puts_otherwise() -> None:
    from claimwatch.consolidate.claims import said_in, units
    from claimwatch.consolidate.corpus import reports

    admitted = "Two of the dockers admitted the theft"
    recount = "the number at three"
    text = ("Dockers in court over port theft\n\n"
            f"{admitted}, the court said on Sunday. The Harbour Wire put {recount}, citing a clerk.\n\n"
            f"Q: How many were charged?\n\nA: The port authority put {recount}.")
    document, extraction, _ = article("a", "2025-05-01", "Valley Courier", text, statements=[
        ("the court", "assert", admitted, None, "said"), ("The Harbour Wire", "assert", recount, None, "put")],
        quantities=[("Two", 2, None, None, False, None, "the court"), ("three", 3, None, None, False, None, None)])
    later = replace(extraction.statements[1], span=(text.rindex(recount), text.rindex(recount) + len(recount)),
                    speaker="The port authority", speaker_span=None)
    extraction = replace(extraction, statements=[*extraction.statements, later])
    assert units(said_in(reports([(document, extraction, None)]))) == [[0, 1], [2]]  # not across a paragraph


def test_pieces_of_one_sentence_join_though_an_abbreviation_looks_like_its_end() -> None:
    from claimwatch.consolidate.claims import said_in, units
    from claimwatch.consolidate.corpus import reports

    claim = "the tip-off named the hall as a potential target"
    text = f"Hall named in warning\n\nIn March {claim}, the Harbour Post reported, citing unnamed U.S. officials."
    document, extraction, _ = article("a", "2025-05-01", "Valley Courier", text, statements=[
        ("the Harbour Post", "assert", claim, None, "reported"),
        ("the Harbour Post", "assert", "the Harbour Post reported", None, "reported"),
        ("unnamed U.S. officials", "assert", "citing unnamed U.S. officials.", None, "citing")])
    pieces = [replace(s, content="") if n else s for n, s in enumerate(extraction.statements)]
    said = said_in(reports([(document, replace(extraction, statements=pieces), None)]))
    assert units(said) == [[0, 1, 2]]


def test_a_demonstrative_agrees_with_the_count_it_points_to() -> None:
    from claimwatch.consolidate.claim_figures import FIGURE_ANAPHOR

    assert not FIGURE_ANAPHOR.search("verified by the agency, and that casualty numbers could move up")
    for phrase in ("those numbers", "that figure", "the death toll", "its own estimates", "these tallies"):
        assert FIGURE_ANAPHOR.search(f"had never released {phrase}"), phrase


def test_a_source_s_bare_number_is_that_source_s_figure_of_that_value() -> None:
    given = "The Valley Health Office said 210 people had died in the flood."
    other = "Rescuers in Lisk said 90 people had died in the flood."
    recap = ("The count was disputed from the start. Rescuers spoke of 90 dead. "
             "The Valley Health Office's 210 travelled furthest abroad. A week later the office withdrew the figure.")
    withdrawn = "the figure"
    picture = build_picture([
        article("a", "2025-05-01", "Valley Courier", given, statements=[("Valley Health Office", "assert", given, None, "said")],
                quantities=[("210 people", 210, None, None, False, "people", "Valley Health Office")]),
        article("b", "2025-05-02", "Radio Solen", other, statements=[("Rescuers", "assert", other, None, "said")],
                quantities=[("90 people", 90, None, None, False, "people", "Rescuers")]),
        article("c", "2025-05-09", "Daily Ledger", "Analysis: the flood count\n\n" + recap,
                statements=[("the office", "deny", withdrawn, None, "withdrew")],
                quantities=[("90", 90, None, None, False, None, "Rescuers"), ("210", 210, None, None, False, None, None)]),
    ])
    with_210 = next(claim for claim in picture.claims if any(e.document == "a" for e in claim.statements))
    assert sorted(e.document for e in with_210.statements) == ["a", "c"]


def test_that_as_many_as_is_a_figure_not_a_pronoun_reference() -> None:
    from claimwatch.consolidate.claim_references import _PRONOUN_AS

    assert not _PRONOUN_AS.match("that as many as 200 people could have died")
    assert _PRONOUN_AS.match("that as a fabrication") and _PRONOUN_AS.match("them as a provocation")


def test_those_responsible_are_pursued_not_an_attack() -> None:
    from claimwatch.consolidate.frames import read_frame

    assert read_frame("to pursue those responsible for the Harlow dam collapse").event == "investigate"
    assert read_frame("that those responsible for the collapse be brought to justice").event == "investigate"
    assert read_frame("the Front was responsible for the bombing").event == "attack"


def test_a_number_given_without_a_unit_is_its_speaker_s_figure_of_that_value() -> None:
    given = "Dr Ana Kell said 210 people had died in the flood."
    other = "Rescuers in Lisk said 90 people had died in the flood."
    recap = "The figure of 210 was first given to the Courier on Monday by Dr Ana Kell."
    picture = build_picture([
        article("a", "2025-05-01", "Valley Courier", given, statements=[("Ana Kell", "assert", given, "2025-05-01", "said")],
                quantities=[("210 people", 210, None, None, False, "people", "Ana Kell")]),
        article("b", "2025-05-02", "Radio Solen", other, statements=[("Rescuers", "assert", other, None, "said")],
                quantities=[("90 people", 90, None, None, False, "people", "Rescuers")]),
        article("c", "2025-05-03", "Daily Ledger", recap,
                statements=[("Ana Kell", "assert", "The figure of 210", "2025-05-01", "given")],
                quantities=[("210", 210, None, None, False, None, None)]),
    ])
    with_210 = next(claim for claim in picture.claims if any(e.document == "a" for e in claim.statements))
    assert sorted(e.document for e in with_210.statements) == ["a", "c"]


def test_a_headline_restates_its_lede_when_another_statement_resembles_it_as_much() -> None:
    from claimwatch.consolidate.claims import said_in, units
    from claimwatch.consolidate.corpus import reports

    headline = "Two dockers were in Ostra before the fire"
    lede = "Two of the dockers charged over the fire at the terminal sailed back from Ostra in May"
    later = "The dockers were probably recruited in Varna before the fire rather than in Ostra"
    text = f"{headline}, official says\n\n{lede}, a port clerk said. {later}, the official added."
    document, extraction, _ = article("a", "2025-05-01", "Valley Courier", text, statements=[
        ("official", "assert", headline, None, "says"), ("a port clerk", "assert", lede, None, "said"),
        ("official", "assert", later, None, "added")])  # the headline's own voice: as much as the lede
    groups = units(said_in(reports([(document, extraction, None)])))
    assert [0, 1] in groups


def test_figures_a_source_verified_are_that_source_s_figures_even_without_an_article() -> None:
    from claimwatch.consolidate.described_figures import described_source

    found = described_source("the council was now using figures that had just been verified by the Valley Health Office")
    assert found.source == "Valley Health Office"
    assert described_source("rising figures worried the mayor") is None


def _report(text: str, statements: list, quantities: list):
    from claimwatch.consolidate.corpus import reports

    document, extraction, _ = article("a", "2025-05-01", "Valley Courier", text, quantities=quantities)
    return reports([(document, replace(extraction, statements=statements), None)])[0]


def test_a_fragment_s_figures_are_read_from_the_rest_of_its_sentence_but_not_from_another_statement() -> None:
    from claimwatch.consolidate.claim_figures import figures

    text = "The relief office revised its report, citing a hospital count of 412 dead."
    start = text.index("its report")
    fragment = Statement(speaker="The relief office", stance="assert", span=(0, len(text)), cue="revised",
                         content="its report", content_span=(start, start + len("its report")))
    quantity = [("412 dead", 412, None, None, False, "dead", "The relief office")]
    assert {(m, n[0], main) for m, n, main, _ in figures(_report(text, [fragment], quantity), fragment)} == \
        {("deaths|", 412.0, True)}  # the rest of the sentence is what the fragment says: its main clause

    text = "The mayor gave a similar account, saying 412 people had died."
    start, said_at = text.index("a similar account"), text.index("412 people")
    fragment = Statement(speaker="The mayor", stance="assert", span=(0, len(text)), cue="gave",
                         content="a similar account", content_span=(start, start + len("a similar account")))
    saying = Statement(speaker="The mayor", stance="assert", span=(0, len(text)), cue="saying",
                       content="412 people had died", content_span=(said_at, len(text) - 1))
    quantity = [("412 people", 412, None, None, False, "people", "The mayor")]
    assert not figures(_report(text, [fragment, saying], quantity), fragment)


def test_a_count_of_identified_dead_is_also_a_count_of_the_dead() -> None:
    from claimwatch.consolidate.claim_figures import figures

    text = "The bodies of 412 people had been recovered and identified, the health office said."
    statement = Statement(speaker="the health office", stance="assert", span=(0, len(text)), cue="said",
                          content=text[:text.index(",")], content_span=(0, text.index(",")))
    quantity = [("412 people", 412, None, None, False, "people", "the health office")]
    measures = {m.split("|")[0] for m, n, _, _ in figures(_report(text, [statement], quantity), statement) if n[0]}
    assert measures == {"identified", "deaths"}


def test_two_claims_that_give_the_same_figure_merge_though_they_share_no_words() -> None:
    from claimwatch.consolidate.claims import merge_claims, said_in
    from claimwatch.consolidate.corpus import reports

    first = "Medics had recovered and identified the bodies of 412 people."
    second = "The office said its update now rests on 412 dead."
    triples = [article("a", "2025-05-01", "Valley Courier", first,
                       statements=[("Medics", "assert", first, None, "said")],
                       quantities=[("412 people", 412, None, None, False, "people", "Medics")]),
               article("b", "2025-05-02", "Radio Solen", second,
                       statements=[("the office", "assert", second, None, "said")],
                       quantities=[("412 dead", 412, None, None, False, "dead", "the office")])]
    said = said_in(reports(triples))
    assert all(s.figures for s in said)
    merged = merge_claims([[0], [1]], [[0], [1]], [{"medic": 1.0}, {"update": 1.0}], [None, None],
                          lambda _: 1.0, said, 0.28)
    assert merged == [[0, 1]]


def test_a_fragment_is_read_with_its_own_part_of_a_sentence_that_holds_two_statements() -> None:
    from claimwatch.consolidate.claim_text import proposition

    text = "Health minister puts toll at 412, denies cholera risk - state agency\n\nThe minister spoke on Monday."
    toll_at, risk_at = text.index("toll"), text.index("cholera risk")
    toll = Statement(speaker="Health minister", stance="assert", span=(0, 68), cue="puts", content="toll",
                     content_span=(toll_at, toll_at + 4))
    risk = Statement(speaker="Health minister", stance="deny", span=(0, 68), cue="denies", content="cholera risk",
                     content_span=(risk_at, risk_at + len("cholera risk")))
    report = _report(text, [toll, risk], [])
    assert proposition(report, risk) == "at 412, denies cholera risk"
    assert proposition(report, toll) == "Health minister puts toll at 412"


def test_a_source_that_names_or_judges_an_event_is_not_made_its_agent() -> None:
    from claimwatch.consolidate.claims import said_in
    from claimwatch.consolidate.corpus import reports

    text = "Ostria's security service classified the bombing as a terrorist attack. Ostria denied bombing the depot."
    classified, denied = "the bombing as a terrorist attack", "bombing the depot"
    document, extraction, _ = article("a", "2025-05-01", "Valley Courier", text, statements=[
        ("Ostria's security service", "assert", classified, None, "classified"), ("Ostria", "deny", denied, None, "denied")],
        entities=[("Ostria", "GPE")])
    judged, own = said_in(reports([(document, extraction, None)]))
    assert judged.frame is not None and not judged.frame.participants
    assert own.frame is not None and own.frame.participants


def test_a_concessive_content_is_framed_by_the_clause_after_but() -> None:
    assert frame("the agency had warned the ministry before the flood, but it was too vague to act on").event == "vague"
    assert frame("the agency had warned the ministry before the flood").event == "warn"


def test_a_plural_the_figures_means_every_figure_of_the_paragraph_that_gave_them() -> None:
    from claimwatch.consolidate.claim_figures import referred_figures

    text = ("Lisk flood toll rises\n\nThe aid group said 412 people had died in Lisk. Another 90 people were "
            "missing, it said.\n\nIts director gave the figures to reporters by telephone.")
    start = text.index("the figures")
    gave = Statement(speaker="Its director", stance="assert", span=(text.index("Its"), len(text)), cue="gave",
                     content="the figures to reporters by telephone", content_span=(start, len(text) - 1))
    quantities = [("412 people", 412, None, None, False, "people", "The aid group"),
                  ("90 people", 90, None, None, False, "people", "The aid group")]
    report = _report(text, [gave], quantities)
    assert {n[0] for _, n, _, _ in referred_figures(report, gave)} == {412, 90}
    single = replace(gave, content="the figure to reporters by telephone")
    report = _report(text.replace("the figures", "the figure "), [single], quantities)
    assert {n[0] for _, n, _, _ in referred_figures(report, single)} == {90}


def test_two_statements_of_one_sentence_set_against_each_other_by_but_are_two_units() -> None:
    from claimwatch.consolidate.claims import said_in, units
    from claimwatch.consolidate.corpus import reports

    first, second = "that reporters had been kept in their hotels", "crews needed the roads for rescue convoys"
    text = f"The aviation minister did not deny {first}, but said {second}."
    document, extraction, _ = article("a", "2025-05-01", "Valley Courier", text, statements=[
        ("The aviation minister", "not_deny", first, None, "deny"), ("The aviation minister", "deny", second, None, "said")])
    extraction = replace(extraction, statements=[replace(s, content_span=s.span, span=(0, len(text)))
                                                 for s in extraction.statements])
    said = said_in(reports([(document, extraction, None)]))
    assert units(said) == [[0], [1]]
    joined = text.replace(", but said", ", and said")
    document = replace(document, text=joined)
    assert units(said_in(reports([(document, extraction, None)]))) == [[0, 1]]


def test_the_first_of_two_coordinated_clauses_frames_the_content() -> None:
    assert frame("it could have been a deliberate act of sabotage and that its engineers were working to repair the line"
                 ).event == "sabotage"


def test_a_definite_count_that_repeats_a_toll_given_before_gives_that_toll() -> None:
    from claimwatch.consolidate.claim_figures import figures

    text = ("Lisk toll\n\nThe toll has reached 412 dead, the minister said. "
            "He said all 412 victims had been buried. The four gunmen fled.")
    repeat_at = text.index("all 412")
    buried = Statement(speaker="He", stance="assert", span=(repeat_at - 8, len(text) - 22), cue="said",
                       content="all 412 victims had been buried", content_span=(repeat_at, repeat_at + 31))
    quantities = [("412 dead", 412, None, None, False, "dead", "the minister"),
                  ("412 victims", 412, None, None, False, "victims", "He")]
    assert {n[0] for _, n, _, _ in figures(_report(text, [buried], quantities), buried)} == {412}
    alone = text.replace("has reached 412 dead", "has risen")
    at = alone.index("all 412")
    buried = replace(buried, span=(at - 8, len(alone) - 22), content_span=(at, at + 31))
    assert not figures(_report(alone, [buried], quantities[1:]), buried)


def test_a_that_clause_is_parsed_as_a_clause_and_framed_by_its_predicate() -> None:
    from claimwatch.consolidate.claims import said_in
    from claimwatch.consolidate.corpus import reports

    content = "that his warnings, and those of other engineers, went unheeded by the ministry for years"
    text = f"Irina Sova told the Valley Courier {content}."
    document, extraction, _ = article("a", "2025-05-01", "Valley Courier", text,
                                      statements=[("Irina Sova", "assert", content, None, "told")])
    assert said_in(reports([(document, extraction, None)]))[0].frame.event == "ignore"


def test_a_phrasal_verb_parted_by_its_object_is_read_whole() -> None:
    parted = frame("the governor had ordered the foreign crews and their trucks out of the valley")
    assert parted.event == "expel" and parted.trigger == "ordered out"
    assert frame("a shortage of water was driving many families to leave") is None


def test_a_possessor_names_another_agent_than_the_speaker() -> None:
    from claimwatch.consolidate.frames import lacks_subject

    assert lacks_subject(parse_all(["any role in the bombing"], ["denied"])[0], "any role in the bombing")
    assert lacks_subject(parse_all(["its role in the bombing"], ["denied"])[0], "its role in the bombing")
    text = "the embassy's warning of an attack"
    assert not lacks_subject(parse_all([text], ["dismissed"])[0], text)


def test_a_unit_reads_a_toll_named_by_one_member_as_the_figure_another_gives() -> None:
    from types import SimpleNamespace

    from claimwatch.consolidate.claims import figures_of_unit

    headline = SimpleNamespace(figures=frozenset({("deaths|", (None, None, None), False, False)}))
    body = SimpleNamespace(figures=frozenset({("deaths|", (412.0, None, None), True, False)}))
    aside = SimpleNamespace(figures=frozenset({("deaths|", (None, None, None), False, False),
                                               ("deaths|", (41.0, None, None), False, False)}))
    assert figures_of_unit([headline, body]) == [frozenset(), body.figures]
    assert figures_of_unit([headline, aside]) == [headline.figures, aside.figures]  # no figure of its own


def test_summoning_officials_or_witnesses_is_investigating() -> None:
    assert frame("the prosecutor had begun summoning officials from the port authority").event == "investigate"
    assert frame("the court summoned witnesses to testify about the fire").event == "investigate"
