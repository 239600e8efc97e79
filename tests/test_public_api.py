"""The names `import claimwatch` promises; removing one is a breaking change."""
from __future__ import annotations

import claimwatch


def test_exported_names_are_pinned():
    assert sorted(claimwatch.__all__) == sorted([
        "AddResult", "ClaimwatchError", "Document", "Entity", "Extraction", "IngestReport", "InputError",
        "Picture", "Quantity", "Statement", "Store", "TimeExpr", "__version__", "build_picture", "extract",
        "extract_documents", "ingest",
    ])
    for name in claimwatch.__all__:
        assert getattr(claimwatch, name) is not None


def test_the_readme_example_runs(tmp_path):
    record = claimwatch.extract("The port authority said on Monday that 40 ships were waiting.",
                                published="2025-03-05")
    (statement,) = record.statements
    assert (statement.speaker, statement.stance, statement.said_on) == ("port authority", "assert", "2025-03-03")
    store = claimwatch.Store(f"sqlite:///{tmp_path / 'ledger.db'}")
    store.add(claimwatch.Document(id="a", text="The port authority said on Monday that 40 ships were waiting."),
              record)
    assert [s.speaker for s in store.statements(speaker="port authority")] == ["port authority"]
