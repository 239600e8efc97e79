"""Finding quantities in parsed sentences: what counts, what is counted, what is not a count."""
from __future__ import annotations

import json

import pytest

from claimwatch.extract.quantities import find_quantities


def quantities(nlp, text):
    return find_quantities(nlp(text), [])


def only(nlp, text):
    found = quantities(nlp, text)
    assert len(found) == 1, found
    return found[0]


def test_spans_cover_hedge_and_number(nlp):
    text = "The navy says about 4,000 sailors are on leave."
    q = only(nlp, text)
    assert text[q.span[0]:q.span[1]] == "about 4,000"
    assert (q.value, q.approx, q.unit) == (4000, True, "sailors")


def test_unit_is_the_counted_noun(nlp):
    assert only(nlp, "Rescuers found 12 Dutch tourists in the cave.").unit == "tourists"
    assert only(nlp, "The storm damaged 14 fishing boats overnight.").unit == "fishing boats"
    assert only(nlp, "They moved all three hospitals to generators.").unit == "hospitals"


def test_unit_after_of(nlp):
    q = only(nlp, "Hundreds of nurses and hospital porters joined the strike.")
    assert (q.value, q.low, q.high) == (200, 200, 999)
    assert q.unit == "nurses and hospital porters"
    assert only(nlp, "The fire burned hundreds of square kilometers of forest.").unit == "square kilometers"


def test_measurements(nlp):
    q = only(nlp, "The river rose to 6.2 metres on Sunday.")
    assert (q.value, q.unit) == (6.2, "metres")
    assert only(nlp, "Snow could reach 30 centimetres in the hills.").unit == "centimetres"
    assert only(nlp, "The new 512-kilometer pipeline opened.").value == 512


def test_money_and_percent(nlp):
    found = quantities(nlp, "Profit rose 8% to $3.2 billion, and the bank set aside €40 million.")
    assert [(q.value, q.unit) for q in found] == [(8, "percent"), (3.2e9, "dollars"), (4e7, "euros")]


def test_spelled_numbers_and_dozens(nlp):
    assert only(nlp, "Seven climbers reached the summit.").value == 7
    q = only(nlp, "Roughly two dozen inspectors visited the plant.")
    assert (q.value, q.approx, q.unit) == (24, True, "inspectors")
    assert only(nlp, "At least three thousand fans waited outside.").value == 3000


def test_ranges(nlp):
    q = only(nlp, "The clinic sees between 40 and 60 patients a day.")
    assert (q.value, q.low, q.high, q.unit) == (None, 40, 60, "patients")


def test_bare_number_takes_the_unit_before_it(nlp):
    found = quantities(nlp, "The ferry carried 230 passengers. Officials said 41 were injured.")
    assert [q.unit for q in found] == ["passengers", "passengers"]


@pytest.mark.parametrize("text", [
    "The law was passed in 2019 by the assembly.",
    "The meeting starts at 9:30 on Friday.",
    "The talks lasted two days and ended without a deal.",
    "The siege has gone on for more than three months.",
    "Talks resumed on March 14 in Geneva.",
    "The talks resumed on 14 March in Geneva.",
    "The farmer, aged 67, refused to leave.",
    "Jon Harker, 58, was arrested at the border.",
    "Pilots flew F-16 jets over the coast.",
    "She finished third in the race.",
    "The vote under Article 50 was delayed.",
    "A smaller number of people stayed behind.",
    "One of the guards opened the gate.",
    "Hospitals treated COVID-19 patients in tents.",
    "Prices rose between 2015 and 2020.",
])
def test_not_quantities(nlp, text):
    assert quantities(nlp, text) == [], text


@pytest.mark.parametrize("text", [
    "", "   ", "$$$ %%% ,,,", "((( 12", "between", "9" * 400 + " soldiers", "10" * 200 + " billion dollars",
    "«unbalanced “quote 1,2,3,4", "- 5 - - 6 -", "a couple of", "minus minus 3",
])
def test_odd_input_never_raises_and_stays_inside_the_text(nlp, text):
    for q in quantities(nlp, text):
        assert 0 <= q.span[0] < q.span[1] <= len(text)
        json.dumps([q.value, q.low, q.high], allow_nan=False)


def test_post_hedges_and_fractions(nlp):
    found = quantities(nlp, "Half a million people left, and 2,000 or so stayed behind.")
    assert [(q.value, q.approx) for q in found] == [(500000, False), (2000, True)]


def test_scores_and_codes_are_not_counts(nlp):
    assert quantities(nlp, "Porto beat Braga 3-1 on Sunday.") == []
    assert quantities(nlp, "For help, call 0800-555-019 today.") == []
    assert quantities(nlp, "Flight TK 1952 landed safely.") == []


def test_indian_scales_and_currency_codes(nlp):
    q = only(nlp, "The state set aside Rs 450 crore for repairs.")
    assert (q.value, q.unit) == (4.5e9, "rupees")


@pytest.mark.parametrize("text", [
    "Leaders of the Group of 20 met in Rio.",
    "Boeing 737 jets were grounded.",
    "Two-thirds of members agreed.",
    "The plane left at 0900 GMT.",
    "It is a 50-50 chance.",
])
def test_names_fractions_and_odds_are_not_counts(nlp, text):
    assert quantities(nlp, text) == [], text


def test_glued_scales(nlp):
    assert [q.value for q in quantities(nlp, "About 10m people voted and 300k jobs went.")] == [1e7, 3e5]
    assert [(q.value, q.unit) for q in quantities(nlp, "She ran the 400m race.")] == [(400, "m")]


def test_units_around_the_number(nlp):
    assert only(nlp, "A magnitude 5.9 quake hit the coast.").unit == "magnitude"
    assert only(nlp, "More than 9,000 nurses and doctors walked out.").unit == "nurses and doctors"
    assert only(nlp, "The rebels said they had shot down “dozens” of drones.").unit == "drones"
    assert only(nlp, "Crews sent 30 engines and a tanker.").unit == "engines"


@pytest.mark.parametrize("text", [
    "A fisherman, 81, watched from the quay.",
    "He is 67 and still climbs the hill every day.",
    "The outbreak mostly hit children under 12 in the valley.",
    "Tickets are free for people over 70.",
    "Only those under 16 were turned away.",
])
def test_ages_are_not_quantities(nlp, text):
    assert quantities(nlp, text) == [], text


@pytest.mark.parametrize("text, value", [
    ("The debt is 40 and climbing.", 40),
    ("Over 90 families moved away.", 90),
])
def test_numbers_near_age_words_still_count(nlp, text, value):
    assert only(nlp, text).value == value


def test_the_two_parties_of_a_story_are_no_count(nlp):
    # "the two sides", "the two countries": the parties told of (pair_nouns.tsv), not a figure claimed
    text = "The two sides met. Trade between the two countries rose. The two helicopters crashed."
    assert [(q.text, q.unit) for q in quantities(nlp, text)] == [("two", "helicopters")]


def test_names_ages_and_years_of_things_are_no_counts(nlp):
    text = ("A No 10 spokesman said so. The actor dies at 84. Meena Devi (52), of Rasulpur, was hurt. "
            "The 2024 findings placed 300 homes at risk, and his 1977 pictures sold.")
    assert [(q.text, q.unit) for q in quantities(nlp, text)] == [("300", "homes")]


def test_one_in_five_is_a_share(nlp):
    got = [(q.text, q.value, q.unit, q.approx) for q in quantities(
        nlp, "Roughly one in five practices closed, and two in three voters agreed; 85 in 2020; "
        "the album reached number one in eight countries.")]
    assert got[:2] == [("Roughly one in five", 20.0, "percent", True), ("two in three", 66.7, "percent", False)]
    assert ("85", 85.0) in [(t, v) for t, v, _, _ in got]
    assert ("eight", 8.0) in [(t, v) for t, v, _, _ in got]


def test_plus_or_minus_is_a_margin_not_a_negative_number(nlp):
    got = [(q.value, q.unit) for q in quantities(
        nlp, "The margin of error is plus or minus 3.4 percentage points; it fell to minus 18 degrees.")]
    assert got == [(3.4, "percentage points"), (-18.0, "degrees")]


def test_new_taiwan_dollars_and_asian_currency_codes(nlp):
    q = only(nlp, "The company reported revenue of NT$8.42 billion in August.")
    assert (q.value, q.unit) == (8_420_000_000, "New Taiwan dollars")
    q = only(nlp, "Herders have lost MNT 12 billion in livestock this winter.")
    assert (q.value, q.unit) == (12_000_000_000, "tugriks")


def test_cents_written_against_the_number(nlp):
    found = quantities(nlp, "Steers sold at 452c/kg and heifers made 318c to 346c/kg. It was 25C outside.")
    assert [(q.value, q.low, q.high) for q in found] == [(452, None, None), (None, 318, 346)]
