import http.server
import threading
from pathlib import Path

import pytest

from claimwatch.ingest import read_sources
from claimwatch.models import Document, Rejected

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture(scope="module")
def server():
    """A local web server for the fixtures folder (loopback only)."""
    handler = lambda *args: http.server.SimpleHTTPRequestHandler(*args, directory=str(FIXTURES))  # noqa: E731
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.RequestHandlerClass.log_message = lambda *args: None
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_feed_url_yields_its_entries(server):
    items = list(read_sources([f"{server}/river-news.rss"]))
    assert [type(i) for i in items] == [Document, Document, Rejected]
    assert items[0].outlet == "Valley Courier"


def test_a_page_url_yields_the_article_with_its_url(server):
    (page,) = read_sources([f"{server}/harbour-fire.html"])
    assert isinstance(page, Document)
    assert page.url == f"{server}/harbour-fire.html"
    assert "Harbour master Tomas Verlinde said" in page.text
    assert "Subscribe" not in page.text and "Cookie" not in page.text


def test_a_missing_page_is_rejected_with_the_http_status(server):
    (item,) = read_sources([f"{server}/gone.html"])
    assert isinstance(item, Rejected)
    assert item.where == f"{server}/gone.html" and "404" in item.reason
