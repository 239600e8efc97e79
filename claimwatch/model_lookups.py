"""Two of the English model's rule components, run by lookup: the same output in less time.

The attribute ruler maps each fine tag to its coarse part of speech and features,
plus some hundred word exceptions ("gonna", "y'all", "there is"). Each of its ~180
rules tests a token's tag, lower-case form, dependency or space flag, and spaCy's
Matcher tries every rule on every token: a sixth of the model's time. Filing the
rules under the tag or word they test, and remembering what each distinct token
row matched, finds the same matches for a tenth of that; the attributes set are
the ruler's own, token for token. A model whose rules test anything else keeps
its Matcher.

The rule lemmatizer checks each lemma its suffix rules propose against word lists
of up to 57,000 entries, scanning them as lists; as sets they answer the same at
once. `tests/test_model_lookups.py` holds both to the model's own output.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes the table can test: each read for the whole Doc at once with Doc.to_array.
_TESTABLE = ("TAG", "LOWER", "DEP", "ORTH", "IS_SPACE")
_INDEXED = ("TAG", "LOWER", "DEP", "ORTH")  # what a rule is filed under when its first token tests one value
_MAX_ROWS = 100_000  # distinct (tag, word, dependency, ...) rows remembered (some 20 MB) before starting afresh
_INDEXED_COLUMNS = tuple(_TESTABLE.index(key) for key in _INDEXED)


@dataclass(frozen=True)
class _Rule:
    """One alternative of one ruler pattern: a test per token, filed under its first token's value."""
    number: int  # the pattern's place in the ruler: later rules override earlier ones
    tests: tuple[tuple[tuple[int, Callable[[Any], bool]], ...], ...]  # per token: (column, test) pairs


class AttributeTable:
    """Finds the matches an AttributeRuler's Matcher would, by looking rules up per token, and sets
    what the ruler would set."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self._strings = ruler.vocab.strings
        self._filed: dict[tuple[int, int], list[_Rule]] = {}  # (column, value hash) -> rules
        self._unfiled: list[_Rule] = []
        self._by_row: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[_Rule, ...]]] = {}  # a token's findings
        patterns = ruler.patterns
        for number, pattern in enumerate(patterns):
            for alternative in pattern["patterns"]:
                self._file(number, alternative)
        self._indices = list(ruler.indices)
        self._merged: dict[tuple[int, ...], dict] = {}  # the attributes a sequence of rules sets
        self._ruler_set_annotations = ruler.set_annotations
        self._ids = [self._strings.add(str(number)) for number in range(len(patterns))]  # the ruler's match ids

    @classmethod
    def for_ruler(cls, ruler: AttributeRuler) -> "AttributeTable | None":
        """The table for this ruler, or None when a rule tests something the table cannot."""
        try:
            return cls(ruler)
        except _Untestable:
            return None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule number, match id, start, end) for every match, sorted as AttributeRuler.match sorts."""
        if not len(doc):
            return []
        rows = doc.to_array(list(_TESTABLE)).tolist()
        matches = []
        for start, row in enumerate(rows):
            key = tuple(row)
            found = self._by_row.get(key)
            if found is None:
                found = self._by_row[key] = self._first_tokens_passing(row)
            single, longer = found
            matches.extend((number, self._ids[number], start, start + 1) for number in single)
            for rule in longer:
                end = start + len(rule.tests)
                if end <= len(rows) and all(test(rows[start + k][column])
                                            for k, token_tests in enumerate(rule.tests[1:], 1)
                                            for column, test in token_tests):
                    matches.append((rule.number, self._ids[rule.number], start, end))
        if len(self._by_row) > _MAX_ROWS:  # a long-running reader meets new words without end
            self._by_row.clear()
        return sorted(set(matches))

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """Set each matched token's attributes as the ruler would, rule after rule, in one call per token."""
        numbers_at: dict[int, list[int]] = {}
        for number, _, start, end in matches:
            index = self._indices[number]
            if not -(end - start) <= index < end - start:  # the ruler's own error, raised by the ruler
                return self._ruler_set_annotations(doc, matches)
            numbers_at.setdefault(start + index if index >= 0 else end + index, []).append(number)
        for position, numbers in numbers_at.items():
            key = tuple(numbers)
            attrs = self._merged.get(key)
            if attrs is None:  # a later rule's value for an attribute replaces an earlier one's
                attrs = self._merged[key] = {name: value for number in numbers
                                             for name, value in self.ruler.attrs[number].items()}
            set_token_attrs(doc[position], attrs)

    def _first_tokens_passing(self, row: list[int]) -> tuple[tuple[int, ...], tuple[_Rule, ...]]:
        """The one-token rules a token with these attributes matches, and the longer rules it may start."""
        candidates = list(self._unfiled)
        for column in _INDEXED_COLUMNS:
            candidates.extend(self._filed.get((column, row[column]), ()))
        passing = [rule for rule in candidates if all(test(row[column]) for column, test in rule.tests[0])]
        return (tuple(sorted({rule.number for rule in passing if len(rule.tests) == 1})),
                tuple(rule for rule in passing if len(rule.tests) > 1))

    def _file(self, number: int, alternative: list[dict]) -> None:
        tests = tuple(tuple(self._test(key, value) for key, value in token.items()) for token in alternative)
        rule = _Rule(number, tests)
        first = alternative[0]
        for key in _INDEXED:
            if isinstance(first.get(key), str):
                self._filed.setdefault((_TESTABLE.index(key), self._strings.add(first[key])), []).append(rule)
                return
        self._unfiled.append(rule)

    def _test(self, key: str, value: Any) -> tuple[int, Callable[[Any], bool]]:
        if key not in _TESTABLE:
            raise _Untestable(key)
        column = _TESTABLE.index(key)
        if key == "IS_SPACE":
            if not isinstance(value, bool):
                raise _Untestable(key)
            return column, (lambda cell, wanted=int(value): cell == wanted)
        if isinstance(value, str):
            return column, (lambda cell, wanted=self._strings.add(value): cell == wanted)
        if isinstance(value, dict) and len(value) == 1:
            (operator, operand), = value.items()
            text = self._strings.__getitem__
            if operator == "IN":
                wanted = frozenset(operand)
                return column, (lambda cell: text(cell) in wanted)
            if operator == "NOT_IN":
                unwanted = frozenset(operand)
                return column, (lambda cell: text(cell) not in unwanted)
            if operator == "REGEX":
                search = re.compile(operand).search
                return column, (lambda cell: search(text(cell)) is not None)
        raise _Untestable(key)


class _Untestable(ValueError):
    """A rule tests an attribute or operator the table does not read."""


def speed_up(nlp: Language) -> None:
    """Give the model's attribute ruler and rule lemmatizer their lookups, where their rules allow."""
    if "attribute_ruler" in nlp.pipe_names:
        _speed_up_ruler(nlp.get_pipe("attribute_ruler"))
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
        _index_as_sets(lemmatizer)


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """The rule lemmatizer asks whether each candidate lemma is a known word of its part of speech;
    its word lists answer by scanning up to 57,000 entries, the same sets at once."""
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for part_of_speech, words in list(index.items()):
        if isinstance(words, list):
            index[part_of_speech] = frozenset(words)


def _speed_up_ruler(ruler: AttributeRuler) -> bool:
    """Have the ruler find its matches through an AttributeTable; False (ruler untouched) if it cannot."""
    table = AttributeTable.for_ruler(ruler)
    if table is None:
        return False
    ruler.match = table.match
    ruler.set_annotations = table.set_annotations
    return True
