"""Who a headline's or lead's described source is: "..., minister says" over a body that
introduces "Energy Minister Klára Novotná"; "a seafarers' union said" in a lead whose next
paragraph begins "The Seafarers' Rights Network said". Headline and lead call a source by kind to
save words; the body names it.

Run once over a document's statements after every act was given its speaker, before the
headline is dated.
"""
from __future__ import annotations

import dataclasses

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ..models import Statement
from .countries import country_of
from .dating import following_paragraph, lead_paragraph
from .quotes import headline_line
from .holder_words import doc_text
from .lexicon import column_groups, column_map
from .speakers import (
    ANAPHORIC_KINDS, BUSINESS_KINDS, ORG_ROLES, PERSON_ROLES, given_name_pronoun, overseen, role_noun, role_phrase,
    set_off_phrases,
)


def name_headline_sources(doc: Doc, out: list[Statement], keyed: list[list[str]]) -> None:
    """Give a headline act whose source is a bare kind ("minister", "manager", "consumer group")
    the body's first source introduced as that kind, named ("Energy Minister Klára Novotná",
    "The ship's manager, Blue Meridian Shipmanagement,")."""
    line = headline_line(doc)
    if not len(line):
        return
    end = line.end_char
    for k, st in enumerate(out):
        spelled = _spelled_title(st.speaker) if st.span[0] < end else None
        if spelled and (titled := _person_titled_later(doc, dataclasses.replace(st, speaker=spelled), out,
                                                         (line.start_char, end))) is not None:
            _take_source(out, keyed, k, titled)  # "CEO says ..." over "Chief Executive Priya Natarajan told analysts"
            continue
        if st.span[0] < end and _abbreviated_role(st.speaker) and (
                titled := _person_titled_later(doc, st, out, (line.start_char, end))) is not None:
            _take_source(out, keyed, k, titled)  # "says FM spokesperson" over "Foreign Ministry spokesperson Lin Yuhang"
            continue
        described = _headline_case_undone(st, line.start_char)
        # a person's role the body points back at with a plain "the minister" is the person it names
        role = role_noun(described) in PERSON_ROLES
        if st.span[0] >= end or not (_bare_description(described) or (role and _unnamed(described))) or any(
                other.span[0] >= end and other.speaker == st.speaker and (not role or _written_as(doc, other, described))
                for other in out):
            continue  # a kind the body leaves unnamed too ("the energy ministry said") stays as it is
        kind = described.split()[-1]
        named = next((j for j, other in enumerate(out) if other.span[0] >= end and other.speaker_span
                      and not _bare_description(other.speaker) and other.speaker != st.speaker
                      and kind in _introduction(doc, other)), None)
        if named is not None:
            _take_source(out, keyed, k, named)
            for j, other in enumerate(out):  # "the minister" the body pointed back at the headline with
                if role and other.span[0] >= end and other.speaker == st.speaker:
                    _take_source(out, keyed, j, named)


def _written_as(doc: Doc, st: Statement, described: str) -> bool:
    """Whether the body itself calls the statement's source by the headline's description ("the
    energy ministry said"), not merely by a word it resolved to it ("the minister")."""
    if st.speaker_span is None:
        return True
    return described.lower() in doc_text(doc)[st.speaker_span[0]:st.speaker_span[1]].lower()


def _take_source(out: list[Statement], keyed: list[list[str]], k: int, source_at: int) -> None:
    """Statement `k` takes the source of statement `source_at`, and is dated as that source's acts are."""
    source = out[source_at]
    out[k] = dataclasses.replace(out[k], speaker=source.speaker, speaker_org=source.speaker_org,
                                 speaker_country=source.speaker_country)
    keyed[k] = keyed[source_at]


def name_lead_descriptions(doc: Doc, out: list[Statement], keyed: list[list[str]],
                           paras: list[tuple[int, int]], present: set[tuple[int, int]] = frozenset()) -> None:
    """ "..., a seafarers' union said yesterday ... ¶ The Seafarers' Rights Network said the crew
    ...": a lead that describes its source and a next paragraph that names it. The description's
    acts take the name, and the named act, told right after with no day of its own, is the lead's
    occasion, as are the undated acts of that source told straight after it; not one told in the
    present (`present`: "The ... Nurses Association says the strike is about staffing"), which
    is on no occasion."""
    lead = lead_paragraph(doc, paras)
    following = following_paragraph(doc, paras, lead) if lead is not None else None
    if lead is None or following is None:
        return
    taken: set[str] = set()
    for k, st in enumerate(out):
        if not lead[0] <= st.span[0] < lead[1] or not _unnamed(st.speaker):
            continue
        words = _naming_words(st.speaker)
        # "..., their union said on Thursday ¶ The Warehouse Workers Union said": a bare kind of body
        # is the body of that kind the next paragraph names
        kind = role_noun(st.speaker) if not words and role_noun(st.speaker) in ORG_ROLES else None
        named = next((j for j, other in enumerate(out) if following[0] <= other.span[0] < following[1]
                      and not _unnamed(other.speaker) and other.speaker[:1].isupper()
                      and (words & _naming_words(other.speaker) if words
                           else kind is not None and _kind_named(kind, other.speaker))), None)
        if named is None:
            named = _person_named_next(doc, st, out, following) or _person_titled_later(doc, st, out, lead)
        if named is None or out[named].speaker in taken:
            continue  # one person, one description: not "a Russian governor" too after "the regional governor"
        source = out[named]
        taken.add(source.speaker)
        for j, other in enumerate(out):  # and so does "the regulator" the reader took back to it
            if other.speaker == st.speaker:
                _take_source(out, keyed, j, named)
        if source.said_on is None and st.said_on and len(st.said_on) == 10 and source.span not in present:
            out[named] = dataclasses.replace(source, said_on=st.said_on)
            # and so do the undated acts the named source goes on to tell, until another speaks
            for j in range(named + 1, len(out)):
                if out[j].speaker != source.speaker or out[j].said_on is not None:
                    break
                out[j] = dataclasses.replace(out[j], said_on=st.said_on)


def _kind_named(kind: str, name: str) -> bool:
    """Whether a name says it is a body of this kind: "Warehouse Workers Union" for "union", or by a
    word description_words.tsv gives the kind ("Valley Registered Nurses Association")."""
    words = [w.lower() for w in name.split()]
    return bool(words) and (words[-1] == kind or bool(set(words) & set(_description_words().get(kind, ()))))


def _description_words() -> dict[str, frozenset[str]]:
    return column_groups("description_words", "word", "name_word")


def _person_named_next(doc: Doc, st: Statement, out: list[Statement], following: tuple[int, int]) -> int | None:
    """ "Scotland's islands minister has admitted ... ¶ Fiona MacAskill told the Morning Programme":
    a lead that describes a person by role, and a next paragraph that opens on a person named in
    full with no role of their own: the one the lead described."""
    if role_noun(st.speaker) not in PERSON_ROLES:
        return None
    first = next((j for j, other in enumerate(out) if following[0] <= other.span[0] < following[1]), None)
    if first is None or out[first].speaker_span is None:
        return None
    other = out[first]
    named_as = doc_text(doc)[other.speaker_span[0]:other.speaker_span[1]]
    words = other.speaker.split()
    role = role_noun(st.speaker)
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or other.speaker_span[0] - following[0] > 40 \
            or any(w.islower() and w.lower() != role for w in named_as.split()):
        return None  # not "Bakery owner Ana Ruiz", named with a role of her own (but "Sumy governor
        # Oleksandr Dovhal" after "the regional governor"); nor one named further on
    return first if _named_person(doc, other) is not None else None  # not "The United Dockers' Federation"


def _person_titled_later(doc: Doc, st: Statement, out: list[Statement], lead: tuple[int, int]) -> int | None:
    """ "its finance chief told analysts ..." ... "Chief Financial Officer Marcus Ibe said": a lead that
    describes a person by a role and what sets it apart, and the first person the body names with a
    title holding every one of those words (by their stems: "finance", "financial")."""
    words = [w for w in st.speaker.lower().split() if w.isalpha() and w not in STOP_WORDS]
    if len(words) < 2 or role_noun(st.speaker) not in PERSON_ROLES:
        return None
    wanted = {w[:5] for w in words}
    for j, other in enumerate(out):
        phrase = _named_person(doc, other) if other.span[0] >= lead[1] else None
        if phrase is not None and wanted <= _title_stems(phrase) | _initials_of_runs(phrase):
            return j
    return None


def _title_stems(phrase: Span) -> set[str]:
    """The stems of a phrase's words, a title written short counting as spelled out ("CEO Dana
    Whitlock" holds "chief" and "executive")."""
    words = [t.lower_ for t in phrase if t.is_alpha]
    words += [w for t in phrase if t.is_alpha and (title := _spelled_title(t.text)) for w in title.split()]
    return {w[:5] for w in words}


def _abbreviated_role(name: str) -> bool:
    """ "FM spokesperson", "PM's adviser": a role after the initials of what it serves."""
    words = name.replace("’", "'").split()
    return len(words) == 2 and 2 <= len(words[0].removesuffix("'s")) <= 4 \
        and words[0].removesuffix("'s").isupper() and role_noun(name) in PERSON_ROLES


def _initials_of_runs(phrase: Span) -> set[str]:
    """ "fm" for "Foreign Ministry": the initials of each run of two or three capitalised words, for
    a headline that abbreviates the title ("says FM spokesperson")."""
    caps = [t.text for t in phrase if t.is_alpha and t.text[:1].isupper()]
    return {"".join(w[0] for w in caps[k:k + n]).lower() for n in (2, 3) for k in range(len(caps) - n + 1)}


def _spelled_title(name: str) -> str | None:
    """ "CEO" -> "chief executive" (title_abbreviations.tsv): a title a headline writes in capitals."""
    return column_map("title_abbreviations", "abbreviation", "title").get(name.strip().lower())


def _named_person(doc: Doc, st: Statement) -> Span | None:
    """The phrase naming a statement's source, if it names a person in full (a known given name, or
    a name the model tagged as a person's)."""
    if st.speaker_span is None or len(st.speaker.split()) < 2:
        return None
    phrase = doc.char_span(*st.speaker_span, alignment_mode="expand")
    if phrase is None or not (given_name_pronoun(st.speaker) is not None or any(t.ent_type_ == "PERSON" for t in phrase)):
        return None
    return phrase


def _naming_words(name: str) -> set[str]:
    """The words of a source's name that say which one it is, not what kind: "seafarers" of
    "seafarers' union", "product" and "safety" of "Office for Product Safety and Standards"."""
    words = {w.strip("'’").removesuffix("'s").lower() for w in name.split()}
    return {w for w in words if len(w) > 3 and w not in ORG_ROLES | ANAPHORIC_KINDS | BUSINESS_KINDS
            and w not in STOP_WORDS}


def _headline_case_undone(st: Statement, line_start: int) -> str:
    """ "Ferry minister admits ...": the capital a headline's first word carries says nothing of a name."""
    if st.speaker_span is None or st.speaker_span[0] != line_start:
        return st.speaker
    if len(st.speaker.split()) < 2:  # "Spokesman: Report of secret talks 'baseless'"
        return st.speaker.lower() if st.speaker.lower() in PERSON_ROLES else st.speaker
    first, rest = st.speaker.split(" ", 1)
    return f"{first.lower()} {rest}" if first[1:].islower() else st.speaker


def _bare_description(name: str) -> bool:
    """ "minister", "consumer group": lower-case words only, no name."""
    return bool(name) and all(w.strip("'’").isalpha() and w.islower() for w in name.split())


def _unnamed(name: str) -> bool:
    """A description naming no source but a country or place it belongs to: "consumer group",
    "Britain's financial watchdog", "Scotland's islands minister", "the province's health minister";
    a person described by the body they work at ("former laboratory director at Brightwell
    Diagnostics")."""
    words = (role_phrase(name) if role_noun(name) in PERSON_ROLES else name).split()
    return bool(words) and any(w.islower() for w in words) and all(
        (w.strip("'’").replace("-", "").isalpha() and w.islower())  # "long-term care minister"
        or country_of(w.replace("’", "'").removesuffix("'s")) is not None
        or (k == 0 and w.replace("’", "'").endswith("'s") and len(words) > 1
            and (w[:1].isupper() or w.replace("’", "'").removesuffix("'s").isalpha()))
        for k, w in enumerate(words))


def _introduction(doc: Doc, st: Statement) -> set[str]:
    """The kind words that introduce a statement's source: the words of a body's phrase
    ("Lithuanian airline Skyrana", "Kaduna State Police Command"), the role right before a person's
    name ("Energy Minister Klára Novotná"; not "ministry" of "ministry spokesman Agus Santoso"),
    and the head of the phrase or of one set off by commas right before or after it ("the ship's
    manager, Blue Meridian,"; "Consumer Watch, a consumer group,"; not "airline" of "Rūta
    Petrauskienė, a spokeswoman for the airline")."""
    phrase = doc.char_span(*st.speaker_span, alignment_mode="expand")
    if phrase is None or (st.speaker_org and st.speaker.split()[-1].lower() not in phrase.text.lower()):
        return set()  # "a spokesman for the energy ministry": the phrase names the body, not the speaker
    person = next((t for t in phrase if t.ent_type_ == "PERSON"), None)
    words = {t.lower_ for t in phrase if not overseen(t)} if person is None else {  # not "charity" of "Charity Commission"
        t.lower_ for t in phrase if t.i == person.i - 1  # the role right before the name: "minister", not "ministry"
        or (t.i < person.i and t.lower_ in PERSON_ROLES)}  # or a role further before a title ("Minister of Finance Dr.")
    beside = set_off_phrases(doc, *st.speaker_span)
    return words | {span.root.lower_ for span in [phrase, *beside] if span.root.pos_ == "NOUN"}
