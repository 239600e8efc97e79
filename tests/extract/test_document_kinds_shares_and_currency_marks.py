"""Readings session 47 added from the heldout48 blind set.

Quantities: a fraction after a hedge or "by" is a share, in percent ("about a third" 33.3, "nearly
two-thirds" 66.7, "cut by a quarter" 25), never a fraction of a stretch of time, an ordinal or a
part of a number ("half an hour", "a third term", "half a million"); a sum closed by "/-" is money,
so its glued "m" is millions ("2.8m/-"); "Shs", "HK$" and ISO codes ("DKK", "NOK") are currencies;
a scale written short that the tokenizer took with the sentence's full stop is still the scale
("worth £11.4m.").

Sources: a document whose modifiers only say what kind it is ("county records", "a remittance
report", "budget documents") is the source, named with them, not the bare modifier; a body's own
word before a document stays the body ("according to police information"); "whose report" belongs
to the body named just before "whose", wherever the parser hung the clause."""
from datetime import date

from claimwatch.extract import extract

PUBLISHED = date(2025, 3, 19)  # a Wednesday


def _values(text: str) -> dict[str, tuple[float | None, str | None]]:
    return {q.text: (q.value, q.unit) for q in extract(text, PUBLISHED).quantities}


def test_a_hedged_fraction_is_a_share_in_percent():
    values = _values("Drought survey finds growers hit hard\n\nAbout a third of growers lost crops, and more than "
                     "half were women. Nearly two-thirds of the sites closed. Output fell by a quarter.")
    assert values["About a third"] == (33.3, "percent")
    assert values["more than half"] == (50, "percent")
    assert values["Nearly two-thirds"] == (66.7, "percent")
    assert values["a quarter"] == (25, "percent")


def test_a_fraction_of_time_an_ordinal_or_a_number_is_no_share():
    values = _values("Court jails former director over accounts\n\nHe will serve half of his term in custody. "
                     "Sales were soft in the first half of the year. She won a third term. The hearing took about "
                     "half an hour. Half a million people voted.")
    assert not any(unit == "percent" for _, unit in values.values())
    assert values["Half a million"] == (500000, "people")


def test_marks_of_money_are_read_with_their_numbers():
    values = _values("Cashew farmers still owed billions, union says\n\nThe government has paid 14.2bn/- to "
                     "farmers and 2.8m/- to each society. The firm owes Shs870 million and DKK 7.4 billion. "
                     "Another HK$3.2 billion went to NOK 450 million in bonds, a debt worth £11.4m. The rest "
                     "is unpaid.")
    assert values["14.2bn/-"][0] == 14_200_000_000
    assert values["2.8m/-"][0] == 2_800_000
    assert values["Shs870 million"] == (870_000_000, "shillings")
    assert values["DKK 7.4 billion"] == (7_400_000_000, "kroner")
    assert values["HK$3.2 billion"] == (3_200_000_000, "Hong Kong dollars")
    assert values["NOK 450 million"] == (450_000_000, "kroner")
    assert next(v for text, v in values.items() if text.startswith("£11.4")) == (11_400_000, "pounds")


def test_a_document_named_by_its_kind_is_the_source(read):
    statements = read("Lender moves Denver tower loan to special servicing\n\nThe $212 million loan was moved to "
                      "special servicing, according to a remittance report reviewed by the newsletter. The tower "
                      "is valued at $201 million, according to county records. The project is late, according to "
                      "budget documents seen by the paper.")
    speakers = {s.speaker for s in statements}
    assert {"remittance report", "county records", "budget documents"} <= speakers
    assert not {"remittance", "county", "budget"} & speakers


def test_a_body_s_own_word_before_a_document_leaves_the_body_the_source(read):
    statements = read("Gondola slipped back at ski resort\n\nSix people were hurt, according to police information. "
                      "The figures were released by the Pentagon, according to Pentagon documents.")
    speakers = [s.speaker for s in statements]
    assert "police" in speakers and "police information" not in speakers
    assert "Pentagon" in speakers


def test_whose_document_belongs_to_the_body_named_before_it(read):
    statements = read("Town clerk denies ghost roads charges\n\nThe case arose from a special audit by the "
                      "Inspectorate of Government, whose report, released in November, put the loss at "
                      "Shs1.3 billion.")
    put = next(s for s in statements if s.cue == "put")
    assert put.speaker == "Inspectorate of Government"
