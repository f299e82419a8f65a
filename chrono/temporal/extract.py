"""Text -> mentions (placeholder until the German rules land)."""
from __future__ import annotations

import datetime as dt

from chrono.model import Mention


def tag(text: str, published: dt.date | dt.datetime | str | None = None, *, language: str = "de") -> list[Mention]:
    return []
