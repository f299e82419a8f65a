"""Plain data classes shared by every stage: what a temporal expression resolves to, and a mention."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

TYPES = ("DATE", "TIME", "DURATION", "SET")
MODS = ("START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "BEFORE", "AFTER")


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A resolved TIMEX3 value and the explicit interval it stands for.

    ``earliest``/``latest`` are inclusive ISO dates (or datetimes for TIME values);
    both are None for an unanchored DURATION or SET and for PRESENT_REF/PAST_REF/FUTURE_REF.
    ``grain`` names the unit the value is precise to: century, decade, year, half, quarter,
    season, month, week, weekend, day, partofday, hour, minute (for a DURATION: its unit).
    """

    type: str
    value: str
    grain: str | None = None
    mod: str | None = None
    earliest: str | None = None
    latest: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Mention:
    """A temporal expression found in a text, with offsets into the text exactly as given."""

    start: int
    end: int
    text: str
    type: str
    value: str | None  # None where it depends on a reference date that was not given
    mod: str | None = None
    signal: str | None = None
    grain: str | None = None
    earliest: str | None = None
    latest: str | None = None
    tense: str | None = None
    # the start offset of the other end of a range ("von 2011 bis 2018": each names the other)
    range_with: int | None = field(default=None, kw_only=True)
    # resolved against an uncertain publication day whose candidate days disagree on it: earliest and
    # latest then span every reading (see chrono.dating.uncertain)
    uncertain: bool = field(default=False, kw_only=True)
    expr: Any = field(default=None, compare=False, repr=False, kw_only=True)

    @property
    def relative(self) -> bool:
        """True when the value depends on the reference (publication) date."""
        return bool(self.expr is not None and getattr(self.expr, "relative", False))

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "signal": self.signal,
            "grain": self.grain,
            "earliest": self.earliest,
            "latest": self.latest,
            "tense": self.tense,
            "relative": self.relative,
            "range_with": self.range_with,
            "uncertain": self.uncertain,
        }


@dataclass(slots=True)
class Published:
    """When an article was published, and how chrono knows.

    ``source``: given (manifest, front matter, JSONL field, --published), text (a date line or
    caption in the article), or inferred (constraint solving over the article's expressions and
    other articles). ``evidence``: sentences a person can check against the text.

    ``datetime`` is the first publication with its clock time where a stamp gives one
    ("2025-03-12T21:37"); ``updated`` the last change a stamp tells of (day or day and time).
    ``earliest``/``latest`` (ISO days, inclusive) is the window the day lies in: the day itself when
    it is certain, else every day the evidence allows equally well (a month line: the month).
    ``grounds`` names the kinds of evidence an inferred day satisfies.
    """

    value: str  # ISO date: YYYY-MM-DD, or YYYY-MM / YYYY at month/year precision
    precision: str  # day | month | year
    source: str  # given | text | inferred
    confidence: float
    evidence: list[str] = field(default_factory=list)
    runner_up: dict[str, Any] | None = None
    # for a given (or written) date that the rest of the text contradicts: what contradicts it, and
    # which date would fit
    conflicts: list[str] = field(default_factory=list)
    datetime: str | None = None
    updated: str | None = None
    earliest: str | None = None
    latest: str | None = None
    # of an inferred day: the kinds of evidence it satisfies ("same story", "bound", ...)
    grounds: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def certain_day(self) -> str | None:
        """The ISO day when the publication day is known to the day, else None."""
        return self.value if self.precision == "day" else None


@dataclass(slots=True)
class Article:
    """One article as read: ``text`` is exactly what offsets refer to."""

    id: str
    text: str
    path: str | None = None
    source: str | None = None  # the outlet, where known
    title: str | None = None
    url: str | None = None
    language: str = "de"
    published: Published | None = None
    # (start, end) spans of non-article text: cookie banners, login prompts, photo credits ...
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def in_boilerplate(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.boilerplate)
