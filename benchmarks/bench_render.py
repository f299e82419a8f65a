"""Timeline page and exports: time to render, file sizes, and (with chromium) time until the page is ready.

Builds synthetic chronologies of 20, 200 and 2,000 events by repeating the events of the fixture
chronology (tests/data/render/chronology.json) shifted by whole weeks, then prints for each size:
the time to render the page (inline plotly.js and CDN), the page sizes, the time for each export,
and, when /usr/bin/chromium is there, the time until the page reports ready and the time a search
takes to redraw.

    python benchmarks/bench_render.py [--sizes 20 200 2000] [--no-browser]
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import tempfile
import time
from pathlib import Path

from chrono.render import render_timeline, write_timeline
from chrono.render.exports import export

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "render" / "chronology.json"
CHROMIUM = Path("/usr/bin/chromium")


def _shift(value: str | None, weeks: int) -> str | None:
    if not value or len(value) < 10:
        return value
    moment = dt.datetime.fromisoformat(value) + dt.timedelta(weeks=weeks)
    return moment.isoformat(timespec="minutes") if "T" in value else moment.date().isoformat()


def synthetic(size: int) -> dict:
    """A chronology of ``size`` events: the fixture's events again and again, each copy a week later."""
    base = json.loads(FIXTURE.read_text(encoding="utf-8"))
    events = []
    for index in range(size):
        event = copy.deepcopy(base["events"][index % len(base["events"])])
        weeks = index // len(base["events"])
        event["id"] = f"E{index + 1:05d}"
        for key in ("earliest", "latest"):
            event["date"][key] = _shift(event["date"][key], weeks)
        event["findings"] = []
        events.append(event)
    return dict(base, events=events, findings=[])


def timed(func, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = func(*args, **kwargs)
    return time.perf_counter() - start, result


def browser_figures(path: Path) -> tuple[float, float]:
    """Seconds until the page is ready, and seconds for a search to redraw."""
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=args)
        page = browser.new_page(viewport={"width": 1440, "height": 960})
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("#chrono-app[data-ready=true]", timeout=120_000)
        ready = time.perf_counter() - start
        start = time.perf_counter()
        page.evaluate("window.chronoTimeline.search('Wien')")
        page.wait_for_selector("#chrono-app[data-query=wien][data-ready=true]", timeout=120_000)
        search = time.perf_counter() - start
        browser.close()
    return ready, search


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 200, 2000])
    parser.add_argument("--no-browser", action="store_true", help="skip the chromium figures")
    options = parser.parse_args()
    use_browser = CHROMIUM.exists() and not options.no_browser
    header = f"{'events':>7} {'render s':>9} {'inline MB':>10} {'cdn KB':>8} {'tljs s':>7} {'csv s':>6} {'ics s':>6}"
    print(header + (f" {'ready s':>8} {'search s':>9}" if use_browser else ""))
    with tempfile.TemporaryDirectory() as folder:
        for size in options.sizes:
            chronology = synthetic(size)
            seconds, path = timed(write_timeline, chronology, Path(folder) / f"t{size}.html")
            cdn = len(render_timeline(chronology, "cdn").encode("utf-8")) / 1024
            exports = [timed(export, chronology, fmt)[0] for fmt in ("timelinejs", "csv", "ics")]
            line = (f"{size:>7} {seconds:>9.2f} {path.stat().st_size / 1e6:>10.2f} {cdn:>8.0f} "
                    + " ".join(f"{s:>6.2f}" for s in exports))
            if use_browser:
                ready, search = browser_figures(path)
                line += f" {ready:>8.2f} {search:>9.2f}"
            print(line, flush=True)


if __name__ == "__main__":
    main()
