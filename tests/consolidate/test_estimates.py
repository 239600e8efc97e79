"""Estimate series: one measured thing across holders and time."""
from __future__ import annotations

from claimwatch.consolidate import Picture, build_picture
from ostria_story import article, picture  # noqa: F401 (picture is a fixture)


def test_troops_soldiers_and_forces_are_one_series_with_its_place(picture: Picture) -> None:
    troops = [s for s in picture.series if s.unit == "troops"]
    assert len(troops) == 1
    series = troops[0]
    assert series.label == "Ostrian troops in Velna"
    assert {e.quantity.unit for e in series.estimates} == {"soldiers", "troops", "forces"}


def test_series_range_latest_per_holder_and_conservative_figure(picture: Picture) -> None:
    series = next(s for s in picture.series if s.unit == "troops")
    assert (series.low, series.high) == (2000, 3000)
    latest = {e.holder: e for e in series.latest}
    assert set(latest) == {"Pat Ryder", "NATO"}
    assert latest["Pat Ryder"].citation.document == "post-1"  # his latest, not the wire copy of the day before
    assert series.conservative == 2000
    assert series.conservative_from.holder == "NATO"


def test_figures_that_disagree_beyond_their_hedges_are_a_contradiction(picture: Picture) -> None:
    series = next(s for s in picture.series if s.unit == "troops")
    assert len(series.contradictions) == 1
    assert series.contradictions[0].explanation == "Pat Ryder gives about 3,000, NATO gives 2,000–2,500"


def toll(doc_id: str, day: str, holder: str, sentence: str, number: str, value: float, approx: bool = False):
    return article(doc_id, day, "Test Wire", sentence,
                   statements=[(holder, "assert", sentence, day, "said")],
                   quantities=[(number, value, None, None, approx, "people", holder)])


def test_generic_units_take_their_measure_from_the_words_around_them() -> None:
    picture = build_picture([
        toll("a", "2025-05-01", "Lena Holm", "Lena Holm said 40 people died in the storm.", "40", 40),
        toll("b", "2025-05-02", "Omar Reyes", "Omar Reyes said 300 people were evacuated from the coast.", "300", 300),
    ])
    assert {s.unit for s in picture.series} == {"deaths", "displaced people"}


def test_hedged_figures_that_overlap_do_not_clash() -> None:
    picture = build_picture([
        toll("a", "2025-05-01", "Lena Holm", "Lena Holm said about 40 people died in the storm.", "about 40", 40, True),
        toll("b", "2025-05-02", "Omar Reyes", "Omar Reyes said 43 people died in the storm.", "43", 43),
    ])
    series = picture.series[0]
    assert series.contradictions == ()
    assert series.conservative == 40 and (series.low, series.high) == (40, 43)


def test_an_old_figure_does_not_make_the_conservative_estimate() -> None:
    picture = build_picture([
        toll("a", "2025-05-01", "Lena Holm", "Lena Holm said 12 people died in the storm.", "12", 12),
        toll("b", "2025-05-20", "Omar Reyes", "Omar Reyes said 43 people died in the storm.", "43", 43),
    ])
    assert picture.series[0].conservative == 43  # 12 was a first count, three weeks stale


def test_troops_of_two_sides_are_two_series() -> None:
    ours = "General Ivo Marr said 5,000 Ostrian troops were massed on the border."
    theirs = "General Ivo Marr said 20,000 Velnian troops faced them."
    entities = [("Ostrian", "NORP"), ("Velnian", "NORP")]
    picture = build_picture([
        article("a", "2025-05-01", "Test Wire", ours, statements=[("Ivo Marr", "assert", ours, None, "said")],
                quantities=[("5,000", 5000, None, None, False, "troops", "Ivo Marr")], entities=entities[:1]),
        article("b", "2025-05-01", "Test Wire", theirs, statements=[("Ivo Marr", "assert", theirs, None, "said")],
                quantities=[("20,000", 20000, None, None, False, "troops", "Ivo Marr")], entities=entities[1:]),
    ])
    assert sorted(s.label for s in picture.series) == ["Ostrian troops", "Velnian troops"]
    assert all(s.contradictions == () for s in picture.series)


def test_a_figure_the_sentence_moves_away_from_is_history_not_the_latest() -> None:
    sentence = "Lena Holm said 71 people died in the storm, up from 41 a week earlier."
    picture = build_picture([article("a", "2025-05-08", "Test Wire", sentence,
                                     statements=[("Lena Holm", "assert", sentence, "2025-05-08", "said")],
                                     quantities=[("71", 71, None, None, False, "people", "Lena Holm"),
                                                 ("41", 41, None, None, False, "people", "Lena Holm")])])
    series = picture.series[0]
    assert [e.value for e in series.estimates if e.previous] == [41]
    assert [e.value for e in series.latest] == [71]
    assert series.conservative == 71 and (series.low, series.high) == (41, 71)


def reading(sentence: str, number: str, others: tuple[str, ...] = (), previous: str = ""):
    from claimwatch.consolidate.measures import read_measure
    start = sentence.index(number)
    spans = tuple((sentence.index(o), sentence.index(o) + len(o)) for o in others)
    return read_measure(sentence, start, start + len(number), None, spans, previous)


def test_the_predicate_of_the_figures_own_clause_decides_what_it_counts() -> None:
    assert reading("Police said 14 people have been arrested after the riot.", "14").measure == "detained"
    assert reading("The death toll rose to 52 on Monday.", "52").measure == "deaths"
    assert reading("Officials said 30 people remain in hospital.", "30").measure == "hospitalised"
    assert reading("A judge ordered six suspects held in pre-trial detention.", "six").measure == "remanded"
    both = "At least 9 people were killed and more than 20 were wounded, the agency said."
    assert reading(both, "9", ("more than 20",)).measure == "deaths"
    assert reading(both, "more than 20", ("9",)).measure == "injured"


def test_money_time_and_things_belong_to_no_series_and_say_why() -> None:
    money = reading("The council pledged 500 euros to each family that lost its home.", "500")
    assert money.measure is None and "money" in money.reason
    shelters = reading("Twelve people in two shelters fell ill with typhoid.", "two", ("Twelve",))
    assert shelters.measure is None and "shelters" in shelters.reason
    assert reading("Twelve people in two shelters fell ill with typhoid.", "Twelve", ("two",)).measure == "cases"
    assert reading("More than 30,000 tickets were sold.", "30,000").measure is None
    assert reading("The mayor said 300 people gathered in the square.", "300").measure is None


def test_a_part_of_a_count_is_a_count_of_its_own_and_a_qualifier_narrows_it() -> None:
    part = reading("The ministry said 80 people died, five of them children.", "five", ("80",))
    assert part.measure == "deaths:children" and part.label == "children among the deaths"
    identified = reading("Only 20 of the bodies have been identified so far.", "20")
    assert identified.measure == "identified"
    missing = reading("Rescuers found 12 bodies, and dozens more were missing.", "dozens", ("12",))
    assert missing.measure == "missing"


def test_a_bare_answer_takes_its_measure_from_the_question_before_it() -> None:
    answer = reading("A: About 400.", "About 400", previous="Q: How many people are still missing?")
    assert answer.measure == "missing" and "sentence before" in answer.reason


def test_a_qualified_count_kept_up_by_one_report_folds_into_its_measure_and_repeats_join_it() -> None:
    official = "The health ministry said the number of registered deaths had reached 2,114."
    # a second, independent report (another outlet, its own words): one outlet's copy would not count
    again = "Speaking in parliament, the health minister put registered deaths at 2,114 on Friday."
    plain = "The toll stood at 2,114, the agency said."
    picture = build_picture([
        toll("a", "2025-05-01", "the health ministry", official, "2,114", 2114),
        article("b", "2025-05-02", "Other Daily", again, statements=[("the health minister", "assert", again,
                                                                       "2025-05-02", "put")],
                quantities=[("2,114", 2114, None, None, False, "deaths", "the health minister")]),
        toll("c", "2025-05-03", "the agency", plain, "2,114", 2114),
    ])
    assert [s.unit for s in picture.series] == ["officially registered deaths"]
    assert "repeats 2,114" in picture.series[0].estimates[-1].why
    lone = build_picture([toll("a", "2025-05-01", "the health ministry", official, "2,114", 2114),
                          toll("c", "2025-05-03", "the agency", plain, "2,114", 2114)])
    assert [s.unit for s in lone.series] == ["deaths"]  # one report's wording is not a count of its own


def test_the_outlets_own_aside_and_headline_have_no_holder() -> None:
    aside = ("Rebels claimed the attack on the market, where 31 people were killed, "
             "and the army vowed to respond.")
    picture = build_picture([
        article("a", "2025-05-01", "Test Wire", aside, statements=[("Rebels", "assert", aside, None, "claimed")],
                quantities=[("31", 31, None, None, False, "people", "Rebels")]),
    ])
    figure = picture.series[0].estimates[0]
    assert figure.holder_id is None and "aside" in figure.why


def test_a_figure_named_with_its_source_is_that_sources() -> None:
    sentence = "The 1,800 identified bodies recorded by the World Health Organization were buried on Sunday."
    picture = build_picture([
        article("a", "2025-05-01", "Test Wire", sentence,
                quantities=[("1,800", 1800, None, None, False, "bodies", None)]),
    ])
    figure = next(e for s in picture.series for e in s.estimates) if picture.series else picture.loose_figures[0]
    assert figure.holder == "World Health Organization"


def test_soldiers_killed_are_soldiers_among_the_dead_and_troops_sent_are_troops() -> None:
    killed = reading("The army said 300 enemy soldiers were killed in the assault.", "300")
    assert killed.measure == "deaths:troops" and killed.label == "troops among the deaths"
    assert reading("The ministry said 3,000 troops were deployed to the border.", "3,000").measure == "troops"
    assert reading("About 10,000 soldiers have crossed into the province.", "About 10,000").measure == "troops"


def test_the_subject_that_gives_a_figure_holds_it_but_a_document_does_not() -> None:
    from claimwatch.consolidate.holders import _subject_giving
    assert _subject_giving("a day later the province's governor was citing ") == "the province's governor"
    assert _subject_giving("The mayor extrapolated up to ") == "The mayor"
    assert _subject_giving("The earlier version had put the toll at ") is None
    assert _subject_giving("Rain fell on ") is None


def test_a_country_that_opens_the_sentence_is_where_its_figures_count_but_a_city_is_where_someone_spoke() -> None:
    here = "The quake killed 2,300 people in southern Turkey, the agency said."
    there = "In neighbouring Syria, the health ministry said 800 people had died."
    spoke = "In Geneva, a Red Cross official said 500 people had died."
    picture = build_picture([
        article("a", "2025-02-07", "Test Wire", here, statements=[("the agency", "assert", here, None, "said")],
                quantities=[("2,300", 2300, None, None, False, "people", "the agency")], entities=[("Turkey", "GPE")]),
        article("b", "2025-02-08", "Test Wire", there,
                statements=[("the health ministry", "assert", there, None, "said")],
                quantities=[("800", 800, None, None, False, "people", "the health ministry")],
                entities=[("Syria", "GPE")]),
        article("c", "2025-02-08", "Test Wire", spoke,
                statements=[("a Red Cross official", "assert", spoke, None, "said")],
                quantities=[("500", 500, None, None, False, "people", "a Red Cross official")],
                entities=[("Geneva", "GPE")]),
    ])
    assert sorted(s.label for s in picture.series) == ["deaths in Syria", "deaths in southern Turkey"]
    assert len({s.id for s in picture.series}) == 2


def test_a_news_medium_citing_a_source_relays_its_figure_an_institution_citing_one_gives_its_own() -> None:
    relayed = "The news agency Nordpress reported that 2,000 troops had crossed the border, citing the army staff."
    adopted = "The UN relief office revised its report, citing a World Health Organization count of 950 dead."
    picture = build_picture([
        article("a", "2025-05-01", "Test Wire", relayed,
                statements=[("The news agency Nordpress", "assert", relayed, None, "reported")],
                quantities=[("2,000", 2000, None, None, False, "troops", "The news agency Nordpress")]),
        article("b", "2025-05-02", "Test Wire", adopted,
                quantities=[("950", 950, None, None, False, None, "World Health Organization")]),
    ])
    holders = {e.citation.document: e.holder for s in picture.series for e in s.estimates}
    assert holders == {"a": "army staff", "b": "UN relief office"}


def test_time_words_around_the_subject_are_not_its_name() -> None:
    from claimwatch.consolidate.holders import _subject_giving
    assert _subject_giving("09:40 - The rescue service now puts the death toll at ") == "The rescue service"
    assert _subject_giving("Earlier in the week the agency had counted ") == "the agency"


def test_a_figure_of_an_earlier_event_is_in_no_series() -> None:
    sentence = "It was the deadliest attack since the 2004 siege in the city, where more than 300 people died."
    picture = build_picture([toll("a", "2025-05-01", "the agency", sentence, "more than 300", 300)])
    assert picture.series == () and "earlier event (2004)" in picture.loose_figures[0].why


def test_a_bare_figure_after_a_sum_of_money_counts_money_too() -> None:
    from claimwatch.consolidate.measures import read_measure

    sentence = "Families of the dead will receive 2 million roubles each and the injured 1 million."
    money = (sentence.index("2 million"), sentence.index("2 million") + len("2 million roubles"))
    bare = sentence.index("1 million")
    reading = read_measure(sentence, bare, bare + len("1 million"), None, (money,))
    assert reading.measure is None and "roubles" in reading.reason


def test_a_bare_figure_after_an_elided_one_counts_money_too() -> None:
    from claimwatch.consolidate.measures import read_measure

    s = ("The governor said families of the dead would receive 2 million euros each, people in hospital "
         "800,000 and other injured 300,000.")
    spans = [(s.index(x), s.index(x) + len(x)) for x in ("2 million euros", "800,000", "300,000")]
    for a, b in spans:
        assert read_measure(s, a, b, None, tuple(o for o in spans if o != (a, b))).measure is None


def test_the_parts_of_a_whole_a_sentence_opens_with_are_no_totals() -> None:
    from claimwatch.consolidate.measures import read_measure

    s = "Of the 60 victims identified so far, 35 had drowned and 25 died under rubble."
    assert read_measure(s, s.index("35"), s.index("35") + 2, None, ()).measure is None


def test_a_story_label_opening_a_headline_is_no_source() -> None:
    text = "Exclusive: 300 soldiers were killed near Velna, officials say\n\nThe fighting went on."
    picture = build_picture([article("a", "2025-05-01", "Valley Courier", text,
                                     quantities=[("300 soldiers", 300, None, None, False, "soldiers", None)])])
    figures = [e for s in picture.series for e in s.estimates]
    assert figures and all(e.holder != "Exclusive" for e in figures)


def test_a_figure_after_a_short_answer_counts_what_the_question_asked() -> None:
    from claimwatch.consolidate.corpus import reports
    from claimwatch.consolidate.estimates import measured

    text = ("Q&A: the Lisk flood\n\nQ: How many are missing?\nA: Hundreds. The Red Cross put the number at 400 "
            "on Tuesday.\n\nQ: Who is counting?\nA: Several agencies. The governor put the number at 500.")
    report = reports([article("a", "2025-05-01", "Valley Courier", text,
                              quantities=[("400", 400, None, None, False, None, "The Red Cross"),
                                          ("500", 500, None, None, False, None, "The governor")])])[0]
    first, second = report.extraction.quantities
    assert measured(report, first).measure == "missing"
    assert measured(report, second) is None  # the question asked no count


def test_an_age_in_apposition_to_a_name_is_no_figure_of_any_series() -> None:
    from claimwatch.consolidate.corpus import reports
    from claimwatch.consolidate.estimates import measured

    text = ("Lisk trial\n\nFour men were remanded in custody on Sunday. The men - Tomas Brenner, 32, and Dario "
            "Keln, 19 - face life in prison. Police said 12 people were detained.")
    report = reports([article("a", "2025-05-01", "Valley Courier", text,
                              quantities=[("32", 32, None, None, False, None, None),
                                          ("19", 19, None, None, False, None, None),
                                          ("12 people", 12, None, None, False, "people", "Police")])])[0]
    ages, detained = report.extraction.quantities[:2], report.extraction.quantities[2]
    assert all(measured(report, q) is None for q in ages)
    assert measured(report, detained).measure == "detained"
