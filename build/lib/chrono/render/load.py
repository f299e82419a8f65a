"""Reading a chronology JSON file for drawing or export, with one-line errors for bad files."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from chrono.errors import InputError, SchemaError

_FIX = "pass a chronology.json written by `chrono build`"


def _check_shape(data: Any, path: str) -> None:
    """The parts the timeline and the exports rely on, checked even when no schema file is at hand."""
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise SchemaError("not a chronology: expected an object with an 'events' list", path=path, fix=_FIX)
    for index, event in enumerate(data["events"]):
        if not isinstance(event, dict) or not isinstance(event.get("date"), dict):
            raise SchemaError(f"events[{index}] has no 'date' object", path=path, fix=_FIX)
    for key in ("documents", "findings"):
        if not isinstance(data.get(key, []), list):
            raise SchemaError(f"'{key}' must be a list", path=path, fix=_FIX)


def _validate_schema(data: Any, path: str) -> None:
    from chrono.chronology.document import validate

    errors = validate(data)
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise SchemaError(f"does not match the chronology schema: {errors[0]}{more}", path=path, fix=_FIX)


def read_chronology(path: str | os.PathLike) -> dict[str, Any]:
    """Load and check a chronology file; InputError/SchemaError name the file and the fix."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("file not found", path=name, fix=_FIX) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path=name, fix="pass the chronology.json inside it") from None
    except UnicodeDecodeError:
        raise InputError("is not UTF-8 text", path=name, fix=_FIX) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", path=name, fix="check the path and permissions") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})", path=name,
                         fix=_FIX) from None
    _check_shape(data, name)
    _validate_schema(data, name)
    return data
