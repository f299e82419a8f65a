"""chrono: from news articles to a checked chronology."""
from __future__ import annotations

from chrono.errors import ChronoError, InputError, ResolutionError, SchemaError
from chrono.model import Article, Mention, Published, TimeValue
from chrono.temporal.extract import tag

__all__ = [
    "Article",
    "ChronoError",
    "InputError",
    "Mention",
    "Published",
    "ResolutionError",
    "SchemaError",
    "TimeValue",
    "tag",
]
__version__ = "0.1.0"
