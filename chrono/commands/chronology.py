"""``chrono build``, ``chrono check`` and ``chrono validate``: the chronology and its consistency report."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from chrono.commands._common import (
    FORMAT_OPTION,
    OUT_OPTION,
    STDIN,
    Engine,
    EngineName,
    Inputs,
    Jobs,
    Manifest,
    Quiet,
    Scheduler,
    SkipBad,
    make_engine,
    note,
    parse_day,
    quiet_run,
    reports_errors,
)
from chrono.commands._common import Published as PublishedOption
from chrono.commands._progress import ProgressBar

OUTPUT_NAME, TIMELINE_NAME = "chronology.json", "timeline.html"


class ReportFormat(str, Enum):
    text = "text"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add this area's commands to the app."""
    app.command("build")(build)
    app.command("check")(check)
    app.command("validate")(validate)


@reports_errors
def build(
    inputs: Inputs,
    out: Annotated[Path, typer.Option(*OUT_OPTION, help="Folder for chronology.json and timeline.html.")]
    = Path("output"),
    manifest: Manifest = None,
    published: PublishedOption = None,
    skip_bad: SkipBad = False,
    jobs: Jobs = None,
    engine: Engine = EngineName.local,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """Build the chronology and the timeline from articles.

    Every dated event once, with the date each source gives it, merged
    across articles and checked for consistency. Writes OUT/chronology.json (validated against
    schemas/chronology.schema.json) and OUT/timeline.html, as one set: both are replaced together,
    and a build that fails or is interrupted leaves the previous pair as it was. The per-article
    work runs on --jobs processes (default: all cores) or, with --engine dask, on a Dask cluster."""
    from chrono.pipeline import build_chronology

    day = parse_day(published)
    runner = make_engine(engine, jobs, scheduler)
    try:
        with ProgressBar(quiet_run(quiet)) as progress:
            data = build_chronology(inputs, manifest=manifest, published=day, engine=runner, progress=progress,
                                    skip_bad=skip_bad)
    finally:
        runner.close()
    written = write_build(data, out, validated=True)
    counts = _severity_counts(data["findings"])
    note(f"{len(data['documents'])} articles, {len(data['events'])} events, "
         f"{len(data['findings'])} findings ({_describe(counts)})")
    for path in written:
        note(f"wrote {path}")


def write_build(data: dict[str, Any], out: Path, validated: bool = False) -> list[Path]:
    """OUT/chronology.json and OUT/timeline.html, validated first (unless ``validated``) and
    replaced together; the paths are given as ``out`` names them."""
    from chrono.chronology.document import chronology_writer
    from chrono.fileio import Content, replace_outputs
    from chrono.render.html import render_timeline

    files: dict[str, Content] = {OUTPUT_NAME: chronology_writer(data, validated),
                                 TIMELINE_NAME: render_timeline(data, "inline")}
    replace_outputs(out, files)
    return [out / name for name in files]


@reports_errors
def check(
    inputs: Inputs,
    manifest: Manifest = None,
    published: PublishedOption = None,
    skip_bad: SkipBad = False,
    fmt: Annotated[ReportFormat, typer.Option(*FORMAT_OPTION, help="text or json.")] = ReportFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Exit with status 1 when any finding is a conflict.")]
    = False,
) -> None:
    """Print the consistency report: where the sources disagree.

    Where the sources of one event disagree on its date, its
    duration or its starting point, and where a publication date contradicts the text. With
    --strict the exit status is 1 when there is a conflict, so the check can gate a pipeline."""
    from chrono.findings.report import has_conflict
    from chrono.pipeline import build_chronology
    from chrono.render.safe_text import visible

    data = build_chronology(inputs, manifest=manifest, published=parse_day(published), skip_bad=skip_bad)
    if fmt is ReportFormat.json:
        typer.echo(json.dumps(data["findings"], ensure_ascii=False, indent=2))
    else:
        typer.echo(visible(render_report(data)))
    if strict and has_conflict(data["findings"]):
        raise typer.Exit(1)


@reports_errors
def validate(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A chronology.json to check against the schema (- reads standard input).")],
) -> None:
    """Validate a chronology file against schemas/chronology.schema.json.

    Prints the JSON path
    and message of each error; exit status 1 when the file is invalid."""
    from chrono.chronology.document import validate_file

    errors = validate_file(sys.stdin.buffer.read() if str(file) == STDIN else file)
    if not errors:
        typer.echo(f"{file}: valid")
        return
    for error in errors:
        typer.echo(f"{file}: {error}")
    typer.echo(f"{file}: {len(errors)} error(s)", err=True)
    raise typer.Exit(1)


# ---------------------------------------------------------------- helpers


def render_report(data: dict[str, Any]) -> str:
    """The findings as plain text, one block per finding, with a summary line."""
    events = {event["id"]: event for event in data["events"]}
    lines: list[str] = []
    for finding in data["findings"]:
        event = events.get(finding["event"] or "")
        about = f" {event['id']} {event['date']['value']} {event['title']}" if event else ""
        lines.append(f"{finding['severity'].upper()} {finding['id']} {finding['kind']}:{about}")
        lines.append(f"  {finding['explanation']}")
        for source in finding["sources"]:
            value = f" -> {source['value']}" if source.get("value") else ""
            lines.append(f"  - {source['document']}: \"{source['quote']}\"{value}")
    counts = _severity_counts(data["findings"])
    lines.append(f"{len(data['events'])} events, {len(data['findings'])} findings ({_describe(counts)})")
    return "\n".join(lines)


def _severity_counts(findings: list[dict[str, Any]]) -> dict[str, int]:
    counts = {"conflict": 0, "discrepancy": 0, "note": 0}
    for finding in findings:
        counts[finding["severity"]] = counts.get(finding["severity"], 0) + 1
    return counts


PLURALS = {"discrepancy": "discrepancies"}


def _describe(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {name if n == 1 else PLURALS.get(name, name + 's')}" for name, n in counts.items())

