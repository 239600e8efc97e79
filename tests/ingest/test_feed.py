from datetime import date
from pathlib import Path

from claimwatch.ingest import read_sources
from claimwatch.ingest.feed import html_fragment_text, read_feed
from claimwatch.models import Document, Rejected

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _read(name: str) -> list:
    path = FIXTURES / name
    return list(read_feed(path.read_bytes(), str(path), doc_id=path.stem))


def test_each_rss_entry_is_a_document_with_link_date_outlet_and_text():
    items = _read("river-news.rss")
    flood, bridge = items[0], items[1]
    assert isinstance(flood, Document)
    assert flood.url == "https://courier.example/2025/04/02/floodwater"
    assert flood.published == date(2025, 4, 2)
    assert flood.outlet == "Valley Courier"
    assert flood.title == "Floodwater reaches lower town"
    assert flood.author == "Ana Ferreira"
    assert flood.text.startswith("The river rose above its banks")
    assert "trackVisit" not in flood.text  # scripts are not text
    assert "\n\nForecasters said more rain was expected before the weekend." in flood.text
    assert bridge.text.startswith("Engineers said the old stone bridge")  # from <description>


def test_an_entry_without_text_is_rejected_by_name():
    gallery = _read("river-news.rss")[2]
    assert isinstance(gallery, Rejected)
    assert "river-news.rss#3" in gallery.where and "Photo gallery" in gallery.where
    assert "no text" in gallery.reason


def test_atom_entries_use_the_published_date_not_the_update():
    (entry,) = _read("council.atom")
    assert entry.published == date(2025, 5, 19)
    assert entry.url == "https://northfield.example/press/budget-vote"
    assert entry.outlet == "Northfield Council Press Office"
    assert entry.text == "The council leader said the budget vote would move to June because 3 members were ill."


def test_something_that_is_not_a_feed_is_rejected(tmp_path):
    bad = tmp_path / "notes.xml"
    bad.write_text("<config><value>3</value></config>")
    (item,) = read_sources([bad])
    assert isinstance(item, Rejected) and item.where == str(bad)


def test_feeds_in_folders_are_read_by_their_suffix():
    items = list(read_sources([FIXTURES]))
    urls = {item.url for item in items if isinstance(item, Document)}
    assert "https://northfield.example/press/budget-vote" in urls
    assert "https://courier.example/2025/04/03/bridge" in urls


def test_html_fragments_become_paragraphs():
    assert html_fragment_text("<p>One  line.</p><p>Two<br>three</p>") == "One line.\n\nTwo\n\nthree"
    assert html_fragment_text("Plain text,\n  no tags.") == "Plain text, no tags."
    assert html_fragment_text("<p> </p>") == ""
