"""Property: whatever text arrives, extraction returns records with spans inside it."""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimwatch import Document, extract_documents

FRAGMENTS = st.sampled_from([
    "“", "”", "‘", "’", '"', "'", "«", "»", "<script>", "</p>", "<b>", "&amp;", "—", "–",
    " said ", " denied ", " according to ", "Mr. ", "Oct. 29", "Tuesday", "about ",
    "10,000", "1.2 million", "a couple thousand", "99999999999999999999999999999999999999",
    "1" * 400, "1e308", "-0", "$", "%", " to ", " between ", "\n", "\n\n", ".", ":", "KERRIGAN: ",
])
TEXTS = st.lists(st.one_of(st.text(max_size=30), FRAGMENTS), max_size=40).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1),
                                                          max_value=date(2100, 12, 31))))
def test_extraction_never_raises_and_spans_stay_inside(nlp, text, published):
    (record,) = extract_documents([Document(id="h", text=text, published=published)], nlp)
    for item in record.statements + record.quantities + record.times + record.entities:
        assert 0 <= item.span[0] <= item.span[1] <= len(text)
    for s in record.statements:
        if s.content_span:
            assert 0 <= s.content_span[0] <= s.content_span[1] <= len(text)
    for q in record.quantities:
        for number in (q.value, q.low, q.high):
            assert number is None or abs(number) < float("inf")
    record.to_dict()


def test_a_headline_with_a_doubled_space_is_reread_without_error(read):
    # the headline re-reader counts positions in its line of words, which skips the parser's space tokens
    read(":  saId\n")
    statements = read("Ministry  says  ferry will sail again\n\nThe ministry said on Tuesday that the ferry would sail.")
    assert statements and all(0 <= s.span[0] < s.span[1] for s in statements)
