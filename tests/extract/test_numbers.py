"""Reading number expressions from plain word lists: no spaCy model needed."""
from __future__ import annotations

import json
import math

import pytest

from claimwatch.extract.numbers import parse_digits, parse_number_words, read_amount


def words(text: str) -> list[str]:
    """A rough tokenizer, enough for these examples: split off $, %, commas and quotes."""
    for mark in ("$", "€", "£", "%", "‘", "’"):
        text = text.replace(mark, f" {mark} ")
    return text.replace(", ", " , ").split()


def read(text: str):
    amount = read_amount(words(text), 0)
    assert amount is not None, text
    return amount


@pytest.mark.parametrize("text, value", [
    ("10,000", 10000), ("4.5", 4.5), ("2bn", 2e9), ("10k", 1e4), (".5", 0.5), ("3m", 3e6),
])
def test_digits(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["F16", "12abc", "1,00", "", "-", "km"])
def test_not_digits(text):
    assert parse_digits(text) is None


@pytest.mark.parametrize("text, value", [
    ("seven", 7), ("three thousand", 3000), ("twenty - five", 25), ("1.2 million", 1.2e6),
    ("two dozen", 24), ("a dozen", 12), ("one hundred and five", 105),
    ("four hundred thousand", 400000), ("fourteen", 14),
])
def test_number_words(text, value):
    assert parse_number_words(text.split()) == value


def test_number_words_reject_other_words():
    assert parse_number_words(["seven", "dwarfs"]) is None
    assert parse_number_words([]) is None


def test_hedged_counts_are_approximate_and_span_the_hedge():
    amount = read("about 10,000 troops")
    assert (amount.value, amount.approx, amount.end) == (10000, True, 2)
    assert read("at least three").approx
    assert read("as many as 2,600").value == 2600
    assert read("some 1,200 homes").approx
    assert not read("5,400 homes").approx


def test_money():
    amount = read("$4.5 million in grants")
    assert (amount.value, amount.unit) == (4.5e6, "dollars")
    assert read("€ 2bn").value == 2e9
    assert read("£300,000").unit == "pounds"
    assert read("more than $1.1 billion").approx
    assert read("640 euros a month").unit == "euros"
    assert read("97 cents").unit == "cents"


def test_percentages():
    assert (read("12%").value, read("12%").unit) == (12, "percent")
    assert read("70 percent").unit == "percent"
    assert read("roughly 9 per cent").unit == "percent"


def test_vague_amounts_get_value_and_range():
    couple = read("a couple thousand fans")
    assert (couple.value, couple.low, couple.high, couple.approx) == (2000, 1500, 3000, True)
    several = read("several thousand")
    assert (several.value, several.low, several.high) == (3000, 2000, 9000)
    assert read("a few thousand").value == 3000
    dozens = read("dozens of boats")
    assert (dozens.value, dozens.low, dozens.high) == (24, 24, 99)
    hundreds = read("hundreds of volunteers")
    assert (hundreds.value, hundreds.low, hundreds.high) == (200, 200, 999)
    tens = read("tens of thousands")
    assert (tens.value, tens.low, tens.high, tens.end) == (20000, 20000, 99000, 3)
    assert read("more than a dozen").value == 12


def test_vague_multiplier_needs_a_scale():
    assert read_amount(words("several cities"), 0) is None
    assert read_amount(words("a few words"), 0) is None


def test_ranges_have_no_single_value():
    for text, low, high in [("11,000 to 12,000", 11000, 12000), ("between 200 and 300", 200, 300),
                            ("200 - 300", 200, 300), ("between $150 million and $300 million", 1.5e8, 3e8),
                            ("1 to 2 million", 1e6, 2e6), ("between 900,000 and 1.2 million", 9e5, 1.2e6)]:
        amount = read(text)
        assert (amount.value, amount.low, amount.high) == (None, low, high), text


def test_a_change_is_not_a_range():
    assert read("6% to $1.8 billion").value == 6
    after_from = read_amount(words("from 12 to 16"), 1)
    assert after_from.value == 12 and after_from.low is None


def test_between_without_and_reads_nothing():
    assert read_amount(words("between 200 people"), 0) is None


def test_negative_measurements():
    assert read("minus 18 degrees").value == -18


def test_hedge_with_a_measure_means_one():
    amount = read("more than a metre above")
    assert (amount.value, amount.approx, amount.unit) == (1, True, "metre")
    assert read_amount(words("a metre"), 0) is None


def test_lone_one_is_flagged():
    assert read("one").spelled_one
    assert not read("one million").spelled_one


@pytest.mark.parametrize("text", ["about", "over the", "$", "between", "minus", "a", "", "-", "%"])
def test_fragments_read_nothing(text):
    assert read_amount(words(text), 0) is None


def test_never_infinite():
    huge = "9" * 400
    assert parse_digits(huge) is None
    amount = read_amount([huge, "billion"], 0)
    assert amount is None or (amount.value is not None and math.isfinite(amount.value))
    assert read_amount(["1e400"], 0) is None


def test_every_start_position_is_safe():
    text = "( ) $ , % between and 10 to - minus a couple of 3.5bn « 7,,000 ’ dozens of".split()
    for i in range(len(text) + 1):
        amount = read_amount(text, i)
        if amount is not None:
            assert i <= amount.start < amount.end <= len(text)
            json.dumps([amount.value, amount.low, amount.high], allow_nan=False)


def test_ranges_glued_into_one_token():
    amount = read_amount(["5.25%-5.50", "%", "band"], 0)
    assert (amount.value, amount.low, amount.high, amount.unit, amount.end) == (None, 5.25, 5.5, "percent", 2)
    money = read_amount(["$", "3-4", "million"], 0)
    assert (money.low, money.high, money.unit) == (3e6, 4e6, "dollars")
    assert read_amount(["3-1"], 0).counts is False


def test_scaled_values_are_free_of_binary_noise():
    assert read_amount(["€", "8.2bn"], 0).value == 8_200_000_000
    assert read("0.1 million").value == 100_000
