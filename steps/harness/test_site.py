"""The conformance site, as a reader uses it: built from real reports, opened from disk in headless
Chromium, its cells holding the reports' verdicts, its links leading somewhere.

Reports: the reference app in-process, Bottle with its expectations (its known failures are
expected failures, with the expectations' reasons), and Bottle's URL-building section without them
(real failures, with what was expected and what came). The browser tests need Debian's chromium and
chromium-driver, as test_page_text.py does; the link checker runs without them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from steps.claims import load_claims
from steps.conformance.report import OUTCOMES
from steps.conformance.site import VERDICTS, check_links
from steps.harness.suite import PYTHON, ROOT, run_suite
from steps.integrity import load_features

BOTTLE = f"{PYTHON} implementations/bottle_app/serve.py {{port}}"
EXPECTATIONS = "implementations/bottle_app/expectations.json"
#: Column names are the reports' file names.
REPORTS = ("reference", "bottle", "bottle-without-expectations")


def build(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "steps.conformance", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from three runs; its reports are kept beside it, in ``reports/``."""
    folder = tmp_path_factory.mktemp("site")
    runs = {
        "reference": (),
        "bottle": ("--target-server", BOTTLE, "--expectations", EXPECTATIONS),
        "bottle-without-expectations": ("--target-server", BOTTLE, "-k", "url_building"),
    }
    paths = []
    for name, args in runs.items():
        path = folder / f"{name}.json"
        # A suite run elsewhere on the machine may hold 127.0.0.1:5000 for up to 120 s (python_api.py).
        result = run_suite("-q", "-m", "not browser", *args, f"--conformance-report={path}", timeout=300)
        assert path.is_file(), result.stdout + result.stderr
        paths.append(str(path))
    result = build("site", *paths, "--out", str(folder / "out"))
    assert result.returncode == 0, result.stdout + result.stderr
    return folder / "out"


def report(site: Path, name: str) -> dict[str, Any]:
    return json.loads((site / "reports" / f"{name}.json").read_text(encoding="utf-8"))


def url(site: Path, page: str) -> str:
    return (site / page).as_uri()


def matrix_cells(driver: Any, site: Path) -> dict[str, list[dict[str, str]]]:
    """Row id (``row-ROUTE-3``) -> its cells, left to right: the verdict, the counts, the whole text."""
    driver.get(url(site, "matrix.html"))
    return driver.execute_script(
        """
        const rows = {};
        for (const row of document.querySelectorAll('tr[id^="row-"]')) {
            rows[row.id] = [...row.querySelectorAll('td.cell')].map(cell => ({
                verdict: cell.querySelector('.verdict').innerText,
                counts: cell.querySelector('.counts') ? cell.querySelector('.counts').innerText : '',
                text: cell.innerText,
                href: cell.querySelector('a').getAttribute('href'),
            }));
        }
        return rows;
        """
    )


def follow(driver: Any, css: str) -> str:
    """Clicks the first link the selector finds; returns the fragment it led to, which must be an element."""
    from selenium.webdriver.common.by import By

    driver.find_element(By.CSS_SELECTOR, css).click()
    fragment = driver.execute_script("return decodeURIComponent(location.hash.slice(1))")
    assert fragment and driver.find_elements(By.ID, fragment), f"{driver.current_url} leads to no element"
    return fragment


@pytest.mark.browser
def test_the_matrix_shows_each_reports_verdicts_readable_without_colour(site: Path, chromium: Any) -> None:
    cells = matrix_cells(chromium, site)
    marks = {verdict: mark for verdict, (mark, _) in VERDICTS.items()}
    assert len(set(marks.values())) == len(marks), "two verdicts share a mark"
    for column, name in enumerate(REPORTS):
        held = report(site, name)
        shown_verdicts = set()
        for kind in ("claims", "rules"):
            for ident, counts in held[kind].items():
                cell = cells[f"row-{ident}"][column]
                assert cell["verdict"] == counts["verdict"], (name, ident, cell)
                assert cell["text"].startswith(marks[counts["verdict"]]), (name, ident, cell)
                for outcome in OUTCOMES:
                    said = f"{counts[outcome]} {outcome}"
                    assert (said in cell["counts"]) == bool(counts[outcome]), (name, ident, said, cell)
                shown_verdicts.add(counts["verdict"])
        ran = [c for c, counts in held["claims"].items() if counts["verdict"] != "no scenario ran"]
        assert len(ran) >= 5, f"{name}: the matrix would show too few verdicts to tell anything"
    # Bottle's report holds both what it does and what it does not: the cells differ.
    assert {cells[f"row-{c}"][1]["verdict"] for c in report(site, "bottle")["claims"]} >= {"conforms", "fails (expected)"}


@pytest.mark.browser
@pytest.mark.parametrize(
    ("name", "outcome"), [("bottle", "expected-failure"), ("bottle-without-expectations", "failed")]
)
def test_a_failing_bottle_cell_opens_its_failures_with_their_reasons(
    site: Path, chromium: Any, name: str, outcome: str
) -> None:
    from selenium.webdriver.common.by import By

    held = report(site, name)
    column = REPORTS.index(name)
    failing = [e for e in held["scenarios"] if e["outcome"] == outcome and e["claims"]]
    assert failing, f"{name}: no {outcome} to open"
    claim = failing[0]["claims"][0]
    chromium.get(url(site, "matrix.html"))
    assert follow(chromium, f'tr[id="row-{claim}"] td.cell:nth-of-type({column + 2}) a') == claim
    assert chromium.current_url.split("#")[0].endswith(f"details-{name}.html")
    section = chromium.find_element(By.ID, claim).text
    behind = [e for e in held["scenarios"] if claim in e["claims"] and e["outcome"] == outcome]
    for entry in behind:
        # Why it fails as this run saw it, and why the expectations file says it fails (when it says).
        said = [entry[field] for field in ("reason", "expected_reason") if entry.get(field)]
        assert said, entry
        for reason in said:
            assert reason in section, (claim, reason, section)
    # Positive control: a scenario of another claim, whose reason this section must not show.
    others = [e for e in held["scenarios"] if claim not in e["claims"] and e["reason"] and e["reason"] not in section]
    assert others, "every reason of the report is in this one cell: the check above could not fail"


@pytest.mark.browser
def test_links_between_the_spec_and_the_matrix_resolve(site: Path, chromium: Any) -> None:
    from selenium.webdriver.common.by import By

    claims = load_claims()
    chromium.get(url(site, "matrix.html"))
    assert follow(chromium, 'tr[id="row-ROUTE-3"] th a') == "ROUTE-3"
    assert chromium.current_url.split("#")[0].endswith("spec-routing.html")
    assert claims["ROUTE-3"].replace("`", "") in chromium.find_element(By.ID, "ROUTE-3").text
    assert follow(chromium, '[id="ROUTE-3"] a[href^="matrix.html"]') == "row-ROUTE-3"
    assert follow(chromium, 'tr[id="row-routing.5"] th a') == "routing.5"
    assert follow(chromium, '[id="routing.5"] a.to-scenario') == "the-int-converter-matches-digits-and-passes-an-integer"
    scenario = chromium.find_element(By.ID, "the-int-converter-matches-digits-and-passes-an-integer").text
    assert "Scenario Outline: The int converter matches digits and passes an integer" in scenario
    assert "@ROUTE-3 @routing.5" in scenario and "042 Post 42" in scenario  # tags, and Examples as a table
    # From a cell's details back to the scenario in the spec.
    chromium.get(url(site, "details-bottle.html") + "#URL-1")
    anchor = follow(chromium, '[id="URL-1"] table a[href^="spec-"]')
    assert chromium.current_url.split("#")[0].endswith("spec-url-building.html")
    assert chromium.find_element(By.ID, anchor).get_attribute("class") == "scenario"


@pytest.mark.browser
def test_the_pages_are_english_with_the_documents_chinese_marked_and_screenshots_are_saved(
    site: Path, chromium: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    chromium.set_window_size(1280, 1600)
    try:
        chromium.get(url(site, "matrix.html"))
        chromium.save_screenshot(str(tmp_path / "matrix.png"))
        chromium.get(url(site, "spec-routing.html"))
        chromium.save_screenshot(str(tmp_path / "spec-routing.png"))
    finally:
        chromium.set_window_size(1024, 768)
    assert chromium.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    quoted = chromium.find_element(By.CSS_SELECTOR, 'blockquote.document[lang="zh-Hans"]').text
    routing = next(f for f in load_features() if f.rel_filename.endswith("routing.feature"))
    assert quoted.splitlines()[0] == routing.description.splitlines()[0].strip(), quoted
    for shot in ("matrix.png", "spec-routing.png"):
        assert (tmp_path / shot).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"screenshots: {tmp_path}")


def test_the_site_needs_no_javascript_and_every_internal_link_resolves(site: Path) -> None:
    pages = sorted(site.glob("*.html"))
    assert len(pages) >= 13 + 2 + 3 * 2, [p.name for p in pages]  # sections, index and matrix, two a report
    for page in pages:
        text = page.read_text(encoding="utf-8").lower()
        assert "<script" not in text and " onclick=" not in text, page.name
    assert check_links(site) == []
    result = build("check-links", str(site))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_link_checker_finds_a_missing_page_a_missing_anchor_and_a_way_out(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        '<p id="here"><a href="b.html#there">fine</a> <a href="#here">fine</a> <a href="https://example.org/x">outside</a>'
        '<a href="b.html#nowhere">no anchor</a> <a href="c.html">no page</a> <a href="../up.html">out</a>'
        '<img src="style.css"><img src="missing.png">',
        encoding="utf-8",
    )
    (tmp_path / "b.html").write_text('<h1 id="there">b</h1>', encoding="utf-8")
    (tmp_path / "style.css").write_text("", encoding="utf-8")
    problems = check_links(tmp_path)
    assert problems == [
        "a.html:1: b.html#nowhere: b.html has no element with id 'nowhere'",
        "a.html:1: c.html: no such file",
        "a.html:1: ../up.html: leads out of the site",
        "a.html:1: missing.png: no such file",
    ]
    result = build("check-links", str(tmp_path))
    assert result.returncode == 1 and "4 problems" in result.stderr and "Traceback" not in result.stderr


def test_a_file_that_is_not_a_report_is_one_readable_line(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text('{"hello": 1}', encoding="utf-8")
    result = build("site", str(tmp_path / "notes.json"), "--out", str(tmp_path / "out"))
    assert result.returncode == 1, result.stderr
    assert "notes.json is not a conformance report" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
    missing_out = build("site", str(tmp_path / "notes.json"))
    assert missing_out.returncode == 2 and missing_out.stderr.startswith("usage:"), missing_out.stderr
