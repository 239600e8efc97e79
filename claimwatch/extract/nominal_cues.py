"""Reported speech with no reporting verb of its own: "according to X", "X's claim that",
"figures from X show", "citing X", "..., says X" read inverted, and "in X's view".

Each reader returns `Cue`s as `reported.verb_cues` does, so `statements.py` treats them alike.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .content import _char_range
from .holder_words import doc_text, doc_tokens, frames_a_clause, issuer_after_figure, source_frame
from .lexicon import column_groups, word_set
from .reported import Cue, according_free_relative, author_of_document, document_by_kind, holder_modifiers
from .source_marks import DASHES, DOCUMENT_NOUNS, FINDING_NOUNS, RECKONING_NOUNS, is_frontmatter, is_source
from .speakers import SOURCE_NOUNS, entity_at
from .stance import cue_rows, noun_cue, stance_of, verb_cue


def according_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """ "according to X", "per X", "in the words of X" (source_frames.tsv): X is the source of the
    clause around it."""
    out = []
    text = doc_text(doc)
    for token in doc_tokens(doc):
        frame = source_frame(token)
        if frame is None or in_quote(token.idx):
            continue
        words, to, checked = frame
        if words == "according to" and to.head is not token and any(c.lower_ == "to" for c in token.children):
            to = next(c for c in token.children if c.lower_ == "to")
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:  # "according to Save the Children": a name parsed as a verb
            ent = entity_at(doc[to.i + 1]) if to.i + 1 < len(doc) else None
            pobj = ent.root if ent is not None and ent.start == to.i + 1 else None
        misread = None
        if pobj is None:  # "according to show insiders": a noun read as a verb and its object
            misread = next((c for c in to.children if c.dep_ == "pcomp" and c.i == to.i + 1 and c.tag_ == "VB"
                            and not any(g.dep_ in ("aux", "nsubj") for g in c.children)), None)
            pobj = next((g for g in misread.children if g.dep_ == "dobj" and g.tag_ in ("NNS", "NNPS")
                         and g.i == misread.i + 1), None) if misread is not None else None
        phrase = pobj
        if pobj is None:  # "according to what he called preliminary information": he
            phrase = next((c for c in to.children if according_free_relative(c)), None)
            pobj = next((c for c in phrase.children if c.dep_ in ("nsubj", "nsubjpass")), None) if phrase else None
        if pobj is None or (checked and not frames_a_clause(token, pobj)):
            continue
        if pobj.lemma_.lower() in word_set("provenance_nouns", "noun") and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children):
            continue  # "according to a copy seen by the agency": how the outlet saw it, no source
        author = _own_account_of(token, pobj) or author_of_document(pobj)
        issued = issuer_after_figure(doc, pobj.i, min(len(doc), pobj.right_edge.i + 8)) if author is pobj else None
        if issued is not None and is_source(issued.root):
            # "according to a seat projection the commission published ...": the commission, wherever
            # the parser hung it
            author = phrase = issued.root
        phrase_end = max(t.idx + len(t) for t in phrase.subtree)
        sent = token.sent
        before = (sent.start_char, token.idx)
        after = (phrase_end, sent.end_char)
        content = before if before[1] - before[0] >= after[1] - after[0] else after
        cue = Cue(cue=words, cue_span=(token.idx, phrase_end), stance="assert",
                  span=(token.idx, phrase_end), content_span=_trim(text, content),
                  source_head=author, date_ranges=[], token_i=token.i)
        if author is pobj and pobj.lemma_.lower() in DOCUMENT_NOUNS:
            cue.source = document_by_kind(pobj) or holder_modifiers(pobj)
        elif misread is not None and pobj is not None:
            cue.source = [misread, pobj]
        out.append(cue)
    return out


def closing_frame_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """ "..., so the police.", "..., so Lindemann.": German agency copy in translation closes a sentence
    with "so" and its source (closing_frames.tsv) where English says "according to"; the sentence
    before the comma is what the source gave. Only a source closing the sentence: a name, a role or a
    body, nothing after."""
    out = []
    text = doc_text(doc)
    closing = word_set("closing_frames", "word")
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        while words and words[-1].is_punct and words[-1].text in ".\"”'":
            words.pop()
        so = next((k for k in range(len(words) - 1, 1, -1) if words[k].lower_ in closing), None)
        if so is None or words[so - 1].text != "," or in_quote(words[so].idx):
            continue
        phrase = words[so + 1:]
        if not 1 <= len(phrase) <= 5 or any(t.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "PUNCT") for t in phrase):
            continue
        head = next((t for t in reversed(phrase) if t.pos_ in ("PROPN", "NOUN")), None)
        if head is None or not (is_source(head) or head.pos_ == "PROPN"):
            continue
        content = _trim(text, (sent.start_char, words[so - 1].idx))
        end = phrase[-1].idx + len(phrase[-1])
        cue = Cue(cue=words[so].lower_, cue_span=(words[so].idx, end), stance="assert", span=(words[so].idx, end),
                  content_span=content, source_head=head, date_ranges=[], token_i=words[so].i)
        cue.source = [t for t in phrase if t is not head and t.pos_ != "DET"]
        out.append(cue)
    return out


def _own_account_of(according: Token, noun: Token) -> Token | None:
    """ "According to own statements, the relief agency has filled 45,000 sandbags" (a calque of
    German "nach eigenen Angaben"), "According to its annual report, the company ...": an account
    owned by no one named, or by a pronoun ahead of the clause, is the clause's subject's."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    own = owner is None and any(c.lower_ == "own" for c in noun.children)
    if not own and not (owner is not None and owner.tag_ == "PRP$" and owner.lower_ in ("its", "their")):
        return None
    verb = according.head
    while verb.dep_ in ("prep", "pobj", "pcomp") and verb.head is not verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and (c.pos_ == "PROPN" or (c.pos_ == "NOUN" and is_source(c)))), None)
    return subject if subject is not None and (own or according.i < subject.i) else None


def reckoning_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """ "By his count, the toll stood at 3,351", "the displaced, more than 40,000 by the IOM's
    count", "In her opinion, the border is open": the owner of a reckoning or a view
    (reckoning_nouns.tsv) is the source of the clause around it, as with "according to"."""
    out = []
    for token in doc_tokens(doc):
        if in_quote(token.idx):
            continue
        if (figure := _reckoning_stated(token)) is not None:
            out.append(figure)
            continue
        if token.dep_ not in ("prep", "agent"):
            continue
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if pobj is None or (token.lower_, pobj.lemma_.lower()) not in RECKONING_NOUNS:
            continue
        owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if owner is None or any(c.dep_ in ("amod", "compound") for c in pobj.children):
            continue  # "by a rough count", "by official estimates": no one named
        if any(verb_cue(t) is not None for t in token.ancestors):
            continue  # "the agency said that, by its count, ...": the verb's statement already
        phrase = {t.i for t in token.subtree}
        content = [t for t in token.head.subtree if t.i not in phrase and not t.is_punct and not t.is_space]
        if not content:
            continue
        phrase_end = max(t.idx + len(t) for t in pobj.subtree)
        span = (min(token.idx, content[0].idx), max(phrase_end, content[-1].idx + len(content[-1])))
        out.append(Cue(cue=doc_text(doc)[token.idx:phrase_end], cue_span=(token.idx, phrase_end), stance="assert",
                       span=span, content_span=_trim(doc_text(doc), _char_range(content)), source_head=owner,
                       source=[t for t in owner.subtree if t.dep_ != "case"], date_ranges=[], token_i=token.i))
    return out


RECKONINGS = frozenset(noun for _, noun in RECKONING_NOUNS)


def _reckoning_stated(noun: Token) -> Cue | None:
    """ "His own estimate is 92.4 million acres", "The union's count was 4,000": an owner's reckoning
    (reckoning_nouns.tsv) said to be a figure is the owner's statement of it."""
    if noun.dep_ != "nsubj" or noun.lemma_.lower() not in RECKONINGS or noun.head.lemma_ != "be":
        return None
    verb = noun.head
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    figure = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    if owner is None or figure is None or not any(t.like_num for t in figure.subtree) \
            or any(verb_cue(t) is not None for t in verb.ancestors):
        return None
    doc = noun.doc
    content = [t for t in figure.subtree if not t.is_punct]
    start = min(t.idx for t in noun.subtree)
    span = (start, content[-1].idx + len(content[-1]))
    return Cue(cue=noun.text, cue_span=(noun.idx, noun.idx + len(noun)), stance="assert", span=span,
               content_span=_trim(doc_text(doc), _char_range(content)), source_head=owner,
               source=[t for t in owner.subtree if t.dep_ != "case"], date_ranges=[], token_i=noun.i,
               present=verb.tag_ in ("VBZ", "VBP"))


def finding_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """ "In the latest Harbour Insights poll, 40 percent back the plan": a clause whose figures
    come from a poll, survey or study named in an opening "in" phrase, when no cue verb in the
    sentence reports them already ("In a statement, the agency said ..." is the verb's)."""
    out = []
    for token in doc_tokens(doc):
        if token.lower_ != "in" or token.dep_ != "prep" or in_quote(token.idx):
            continue
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if pobj is None or (pobj.lemma_.lower() not in FINDING_NOUNS and pobj.lower_ not in FINDING_NOUNS):
            continue
        sent = token.sent
        opening = token.i == sent.start and token.head.dep_ == "ROOT"  # "In X's survey, 71 percent of ...":
        # the parser may make the figure the root and its verb a modifier; the opening phrase still frames it
        if (token.head.pos_ not in ("VERB", "AUX") and not opening) or any(verb_cue(t) is not None for t in sent):
            continue
        if not opening and token.i == token.head.i + 1 and _counts_a_number(pobj):
            continue  # "The show pulled in an average of 4.2 million viewers": the figure itself, no finding
        if any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in pobj.children) \
                or pobj.lower_ in ("research", "data"):
            continue  # "in this study", "in research": the article's own reading
        author = author_of_document(pobj)
        phrase_end = max(t.idx + len(t) for t in pobj.subtree)
        content = _trim(doc_text(doc), (phrase_end, sent.end_char)) if token.i == sent.start else \
            _trim(doc_text(doc), (sent.start_char, token.idx))
        cue = Cue(cue=token.text, cue_span=(token.idx, phrase_end), stance="assert",
                  span=(sent.start_char, sent.end_char), content_span=content,
                  source_head=author, date_ranges=[], token_i=token.i)
        if author is pobj:
            cue.source = holder_modifiers(pobj) + [pobj] if holder_modifiers(pobj) else []
        out.append(cue)
    return out


def _counts_a_number(noun: Token) -> bool:
    """ "an average of 4.2 million viewers": a noun whose "of" phrase is counted by a number."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(t.like_num for t in c.subtree) for c in noun.children)


def misparsed_citing_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """ "Citing Ukraine's General Staff, the ISW said ...": a sentence-initial participle the
    tagger took for part of a name; the source is the phrase up to the comma."""
    out = []
    for token in doc_tokens(doc):
        if token.lower_ != "citing" or verb_cue(token) is not None or in_quote(token.idx):
            continue
        comma = next((t.i for t in doc[token.i + 1 : token.i + 12] if t.text == ","), None)
        if comma is None or comma - token.i > 10:
            continue
        phrase = doc[token.i + 1 : comma]
        root = phrase.root
        if not is_source(root):
            continue
        sent = doc[comma + 1].sent if comma + 1 < len(doc) else None
        content = (doc[comma + 1].idx, sent.end_char) if sent is not None else None
        out.append(Cue(cue=token.text, cue_span=(token.idx, token.idx + len(token)), stance="assert",
                       span=(token.idx, phrase.end_char), content_span=content, source_head=root,
                       source=list(phrase), token_i=token.i))
    return out


def failed_approach_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """ "Efforts to reach the state chairman proved abortive", "Attempts to get a comment from X were
    fruitless" (failed_approaches.tsv): the one approached gave no comment, a decline with no day of
    its own. The one approached is the first person or body named between the approach and the
    failure (the parser hangs a name set off by commas anywhere), else the approach's object."""
    words = column_groups("failed_approaches", "kind", "word")
    outcomes = words.get("outcome", frozenset())
    out = []
    for token in doc_tokens(doc):
        if token.lemma_.lower() not in words.get("attempt", ()) or token.dep_ != "nsubj" or in_quote(token.idx):
            continue
        approach = token.head if token.head.dep_ == "csubj" else next(  # "Efforts to get ..." read either way
            (c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
        outcome = approach.head if approach is not None and approach.dep_ == "csubj" else token.head
        failed = outcome.lemma_.lower() in outcomes or any(
            (c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in outcomes)
            or (c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in outcomes for g in c.children))
            for c in outcome.children)
        if approach is None or not failed or approach.i > outcome.i:
            continue
        target = next((c for c in approach.children if c.dep_ == "dobj"), None)
        asked = target is not None and target.lemma_.lower() in words.get("asked", ())  # "a comment from X"
        if target is None or not (asked or approach.lemma_.lower() in word_set("approach_verbs", "lemma")):
            continue
        heads = [t for t in doc[approach.i + 1 : outcome.i] if t.ent_type_ in ("PERSON", "ORG")
                 and (entity := entity_at(t)) is not None and t.i == entity.root.i]
        named = next((t for t in heads if t.ent_type_ == "PERSON"), heads[0] if heads else None)
        source = named if named is not None else (None if asked else target)
        if source is None or not (named is not None or is_source(source)):
            continue
        sent = token.sent
        out.append(Cue(cue=token.text, cue_span=(token.idx, token.idx + len(token)), stance="decline",
                       span=(sent.start_char, sent.end_char), content_span=None, source_head=source))
    return out


def inverted_cues(doc: Doc, in_quote: Callable[[int], bool], taken: set[int]) -> list[Cue]:
    """ "Said Ellis: “...”", "Added the mayor, ...": a cue verb opening its sentence, its source the
    phrase between it and the colon or comma, what follows its content. The parser reads the verb as
    part of a name or the source as its object, so the ordinary reading finds no speaker."""
    out = []
    for token in doc_tokens(doc):
        if token.i in taken or token.tag_ not in ("VBD", "VBZ") or not token.text[:1].isupper() \
                or not _opens_sentence(token) or in_quote(token.idx):
            continue
        row = next(iter(cue_rows().get((token.lemma_.lower(), "VERB")) or ()), None)
        end = min(len(doc), token.i + 10)
        stop = next((t.i for t in doc[token.i + 1 : end] if t.text in (":", ",") or t.is_sent_end), None)
        if row is None or stop is None or stop == token.i + 1 or stop + 1 >= len(doc) \
                or doc[stop].text not in (":", ","):
            continue
        phrase = doc[token.i + 1 : stop]
        root = phrase.root
        if root.pos_ not in ("PROPN", "NOUN") or not (is_source(root) or root.pos_ == "PROPN") \
                or any(t.pos_ in ("VERB", "AUX", "ADP") for t in phrase):
            continue  # "Added to the pressure, ...": no source
        after = doc[stop + 1]
        mode, content = "indirect", (after.idx, after.sent.end_char)
        if not after.is_quote:  # "Said Jo Poy, who grew up there, “...”": the quotation after the aside
            after = next((t for t in doc[stop + 1 : after.sent.end] if t.is_quote), after)
        if after.is_quote:  # the quotation it introduces, to its closing mark
            close = next((t for t in doc[after.i + 1 : after.i + 400] if t.is_quote), None)
            if close is None:
                continue
            mode, content = "direct", (after.idx + len(after), close.idx)
        out.append(Cue(cue=token.text, cue_span=(token.idx, token.idx + len(token)), stance=stance_of(token, row),
                       span=(token.idx, content[1] + (1 if mode == "direct" else 0)), content_span=content,
                       mode=mode, source_head=root, source=list(phrase), token_i=token.i,
                       date_ranges=[(token.idx, phrase.end_char)]))
    return out


def pointing_back_cues(doc: Doc, in_quote: Callable[[int], bool], taken: set[int]) -> list[Cue]:
    """ "... ammonia exceeds the norm 6.2 times. About this informs today the press service of the
    Department of ecology.": agency English, translating "Об этом сообщает", opens a sentence with
    "About this", then the cue verb and its source; what is reported is the sentence before. The
    tagger reads the verb as a noun, so the words' order, not the parse, finds it."""
    out = []
    pointers = ("this", "it", "that")
    sentences = list(doc.sents)
    for before, sent in zip([None, *sentences], sentences):
        first = next((t for t in sent[:3] if not t.is_space), None)
        if first is None or first.lower_ != "about":
            continue
        words = [t for t in sent if not t.is_space]
        if len(words) < 4 or words[1].lower_ not in pointers or in_quote(words[0].idx) or words[2].i in taken:
            continue
        verb = words[2]
        row = next(iter(cue_rows().get((verb.lemma_.lower(), "VERB")) or cue_rows().get((verb.lower_, "VERB")) or ()),
                   None)
        rest = [t for t in words[3:] if not t.is_punct]
        while rest and (rest[0].ent_type_ in ("DATE", "TIME") or rest[0].pos_ == "ADV"):
            rest = rest[1:]  # "today", "on Tuesday"
        if row is None or not rest or before is None or "\n\n" in doc[before.end - 1 : sent.start + 1].text_with_ws:
            continue  # the sentence it points back to must be in the same paragraph
        phrase = doc[rest[0].i : rest[-1].i + 1]
        root = phrase.root
        if not is_source(root):
            continue
        start = before.start
        if is_frontmatter(before[0]):  # "KZT - In the Ural river ...": past the dateline
            start = next((t.i + 1 for t in before[:8] if t.text in DASHES), start)
        content = (doc[start].idx, before.end_char)
        out.append(Cue(cue=verb.text, cue_span=(verb.idx, verb.idx + len(verb)), stance=stance_of(verb, row),
                       span=(sent.start_char, sent.end_char), content_span=_trim(doc_text(doc), content),
                       source_head=root, source=list(phrase), token_i=verb.i,
                       date_ranges=[(verb.idx, sent.end_char)]))
    return out


def viewpoint_cues(doc: Doc, in_quote: Callable[[int], bool]) -> list[Cue]:
    """ "For Ibrahim Yacouba, an analyst in Dakar, the decision “is above all a message”": a sentence
    opened by "For" and a person (or people who speak: "For critics, ...") whose words it then
    quotes is that person's view. Without a quotation it is the writer's framing ("For the first time,
    ...", "For Trump, the stakes are high"), not a statement."""
    out = []
    for token in doc_tokens(doc):
        if token.lower_ != "for" or not token.text[:1].isupper() or not _opens_sentence(token) or in_quote(token.idx):
            continue
        source = next((c for c in token.children if c.dep_ == "pobj"), None)
        if source is None or not (source.ent_type_ == "PERSON" or (
                source.pos_ == "NOUN" and source.tag_ == "NNS" and source.lemma_.lower() in SOURCE_NOUNS)):
            continue
        end = max(t.i for t in source.subtree if not t.is_punct)
        if end + 2 >= len(doc) or doc[end + 1].text != ",":
            continue
        sent = token.sent
        rest = doc[end + 2 : max(end + 2, sent.end)]
        opening = next((t for t in rest if t.is_quote and not t.whitespace_ and t.i + 1 < sent.end
                        and (doc[t.i + 1].is_alpha or doc[t.i + 1].like_num)), None)
        if opening is None or any(t.lower_ == "according" or verb_cue(t) is not None for t in rest
                                  if t.i < opening.i):
            continue  # "For Trump, according to Bennett, the speech is “a test”": Bennett's view
        content = (doc[end + 2].idx, sent.end_char)
        out.append(Cue(cue=token.text, cue_span=(token.idx, token.idx + len(token)), stance="assert",
                       span=(token.idx, content[1]), content_span=content, source_head=source,
                       source=list(source.subtree), token_i=token.i, date_ranges=[(token.idx, doc[end].idx)]))
    return out


def _opens_sentence(token: Token) -> bool:
    """First word of a sentence or line, even where the parser ran it on from a closing quotation mark
    (and not where it split a title-case headline: "Hollande Says ...")."""
    before = next((t for t in reversed(token.doc[max(0, token.i - 3) : token.i]) if not t.is_space), None)
    if before is None or "\n" in token.doc[before.i : token.i].text_with_ws:
        return True
    if before.is_quote and before.i > 0:
        before = token.doc[before.i - 1]
    return before.text in (".", "!", "?")


def noun_cues(doc: Doc, in_quote: Callable[[int], bool], taken: set[int]) -> list[Cue]:
    """ "a report by X", "X's assessment that ...", "opposition claims that ...": noun cues
    with a named source, when no verb cue already covers them."""
    out = []
    for token in doc_tokens(doc):
        row = noun_cue(token)
        if row is None or in_quote(token.idx) or token.i in taken:
            continue
        author = _noun_cue_author(token)
        if author is None or any(c.dep_ == "relcl" and verb_cue(c) is not None for c in author.children):
            continue  # "a warning from Zelenskyy, who said ...": the relative clause tells the act itself
        # (not "the mayor's claims were disputed": a passive acts on the claim, which stays the mayor's)
        under_cue = (token.dep_ in ("dobj", "nsubj", "attr") and verb_cue(token.head) is not None) or (
            token.dep_ == "pobj" and (token.head.head.lower_ == "according" or verb_cue(token.head.head) is not None))
        # "shared the alliance's assessment" is one act; "rejected his claim" and "could not
        # confirm a report by X" are two, by two sources
        if under_cue and author.dep_ == "poss" and author.pos_ != "PRON":
            continue
        according = token.dep_ == "pobj" and token.head.head.lower_ == "according"
        if (under_cue and token.dep_ in ("nsubj", "nsubjpass")) or according:
            continue
        content = [t for c in token.children if c.dep_ in ("acl", "ccomp", "relcl") for t in c.subtree]
        has_clause = any(t.dep_ == "mark" or t.lower_ == "that" for t in content)
        if author.dep_ in ("poss", "compound", "nmod") and not has_clause:
            continue  # "Washington's estimate" names a figure; "X's claim that ..." reports one
        np = list(token.subtree)
        span = (np[0].idx, np[-1].idx + len(np[-1]))
        content_span = _char_range(content) if content else None
        # "a report by the Ledger on Monday that ...": the phrase before what is reported dates the report
        own = (span[0], content_span[0] if content_span else span[1])
        out.append(Cue(cue=token.text, cue_span=(token.idx, token.idx + len(token)), stance=row["stance"],
                       span=span, content_span=content_span, source_head=author, date_ranges=[own],
                       token_i=token.i))
    return out


def _noun_cue_author(noun: Token) -> Token | None:
    """ "his claim", "a report by/in X", "opposition claims", "a Yonhap dispatch": who the noun cue is by."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "in"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and is_source(pobj) and (child.lower_ != "in" or _is_media(pobj)):
                return pobj
    return next((c for c in noun.children if c.dep_ in ("compound", "nmod") and is_source(c)), None)


def _is_media(token: Token) -> bool:
    return token.ent_type_ in ("ORG", "WORK_OF_ART") or token.lemma_.lower() in (
        "newspaper", "daily", "site", "website", "broadcaster", "outlet", "agency", "magazine")


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and not text[s].isalnum() and text[s] not in "“\"‘":
        s += 1
    while e > s and text[e - 1] in " ,;:\n\t":
        e -= 1
    return (s, e) if s < e else span
