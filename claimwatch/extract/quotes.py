"""Direct speech: quoted passages, transcript turns and live-blog entries, found in raw text.

Quotation marks in news are messy: curly or straight, single or double, the
apostrophe shares a glyph with the closing single quote, and a quote that runs
over paragraphs reopens each one without closing the last. `quoted_passages`
pairs marks within a paragraph and lets an unclosed quote run to the paragraph
end, so an unbalanced mark never breaks the reading.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import read_table
from .speakers import QUESTIONER_LABELS

OPENERS = {"“": "”", "‘": "’", "\"": "\"", "«": "»", "„": "“"}
# A speaker label opening a transcript line: "KERRIGAN:", "MS. LEE:", "Q:".
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſȘ-ț"  # capitals with accents too: "LÉVESQUE:", "KOVAČIČ:", "ȘTEFAN:" (Latin Extended-A mixes cases)
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſȘ-ț"
# An affiliation in brackets may follow the name: "MS. LINDQVIST (WHO): ...".
# A transcript quoted whole in an article opens each turn with a quotation mark: "\"WALLACE: ...".
# A parliament's record names an office and the member in brackets, "The MINISTER FOR HEALTH (Ms Tran):",
# or a member and their seat, "Mr HOLLOWAY (Bellbird Creek—Shadow Minister) (2.14 pm):".
_LABEL = re.compile(rf"^[ \t]*[\"“]?([{_UPPER}][{_LETTER}]+ (?:from|of|for|with) (?:[{_UPPER}][{_LETTER}.'’&-]*\s?){{1,4}}"
                    rf"|The (?:[{_UPPER}]{{2,}}\s?){{1,5}}|(?:[{_UPPER}][{_LETTER}.'’-]*\s?){{1,3}}|Q|A)"
                    rf"(?:,\s?([{_UPPER}][{_UPPER}0-9 .'’&/-]{{1,40}}?))?"
                    rf"(?:\s?\(([^)\n]{{1,60}})\))?(?:\s?\([^)\n]{{1,40}}\))?\s*:\s+(?=\S)", re.M)
# (group 2: the role a broadcast transcript gives after the name, "GLORIA HENNESSY, ODOT DISTRICT ENGINEER:";
# group 3: what the first brackets hold, "Ms Tran")
# A live-blog entry stamp: "16:40 GMT –", "09:05 –", "1.15pm:", a wire's "1542 GMT",
# "12:40 p.m. — ...", and an earlier day's entry stamped "Saturday, 11:50 p.m. — ..."
_CLOCK = r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?|[0-2]\d[0-5]\d\s*(?-i:[A-Z]{2,4}))"
_STAMP = re.compile(r"\s*(?-i:[A-Z][a-z]+day,?\s+)?" + _CLOCK + r"\s*[–—:-]", re.I)
_STAMP_LINE = re.compile(r"\s*(?:updated?\b\s*[,:–—-]?\s*(?:at\s+)?)?" + _CLOCK + r"\s*", re.I)
# "—Jane Doe" closing a paragraph after a quote.
_DASH_NAME = re.compile(r"(?:[—–―]|\s-)\s*([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*(?:,[^—–―\n]{0,80})?$")
# A headline giving its speaker before a colon: "Pat Doe: Ferry Will Sail Again", "Clinton to
# Planned Parenthood: ..." (up to four words for the speaker, three more for whom or what of).
_HEADLINE = re.compile(r"[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Za-z][\w.'’-]*){0,6})[ \t]*:[ \t]+(\S.{8,})")
_DASH_LINE = re.compile(r"\s*[—–―]\s*([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*(?:,[^\n]{0,80})?$")


@dataclass(frozen=True)
class Passage:
    """A quoted stretch: `start`/`end` include the marks, `inner` the words between them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool

    def words(self, text: str) -> int:
        return len(text[self.inner_start : self.inner_end].split())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line block; a single newline ends a paragraph in news text."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True  # Russia’s, don’t
    if before in "sS" and not after.isalnum() and text[i] == "’":
        return True  # plural possessive: the allies’ view (heuristic; kept short passages only)
    return False


def quoted_passages(text: str) -> list[Passage]:
    """Every quoted passage, paragraph by paragraph; unclosed quotes end with the paragraph."""
    out: list[Passage] = []
    for p_start, p_end in paragraphs(text):
        i = p_start
        while i < p_end:
            ch = text[i]
            if ch == "”" and i == p_start and i + 1 < p_end and text[i + 1].isalpha():
                ch = "“"  # web copy that opens a paragraph's quote with the closing mark: ”Fear. I am ...”
            if ch in OPENERS and not (ch in "‘\"" and i > p_start and text[i - 1].isalnum()):
                if ch == "‘" and _is_apostrophe(text, i):
                    i += 1
                    continue
                close = OPENERS[ch]
                j = i + 1
                while j < p_end:
                    if text[j] == close and not (close == "’" and _is_apostrophe(text, j) and text[j - 1] != "s"):
                        if close == "’" and j + 1 < p_end and text[j + 1].isalpha():
                            j += 1
                            continue
                        break
                    j += 1
                closed = j < p_end
                end = j + 1 if closed else p_end
                out.append(Passage(i, end, i + 1, j if closed else p_end, closed))
                i = end
                continue
            i += 1
    return out


def speech_passages(text: str, min_words: int = 4) -> list[Passage]:
    """Passages long enough to be speech rather than a scare-quoted word or title."""
    return [p for p in quoted_passages(text) if p.words(text) >= min_words
            or (p.words(text) and text[p.inner_start : p.inner_end].rstrip()[-1] in ".!?")]


@dataclass(frozen=True)
class Turn:
    """A transcript turn: who speaks, and the paragraphs of the answer."""

    label: str
    label_span: tuple[int, int]
    paragraphs: tuple[tuple[int, int], ...]
    role: str = ""  # "ANCHOR" of "DANA WHITFIELD, ANCHOR:"
    bracketed: str = ""  # "Ms Tran" of "The MINISTER FOR HEALTH (Ms Tran):"


def transcript_turns(text: str) -> list[Turn]:
    """Speaker turns of an interview or briefing transcript ("NAME: text" lines).

    Only texts with at least two labelled lines count as transcripts; turns by the
    questioner ("Q") are returned too, so callers can skip them.
    """
    return list(_transcript_turns(text))


@functools.lru_cache(maxsize=8)
def _transcript_turns(text: str) -> tuple[Turn, ...]:
    """The turns, read once per text: the parse, the statements, their days and the quantities'
    holders each ask for the same text's turns."""
    paras = paragraphs(text)
    labelled = []
    for k, (s, e) in enumerate(paras):
        m = _LABEL.match(text, s, e)
        if m and _label_ok(m.group(1)):
            labelled.append((k, m))
    quoted = [(k, m) for k, m in labelled if text[m.start():m.start(1)].strip()]
    if quoted:  # a transcript quoted in an article quotes every turn; an unquoted "Doe: ..." line is a headline
        labelled = quoted
    if len(labelled) < 2:
        return ()
    turns = []
    for n, (k, m) in enumerate(labelled):
        stop = labelled[n + 1][0] if n + 1 < len(labelled) else len(paras)
        body = [(m.end(), paras[k][1])]
        for j in range(k + 1, stop):
            if stop == len(paras) and _is_narration(text, paras[j]) and (
                    j == len(paras) - 1 or _reports_past_act(text, paras[j])):
                break  # after the last turn, the reporter's narration resumes
            body.append(paras[j])
        turns.append(Turn(m.group(1).strip(), (m.start(1), m.end(1)), tuple(body), (m.group(2) or "").strip(),
                          (m.group(3) or "").strip()))
    return tuple(turns)


def _label_ok(label: str) -> bool:
    label = label.strip()
    words = label.split()
    if len(words) > 2 and words[1] in ("from", "of", "for", "with"):  # "Reporter from Steppe Wire:" asks
        return words[0].lower() in QUESTIONER_LABELS
    if words[0] == "The" and len(words) > 1:  # "The MINISTER FOR HEALTH": an office in a parliament's record
        label = " ".join(words[1:])
    return label in ("Q", "A") or (label.upper() == label and any(c.isalpha() for c in label)) or (
        1 <= len(label.split()) <= 3 and all(w[:1].isupper() for w in label.split()))


@functools.lru_cache(maxsize=None)
def _past_cue_forms() -> frozenset[str]:
    """Past forms of the reporting verbs of cues.tsv ("said", "posted", "declined")."""
    forms = {"said", "told", "wrote", "spoke"}
    for row in read_table("cues"):
        if row["pos"].upper() == "VERB":
            lemma = row["lemma"].lower()
            forms |= {lemma + "ed", lemma + "d", lemma[:-1] + "ied"}
    return frozenset(forms)


def _reports_past_act(text: str, para: tuple[int, int]) -> bool:
    """ "Minister X, who did not attend, posted on X that ...": the reporter telling of
    someone's act, not the speaker talking."""
    return any(w in _past_cue_forms() for w in re.findall(r"[a-z]+", text[para[0] : para[1]]))


def _is_narration(text: str, para: tuple[int, int]) -> bool:
    """Unlabelled paragraphs after the final turn are often the reporter's again: they talk
    about others in the third person, not in the first."""
    body = text[para[0] : para[1]]
    return not re.search(r"\b(I|we|I'm|I’m|we're|we’re|our|my)\b", body)


# What may stand right before a quotation that opens a sentence of its own: a sentence end, a
# colon introducing it, another quotation's close, a dash or an opening bracket; and the comma
# after an interrupting attribution ("“...,” a resident told the radio, “and then it was gone.”").
_SENTENCE_OPENERS = ".!?:;,\"”’'—–-(["


def opens_mid_sentence(text: str, start: int) -> bool:
    """A quotation whose opening mark follows a word of the same line ("a city of “honesty.”",
    "refers to him as “Chris.”"): a phrase quoted inside the reporter's sentence, not a passage
    of speech standing on its own."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i >= 0 and text[i] != "\n" and text[i] not in _SENTENCE_OPENERS


def section_starts(text: str) -> list[int]:
    """Start offsets of section headings in the body: a short line all in capitals ("GHENT: STOLEN
    PAINTING FOUND IN A GARAGE", "WEST COAST FERRIES: STRIKE ENDS") opens a story of its own in a
    round-up. Not the headline; not a transcript label ("KERRIGAN: ...")."""
    out = []
    for s, e in paragraphs(text)[1:]:
        line = text[s:e].strip()
        words = line.split()
        if 2 <= len(words) <= 14 and line.upper() == line and sum(ch.isalpha() for ch in line) >= 8 \
                and not line.endswith((".", '"', "”", ")", "]")):
            out.append(s)
    return out


def live_entry_starts(text: str) -> list[int]:
    """Start offsets of live-blog entries ("16:40 GMT – ...", or a line of its own: "UPDATE, 5:15
    p.m."); empty unless the text has two."""
    starts = [s for s, e in paragraphs(text) if _STAMP.match(text, s, e) or _STAMP_LINE.fullmatch(text, s, e)]
    return starts if len(starts) >= 2 else []


def dash_attribution(text: str, para: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """ "“...” —Jane Doe": the name after a closing dash at the end of a paragraph."""
    m = _DASH_NAME.search(text, para[0], para[1])
    if m is None:
        return None
    return m.group(1), (m.start(1), m.end(1))


def dash_line(text: str, para: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """A paragraph that is only a sign-off: "— Dr. Jane Doe, medical director"."""
    m = _DASH_LINE.match(text, para[0], para[1])
    if m is None:
        return None
    return m.group(1), (m.start(1), m.end(1))


def headline_labels(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(label span, claim span) of each short line "Name: claim", the headline way of
    attributing ("Pat Doe: Ferry Will Sail Again"); the caller decides whether the label
    names someone."""
    out = []
    for s, e in paragraphs(text):
        m = _HEADLINE.match(text, s, e)
        if m is None or len(text[s:e].split()) > 30 or m.end() != e:
            continue
        out.append(((m.start(1), m.end(1)), (m.start(2), m.end(2))))
    return out


HEADLINE_CHARS = 200


def capitalises_its_words(line) -> bool:
    """Whether a line of tokens capitalises its words ("Special Representative Tells Security Council"),
    as headlines may, rather than only its names: most longer words after the first start upper-case."""
    words = [t for t in list(line)[1:] if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.text[0].isupper() for t in words) > 0.6 * len(words)


@functools.lru_cache(maxsize=4)
def headline_line(doc: Doc):
    """The tokens of a first line that reads as a headline (short, not ended as a sentence), else none."""
    end = next((t.i for t in doc if "\n" in t.whitespace_ or (t.is_space and "\n" in t.text)), None)
    if end is None or end == 0:
        return doc[0:0]
    line = doc[:end + 1]
    if len(line.text) > HEADLINE_CHARS or line.text.rstrip().endswith((".", "?", "!")):
        return doc[0:0]
    return line


def on_headline(token: Token) -> bool:
    """Whether the token stands on the headline (`headline_line`)."""
    line = headline_line(token.doc)
    return bool(len(line)) and line.start <= token.i < line.end
