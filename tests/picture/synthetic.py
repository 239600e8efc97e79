"""Invented news articles with their extraction, written without the model: for concurrency tests
and bench/picture_scale.py. Names, places, figures and dates vary with the article number, so
stories, claims and actors really grow with the corpus."""
from __future__ import annotations

import random
from datetime import date, timedelta

from claimwatch.models import Document, Entity, Extraction, Quantity, Statement

FIRST = ["Amira", "Bruno", "Celia", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaveh", "Lena",
         "Marek", "Nadia", "Oskar", "Priya", "Quentin", "Rania", "Sven", "Tamsin", "Umar", "Vera", "Wendel", "Yara"]
LAST = ["Ardeval", "Brunsk", "Corvane", "Dallmor", "Esterhal", "Fennick", "Galvost", "Hollert", "Ivarsen", "Jorvik",
        "Kestrane", "Lomberg", "Marvell", "Nordahl", "Orsini", "Pellham", "Quarrel", "Rostand", "Sallow", "Tirrell"]
PLACES = ["Valdmoor", "Kessary", "Ostrel", "Brinwick", "Calder Bay", "Fenholt", "Marrowgate", "Tessaly", "Umberfield",
          "Wexmoor", "Yarrow Point", "Zell", "Aldenport", "Bracken Hill", "Corran", "Dunmere"]
ORGS = ["Civil Defence Agency", "Red Shore Relief", "Harbour Authority", "Interior Ministry", "River Commission",
        "Mountain Rescue Service", "Coastal Guard", "Public Health Office"]
EVENTS = [("flood", "people had died"), ("landslide", "people were missing"), ("fire", "homes were destroyed"),
          ("storm", "people were displaced"), ("blast", "people were injured")]
OUTLETS = ["Valdmoor Courier", "Northern Wire", "Kessary Times", "Brinwick Post", "Island Herald", "Marrow Daily"]
START = date(2025, 1, 6)


SYLLABLES = ["ar", "bel", "cor", "dun", "es", "fal", "gor", "hal", "is", "jor", "kel", "lam", "mor", "nev", "or",
             "pel", "quin", "ros", "sal", "tor", "ul", "var", "wen", "yr", "zan"]


def _name(k: int, base: list[str]) -> str:
    """The k-th name: the listed ones first, then ones made of syllables, so places and people keep coming."""
    if k < len(base):
        return base[k]
    k -= len(base)
    word = SYLLABLES[k % len(SYLLABLES)] + SYLLABLES[(k // len(SYLLABLES)) % len(SYLLABLES)]
    word += SYLLABLES[(k // len(SYLLABLES) ** 2) % len(SYLLABLES)] if k >= len(SYLLABLES) ** 2 else ""
    return word.capitalize() + ("holm" if base is PLACES else "sen")


def article(n: int, stories: int | None = None) -> tuple[Document, Extraction]:
    """The n-th invented article: one of many stories (a place and an event), two or three statements."""
    rng = random.Random(n)
    stories = stories or max(8, n // 12)
    story = rng.randrange(stories)
    place = _name(story, PLACES)
    event, outcome = EVENTS[story % len(EVENTS)]
    day = START + timedelta(days=story % 300 + rng.randrange(5))
    parts: list[str] = []
    statements, quantities, entities = [], [], []

    def add(text: str) -> int:
        at = sum(len(p) for p in parts)
        parts.append(text)
        return at

    add(f"{event.capitalize()} in {place}: toll rises\n")
    for k in range(rng.choice([2, 3])):
        person = f"{FIRST[(story * 7 + k * 5 + rng.randrange(2)) % len(FIRST)]} {_name(story * 3 + k, LAST)}"
        org = ORGS[(story + k) % len(ORGS)]
        count = (story * 13 + k * 7) % 400 + 10 + rng.randrange(3) * 5
        if k == 2:
            sentence = f"The {org} denied that its crews had abandoned {place} during the {event}. "
            start = add(sentence)
            statements.append(Statement(speaker=f"The {org}", stance="deny", span=(start, start + len(sentence) - 1),
                                        said_on=day.isoformat(), cue="denied",
                                        content=sentence[len(f"The {org} denied that "):-2],
                                        content_span=(start + len(f"The {org} denied that "), start + len(sentence) - 2),
                                        speaker_span=(start, start + len(f"The {org}"))))
            entities.append(Entity(org, "ORG", (start + 4, start + 4 + len(org))))
            continue
        head = f"{person}, a spokesperson for the {org}, said "
        content = f"{count} {outcome} in {place} after the {event}"
        start = add(head + content + ". ")
        c0 = start + len(head)
        statements.append(Statement(speaker=person, stance="assert", span=(start, c0 + len(content) + 1),
                                    said_on=day.isoformat(), cue="said", content=content,
                                    content_span=(c0, c0 + len(content)), speaker_span=(start, start + len(person)),
                                    speaker_org=org))
        number = f"{count} {outcome.split()[0]}"
        quantities.append(Quantity(text=number, span=(c0, c0 + len(number)), value=float(count),
                                   unit=outcome.split()[0], holder=person))
        entities += [Entity(person, "PERSON", (start, start + len(person))),
                     Entity(place, "GPE", (c0 + content.index(place), c0 + content.index(place) + len(place)))]
    add(f"Reporting by the {OUTLETS[n % len(OUTLETS)]} desk, item {n}.")
    text = "".join(parts)
    doc_id = f"syn-{n}"
    document = Document(id=doc_id, text=text, published=day, outlet=OUTLETS[n % len(OUTLETS)],
                        url=f"https://news.example/{n}", title=text.split("\n")[0])
    return document, Extraction(id=doc_id, statements=statements, quantities=quantities, entities=entities,
                                published=day.isoformat())
