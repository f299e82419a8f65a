"""The conventions of the command line: --version, python -m chrono, --quiet/--verbose/--debug,
- for standard input, the same option names everywhere, messages on stderr and results on stdout,
one-line usage errors, exit 130 on Ctrl-C (also while starting)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_helpers import ROOT, SEEDS, chrono, one_line_error

from chrono.cli import app
from chrono.version import __version__

SEED = SEEDS / "002_7193a20db939d4fa.txt"


def test_version():
    result = chrono("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"chrono {__version__}"


def test_python_m_chrono_lists_the_commands():
    result = chrono("--help")
    assert result.returncode == 0
    for command in ("tag", "dates", "build", "check", "validate", "render", "export"):
        assert command in result.stdout


def test_build_prints_results_nowhere_and_messages_on_stderr(tmp_path):
    result = chrono("build", str(SEEDS), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "wrote" in result.stderr and "events" in result.stderr


def test_quiet_hides_messages_and_verbose_adds_none_to_stdout(tmp_path):
    quiet = chrono("build", str(SEEDS), "--out", str(tmp_path / "q"), "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == "" and quiet.stdout == ""
    before = chrono("-q", "dates", str(SEED))
    assert before.returncode == 0 and before.stderr == "" and "2022-01-12" in before.stdout
    verbose = chrono("dates", str(SEED), "--verbose", "--format", "json")
    assert verbose.returncode == 0
    assert json.loads(verbose.stdout)[0]["published"]["value"] == "2022-01-12"


def test_every_command_names_its_options_the_same_way():
    """--out for what is written, --format for how, --manifest and --published for the inputs."""
    import typer

    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        options = {opt for p in command.params for opt in getattr(p, "opts", [])}
        assert "--output" not in options, name
        if "-o" in options:
            assert "--out" in options, name
        if "-f" in options:
            assert "--format" in options, name
        if "--format" in options:
            assert "-f" in options, name
        if "-m" in options:
            assert "--manifest" in options, name
        if name in ("dates", "build", "check"):
            assert {"--manifest", "--published", "--skip-bad"} <= options, name


def test_dates_says_out_like_the_others(tmp_path):
    out = tmp_path / "dates.json"
    result = chrono("dates", str(SEED), "--format", "json", "--out", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))[0]["published"]["value"] == "2022-01-12"


def test_tag_reads_standard_input():
    result = chrono("tag", "-", "--published", "2022-01-12", stdin=b"Am Montag kamen sie in Genf zusammen.")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [(m["text"], m["value"]) for m in doc["mentions"]] == [("Montag", "2022-01-10")]


def test_dates_reads_jsonl_from_standard_input():
    lines = "\n".join(json.dumps({"id": f"a{i}", "text": "Wien, 3. März 2023. Am Montag war es kalt."})
                      for i in range(2))
    result = chrono("dates", "-", "--format", "json", stdin=lines.encode())
    assert result.returncode == 0, result.stderr
    assert [r["published"]["value"] for r in json.loads(result.stdout)] == ["2023-03-03", "2023-03-03"]


def test_tag_works_the_date_out_as_dates_does():
    for seed in sorted(SEEDS.glob("*.txt")):
        dates = json.loads(chrono("dates", str(seed), "--format", "json").stdout)[0]["published"]
        tagged = json.loads(chrono("tag", str(seed)).stdout)
        assert tagged["publication"] == dates
        day = dates["value"] if dates and dates["precision"] == "day" else None
        assert tagged["published"] == day


def test_usage_errors_are_one_line():
    one_line_error(chrono("build"), "INPUT", "chrono build --help")
    one_line_error(chrono("dates", str(SEED), "--bogus"), "--bogus")
    one_line_error(chrono("export", "x.json", "--format", "pdf"), "pdf")


def test_debug_shows_the_traceback():
    plain = chrono("tag", "/nonexistent/article.txt")
    one_line_error(plain, "/nonexistent/article.txt")
    debug = chrono("--debug", "tag", "/nonexistent/article.txt")
    assert debug.returncode == 2 and "Traceback" in debug.stderr
    assert debug.stderr.strip().splitlines()[-1].startswith("chrono: error: ")


def _loading(pid: int) -> None:
    """Wait until the process has left Python's own start-up and is loading chrono's libraries
    (the file-writing module maps the ctypes extension); no signal handler can exist before that."""
    maps = Path(f"/proc/{pid}/maps")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if b"_ctypes" in maps.read_bytes():
                return
        except OSError:
            return
        time.sleep(0.005)


def _interrupted(args: list[str], wait: float) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "chrono", *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _loading(process.pid)
    time.sleep(wait)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(args, process.returncode, out, err)


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc to see the process start")
@pytest.mark.parametrize("wait", [0.0, 0.2, 2.0])
def test_ctrl_c_ends_with_one_line_and_exit_130(tmp_path, wait):
    """At once the libraries are still loading (typer, jsonschema, plotly ...), later the build runs
    (over every story set's articles, which take several seconds: the seeds are done before)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted((ROOT / "tests" / "data" / "stories").glob("*/*.txt")):
        (articles / f"{path.parent.name}_{path.name}").write_bytes(path.read_bytes())
    result = _interrupted(["build", str(articles), "--out", str(tmp_path / "out")], wait)
    if result.returncode == 0:
        pytest.skip("the build finished before the interrupt")
    # 130, or death by SIGINT itself (-2), which a shell reports as 130 too
    assert result.returncode in (130, -signal.SIGINT), result.stderr
    assert result.stderr.strip().splitlines() == ["chrono: interrupted"]
