"""Output files are written whole or not at all."""
import os
import stat

import pytest

from chrono.fileio import write_atomic


def test_a_written_file_is_complete_and_readable_by_others(tmp_path):
    path = write_atomic(tmp_path / "out" / "a.json", "{}\n")
    assert path.read_text(encoding="utf-8") == "{}\n"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o666 & ~_umask()
    assert [p.name for p in path.parent.iterdir()] == ["a.json"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(TypeError):
        write_atomic(path, 42)  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
