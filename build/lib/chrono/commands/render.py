"""``chrono render`` (the interactive HTML timeline) and ``chrono export`` (TimelineJS, CSV, iCalendar)."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from chrono.commands._common import FORMAT_OPTION, OUT_OPTION, note, reports_errors
from chrono.fileio import write_atomic
from chrono.render.exports import export as export_chronology
from chrono.render.html import write_timeline
from chrono.render.load import read_chronology


class PlotlyJs(str, Enum):
    inline = "inline"
    cdn = "cdn"


class ExportFormat(str, Enum):
    timelinejs = "timelinejs"
    csv = "csv"
    ics = "ics"


ChronologyFile = Annotated[Path, typer.Argument(metavar="CHRONOLOGY.json",
                                               help="A chronology.json written by `chrono build`.")]
PlotlyJsOption = Annotated[PlotlyJs, typer.Option(
    "--plotlyjs", help="inline: one file that works offline (about 5 MB); "
    "cdn: a small file that loads plotly.js from its CDN.")]
FormatOption = Annotated[ExportFormat, typer.Option(
    *FORMAT_OPTION, help="timelinejs: TimelineJS3 JSON; csv: one row per event and source; "
    "ics: iCalendar, one event per dated event.")]


@reports_errors
def render(
    chronology: ChronologyFile,
    out: Annotated[Path | None, typer.Option(
        *OUT_OPTION, help="The HTML file to write (default: timeline.html next to the chronology).")] = None,
    plotlyjs: PlotlyJsOption = PlotlyJs.inline,
) -> None:
    """Draw the interactive timeline of a chronology as one self-contained HTML page.

    Lanes by place, markers for day-precise events, bands for fuzzy dates, filters, search, a details
    panel with every source sentence, and the same chronology as a printable list.
    """
    data = read_chronology(chronology)
    target = out or chronology.with_name("timeline.html")
    written = write_timeline(data, target, plotlyjs=plotlyjs.value)
    note(f"wrote {written}")


@reports_errors
def export(
    chronology: ChronologyFile,
    fmt: FormatOption,
    out: Annotated[Path | None, typer.Option(
        *OUT_OPTION, help="The file to write (default: standard output).")] = None,
) -> None:
    """Export a chronology for other tools: TimelineJS3 JSON, CSV or iCalendar."""
    data = read_chronology(chronology)
    result = export_chronology(data, fmt.value)
    if out is not None:
        write_atomic(out, result)
        note(f"wrote {out}")
    elif isinstance(result, bytes):
        sys.stdout.buffer.write(result)
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(result)
        sys.stdout.flush()


def register(app: typer.Typer) -> None:
    """Add ``render`` and ``export`` to the app."""
    app.command("render")(render)
    app.command("export")(export)
