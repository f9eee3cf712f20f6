"""Headless Chromium (Debian's ``chromium``, driven by Playwright) opens the
report's index and every page: no broken links or images, no console errors,
and an article containing ``<script>`` and HTML (``conftest.REPORT_ARTICLES``,
read by the real reader and cleaner) shows as plain text.

Chromium missing is a failure, not a skip: ``make chromium`` (or
``.ci/run``) installs it."""
from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str:
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if not path:
        pytest.fail("chromium is not installed: run `make chromium` "
                    "(apt-get install --no-install-recommends chromium) before the browser test")
    return path


@pytest.fixture(scope="module")
def built_report(hand_made_report):
    """The session's report (conftest): the real notebooks on a corpus whose article d1 has markup."""
    assert hand_made_report.code == 0, "the report run failed"
    return hand_made_report


def _local(url: str) -> Path:
    return Path(unquote(urlparse(url).path))


@pytest.mark.browser
def test_report_opens_cleanly_in_chromium(built_report):
    from playwright.sync_api import sync_playwright

    hostile, built_report = built_report.hostile_title, built_report.out

    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: problems.append(f"failed request: {r.url}"))
        page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))

        index = (built_report / "index.html").as_uri()
        page.goto(index)
        pages = [index] + sorted({a for a in page.eval_on_selector_all("a[href$='.html']", "els => els.map(e => e.href)")})
        assert len(pages) >= 6, pages  # index + 01..05 at least
        for url in pages:
            page.goto(url, wait_until="load")
            here = f"{_local(url).name}: "
            # every image decoded
            broken = page.eval_on_selector_all("img", "els => els.filter(i => !(i.complete && i.naturalWidth > 0))"
                                                      ".map(i => i.src.slice(0, 80))")
            problems += [here + f"broken image {b}" for b in broken]
            # every link points at a file that exists, or an anchor on the page
            for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
                parsed = urlparse(href)
                if parsed.scheme == "file":
                    if not _local(href).exists():
                        problems.append(here + f"broken link {href}")
                    if parsed.fragment and _local(href) == _local(url):
                        # browsers try the fragment as written, then percent-decoded (HTML spec)
                        ids = [parsed.fragment, unquote(parsed.fragment)]
                        if not page.evaluate("ids => ids.some(i => !!document.getElementById(i))", ids):
                            problems.append(here + f"broken anchor #{parsed.fragment}")
                elif parsed.scheme in ("http", "https"):
                    problems.append(here + f"link leaves the report: {href}")
            if page.evaluate("typeof window.__x") != "undefined":
                problems.append(here + "article HTML was executed")
            if page.locator("b", has_text="not bold").count():
                problems.append(here + "article HTML was rendered as markup")
        # the hostile article is shown, as text
        page.goto((built_report / "01_corpus.html").as_uri())
        assert hostile in page.inner_text("body")
        browser.close()
    assert not problems, "\n".join(problems)
