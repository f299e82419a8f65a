"""Writing output files whole or not at all: reads the data to write (a text, bytes, or a function
that writes them piece by piece) and adds files that appear only complete (temporary file, fsync,
rename), and sets of files (a build's chronology.json and timeline.html) that are replaced
together: written into a fresh sibling folder that is swapped with the old one in one step, so a
reader, or a build killed at any moment, never sees a new file beside an old one."""
from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO

# What a file holds: its text, its bytes, or a function that writes its bytes into an open file
# (so that a large document need not be held whole in memory, as text and again as bytes).
Content = str | bytes | Callable[[BinaryIO], None]

PIECE = 1 << 20  # characters of a text encoded and written at a time
AT_FDCWD = -100
RENAME_EXCHANGE = 2


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # a platform whose folders cannot be opened: the rename is all there is
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_synced(path: Path, data: Content) -> None:
    with open(path, "wb") as fh:
        if callable(data):
            data(fh)
        elif isinstance(data, str):  # encoded a piece at a time: never all its bytes beside the text
            fh.writelines(data[start:start + PIECE].encode("utf-8") for start in range(0, len(data), PIECE))
        else:
            fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_atomic(path: str | os.PathLike[str], data: Content) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, fsync it, then rename.

    A reader never sees a half-written file, and a failure leaves any old file untouched.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        _write_synced(Path(tmp), data)
        os.chmod(tmp, 0o666 & ~_umask())  # a temporary file is private; the output is not
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    return target


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where that is not possible."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # an old kernel, or a file system without exchange
    raise OSError(code, os.strerror(code), str(b))


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def replace_outputs(folder: str | os.PathLike[str], files: Mapping[str, Content]) -> list[Path]:
    """Write ``files`` (name -> content) into ``folder`` as one set: a fresh sibling folder gets the
    new files and everything else the old folder held (hard-linked, else copied), and is swapped
    with the old folder in one step (renameat2 RENAME_EXCHANGE; elsewhere two renames, with the old
    folder kept as ``.NAME.old-*`` until the new one is in place). Returns the written paths."""
    target = Path(folder).resolve()
    if _cannot_be_swapped(target):  # the working folder, or a mount point: each file whole, one by one
        return [write_atomic(target / name, data) for name, data in files.items()]
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        if target.is_dir():
            for entry in target.iterdir():
                if entry.name in files:
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.copytree(entry, fresh / entry.name, symlinks=True, copy_function=_link_or_copy)
                elif entry.is_symlink():
                    os.symlink(os.readlink(entry), fresh / entry.name)
                else:
                    _link_or_copy(str(entry), str(fresh / entry.name))
            os.chmod(fresh, target.stat().st_mode & 0o7777)
        else:
            os.chmod(fresh, 0o777 & ~_umask())
        for name, data in files.items():
            _write_synced(fresh / name, data)
            os.chmod(fresh / name, 0o666 & ~_umask())
        _fsync_dir(fresh)
        _swap_in(fresh, target)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    _fsync_dir(target.parent)
    shutil.rmtree(fresh, ignore_errors=True)  # after the swap: the old folder
    return [target / name for name in files]


def _cannot_be_swapped(target: Path) -> bool:
    cwd = Path.cwd().resolve()
    return target == cwd or target in cwd.parents or (target.is_dir() and os.path.ismount(target))


def _swap_in(fresh: Path, target: Path) -> None:
    if not target.exists():
        os.rename(fresh, target)
        return
    if _exchange(fresh, target):
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    os.rmdir(old)
    os.rename(target, old)
    os.rename(fresh, target)
    os.rename(old, fresh)
