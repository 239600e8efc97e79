"""Document text with its statements, quantities and times marked up, safely.

The text is escaped piece by piece and only our own tags are added, so a
document that contains `<script>` is shown as those characters. Spans may nest
(a number inside a quoted sentence) or cross; crossing spans are split so the
markup stays well formed.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from markupsafe import Markup, escape

KIND_ORDER = {"statement": 0, "quantity": 1, "time": 2}


@dataclass(frozen=True)
class Mark:
    """One span to highlight: kind selects the style, anchor the id, href the link."""

    start: int
    end: int
    kind: str  # statement | quantity | time
    anchor: str
    title: str = ""
    href: str | None = None


def highlight(text: str, marks: list[Mark]) -> Markup:
    """The escaped text with each mark wrapped in a `<mark>` (or link) element."""
    valid = [t for t in (_trimmed(text, m) for m in marks) if 0 <= t.start < t.end <= len(text)]
    valid.sort(key=_order)
    return Markup(_render(text, 0, len(text), valid, in_link=False))


def _trimmed(text: str, mark: Mark) -> Mark:
    """The mark without the spaces and line breaks at its ends, so highlights hug the words."""
    start, end = max(0, mark.start), min(len(text), mark.end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return replace(mark, start=start, end=end)


def _render(text: str, start: int, end: int, marks: list[Mark], in_link: bool) -> str:
    """Render text[start:end]; `marks` are sorted and all lie inside [start, end).

    A mark that starts inside another and ends after it is split: its first part
    nests inside, the rest continues after. Links never nest (invalid HTML), so a
    mark inside a link loses its href.
    """
    out: list[str] = []
    cursor = start
    pending = list(marks)
    while pending:
        mark = pending.pop(0)
        inner: list[Mark] = []
        rest: list[Mark] = []
        for other in pending:
            if other.start >= mark.end:
                rest.append(other)
            elif other.end <= mark.end:
                inner.append(other)
            else:
                inner.append(replace(other, end=mark.end))
                rest.append(replace(other, start=mark.end, anchor=""))  # ids stay unique
        pending = sorted(rest, key=_order)
        out.append(str(escape(text[cursor:mark.start])))
        link = mark.href is not None and not in_link
        body = _render(text, mark.start, mark.end, inner, in_link or link)
        out.append(_open(mark, link) + body + ("</a>" if link else "</mark>"))
        cursor = mark.end
    out.append(str(escape(text[cursor:end])))
    return "".join(out)


def _order(mark: Mark) -> tuple[int, int, int]:
    return mark.start, -mark.end, KIND_ORDER.get(mark.kind, 9)


def _open(mark: Mark, link: bool) -> str:
    anchor = f' id="{escape(mark.anchor)}"' if mark.anchor else ""
    title = f' title="{escape(mark.title)}"' if mark.title else ""
    if link:
        return f'<a class="hl hl-{escape(mark.kind)}"{anchor} href="{escape(mark.href)}"{title}>'
    return f'<mark class="hl hl-{escape(mark.kind)}"{anchor}{title}>'

