"""The timeline page in a real browser (Debian's chromium, driven by Playwright).

Builds the chronology of seeds/ with the real pipeline when it is there (the hand-made fixture
chronology otherwise), writes timeline.html into a temporary folder (never the repository's
output/), and checks what a reader does with it: the page loads cleanly, every event has a mark,
the search narrows, a click shows the sources, and a hostile article runs nothing. Saves a
screenshot, timeline.png, beside the page.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hostile import XSS_ARTICLE, hostile

from chrono.render import write_timeline

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURE = Path(__file__).parent / "data" / "render" / "chronology.json"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")


def _builder():
    try:
        from chrono.pipeline import build_chronology
    except ImportError:
        return None
    return build_chronology


def _chronology(extra: list[Path] = ()) -> tuple[dict, bool]:
    """The chronology of the seeds (plus ``extra`` articles) and whether the real pipeline made it."""
    build = _builder()
    if build is None:
        return json.loads(FIXTURE.read_text(encoding="utf-8")), False
    return build([str(p) for p in sorted(SEEDS.glob("*.txt")) + list(extra)]), True


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[dict, bool, Path]:
    chronology, real = _chronology()
    out = tmp_path_factory.mktemp("timeline")
    (out / "chronology.json").write_text(json.dumps(chronology, ensure_ascii=False, indent=1), encoding="utf-8")
    return chronology, real, write_timeline(chronology, out / "timeline.html")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


class Visit:
    """A page opened in the browser, with everything it reported."""

    def __init__(self, browser, path: Path, fragment: str = "", query: str = "", size: tuple[int, int] = (1440, 960)):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": size[0], "height": size[1]})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri() + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else ""))
        self.page.wait_for_selector("#chrono-app[data-ready=true]", timeout=30_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def settle(self) -> None:
        self.page.wait_for_selector("#chrono-app[data-ready=true]")
        self.page.wait_for_timeout(150)


@pytest.fixture()
def visit(browser, built):
    opened = Visit(browser, built[2])
    yield opened
    opened.page.close()


def _events_at(chronology: dict, place: str) -> list[dict]:
    return [e for e in chronology["events"] if any(loc.get("name") == place for loc in e.get("locations") or [])]


def _articles(event: dict) -> set[str]:
    return {s["document"] for s in event["sources"]}


def test_page_loads_without_console_errors(visit):
    assert visit.errors == []
    assert visit.js("window.chronoTimeline.eventCount") > 0


def test_every_event_in_the_chronology_has_one_marker(visit, built):
    saved = json.loads((built[2].parent / "chronology.json").read_text(encoding="utf-8"))
    visit.page.click("button[data-range=all]")
    visit.settle()
    assert visit.js("window.chronoTimeline.markerCount()") == len(saved["events"])
    assert visit.js("window.chronoTimeline.domMarkerCount()") == len(saved["events"])
    assert visit.page.get_attribute("#chrono-app", "data-marker-count") == str(len(saved["events"]))


def test_search_for_wien_keeps_vienna_and_hides_geneva(visit, built):
    chronology = built[0]
    vienna, geneva = _events_at(chronology, "Wien"), _events_at(chronology, "Genf")
    assert vienna and geneva, "the chronology should place events in Wien and in Genf"
    visit.page.locator("#chrono-search").press_sequentially("Wien", delay=30)
    visit.page.wait_for_selector("#chrono-app[data-query=wien][data-ready=true]")
    shown = set(visit.js("window.chronoTimeline.visibleEventIds()"))
    assert {e["id"] for e in vienna} & shown
    assert not {e["id"] for e in geneva} & shown
    assert visit.js("window.chronoTimeline.domMarkerCount()") == len(shown)
    hidden_rows = visit.js("Array.from(document.querySelectorAll('tr[data-event-id]'))"
                           ".filter(r => r.hidden).map(r => r.dataset.eventId)")
    assert {e["id"] for e in geneva} <= set(hidden_rows)


def _shown(visit) -> set[str]:
    visit.settle()
    return set(visit.js("window.chronoTimeline.visibleEventIds()"))


def test_filters_by_source_place_and_findings(visit, built):
    chronology = built[0]
    page = visit.page
    document = chronology["documents"][0]["id"]
    page.click('details[data-filter="document"] summary')
    page.click('details[data-filter="document"] button[data-select="none"]')
    assert _shown(visit) == set()
    page.check(f'input[name="document"][value="{document}"]')
    assert _shown(visit) == {e["id"] for e in chronology["events"] if document in _articles(e)}
    page.click("#chrono-reset")
    page.click('details[data-filter="place"] summary')
    page.click('details[data-filter="place"] button[data-select="none"]')
    page.check('input[name="place"][value="Wien"]')
    assert _shown(visit) == {e["id"] for e in _events_at(chronology, "Wien")}
    page.click("#chrono-reset")
    page.check("#chrono-only-findings")
    assert _shown(visit) == {e["id"] for e in chronology["events"] if e.get("findings")}
    assert visit.errors == []


def test_clicking_the_brussels_event_shows_its_sources(visit, built):
    chronology, real, _ = built
    event = max(_events_at(chronology, "Brüssel"), key=lambda e: len(_articles(e)))
    if real:
        assert len(_articles(event)) == 5, "all five seed articles report the Brussels meeting"
    visit.page.click("button[data-range=focus]")
    visit.settle()
    point = visit.js("id => window.chronoTimeline.markerCenter(id)", event["id"])
    visit.page.mouse.move(point["x"], point["y"])
    visit.page.mouse.click(point["x"], point["y"])
    visit.page.wait_for_selector(f'#chrono-app[data-selected="{event["id"]}"]', timeout=5_000)
    cards = visit.page.locator("#chrono-details .source-card")
    assert cards.count() == len(_articles(event))  # one card per source article
    sentences = sum(1 + len(s.get("statements") or []) for s in event["sources"])
    assert visit.page.locator("#chrono-details blockquote").count() == sentences  # every sentence
    visit.page.mouse.move(5, 5)
    visit.page.wait_for_timeout(300)
    visit.page.screenshot(path=str(built[2].parent / "timeline.png"))
    assert visit.errors == []


def test_a_link_to_an_event_opens_its_details(browser, built):
    event = built[0]["events"][0]
    visit = Visit(browser, built[2], fragment=event["id"])
    try:
        assert visit.page.get_attribute("#chrono-app", "data-selected") == event["id"]
        assert visit.page.locator("#chrono-details .source-card").count() == len(_articles(event))
        visit.page.keyboard.press("Escape")
        assert visit.page.get_attribute("#chrono-app", "data-selected") is None
        assert visit.errors == []
    finally:
        visit.page.close()


def test_an_empty_chronology_loads_without_errors(browser, tmp_path):
    visit = Visit(browser, write_timeline({"events": [], "documents": [], "findings": []}, tmp_path / "e.html"))
    try:
        visit.page.click("button[data-range=all]")
        visit.page.locator("#chrono-search").fill("Wien")
        visit.page.wait_for_selector("#chrono-app[data-query=wien][data-ready=true]")
        assert visit.js("window.chronoTimeline.markerCount()") == 0
        assert visit.errors == []
    finally:
        visit.page.close()


def _hostile_chronology(kind: str) -> dict:
    if kind == "pipeline":
        if _builder() is None:
            pytest.skip("the chronology builder is not there yet")
        return _chronology([XSS_ARTICLE])[0]
    return hostile(json.loads(FIXTURE.read_text(encoding="utf-8")))


@pytest.mark.parametrize("kind", ["fixture", "pipeline"])
def test_hostile_article_runs_no_script(browser, tmp_path, kind):
    chronology = _hostile_chronology(kind)
    visit = Visit(browser, write_timeline(chronology, tmp_path / "xss.html"))
    try:
        page = visit.page
        hostile_events = [e for e in chronology["events"]
                          if any("onerror" in (src.get("sentence") or "") for src in e.get("sources") or [])]
        if kind == "fixture":
            assert hostile_events
        page.locator("details.filter summary").first.click()  # the source names, in the filter menu
        for event in hostile_events:
            page.click(f'button.details-btn[data-event-id="{event["id"]}"]')
            page.wait_for_selector(f'#chrono-app[data-selected="{event["id"]}"]')
            details = page.locator("#chrono-details").inner_text()
            assert "<img src=x onerror=" in details  # shown as text, not made into an element
            page.locator("#chrono-chart").scroll_into_view_if_needed()
            point = visit.js("id => window.chronoTimeline.markerCenter(id)", event["id"])
            page.mouse.move(point["x"], point["y"])  # the hover card
            page.wait_for_selector(".hoverlayer .hovertext")
        assert visit.js("typeof window.__xss") == "undefined"
        assert visit.dialogs == []
        assert visit.errors == []
        assert visit.js("document.querySelectorAll('#chrono-app img:not(#chrono-print-chart), "
                        "#chrono-app svg[onload], #chrono-app [onerror], #chrono-app [onmouseover]').length") == 0
        source = visit.js("document.getElementById('chrono-print-chart').getAttribute('src') || ''")
        assert source == "" or source.startswith("data:image/png;base64,")  # the page's own picture of the chart
    finally:
        visit.page.close()


# ---------------------------------------------------------------- phone, print, keyboard, links


@pytest.fixture()
def phone(browser, built):
    opened = Visit(browser, built[2], size=(390, 844))
    yield opened
    opened.page.close()


def test_the_phone_view_has_no_horizontal_overflow(phone):
    assert phone.js("document.documentElement.scrollWidth") <= 390
    wide = phone.js("Array.from(document.querySelectorAll('#chrono-app *')).filter(n => n.offsetParent !== null"
                    " && n.getBoundingClientRect().right > window.innerWidth + 1).map(n => n.tagName + '.' + n.className)")
    assert wide == []
    assert phone.errors == []


def test_the_phone_view_shows_every_event_as_a_vertical_timeline(phone, built):
    chronology = built[0]
    assert not phone.page.locator("#chrono-chart").is_visible()  # the list replaces the chart
    items = phone.page.locator("#chrono-phone li.pt-item")
    assert items.count() == len(chronology["events"])
    assert all(items.nth(i).is_visible() for i in range(items.count()))
    shown = phone.js("Array.from(document.querySelectorAll('#chrono-phone .pt-title')).map(n => n.textContent)")
    assert all(e["title"] in text for e, text in zip(chronology["events"], shown, strict=True))  # in date order


def test_on_a_phone_the_details_open_right_under_the_item(phone, built):
    event = max(built[0]["events"], key=lambda e: len(_articles(e)))
    item = phone.page.locator(f'#chrono-phone li.pt-item[data-event-id="{event["id"]}"]')
    item.locator("button.pt-open").click()
    phone.page.wait_for_selector(f'#chrono-app[data-selected="{event["id"]}"]')
    assert item.locator("#chrono-details .source-card").count() == len(_articles(event))
    below = phone.js("id => { const b = document.querySelector(`li.pt-item[data-event-id='${id}'] .pt-open`)"
                     ".getBoundingClientRect(); const d = document.getElementById('chrono-details')"
                     ".getBoundingClientRect(); return d.top >= b.bottom - 1 && d.top - b.bottom < 40; }", event["id"])
    assert below
    assert phone.js("document.getElementById('chrono-details').contains(document.activeElement)")
    assert phone.js("document.documentElement.scrollWidth") <= 390


def test_print_to_pdf_holds_the_chart_the_legend_and_the_sources(visit, built, tmp_path):
    page = visit.page
    page.wait_for_selector("#chrono-app[data-print-ready=true]", timeout=15_000)
    page.emulate_media(media="print")
    picture = page.locator("#chrono-print-chart")
    assert picture.is_visible() and picture.bounding_box()["width"] > 500
    assert visit.js("document.getElementById('chrono-print-chart').naturalWidth") > 1000
    assert page.locator(".legend").is_visible() and page.locator(".findings-section").is_visible()
    sentence = built[0]["events"][0]["sources"][0]["sentence"]
    assert page.locator(".src-sentence", has_text=sentence[:40]).first.is_visible()
    assert not page.locator("footer .screen-only").is_visible()  # no word about bands that are not there
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and b"/Subtype /Image" in pdf  # the chart's picture is in the PDF
    (built[2].parent / "print.pdf").write_bytes(pdf)


def test_an_event_opens_from_the_chart_by_keyboard(visit, built):
    chronology = built[0]
    page = visit.page
    page.click("button[data-range=all]")
    visit.settle()
    page.locator("#chrono-chart").focus()
    first, second = chronology["events"][0]["id"], chronology["events"][1]["id"]
    page.wait_for_selector(f'#chrono-app[data-cursor="{first}"]')
    page.keyboard.press("ArrowRight")
    page.wait_for_selector(f'#chrono-app[data-cursor="{second}"]')
    assert chronology["events"][1]["title"] in page.locator("#chrono-cursor").text_content()  # read out
    page.keyboard.press("Enter")
    page.wait_for_selector(f'#chrono-app[data-selected="{second}"]')
    assert visit.js("document.getElementById('chrono-details').contains(document.activeElement)")
    page.keyboard.press("Escape")
    assert page.get_attribute("#chrono-app", "data-selected") is None
    assert visit.js("document.activeElement.id") == "chrono-chart"  # focus goes back to the chart
    assert visit.errors == []


def test_a_changed_hash_opens_that_event(visit, built):
    event = built[0]["events"][-1]
    visit.js("id => { location.hash = id; }", event["id"])
    visit.page.wait_for_selector(f'#chrono-app[data-selected="{event["id"]}"]', timeout=5_000)
    assert visit.page.locator("#chrono-details .source-card").count() == len(_articles(event))


def test_search_and_filters_live_in_the_url_and_a_link_restores_them(browser, built):
    chronology = built[0]
    first = Visit(browser, built[2])
    try:
        first.page.locator("#chrono-search").press_sequentially("Wien", delay=20)
        first.page.wait_for_selector("#chrono-app[data-query=wien][data-ready=true]")
        url = first.page.url
        assert "suche=Wien" in url
        shown = set(first.js("window.chronoTimeline.visibleEventIds()"))
    finally:
        first.page.close()
    again = Visit(browser, built[2], query=url.split("?", 1)[1])
    try:
        assert again.page.input_value("#chrono-search") == "Wien"
        assert set(again.js("window.chronoTimeline.visibleEventIds()")) == shown
        assert {e["id"] for e in _events_at(chronology, "Genf")}.isdisjoint(shown)
        assert again.errors == []
    finally:
        again.page.close()


def test_under_a_source_filter_the_marker_counts_only_the_chosen_sources(visit, built):
    chronology = built[0]
    event = max(chronology["events"], key=lambda e: len(_articles(e)))
    assert len(_articles(event)) >= 3
    keep = sorted(_articles(event))[:2]
    page = visit.page
    assert visit.js("id => window.chronoTimeline.markerLabel(id).text", event["id"]) == str(len(_articles(event)))
    page.click('details[data-filter="document"] summary')
    page.click('details[data-filter="document"] button[data-select="none"]')
    for doc in keep:
        page.check(f'input[name="document"][value="{doc}"]')
    visit.settle()
    assert visit.js("id => window.chronoTimeline.markerLabel(id).text", event["id"]) == "2"
    assert "quelle=" in page.url  # the filter is in the link too


ENGLISH = re.compile(r"\b(the|and|with|which|sources?|dates? it|vaguely|precise|disagree|lasted|Download|Reset axes|"
                     r"Zoom in|Zoom out|Autoscale|Pan|Produced|Click|Double-click|Edit in|unknown|inferred|"
                     r"LESS_THAN|MORE_THAN|APPROX|PT\d+H|\d{4}-W\d{2})\b")
HASH = re.compile(r"(?i)(?<![0-9a-z])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?![0-9a-z])")


def test_no_english_and_no_hash_like_source_name_anywhere_a_reader_looks(visit, built):
    page = visit.page
    chart = page.locator("#chrono-chart")
    chart.hover()
    texts = visit.js("""() => {
      const out = [document.body.innerText];
      document.querySelectorAll('svg text').forEach(n => out.push(n.textContent));
      document.querySelectorAll('[title], [data-title], [aria-label], [placeholder], [alt]').forEach(n => {
        ['title', 'data-title', 'aria-label', 'placeholder', 'alt'].forEach(a => n.getAttribute(a) && out.push(n.getAttribute(a)));
      });
      return out;
    }""")
    page.click("button.details-btn[data-event-id]")  # a details panel, with findings where there are
    flagged = [e for e in built[0]["events"] if e.get("findings")]
    for event in flagged[:2]:
        visit.js("id => window.chronoTimeline.select(id)", event["id"])
        texts.append(page.locator("#chrono-details").inner_text())
    page.locator('details[data-filter="document"] summary').click()
    texts.append(page.locator('details[data-filter="document"]').inner_text())
    text = "\n".join(texts)
    assert not ENGLISH.findall(text), sorted(set(ENGLISH.findall(text)))
    assert not HASH.findall(text), sorted(set(HASH.findall(text)))
    assert "Quelle ohne Namen" not in text


def test_alles_keeps_the_core_week_legible(visit, built):
    chronology = built[0]
    geneva = max(_events_at(chronology, "Genf"), key=lambda e: len(_articles(e)))
    brussels = max(_events_at(chronology, "Brüssel"), key=lambda e: len(_articles(e)))
    visit.page.click("button[data-range=all]")
    visit.settle()
    a = visit.js("id => window.chronoTimeline.markerCenter(id)", geneva["id"])
    b = visit.js("id => window.chronoTimeline.markerCenter(id)", brussels["id"])
    assert b["x"] - a["x"] > 60  # two days apart stay two days apart, not one blob at the edge
    headings = visit.js("Array.from(document.querySelectorAll('.annotation-text')).map(n => n.textContent)")
    if visit.js("window.chronoTimeline.broken"):
        assert any(h.startswith("davor") for h in headings)
    assert visit.js("window.chronoTimeline.domMarkerCount()") == len(chronology["events"])
    assert visit.errors == []


def test_crowded_markers_are_clustered_with_a_count_and_a_click_zooms_in(visit, built):
    page = visit.page
    visit.js("window.chronoTimeline.zoom(['2021-01-01', '2023-01-01'])")  # two years: days run together
    visit.settle()
    clusters = visit.js("window.chronoTimeline.clusters()")
    assert clusters and all(len(c) >= 2 for c in clusters)
    texts = visit.js("Array.from(document.querySelectorAll('.annotation[data-index]')).map(n => n.textContent)")
    assert any(t in (f"{len(c)} Ereignisse", str(len(c))) for c in clusters for t in texts)
    label = page.locator(".annotation", has_text=re.compile(rf"^{len(clusters[0])}( Ereignisse)?$")).first
    before = len(visit.js("window.chronoTimeline.clusters()"))
    box = label.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_timeout(500)
    visit.settle()
    assert len(visit.js("window.chronoTimeline.clusters()")) < before or visit.js(
        "window.chronoTimeline.clusters()") != clusters  # zoomed in: the markers stand apart
    assert visit.errors == []
