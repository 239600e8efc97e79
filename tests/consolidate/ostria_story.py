"""A small multi-document story built by hand, so consolidation is tested without extraction.

Ana Varga first says Ostrian troops crossed into Velna province (March 1); the
Pentagon's press secretary, Pat Ryder, confirms ten days later with a figure; a wire
copy and a re-report repeat it; NATO gives a lower range; Ostria's foreign ministry
denies it; its defence ministry will not deny it. One unrelated story rides along.
"""
from __future__ import annotations

from datetime import date

import pytest

from claimwatch.consolidate import Picture, build_picture
from claimwatch.models import Document, Entity, Extraction, Quantity, Statement


def find(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def article(doc_id: str, day: str, outlet: str, text: str, *, statements=(), quantities=(), entities=(),
            duplicate_of: str | None = None) -> tuple[Document, Extraction, str | None]:
    """A Document and its Extraction; statements are (speaker, stance, sentence, said_on, cue) tuples."""
    records = []
    for speaker, stance, sentence, said_on, cue in statements:
        span = find(text, sentence)
        speaker_span = find(text, speaker) if speaker in text else None
        records.append(Statement(speaker=speaker, stance=stance, span=span, said_on=said_on, cue=cue,
                                 content=sentence, speaker_span=speaker_span))
    figures = [Quantity(text=t, span=find(text, t), value=v, low=lo, high=hi, approx=approx, unit=unit, holder=holder)
               for t, v, lo, hi, approx, unit, holder in quantities]
    names = [Entity(t, label, find(text, t)) for t, label in entities]
    document = Document(id=doc_id, text=text, published=date.fromisoformat(day), outlet=outlet,
                        url=f"https://example.org/{doc_id}", title=text.split(".")[0])
    return document, Extraction(doc_id, records, figures, [], names, published=day), duplicate_of


WIRE = ("Pentagon press secretary Pat Ryder said on Tuesday that Ostrian troops had crossed into Velna "
        "province, roughly 3,000 soldiers in all.")


def story() -> list[tuple[Document, Extraction, str | None]]:
    ostrian_velna = [("Ostrian", "NORP"), ("Velna", "GPE")]
    return [
        article("herald-1", "2025-03-01", "Northern Herald",
                "President Ana Varga said on Saturday that Ostrian troops had crossed into Velna province.",
                statements=[("Ana Varga", "assert", "President Ana Varga said on Saturday that Ostrian troops "
                             "had crossed into Velna province.", "2025-03-01", "said")],
                entities=[("Ana Varga", "PERSON"), *ostrian_velna]),
        article("wire-1", "2025-03-11", "Capital Wire", WIRE,
                statements=[("Pat Ryder", "assert", WIRE, "2025-03-11", "said")],
                quantities=[("roughly 3,000", 3000, None, None, True, "soldiers", "Pat Ryder")],
                entities=[("Pentagon", "ORG"), ("Pat Ryder", "PERSON"), *ostrian_velna]),
        article("harbor-1", "2025-03-11", "Harbor Times", WIRE,
                statements=[("Pat Ryder", "assert", WIRE, "2025-03-11", "said")],
                quantities=[("roughly 3,000", 3000, None, None, True, "soldiers", "Pat Ryder")],
                entities=[("Pentagon", "ORG"), ("Pat Ryder", "PERSON"), *ostrian_velna], duplicate_of="wire-1"),
        article("post-1", "2025-03-12", "Evening Post",
                "The Pentagon's press secretary said the Ostrian troops in Velna province numbered about 3,000. "
                "Maj. Gen. Ryder added that Ostrian troops had crossed into Velna province at night.",
                statements=[("The Pentagon's press secretary", "assert", "The Pentagon's press secretary said the "
                             "Ostrian troops in Velna province numbered about 3,000.", "2025-03-12", "said"),
                            ("Maj. Gen. Ryder", "assert", "Maj. Gen. Ryder added that Ostrian troops had crossed "
                             "into Velna province at night.", "2025-03-12", "added")],
                quantities=[("about 3,000", 3000, None, None, True, "troops", "The Pentagon's press secretary")],
                entities=[("Pentagon", "ORG"), ("Ryder", "PERSON"), ("Ostrian", "NORP"), ("Velna", "GPE"),
                          ("Ostrian", "NORP")]),
        article("ledger-1", "2025-03-13", "Daily Ledger",
                "Ostria's foreign ministry denied that any Ostrian troops had crossed into Velna province.",
                statements=[("Ostria's foreign ministry", "deny", "Ostria's foreign ministry denied that any "
                             "Ostrian troops had crossed into Velna province.", "2025-03-13", "denied")],
                entities=[("Ostria", "GPE"), *ostrian_velna]),
        article("meridian-1", "2025-03-14", "Radio Meridian",
                "Radio Meridian reports, citing the Northern Herald, that President Ana Varga's account of "
                "Saturday stands. Patrick Ryder repeated that Ostrian troops had crossed into Velna province.",
                statements=[("Patrick Ryder", "assert", "Patrick Ryder repeated that Ostrian troops had crossed "
                             "into Velna province.", None, "repeated")],
                entities=[("Radio Meridian", "ORG"), ("Northern Herald", "ORG"), ("Patrick Ryder", "PERSON"),
                          *ostrian_velna]),
        article("post-2", "2025-03-15", "Evening Post",
                "A NATO spokesperson said Ostrian forces in Velna province numbered between 2,000 and 2,500.",
                statements=[("A NATO spokesperson", "assert", "A NATO spokesperson said Ostrian forces in Velna "
                             "province numbered between 2,000 and 2,500.", "2025-03-15", "said")],
                quantities=[("between 2,000 and 2,500", None, 2000, 2500, False, "forces", "A NATO spokesperson")],
                entities=[("NATO", "ORG"), *ostrian_velna]),
        article("ledger-2", "2025-03-16", "Daily Ledger",
                "The Ostrian defence ministry would not deny that its troops had crossed into Velna province.",
                statements=[("The Ostrian defence ministry", "not_deny", "The Ostrian defence ministry would not "
                             "deny that its troops had crossed into Velna province.", "2025-03-16", "deny")],
                entities=[("Ostrian", "NORP"), ("Velna", "GPE")]),
        article("tram-1", "2025-03-16", "Coast Gazette",
                "Mayor Lin Ito said the new tram line in Portmere will open in June.",
                statements=[("Lin Ito", "assert", "Mayor Lin Ito said the new tram line in Portmere will open "
                             "in June.", "2025-03-16", "said")],
                entities=[("Lin Ito", "PERSON"), ("Portmere", "GPE")]),
    ]


@pytest.fixture(scope="module")
def picture() -> Picture:
    """The consolidated picture of the story; import it into a test module to use it."""
    return build_picture(story())
