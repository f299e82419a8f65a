"""Running ``python -m chrono`` as a user does: a real process, its stdout, stderr and exit code."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def chrono(*args: str, cwd: Path | None = None, stdin: bytes | None = None,
           timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, "-m", "chrono", *args], check=False, cwd=cwd or ROOT, env=env,
                            input=stdin, capture_output=True, timeout=timeout)
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode("utf-8", "replace"),
                                       result.stderr.decode("utf-8", "replace"))


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit code 2, one line on stderr starting "chrono: error:", naming ``words``, no traceback."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith("chrono: error: "), result.stderr
    assert "Traceback" not in result.stderr and "╭" not in result.stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
