"""Claims: statements from different documents about the same proposition.

A claim is one proposition, asserted, denied, not denied or declined by many sources in
many wordings. Statements are compared by what they are about, never by who said them:

- their frame (frames.py): the kind of event read from the main predicate through a
  lexicon ("claimed responsibility", "struck" -> attack; "paid", "financing" -> fund)
  and its participants, countries however named and organisations. Statements with the
  same frame join though they share few words; frames of one event among other countries
  never do. How much a shared frame counts depends on how rare its event and participant
  are in the corpus: the story's own event ("the attack" in every report of an attack)
  says little, a rare one much more.
- their content words (crudely stemmed) and entity names, weighted by how few documents
  use them, the fallback for statements the lexicon cannot read.
- their figures: "41 people died" and "90 people died" are two claims, not one claim
  confirmed twice; the same figure for one measure draws statements together, and a
  definite description ("the toll", "those numbers") refers back to the report's last
  figure for its measure.

Within one report, a headline joins the body statement it resembles most, a statement
naming an owner's claim ("the committee's assertions") joins that owner's statement, and
the pieces of a quote split around its attribution are one statement. The stance is kept
on each statement, relative to the claim's positive proposition (polarity.py): "Peru had
nothing to do with the bombing" denies "Peru was involved".
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from ..models import Statement
from .claim_figures import (ANAPHOR_REACH, NAMED_ONLY, Figure, FigureTally, _ends, figures, figures_disagree,
                            measure_events, named_measures, referred_figures)
from .claim_references import _join_owned_references, claim_reference, referent
from .claim_tally import ClaimTally
from .claim_text import _WORD, _idf, content_text, features, headline_end, proposition, stem
from .corpus import Report
from ..extract.countries import country_of
from .described_figures import with_described_figures
from .frames import Frame, agreement, lacks_subject, parse_all, participants, read_frame
from .names import slug
from .polarity import contrasted, stance_toward_claim
from .tables import inflects, read_table, words

CLAIM_SIMILARITY = 0.28  # average cosine between a statement and the members of a claim needed to join it
MIN_SHARED = 2  # distinct content words a statement must share with a claim to join it
FRAME_WEIGHT = 1.0  # added to the resemblance for a member with the same frame, taken for a conflicting one
FIGURE_WEIGHT = 0.45  # added when a statement gives the very figure a claim gives for one measure
RARE_EVENT = 0.5  # an event this rare in the corpus makes two claims worth comparing even with no shared word
FRAME_SHARE = 0.25  # mean frame agreement that stands in for MIN_SHARED shared words
MIN_RARITY = 0.1  # the weight left to an event or participant found in every document
HEADLINE_SIMILARITY = 0.1  # least resemblance (words + frame) for a headline to join a body statement
HEADLINE_SPEAKER = 0.05  # added for a body statement of the headline's own speaker: a tie-breaker
HEADLINE_LEDE = 0.05  # added for the body's first statement, which a headline most often restates: a tie-breaker
MAX_CANDIDATES = 100  # claims a statement is compared with, found through its rarest features first


@dataclass(frozen=True)
class Said:
    """A statement in its report, with the features that say what it is about and the figures it gives."""

    report: Report
    statement: Statement
    index: int  # position of the statement in its extraction
    features: frozenset[str]
    figures: frozenset[Figure] = frozenset()
    frame: Frame | None = None  # the normalised proposition of its content, when the lexicon reads one
    polarity_cue: str | None = None  # the cue that made an extracted assertion a denial or decline of the claim
    speaker_key: str = ""  # the speaker as the picture's actors know it (an actor id, or a country's name)
    owner_key: str | None = None  # whose claim the content refers to ("the committee's assertions"), as a speaker_key
    described: str | None = None  # whose figure a description in the content means ("the toll the UN published")

    @property
    def content(self) -> str:
        return content_text(self.report, self.statement)


def said_in(reports: Iterable[Report], resolve: Resolver | None = None) -> list[Said]:
    """Every statement with its features, figures, frame and stance toward its claim's positive proposition.

    `resolve` names the actor an organisation mentioned in a content stands for (the
    picture's actor index), so "the Front" and "Liberation Front" are one participant when the
    actors joined them; without it, names are compared as written.
    """
    items = [(r, i, s) for r in reports for i, s in enumerate(r.extraction.statements)]
    contents = [proposition(r, s) for r, _, s in items]
    parses = parse_all(contents, [_parse_lead(r, s, c) for (r, _, s), c in zip(items, contents)])
    out = []
    for (r, i, s), content, parsed in zip(items, contents, parses):
        stance, cue = stance_toward_claim(s.stance, content)
        if stance != s.stance:
            s = replace(s, stance=stance)
        names = _organisations(r, s)
        if s.speaker and (_speaks_of_itself(r, s.speaker, content) or
                          (lacks_subject(parsed, content) and not _characterises(s.cue))):
            names.append(s.speaker)  # "IS says its fighters attacked", "X denied sending troops": the speaker acts
        if resolve is not None:
            names = [resolve(name, r.id) or name for name in names]
        given = (figures(r, s) or referred_figures(r, s)) | named_measures(content)
        # a refusal to answer ("we do not comment on the investigation") is about what was asked, not what it names
        frame = None if stance == "decline" and cue else read_frame(content, names, parsed) or \
            _figure_frame(content, names, given)
        if frame is not None and _demands(s.cue, content):
            frame = replace(frame, mood="demand")  # "urged the prosecutor to investigate"
        if stance == "assert" and frame is not None and contrasted(content, frame.trigger):
            stance, cue = "deny", f"not {frame.trigger}"  # "erosion, not sabotage, caused the failure"
            s = replace(s, stance=stance)
        item = Said(r, s, i, features(r, s), given, frame, cue, _key(s.speaker, r.id, resolve))
        reference = claim_reference(item)
        asked = _question_before(r, s) if reference is None and stance in ("decline", "deny") else None
        if asked:  # "Q: Islamic State's version is not mentioned. Why?" "We do not comment on that."
            reference = claim_reference(replace(item, statement=replace(s, content=asked, cue=None)))
        if reference is not None and reference.owner:
            item = replace(item, owner_key=_key(reference.owner, r.id, resolve))
        out.append(item)
    return with_described_figures(out, lambda name, document: _key(name, document, resolve))


def _parse_lead(report: Report, statement: Statement, content: str) -> str | None:
    """What a content is parsed after: its cue, and the "that" its reading dropped ("told that his
    warnings went unheeded" parses "warnings" as the subject; "told his warnings" as the object)."""
    raw = content_text(report, statement).lstrip()
    if statement.cue and raw[:5].lower() == "that " and not content.lower().startswith("that "):
        return f"{statement.cue} that"
    return statement.cue


_QUESTION_LABEL = re.compile(r"^\s*(?:[A-Z][A-Z .'’-]{0,30}:|Q\s*[:.-])\s*")  # "QUESTION:", "Q:", "REPORTER:"


def _question_before(report: Report, statement: Statement) -> str | None:
    """The question a statement answers, in a transcript or a Q&A: the paragraph just before the
    statement's own, when it ends with a question mark ("QUESTION: ... Why?"), without its label.
    An answer that refuses or rejects ("We do not comment on that") is about what was asked."""
    text = report.document.text
    start = text.rfind("\n", 0, statement.span[0]) + 1
    paragraphs = [p for p in text[:start].split("\n") if p.strip()]
    if not paragraphs or not paragraphs[-1].rstrip().endswith("?"):
        return None
    return _QUESTION_LABEL.sub("", paragraphs[-1]).strip()


def _demands(cue: str | None, content: str) -> bool:
    """True for a cue that asks for something to happen (directive_cues.tsv): "urged",
    "called on X to", "asked X to"."""
    verb = (cue or "").lower().split()[:1]
    if not verb:
        return False
    for row in read_table("directive_cues"):
        if inflects(verb[0], row["lemma"]):
            return not row.get("complement") or bool(re.match(r"(?:[\w'’-]+\s+){0,4}?(?:to|for)\s", content, re.I))
    return False


def _figure_frame(content: str, names: list[str], given: frozenset[Figure]) -> Frame | None:
    """The frame of a content that only gives a figure ("put the toll at 5,300", "the number of
    missing at 10,100"): the event its measure reports (measures.tsv), when it names one."""
    events = {measure_events().get(measure.split("|")[0]) for measure, number, main, _ in given
              if main and number != NAMED_ONLY}
    events.discard(None)
    if len(events) != 1:
        return None
    who, places = participants(content, names)
    return Frame(events.pop(), who, places, "")


def _characterises(cue: str | None) -> bool:
    """True for a cue that names or judges an event ("classified the shooting as terrorism", "condemned
    the attack"), whose object is no act of the speaker's (characterising_cues.tsv)."""
    return bool(cue) and any(inflects(cue, lemma) for lemma in words("characterising_cues", "lemma"))


def _key(name: str, document: str, resolve: Resolver | None) -> str:
    """A speaker or a claim's owner as the actors know it, else as written."""
    found = resolve(name, document) if resolve is not None and name else None
    return slug(found or name)  # "Islamic State" and islamic-state


Resolver = Callable[[str, str], "str | None"]
_SELF = re.compile(r"^(?:(?P<thing>it|its)|we|our|they|their)\b", re.I)


def _speaks_of_itself(report: Report, speaker: str, content: str) -> bool:
    """True when a content opens with the speaker's own pronoun: "its fighters attacked" said by IS, "we
    struck" by a spokesman. A person is never "it": "it had been too vague", said by a spy chief, is
    about the information he was asked of, not about him."""
    found = _SELF.match(content)
    if not found:
        return False
    return not found.group("thing") or not any(
        e.label == "PERSON" and (speaker in e.text or e.text in speaker) for e in report.extraction.entities)


def _organisations(report: Report, statement: Statement) -> list[str]:
    """Names of organisations and groups inside the content that are not countries.

    The speaker counts when the content names it ("the Front claimed responsibility"
    is about the Front), but not the attribution itself when it lies inside the span.
    """
    span = statement.content_span or statement.span
    who = statement.speaker_span
    return [e.text for e in report.extraction.entities
            if e.label in ("ORG", "NORP") and span[0] <= e.span[0] and e.span[1] <= span[1]
            and country_of(e.text) is None and not (who and who[0] <= e.span[0] < who[1])]


def units(said: list[Said], weights: Mapping[str, float] | None = None) -> list[list[int]]:
    """Statements of one document that must be one claim, before documents are compared.

    - A headline states its body's main claim in other words ("Rebels say they bombed
      depot"), so a headline statement joins the body statement it resembles most, in
      words and frame, whose figures fit it, when it resembles any at all (HEADLINE_SIMILARITY); a
      body statement of the headline's own speaker resembles it more ("IS says its gunmen hit
      venue" restates "Islamic State claimed responsibility", HEADLINE_SPEAKER), and so does the
      lede, the body's first statement (HEADLINE_LEDE).
    - A quote split around its attribution ('"There is no indication," X said, "that P"')
      is read as two statements of one sentence; a frameless piece joins the other.
    - A statement naming an owner's claim ("the committee's assertions as nonsense")
      joins that owner's latest statement in the report.
    Every other statement is a unit of its own. `weights`: each feature's idf, by default over `said`.
    """
    weights = document_weights(said) if weights is None else weights
    vectors = [_unit({f: weights[f] for f in s.features}) for s in said]
    joined_to: dict[int, int] = {}
    by_doc: dict[str, list[int]] = defaultdict(list)
    for n, s in enumerate(said):
        by_doc[s.report.id].append(n)
    for members in by_doc.values():
        text = said[members[0]].report.document.text
        head_end = headline_end(text)
        body = [n for n in members if said[n].statement.span[0] > head_end]
        lede_statement = min(body, key=lambda m: said[m].statement.span[0], default=None)
        for n in members if head_end > 0 and body else ():
            if said[n].statement.span[0] >= head_end:
                continue
            def resemblance(m: int) -> float:
                same_voice = HEADLINE_SPEAKER if said[n].speaker_key == said[m].speaker_key else 0.0
                lede = HEADLINE_LEDE if m == lede_statement else 0.0
                return _dot(vectors[n], vectors[m]) + FRAME_WEIGHT * agreement(said[n].frame, said[m].frame) + \
                    same_voice + lede
            fitting = [m for m in body if not figures_disagree(said[n].figures, said[m].figures)]
            best = max(fitting, key=lambda m: (resemblance(m), -m), default=None)
            if best is not None and resemblance(best) >= HEADLINE_SIMILARITY:
                joined_to[n] = best
        ordered = sorted(members, key=lambda m: said[m].statement.span[0])
        sentence_of: dict[int, int] = {}
        for n in ordered:  # a quote split around its attribution: '"There is no indication," X said, "that P"'
            # known by where its sentence starts: a piece's span may end anywhere in it
            other = sentence_of.setdefault(said[n].report.sentence_start(said[n].statement.span), n)
            if other != n and n not in joined_to and (said[n].frame is None or said[other].frame is None) and \
                    _one_act(said[n], said[other]) and not figures_disagree(said[n].figures, said[other].figures):
                joined_to[n] = joined_to.get(other, other)
        for k, n in enumerate(ordered):
            if n in joined_to:
                continue
            reference = claim_reference(said[n])
            target = referent(said, ordered[:k], reference, n) if reference else _recounted(said, ordered[:k], n)
            if target is not None:
                joined_to[n] = joined_to.get(target, target)
    def root(n: int) -> int:  # a headline joined to a quote's piece joined to its other piece: one unit
        seen = {n}
        while n in joined_to and joined_to[n] not in seen:
            n = joined_to[n]
            seen.add(n)
        return n
    groups: dict[int, list[int]] = defaultdict(list)
    for n in range(len(said)):
        groups[root(n)].append(n)
    return sorted(sorted(group) for group in groups.values())


def _one_act(a: Said, b: Said) -> bool:
    """Two statements of one sentence may be pieces of one act ('"No sign," X said, "that P"'), unless
    "but" sets the later against the earlier: "did not deny that P, but said that Q" holds two acts."""
    first, second = sorted((a, b), key=lambda s: (s.statement.content_span or s.statement.span)[0])
    end = (first.statement.content_span or first.statement.span)[1]
    start = (second.statement.content_span or second.statement.span)[0]
    return not _CONTRAST.search(first.report.document.text[end:max(end, start)])


_CONTRAST = re.compile(r"(?:^|[\s,;])(?:but|yet|while|whereas)\s", re.I)


_RECOUNT = re.compile(r"^\s*(?:the|its|their)\s+(?:number|count|tally|figure|total)\s+(?:at|as|to)\b", re.I)


def _recounted(said: list[Said], before: list[int], n: int) -> int | None:
    """The statement a recount is about: "Two of the defendants admitted their guilt, the court said.
    Rubezh put the number at three." A content that only puts "the number" at a figure counts what the
    report's last statement with a number counted, in its paragraph and within ANAPHOR_REACH, when
    their figures can be one claim (two rival tolls cannot)."""
    if not _RECOUNT.match(said[n].content):
        return None
    report, start = said[n].report, said[n].statement.span[0]
    for m in reversed(before):
        span = said[m].statement.content_span or said[m].statement.span
        if start - span[1] > ANAPHOR_REACH or "\n" in report.document.text[span[1]:start]:
            return None  # far back, or in another paragraph (a Q&A's next question)
        if any(span[0] <= q.span[0] < span[1] for q in report.extraction.quantities):
            return None if figures_disagree(said[n].figures, said[m].figures) else m
    return None


def _headline_days(said: list[Said], unit_list: list[list[int]]) -> list[Said]:
    """A headline restates the body statement it joined (see `units`): without a day of its own, it
    was said on that statement's day (a court hearing on Sunday, headlined on Monday)."""
    out = list(said)
    for unit in unit_list:
        heads = [n for n in unit if not said[n].statement.said_on
                 and said[n].statement.span[0] < headline_end(said[n].report.document.text)]
        for n in heads:
            days = [said[m].statement.said_on for m in unit if m not in heads and said[m].statement.said_on
                    and said[m].statement.stance == said[n].statement.stance]  # not a dismissal joined to it
            if days:
                out[n] = replace(said[n], statement=replace(said[n].statement, said_on=max(days)))
    return out


def group_statements(said: list[Said], threshold: float = CLAIM_SIMILARITY, *,
                     weights: Mapping[str, float] | None = None,
                     rarity: Callable[[str], float] | None = None) -> list[list[Said]]:
    """Statements grouped by the proposition they share, in input (publication) order.

    First the statements one document ties together (see `units`). Then each unit joins
    the claim it resembles most on average (average link, so a growing claim does not
    swallow everything near any one member): resemblance is the cosine of their content
    words, plus FRAME_WEIGHT for each member whose frame is the same proposition (minus
    as much for a conflicting one), plus FIGURE_WEIGHT when they give the same figure for
    one measure. It joins if that reaches `threshold` and it shares at least MIN_SHARED
    content words or a frame with the claim (one shared word, however rare, is a topic,
    not a proposition), and no member gives a different figure for a measure it gives;
    else it starts a claim of its own.

    How rare a word (`weights`, its idf) or a frame key (`rarity`) is, is the corpus's: by default
    counted over `said`; a part of a corpus (the store's update) is grouped with the whole one's.
    """
    return group_with_seeds(said, (), threshold, weights=weights, rarity=rarity)[0]


def group_with_seeds(said: list[Said], seeds: Sequence[ClaimTally], threshold: float = CLAIM_SIMILARITY, *,
                     weights: Mapping[str, float] | None = None, rarity: Callable[[str], float] | None = None
                     ) -> tuple[list[list[Said]], list[int | None], list[ClaimTally]]:
    """`group_statements` with stored claims taken part as `seeds` (`claim_tally`): each is a claim
    grouping starts with, weighed by its tally, which statements may join but whose members are not
    read again. Returns the claims (a seed's holding only the statements that joined it, left out when
    none did), the seed each continues (its index in `seeds`, None for a new claim), and each one's tally
    (a seed's with its stored units)."""
    try:
        return _grouped(said, threshold, weights, rarity, list(seeds))
    finally:
        # Figure checks are remembered for one grouping only: kept, their keys (each statement's figures)
        # would pile up in a process that groups again and again, as a watch does every poll (issue 14).
        figures_disagree.cache_clear()


def _grouped(said: list[Said], threshold: float, weights: Mapping[str, float] | None,
             rarity: Callable[[str], float] | None, seeds: list[ClaimTally]
             ) -> tuple[list[list[Said]], list[int | None], list[ClaimTally]]:
    weights = document_weights(said) if weights is None else weights
    vectors = [_unit({f: weights[f] for f in s.features}) for s in said]
    unit_list = units(said, weights)
    unit_vectors = [_unit(_sum(vectors[n] for n in unit)) for unit in unit_list]
    unit_frames = [main_frame([said[n] for n in unit]) for unit in unit_list]
    unit_figures = [figures_of_unit([said[n] for n in unit]) for unit in unit_list]
    rarity = frame_rarity(said) if rarity is None else rarity
    agree = _memo_agreement(rarity)
    groups: list[list[int]] = [[] for _ in seeds]  # claims as lists of unit indices (a seed's new ones)
    sizes: list[int] = [seed.units for seed in seeds]  # units per claim, a seed's stored ones counted
    started = [seed.copy() for seed in seeds]  # grown as units join; the seeds stay as stored
    group_frames: list[FrameTally] = [t.frames for t in started]  # per claim, units reading each frame
    group_figures: list[FigureTally] = [t.figures for t in started]  # per claim, the figures given
    sums: list[dict[str, float]] = [t.sums for t in started]
    by_feature: dict[str, set[int]] = {}
    by_frame: dict[tuple[str, str], set[int]] = defaultdict(set)  # distinctive frame keys -> claims
    by_figure: dict[tuple, set[int]] = defaultdict(set)
    for g, seed in enumerate(seeds):
        for f in seed.sums:
            by_feature.setdefault(f, set()).add(g)
        for frame in seed.frames.frames():
            for key in frame_keys(frame, rarity):
                by_frame[key].add(g)
        for given in seed.figures.sets:
            for measure, number, main, _ in given:
                for end in _ends(number):
                    by_figure[measure, end].add(g)
    for u, vector in enumerate(unit_vectors):
        members = unit_list[u]
        candidates: set[int] = set()
        for f in sorted(vector, key=lambda f: -vector[f]):
            candidates |= by_feature.get(f, set())
            if len(candidates) >= MAX_CANDIDATES:
                break
        for n in members:
            for key in frame_keys(said[n].frame, rarity):
                candidates |= by_frame[key]
            for measure, number, main, _ in said[n].figures:
                for end in _ends(number):
                    candidates |= by_figure[measure, end]
        best, best_score = None, threshold
        for g in sorted(candidates):
            if any(group_figures[g].disagrees(given) for given in unit_figures[u]):
                continue
            lexical = _dot(vector, sums[g]) / sizes[g]
            frames = group_frames[g].agreement_with(unit_frames[u], agree) / sizes[g]
            figure = FIGURE_WEIGHT if any(group_figures[g].confirms(said[n].figures) for n in members) else 0.0
            score = lexical + FRAME_WEIGHT * frames + figure
            if score >= best_score and (_shared_words(vector, sums[g]) >= MIN_SHARED or frames > FRAME_SHARE or figure):
                best, best_score = g, score
        if best is None:
            best = len(groups)
            groups.append([])
            sizes.append(0)
            group_frames.append(FrameTally())
            group_figures.append(FigureTally())
            sums.append({})
        groups[best].append(u)
        sizes[best] += 1
        group_frames[best].add(unit_frames[u])
        for f, w in vector.items():
            sums[best][f] = sums[best].get(f, 0.0) + w
            by_feature.setdefault(f, set()).add(best)
        for given in unit_figures[u]:
            group_figures[best].add(given)
        for n in members:
            for key in frame_keys(said[n].frame, rarity):
                by_frame[key].add(best)
            for measure, number, main, _ in said[n].figures:
                for end in _ends(number):
                    by_figure[measure, end].add(best)
    groups = merge_claims(groups, unit_list, unit_vectors, unit_frames, rarity, said, threshold, seeds)
    groups = _join_owned_references(groups, unit_list, said)
    said = _headline_days(said, unit_list)
    out: tuple[list[list[Said]], list[int | None], list[ClaimTally]] = ([], [], [])
    for g, claim in enumerate(groups):
        if not claim:
            continue
        tally = seeds[g].copy() if g < len(seeds) else ClaimTally()
        for v in claim:
            tally.add_unit(unit_vectors[v], unit_frames[v], unit_figures[v])
        out[0].append([said[m] for v in claim for m in sorted(unit_list[v])])
        out[1].append(g if g < len(seeds) else None)
        out[2].append(tally)
    return out


def figures_of_unit(members: list[Said]) -> list[frozenset[Figure]]:
    """Each member's figures as its unit reads them: a measure another member gives a figure for in its
    main clause is no measure named without a figure ("UN slashes death toll" over "its report, citing a
    count of 3,958 dead" is about 3,958, not a toll that gives no figure)."""
    numbered = {f[0] for s in members for f in s.figures if f[1] != NAMED_ONLY and f[2]}
    return [frozenset(f for f in s.figures if f[1] != NAMED_ONLY or f[0] not in numbered) for s in members]


def merge_claims(groups: list[list[int]], unit_list: list[list[int]], unit_vectors: list[dict[str, float]],
                 unit_frames: list[Frame | None], rarity, said: list[Said], threshold: float,
                 seeds: Sequence[ClaimTally] = ()) -> list[list[int]]:
    """Claims that resemble each other as wholes, merged, most alike first (average link).

    Statements join claims one at a time in publication order, so two claims about one
    proposition can both be started before either is large enough to draw the other; this
    pass joins them when their members resemble each other on average as much as a
    statement must resemble a claim to join it, and no member gives another figure.

    The first groups may be `seeds` (stored claims, weighed by their tallies with their new units):
    a new claim may merge into one, two seeds are never merged (both were kept apart when stored), and
    every seed keeps its place in what is returned, empty or not.
    """
    import heapq

    claims: dict[int, list[int]] = {k: list(g) for k, g in enumerate(groups)}
    unit_figures = [figures_of_unit([said[n] for n in unit]) for unit in unit_list]
    seeded = {k: seed.copy() for k, seed in enumerate(seeds)}
    for k, tally in seeded.items():
        for u in claims[k]:
            tally.add_unit(unit_vectors[u], unit_frames[u], unit_figures[u])
    sums = {k: seeded[k].sums if k in seeded else _sum(unit_vectors[u] for u in g) for k, g in claims.items()}
    frame_counts = {k: seeded[k].frames if k in seeded else FrameTally.of(unit_frames[u] for u in g)
                    for k, g in claims.items()}
    figure_counts = {k: seeded[k].figures if k in seeded else
                     FigureTally.of(given for u in g for given in unit_figures[u]) for k, g in claims.items()}
    sizes = {k: seeded[k].units if k in seeded else len(g) for k, g in claims.items()}
    version = {k: 0 for k in claims}
    agree = _memo_agreement(rarity)

    def mean_agreement(a: int, b: int) -> float:
        return frame_counts[a].agreement_with_tally(frame_counts[b], agree) / (sizes[a] * sizes[b])

    def score(a: int, b: int) -> float:
        lexical = _dot(sums[a], sums[b]) / (sizes[a] * sizes[b])
        return lexical + FRAME_WEIGHT * mean_agreement(a, b) + figure(a, b)

    def figure(a: int, b: int) -> float:
        """FIGURE_WEIGHT as a unit joining a claim gets it for giving the very figure a member gives, scaled by
        the share of each claim's members that give the other's figure: one aside is no shared figure."""
        if not figure_counts[a].confirms_tally(figure_counts[b]):
            return 0.0
        return FIGURE_WEIGHT * _confirming(claims[a], figure_counts[b]) * _confirming(claims[b], figure_counts[a])

    def _confirming(claim: list[int], tally: FigureTally) -> float:
        """The share of a claim's members that give a figure of `tally`; a seed with no new member is
        weighed by its stored figures alone, which confirm it."""
        members = [n for u in claim for n in unit_list[u]]
        return sum(tally.confirms(said[n].figures) for n in members) / len(members) if members else 1.0

    # Candidate pairs share a distinctive word or a rare event: claims that share neither cannot
    # resemble each other enough, and comparing every pair would grow with the square of the corpus.
    by_key: dict[str, set[int]] = defaultdict(set)

    def keys_of(k: int) -> set:
        return (set(sums[k]) | {key for f in frame_counts[k].frames() for key in frame_keys(f, rarity)}
                | figure_counts[k].keys())

    for k in claims:
        for key in keys_of(k):
            by_key[key].add(k)
    common = MAX_CANDIDATES

    def candidates(k: int) -> set[int]:
        out: set[int] = set()
        for key in keys_of(k):
            if len(by_key[key]) <= common:
                out |= by_key[key]
        out.discard(k)
        return {c for c in out if c in claims}

    heap = []
    for a in sorted(claims):
        for b in sorted(c for c in candidates(a) if c > a and c >= len(seeds)):  # seeds are the first claims
            value = score(a, b)
            if value >= threshold:
                heap.append((-value, a, b, 0, 0))
    heapq.heapify(heap)
    while heap:
        value, a, b, va, vb = heapq.heappop(heap)
        if a not in claims or b not in claims:
            continue
        if (va, vb) != (version[a], version[b]):
            fresh = score(a, b)
            if fresh >= threshold:
                heapq.heappush(heap, (-fresh, a, b, version[a], version[b]))
            continue
        if figure_counts[a].disagrees_with(figure_counts[b]):
            continue
        frames = mean_agreement(a, b)
        if _shared_words(_unit(sums[a]), _unit(sums[b])) < MIN_SHARED and frames <= FRAME_SHARE and not figure(a, b):
            continue
        claims[a] += claims.pop(b)
        sizes[a] += sizes.pop(b)
        sums[a] = _sum([sums[a], sums.pop(b)])
        frame_counts[a].merge(frame_counts.pop(b))
        figure_counts[a].merge(figure_counts.pop(b))
        version[a] += 1
        for key in keys_of(a):
            by_key[key].add(a)
        for c in candidates(a):
            if c != a and max(a, c) >= len(seeds):
                x, y = min(a, c), max(a, c)
                fresh = score(x, y)
                if fresh >= threshold:
                    heapq.heappush(heap, (-fresh, x, y, version[x], version[y]))
    return [claims[k] for k in sorted(claims)]


class FrameTally:
    """How many members of a claim read each frame, by event.

    Frames of different events agree as their events do, whatever else they hold, and unknown
    frames 0 (see `agreement`), so a member is compared in full only with the frames of its own
    event and once with each other event: a claim of thousands of members costs what its few
    same-event frames and its events cost.
    """

    def __init__(self) -> None:
        self.by_event: dict[str, Counter] = defaultdict(Counter)
        self.known = 0  # members with a frame

    @classmethod
    def of(cls, frames: Iterable[Frame | None]) -> "FrameTally":
        tally = cls()
        for frame in frames:
            tally.add(frame)
        return tally

    def add(self, frame: Frame | None, count: int = 1) -> None:
        if frame is not None:
            self.by_event[frame.event][frame] += count
            self.known += count

    def merge(self, other: "FrameTally") -> None:
        for counts in other.by_event.values():
            for frame, count in counts.items():
                self.add(frame, count)

    def frames(self) -> list[Frame]:
        return [f for counts in self.by_event.values() for f in counts]

    def agreement_with(self, frame: Frame | None, agree) -> float:
        """The sum of `agree(frame, f)` over every member's frame f."""
        if frame is None:
            return 0.0
        same = self.by_event.get(frame.event, Counter())
        other = sum(agree(frame, next(iter(counts))) * sum(counts.values())  # one conflict per event
                    for event, counts in self.by_event.items() if event != frame.event and counts)
        return sum(agree(frame, f) * k for f, k in same.items()) + other

    def agreement_with_tally(self, other: "FrameTally", agree) -> float:
        return sum(self.agreement_with(frame, agree) * k
                   for counts in other.by_event.values() for frame, k in counts.items())


def frame_keys(frame: Frame | None, rarity: Callable[[str], float]) -> list[tuple[str, str]]:
    """What makes two frames worth comparing: a rare event, or one event with a rare participant.
    Frames that share only a common event agree too little to join anything, so claims are
    looked up through these keys instead of through every claim with that event."""
    if frame is None:
        return []
    keys = [("event", frame.event)] if rarity("event:" + frame.event) >= RARE_EVENT else []
    return keys + [(frame.event, p) for p in frame.participants if rarity(p) >= RARE_EVENT]


def _memo_agreement(rarity) -> Callable[[Frame | None, Frame | None], float]:
    """`agreement` remembered per pair of frames: claims compare the same few frames many times."""
    memo: dict[tuple, float] = {}

    def agree(a: Frame | None, b: Frame | None) -> float:
        key = (a, b)
        if key not in memo:
            memo[key] = agreement(a, b, rarity)
        return memo[key]
    return agree




def _sum(vectors: Iterable[dict[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for vector in vectors:
        for f, w in vector.items():
            out[f] = out.get(f, 0.0) + w
    return out


def frame_rarity(said: list[Said]) -> Callable[[str], float]:
    """Share of the corpus's documents whose statements do NOT use an event or participant (at least MIN_RARITY)."""
    docs: dict[str, set[str]] = defaultdict(set)
    for s in said:
        if s.frame is not None:
            docs["event:" + s.frame.event].add(s.report.id)
            for p in s.frame.participants:
                docs[p].add(s.report.id)
    total = len({s.report.id for s in said})
    return lambda key: rarity_of(len(docs.get(key, ())), total)


def rarity_of(count: int, documents: int) -> float:
    """The rarity of an event or participant `count` of the `documents` use (see `frame_rarity`)."""
    return max(MIN_RARITY, 1 - count / max(1, documents))


def main_frame(members: list[Said]) -> Frame | None:
    """The frame most members share: the commonest event (the earliest on a tie), with the
    participants and places of the members that report it."""
    frames = [m.frame for m in sorted(members, key=lambda m: m.statement.span[0]) if m.frame is not None]
    if not frames:
        return None
    events = Counter((f.event, f.mood) for f in frames)
    event = max(events, key=lambda e: (events[e], -next(i for i, f in enumerate(frames) if (f.event, f.mood) == e)))
    same = [f for f in frames if (f.event, f.mood) == event]
    return Frame(event[0], frozenset().union(*(f.participants for f in same)), frozenset().union(*(f.places for f in same)),
                 same[0].trigger, event[1])


def frame_of(members: list[Said]) -> str | None:
    """The frame most members share, readable ("attack | participants: PE, liber"), or None."""
    frames = Counter(m.frame for m in members if m.frame is not None)
    if not frames:
        return None
    events = Counter((f.event, f.mood) for f in frames.elements())
    event = events.most_common(1)[0][0]
    same = [f for f in frames.elements() if (f.event, f.mood) == event]
    who = Counter(p for f in same for p in f.participants)
    places = Counter(p for f in same for p in f.places)
    keep = frozenset(p for p, c in who.items() if c * 2 >= max(who.values()))
    return Frame(event[0], keep, frozenset(p for p, c in places.most_common(1)), mood=event[1]).readable()


def _shared_words(vector: dict[str, float], claim: dict[str, float]) -> int:
    """Distinct shared content words; an entity counts once with the words of its name."""
    shared = vector.keys() & claim.keys()
    entity_words = {w for f in shared if f.startswith("E:") for w in map(stem, _WORD.findall(f[2:]))}
    return len({f for f in shared if not f.startswith("E:") and f not in entity_words}) + sum(
        1 for f in shared if f.startswith("E:"))


def document_weights(said: list[Said]) -> dict[str, float]:
    """Inverse document frequency of each feature over the documents whose statements use it.

    Counted per document, not per statement: the story's own words recur in nearly
    every report and so weigh little, while a proposition's words, repeated by one
    report's several statements, still count as rare across the corpus.
    """
    by_doc: dict[str, list[frozenset[str]]] = defaultdict(list)  # one pass: a scan per document grew with
    for s in said:                                                  # documents x statements
        by_doc[s.report.id].append(s.features)
    return _idf(frozenset().union(*features) for features in by_doc.values())


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {f: w / norm for f, w in vector.items()} if norm else {}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(w * b.get(f, 0.0) for f, w in a.items())


