"""Readings the forty-second session needed: a transcript quoted in an article, where the host's
quoted questions are nobody's statements (not the guest's before or after), and a participle
after a relative clause on an object, which reports for the main clause's subject."""
from datetime import date

from claimwatch.extract import extract

PUBLISHED = date(2026, 3, 8)  # a Sunday


def _statements(text: str, published: date = PUBLISHED):
    return extract(text, published).statements


QUOTED_TRANSCRIPT = (
    "Minister: the bridge will reopen by spring\n\n"
    "On Sunday's edition of \u201cThe Week Ahead,\u201d Transport Minister Clara Vennholt said the "
    "Ostbrook bridge would reopen by spring.\n\n"
    "Partial transcript:\n\n"
    "\"MARLOWE: Let me start with the bridge. Engineers told the council last month that the cracks "
    "were worse than first thought. Is spring still realistic?\n\n"
    "\"VENNHOLT: It is realistic. The repairs are on schedule and the budget has not moved.\n\n"
    "\"MARLOWE: Will the tolls stay in place once it reopens?\n\n"
    "\"VENNHOLT: The tolls will stay until the loan is repaid, and not a day longer.\n"
)


def test_a_quoted_hosts_questions_are_nobodys_statements():
    statements = _statements(QUOTED_TRANSCRIPT)
    text = QUOTED_TRANSCRIPT
    said = [text[s.span[0]:s.span[1]] for s in statements]
    assert not any("MARLOWE" in words or "Is spring still realistic" in words for words in said)
    assert any("on schedule" in words for words, s in zip(said, statements) if s.speaker == "Clara Vennholt")


def test_a_participle_after_a_relative_clause_on_an_object_is_the_main_subjects():
    text = ("Mayor defends unpaid bill\n\n"
            "Mayor Ines Dorrell defended withholding payment from a contractor who said he was owed "
            "$40,000 for the roof repairs, saying, \"The work was never finished.\"")
    speakers = {s.speaker for s in _statements(text) if "never finished" in text[s.span[0]:s.span[1]]}
    assert speakers == {"Ines Dorrell"}
