"""Drawing a chronology: the interactive HTML timeline and the exports (TimelineJS, CSV, iCalendar)."""
from __future__ import annotations

from chrono.render.html import render_timeline, write_timeline

__all__ = ["render_timeline", "write_timeline"]
