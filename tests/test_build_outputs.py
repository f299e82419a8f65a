"""A build's outputs are one consistent set: chronology.json and timeline.html are replaced
together, other files in the folder stay, and a build that fails, is interrupted or killed at
any moment leaves the previous pair intact and matching."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_helpers import ROOT, SEEDS, chrono

from chrono import fileio
from chrono.fileio import replace_outputs


def _pair(out: Path) -> tuple[str, str]:
    return tuple(hashlib.sha256((out / name).read_bytes()).hexdigest()  # type: ignore[return-value]
                 for name in ("chronology.json", "timeline.html"))


def test_the_pair_is_replaced_and_other_files_stay(tmp_path):
    out = tmp_path / "out"
    replace_outputs(out, {"chronology.json": "old", "timeline.html": "old"})
    (out / "notes.txt").write_text("mine")
    (out / "sub").mkdir()
    (out / "sub" / "x.txt").write_text("also mine")
    replace_outputs(out, {"chronology.json": "new", "timeline.html": "new"})
    assert (out / "chronology.json").read_text() == (out / "timeline.html").read_text() == "new"
    assert (out / "notes.txt").read_text() == "mine" and (out / "sub" / "x.txt").read_text() == "also mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary folder left


@pytest.mark.parametrize("step", ["_write_synced", "_exchange"])
def test_a_failure_at_any_step_leaves_the_old_pair(tmp_path, monkeypatch, step):
    out = tmp_path / "out"
    replace_outputs(out, {"chronology.json": "old", "timeline.html": "old"})
    calls = []
    real = getattr(fileio, step)

    def failing(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2 or step == "_exchange":
            raise OSError(5, "Input/output error")
        return real(*args, **kwargs)

    monkeypatch.setattr(fileio, step, failing)
    with pytest.raises(OSError):
        replace_outputs(out, {"chronology.json": "new", "timeline.html": "new"})
    assert (out / "chronology.json").read_text() == (out / "timeline.html").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_without_an_exchange_two_renames_still_give_one_set(tmp_path, monkeypatch):
    out = tmp_path / "out"
    replace_outputs(out, {"chronology.json": "old", "timeline.html": "old"})
    monkeypatch.setattr(fileio, "_exchange", lambda a, b: False)
    replace_outputs(out, {"chronology.json": "new", "timeline.html": "new"})
    assert (out / "chronology.json").read_text() == (out / "timeline.html").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failed_validation_writes_nothing(tmp_path, monkeypatch):
    from chrono.commands import chronology as command
    from chrono.render import html

    out = tmp_path / "out"
    monkeypatch.setattr(html, "render_timeline", lambda data, plotlyjs: "page")
    with pytest.raises(Exception, match="schema"):
        command.write_build({"events": "not a list"}, out)
    assert not out.exists()


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """Two corpora and the outputs of each, built in full."""
    base = tmp_path_factory.mktemp("corpora")
    seeds = sorted(SEEDS.glob("*.txt"))
    pairs = {}
    for name, files in (("a", seeds[:2]), ("b", seeds[2:])):
        (base / name).mkdir()
        for f in files:
            shutil.copy(f, base / name / f.name)
        started = time.monotonic()
        result = chrono("build", str(base / name), "--out", str(base / f"out-{name}"))
        assert result.returncode == 0, result.stderr
        pairs[name] = (_pair(base / f"out-{name}"), time.monotonic() - started)
    return base, pairs


def _start(base: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "chrono", "build", str(base / "b"), "--out", str(out)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.parametrize("how, fractions", [(signal.SIGKILL, (0.5, 0.9, 0.97, 1.0, 1.03)),
                                            (signal.SIGINT, (0.6, 0.97, 1.0))])
def test_a_build_killed_at_any_moment_leaves_a_matching_pair(corpora, tmp_path, how, fractions):
    """Kill the build of corpus b over the outputs of corpus a at moments spread over its run, most
    near its end, where it writes: each time the folder holds a's pair or b's, never a mix."""
    base, pairs = corpora
    duration = pairs["b"][1]
    moments = [duration * f for f in fractions]
    for moment in moments:
        out = tmp_path / f"out-{moment:.2f}"
        shutil.copytree(base / "out-a", out)
        process = _start(base, out)
        time.sleep(moment)
        process.send_signal(how)
        _, err = process.communicate(timeout=300)
        assert _pair(out) in (pairs["a"][0], pairs["b"][0]), moment
        if how == signal.SIGINT:
            assert process.returncode in (0, 130), err.decode()
            assert process.returncode == 0 or err.decode().strip() == "chrono: interrupted"
            assert [p.name for p in out.parent.iterdir() if p.name.startswith(".")] == []
