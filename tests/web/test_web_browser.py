"""A real browser over a real server: the claims board, one claim, its evidence sentence.

Runs Debian's chromium (installed by .ci/browser) through Playwright against
uvicorn on a free loopback port, over a store loaded with examples/corpus.jsonl.
Leaves a screenshot of the claim page in test-artifacts/.
"""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from claimwatch.api import create_app
from claimwatch.api.service import Service
from claimwatch.ingest import read_sources
from claimwatch.models import Document, Rejected

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus.jsonl"
ARTIFACTS = ROOT / "test-artifacts"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE = Document(id="hostile", title="A page that tries <script>", outlet="Test Desk",
                   text="A spokesman said on Monday that <script>alert('owned')</script> was only a test.")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium: run .ci/browser")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, nlp):
    """The sample corpus read into a tmp store and served by uvicorn in a thread."""
    import uvicorn

    service = Service(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'sample.db'}")
    documents = [d for d in read_sources([CORPUS]) if not isinstance(d, Rejected)]
    assert documents, f"no documents in {CORPUS}"
    service.ingest(documents + [HOSTILE])
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(create_app(service=service), host="127.0.0.1", port=port,
                                       log_level="warning", lifespan="off"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        assert time.monotonic() < deadline, "server did not start in 20 s"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", service
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    """A page that records console errors, dialogs and any request off this server."""
    base, _ = server
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("request", lambda r: r.url.startswith(base) or page.problems.append(f"off-site request: {r.url}"))
    yield page
    page.close()


def test_board_to_claim_shows_the_evidence_sentence(page, server):
    base, service = server
    page.goto(base + "/")
    first = page.locator("ul.claims li a.label").first
    label = first.inner_text()
    assert label, "the claims board lists no claim"
    assert page.locator("ul.claims li").first.locator(".badge").inner_text()
    first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == label
    claim_id = page.url.rsplit("/", 1)[-1]
    sentence = service.claim(claim_id).claim.statements[0].citation.sentence
    evidence = page.locator("blockquote.evidence", has_text=sentence).first
    assert evidence.is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "claim-page.png"), full_page=True)
    assert page.problems == []


def test_the_board_opens_with_the_situation(page, server):
    base, service = server
    page.goto(base + "/")
    situation = page.locator("section.situation")
    assert situation.is_visible()
    top = service.picture()
    assert "deaths" in situation.inner_text()  # the sample's main series leads, with its holders' figures
    assert any(e.holder in situation.inner_text() for s in top.series for e in s.latest)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "claims-board.png"), full_page=False)
    assert page.problems == []


def test_script_in_a_document_shows_as_text(page, server):
    base, service = server
    found = service.documents(outlet="Test Desk").items
    page.goto(f"{base}/documents/{found[0].id}")
    assert "<script>alert('owned')</script>" in page.locator("article.doc-text").inner_text()
    assert page.problems == []


def test_api_docs_render_without_the_network(page, server):
    base, _ = server
    page.goto(base + "/docs")
    page.locator(".opblock-summary-path", has_text="/api/claims/{claim_id}").wait_for(timeout=15000)
    assert page.problems == []
