"""Repairs that give a reporting sentence's verb back its subject, where the small parser hung it
elsewhere in three common shapes of news copy:

- a headline's plural subject read as a verb: "Pecan Ridge tenants say ..." comes out with "tenants"
  as a third-person verb and "say" its clause (a plural "say" cannot follow a finite verb of its own
  clause);
- a plural subject whose place phrase ends on a name: in "Tenants at the apartments in east Tulsa say
  ...", "Tulsa" is made the subject and "Tenants" a sentence of its own (a plural "say" takes no
  singular name);
- a subject after a fronted source phrase read as that phrase's apposition: in "According to the
  director, X, the cause of the accident was ...", "the cause" is hung on X and "was" left bare.

Made once after the parser runs, before anything reads sources (`components.py`).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .parse_repairs import set_tree
from .stance import verb_cue

_PLURAL_PRESENT = ("VBP",)


def restore_plural_subjects_read_as_verbs(doc: Doc) -> None:
    """ "Pecan Ridge tenants say ...": a plural noun the parser tagged as a third-person verb, right
    before a plural present reporting verb it made its clause, is that verb's subject."""
    for verb in doc:
        noun = doc[verb.i - 1] if verb.i > 0 else None
        if noun is None or verb.tag_ not in _PLURAL_PRESENT or verb_cue(verb) is None or verb.head.i != noun.i \
                or noun.tag_ != "VBZ" or not noun.lower_.endswith("s") or verb.dep_ != "ccomp" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        arcs = {verb.i: (verb.i, "ROOT") if noun.dep_ == "ROOT" else (noun.head.i, noun.dep_),
                noun.i: (verb.i, "nsubj")}
        arcs.update({c.i: (verb.i, c.dep_) for c in noun.children if c.i > verb.i})  # what follows the verb is its own
        arcs.update({c.i: (noun.i, "compound") for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i})
        set_tree(doc, arcs)
        noun.tag_, noun.pos_ = "NNS", "NOUN"
        noun.lemma_ = noun.lower_[:-1]


def restore_plural_subjects_before_place_names(doc: Doc) -> None:
    """ "Tenants at the apartments in east Tulsa say ...": a plural present reporting verb whose
    subject the parser took to be the singular name right before it, while a plural noun opening the
    sentence stands as a sentence of its own, has that noun as its subject; the name closes the
    place phrase the noun's preposition opens."""
    for verb in doc:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.tag_ not in _PLURAL_PRESENT or verb_cue(verb) is None or subject is None \
                or subject.tag_ != "NNP" or subject.i != verb.i - 1 or any(c.dep_ != "compound" for c in subject.children):
            continue
        opening = _plural_root_before(subject)
        before = doc[subject.i - 1]
        if opening is None or before.dep_ != "pobj" or before.head.dep_ != "prep":
            continue
        # "in east Tulsa": the name takes the place word's role, the place word describes it
        set_tree(doc, {subject.i: (before.head.i, "pobj"), before.i: (subject.i, "compound"),
                       opening.i: (verb.i, "nsubj"), verb.i: (verb.i, "ROOT")})


def _plural_root_before(subject: Token) -> Token | None:
    """The plural noun a sentence opens on, left by the parser as the root of a sentence of its own
    that runs up to `subject` through prepositions."""
    doc = subject.doc
    for token in (doc[i] for i in range(subject.i - 1, max(subject.i - 14, -1), -1)):
        if token.is_sent_start:
            root = token.sent.root
            if root.tag_ in ("NNS", "NNPS") and root.dep_ == "ROOT" and root.i < subject.i \
                    and not any(c.dep_ in ("nsubj", "aux", "cop") for c in root.children) \
                    and all(c.dep_ in ("prep", "det", "amod", "compound", "punct") for c in root.children):
                return root
            return None
    return None


def restore_subjects_after_fronted_frames(doc: Doc) -> None:
    """ "According to the words of the director X, the cause of the accident was the wear of pipes":
    a sentence verb with no subject, right after a noun phrase the parser set in apposition to the
    last noun of a fronted "according to" phrase, has that phrase as its subject."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or verb.i == 0 \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        frame = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start
                      and c.lower_ == "according"), None)
        stolen = next((t for t in frame.subtree if t.dep_ == "appos" and t.right_edge.i == verb.i - 1
                       and doc[t.left_edge.i - 1].text == ","), None) if frame is not None else None
        if stolen is not None and stolen.pos_ in ("NOUN", "PROPN"):
            set_tree(doc, {stolen.i: (verb.i, "nsubj")})
