"""After the stages, render: reads a chronology (the JSON document) and adds what a reader sees: the
interactive HTML timeline page (plotly) and exports for other tools (TimelineJS, CSV, iCalendar)."""
from __future__ import annotations

from chrono.render.html import render_timeline, write_timeline

__all__ = ["render_timeline", "write_timeline"]
