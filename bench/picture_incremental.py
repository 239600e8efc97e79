"""The incremental picture against a full rebuild: ingest a corpus one document at a time.

    python bench/picture_incremental.py CORPUS.jsonl OUTPUT.json [--db URL]

Documents go into a fresh store one at a time in publication order (each ingest updates
the stored picture incrementally); the stored picture is then printed as
`claimwatch picture --db` prints it. Used as the `--cmd` of shared/eval/picture_score.py,
so the incremental picture is scored like the in-memory one.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    from claimwatch.consolidate.export import picture_document
    from claimwatch.pipeline import ingest, local_extractor, open_store, read_documents

    corpus, output = Path(argv[0]), Path(argv[1])
    url = argv[3] if len(argv) > 3 and argv[2] == "--db" else f"sqlite:///{tempfile.mkdtemp()}/incremental.db"
    documents = sorted(read_documents([str(corpus)]), key=lambda d: (d.published is None, d.published, d.id))
    extractor = local_extractor()
    lines = [json.dumps({"id": d.id, "text": d.text, "published": d.published.isoformat() if d.published else None,
                         "outlet": d.outlet, "url": d.url, "title": d.title}) for d in documents]
    folder = Path(tempfile.mkdtemp())
    started = time.perf_counter()
    with open_store(url) as store:
        for n, line in enumerate(lines):
            one = folder / f"{n:05d}.jsonl"
            one.write_text(line + "\n", encoding="utf-8")
            ingest([one], store, extractor=extractor)
        seconds = time.perf_counter() - started
        from claimwatch.pipeline import picture_from_store

        picture = picture_from_store(store)
    output.write_text(json.dumps(picture_document(picture), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(documents)} documents ingested one at a time in {seconds:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
