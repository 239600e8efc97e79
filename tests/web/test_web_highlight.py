"""Marking spans in a document's text: escaped, nested, clipped, never broken markup."""
from __future__ import annotations

from claimwatch.web.highlight import Mark, highlight


def test_text_is_escaped_inside_and_outside_marks():
    text = "Ana said <b>hi</b> & left."
    html = highlight(text, [Mark(0, 8, "statement", "s-0", title='say "hi"')])
    assert str(html) == ('<mark class="hl hl-statement" id="s-0" title="say &#34;hi&#34;">Ana said</mark>'
                         " &lt;b&gt;hi&lt;/b&gt; &amp; left.")


def test_nested_marks_become_nested_elements():
    text = "Officials said 40 people left on Monday."
    html = str(highlight(text, [Mark(0, 39, "statement", "s-0", href="/actors/officials"),
                                Mark(15, 17, "quantity", "q-0"), Mark(33, 39, "time", "t-0")]))
    assert html.startswith('<a class="hl hl-statement" id="s-0" href="/actors/officials">Officials said ')
    assert '<mark class="hl hl-quantity" id="q-0">40</mark>' in html
    assert html.endswith('<mark class="hl hl-time" id="t-0">Monday</mark></a>.')


def test_crossing_marks_are_split_and_links_never_nest():
    text = "abcdefghij"
    html = str(highlight(text, [Mark(0, 6, "statement", "a", href="/x"), Mark(4, 9, "statement", "b", href="/y")]))
    assert html == ('<a class="hl hl-statement" id="a" href="/x">abcd<mark class="hl hl-statement" id="b">ef</mark></a>'
                    '<a class="hl hl-statement" href="/y">ghi</a>j')
    inner = str(highlight(text, [Mark(0, 9, "statement", "a", href="/x"), Mark(2, 4, "quantity", "q", href="/z")]))
    assert inner.count("<a ") == 1 and '<mark class="hl hl-quantity" id="q">cd</mark>' in inner


def test_marks_hug_words_and_bad_spans_are_dropped():
    text = "One.\n\nTwo said so.\n"
    html = str(highlight(text, [Mark(4, 19, "statement", "s"), Mark(30, 40, "time", "t"), Mark(3, 3, "time", "u")]))
    assert html == 'One.\n\n<mark class="hl hl-statement" id="s">Two said so.</mark>\n'


def test_search_snippets_mark_matches_and_leave_no_tag_open():
    from claimwatch.web.pages import _snippet

    assert str(_snippet("the [dam] <b> broke [")) == "the <mark>dam</mark> &lt;b&gt; broke ["
