"""claimwatch's spaCy components: each wraps one pure extractor and sets a Doc extension.

A spaCy user can add them to a pipeline of their own::

    nlp.add_pipe("claimwatch_times"); nlp.add_pipe("claimwatch_statements")
    nlp.add_pipe("claimwatch_quantities")
    doc = nlp.make_doc(text); doc._.published = date(2024, 10, 30); doc = nlp(doc)
    doc._.statements

Order matters: statements date themselves from the times, quantities take their
holder from the statements.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .headline_parse import reparse_headline
from .holder_words import doc_text
from .parse_repairs import (
    raise_documents_to_subjects, rehang_document_participles, rejoin_coordinated_acts, restore_acts_after_relative_clauses,
    restore_acts_read_as_nouns, restore_acts_read_as_reduced_relatives, restore_claims_after_demonstratives,
    restore_claims_read_as_verbs, restore_contact_relatives, restore_hearers_before_reduced_relatives,
    restore_names_read_as_adverbs, restore_present_acts_read_as_nouns, restore_subjects_before_reduced_relatives,
    restore_subjects_read_as_adverbial_nouns, return_names_to_sources,
)
from .quantities import find_quantities
from .quotes import headline_line as _headline
from .quotes import transcript_turns
from .subject_repairs import (
    restore_plural_subjects_before_place_names, restore_plural_subjects_read_as_verbs, restore_subjects_after_fronted_frames,
)
from .source_marks import DATELINE_DASHES
from .speakers import address_titles
from .statements import find_statements
from .times import find_times, infer_published

for _name, _default in (
    ("published", None),
    ("published_inferred", False),
    ("outlet", None),  # the publisher's name: the text's own voice, never a source of it
    ("times", None),
    ("statements", None),
    ("quantities", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.component("claimwatch_paragraphs", assigns=["token.is_sent_start"])
def paragraphs_component(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline, a dateline or a liveblog entry never runs into the
    paragraph after it ("... at least 40 dead, FSB says\n\nMOSCOW (Wire) - Men in ..."). Runs
    before the parser, which keeps boundaries already set."""
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    for token in _headline(doc)[:-1]:  # "X charged over the attack; no comment on Y, says Z": two headlines in one
        if token.text == ";":
            doc[token.i + 1].is_sent_start = True
    for token in doc[:-1]:  # "its managing director, Engr. Musa Gital, blamed": a title's stop ends nothing
        if token.text == "." and token.i > 0 and not doc[token.i - 1].whitespace_:
            title = doc[token.i - 1].lower_ + "."  # "Engr" "." as the tokenizer splits it
        elif token.text.endswith(".") and len(token) > 1:
            title = token.lower_
        else:
            continue
        if title in address_titles() and doc[token.i + 1].is_title and "\n" not in token.whitespace_:
            doc[token.i + 1].is_sent_start = False
    for token in doc[1:-1]:  # "said in a post on X. It did not say": a letter after a lower-case word
        after = doc[token.i + 1]  # ends a name, unless a name follows ("said D. Batbayar", "John F. Kennedy")
        if len(token) == 2 and token.text[0].isupper() and token.text[1] == "." and doc[token.i - 1].is_lower \
                and after.is_title and after.is_alpha and len(after) > 1 and after.tag_ not in ("NNP", "NNPS"):
            after.is_sent_start = True
    for turn in transcript_turns(doc_text(doc)):  # "Question (Mekong TV): The Post reported ...": the label
        start = doc.char_span(turn.paragraphs[0][0], turn.paragraphs[0][1], alignment_mode="expand")
        if start is not None and start.start > 0:  # is no part of what follows it
            doc[start.start].is_sent_start = True
    for token in doc:
        if token.is_sent_start or token.i == 0:
            end = dateline_end(doc, token.i)
            if end is not None and end < len(doc):
                doc[end].is_sent_start = True
                k = end + 1  # "SYDNEY - Owen Marsh said": the name the report opens on is not cut
                while k < len(doc) and doc[k].is_title and doc[k - 1].is_title and "\n" not in doc[k - 1].whitespace_:
                    doc[k].is_sent_start = False
                    k += 1
    return doc


def dateline_end(doc: Doc, start: int) -> int | None:
    """Where the sentence after a wire dateline opening a line begins ("GENEVA – Most of the
    deaths ...", "KYIV, Ukraine (Wire) — The minister said ..."), or None. Left in its sentence,
    the parser takes the city for the subject and the report for a clause hanging on it; set
    apart, the report parses as the sentence it is. Read from spelling and tags alone, since
    this runs before the parser: a place in capitals, then only names, numbers, commas and an
    agency in brackets up to the dash."""
    first = doc[start]
    if not (first.is_alpha and (first.is_upper or first.is_title) and len(first) > 1):
        return None
    for k in range(start + 1, min(start + 16, len(doc))):  # "UNITED NATIONS, United States, Nov 18 (AMP) -"
        token = doc[k]
        if token.text in DATELINE_DASHES:
            if not first.is_upper and not _agency_credit(doc[start:k]):
                return None  # a place in title case opens a dateline only with the agency's credit
            return k + 1 if k + 1 < len(doc) and not doc[k + 1].is_space else None
        if "\n" in doc[k - 1].whitespace_ or token.is_space:
            return None
        if not (token.text in (",", "(", ")", ".", "/") or token.like_num or token.tag_ in ("NNP", "NNPS", "CD")
                or token.is_upper):
            return None
    return None


def _agency_credit(tokens) -> bool:
    """ "Muscat, March 11 (GPNA) --": a dateline in title case, as some agencies write it, is told
    by the agency's name in capitals in brackets just before the dash."""
    words = list(tokens)
    return len(words) >= 4 and words[-1].text == ")" and words[-3].text == "(" \
        and words[-2].is_upper and words[-2].is_alpha and words[1].text == ","


@Language.factory("claimwatch_headline", requires=["token.dep"], assigns=["token.dep", "token.tag"])
def make_headline_component(nlp: Language, name: str):
    """Re-reads a headline whose present-tense reporting verb the parser took for a noun
    (`headline_parse.py`), parsing the past-tense variant with the pipeline's own tagger and
    parser; then mends the misreadings of reports that `parse_repairs.py` knows (a second act read
    as a clause of the first, three around documents, a cue read as a noun, and a relative clause
    with no "that")."""
    readers = [proc for pipe, proc in nlp.pipeline
               if pipe in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")]

    def parse(doc: Doc) -> Doc:
        for proc in readers:
            doc = proc(doc)
        return doc

    def headline_component(doc: Doc) -> Doc:
        reparse_headline(doc, parse)
        rejoin_coordinated_acts(doc)
        rehang_document_participles(doc)
        return_names_to_sources(doc)
        raise_documents_to_subjects(doc)
        restore_acts_read_as_nouns(doc)
        restore_present_acts_read_as_nouns(doc)
        restore_claims_read_as_verbs(doc)
        restore_claims_after_demonstratives(doc)
        restore_acts_read_as_reduced_relatives(doc)
        restore_acts_after_relative_clauses(doc)
        restore_subjects_before_reduced_relatives(doc)
        restore_hearers_before_reduced_relatives(doc)
        restore_names_read_as_adverbs(doc)
        restore_subjects_read_as_adverbial_nouns(doc)
        restore_contact_relatives(doc)
        restore_plural_subjects_read_as_verbs(doc)
        restore_plural_subjects_before_place_names(doc)
        restore_subjects_after_fronted_frames(doc)
        return doc

    return headline_component


@Language.component("claimwatch_times", requires=["doc.ents"], assigns=["doc._.times"])
def times_component(doc: Doc) -> Doc:
    if doc._.published is None:
        guess = infer_published(doc)
        if guess is not None:
            doc._.published = guess
            doc._.published_inferred = True
    doc._.times = find_times(doc, doc._.published)
    return doc


@Language.component("claimwatch_statements", requires=["token.dep"], assigns=["doc._.statements"])
def statements_component(doc: Doc) -> Doc:
    if doc._.times is None:
        doc._.times = find_times(doc, doc._.published)
    doc._.statements = find_statements(doc, doc._.times, doc._.published)
    return doc


@Language.component("claimwatch_quantities", requires=["token.dep"], assigns=["doc._.quantities"])
def quantities_component(doc: Doc) -> Doc:
    doc._.quantities = find_quantities(doc, doc._.statements or [])
    return doc
