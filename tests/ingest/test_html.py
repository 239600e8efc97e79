from datetime import date
from pathlib import Path

from claimwatch.ingest import read_sources
from claimwatch.models import Document, Rejected

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_a_saved_page_gives_the_article_and_its_metadata_without_chrome():
    (page,) = read_sources([FIXTURES / "harbour-fire.html"])
    assert isinstance(page, Document)
    assert (page.title, page.author, page.outlet, page.published) == (
        "Warehouse fire closes Port Elsmere harbour", "Mira Okonkwo", "The Coastal Ledger", date(2025, 3, 14))
    assert "Harbour master Tomas Verlinde said about 60 firefighters" in page.text
    for chrome in ("Subscribe", "Most read", "bus lanes", "All rights reserved", "Cookie"):
        assert chrome not in page.text


def test_a_page_with_only_navigation_is_rejected(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a> | <a href='/sport'>Sport</a></nav>"
                    "<footer>All rights reserved</footer></body></html>")
    (item,) = read_sources([page])
    assert isinstance(item, Rejected) and item.where == str(page)


def test_a_page_without_article_markup_is_still_read_without_its_footer(tmp_path):
    page = tmp_path / "short.html"
    page.write_text("<html><body><div>The mayor said on Monday that forty families had been moved to the "
                    "school gym after the river rose, and that volunteers would bring blankets and hot meals "
                    "to them until the water went down.</div><footer>Copyright notice</footer></body></html>")
    (item,) = read_sources([page])
    assert isinstance(item, Document) and item.text.startswith("The mayor said on Monday")
    assert "Copyright" not in item.text
