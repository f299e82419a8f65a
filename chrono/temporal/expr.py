"""Symbolic temporal expressions: what was said, before it is resolved against a reference date.

Rules of a language produce these; :func:`chrono.temporal.resolve.resolve` turns them into values.
``direction`` fields take ``None`` (the sentence's tense decides), ``"last"`` (strictly before the
reference), ``"next"`` (strictly after) or ``"this"`` (the unit holding the reference).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Expr:
    @property
    def relative(self) -> bool:
        """Whether the value depends on the reference date."""
        return True


@dataclass(frozen=True, slots=True)
class Date(Expr):
    """A calendar date, month or year; a missing year is taken from the tense ("am 12. Januar")."""

    year: int | None
    month: int | None = None
    day: int | None = None
    direction: str | None = None  # "im vergangenen Dezember" = last
    year_offset: int | None = None  # "Juli vergangenen Jahres" = -1
    until: tuple[int, int] | None = None  # (month, day) a range starting here runs to: "vom 10. bis 16. Januar"
    weekday: int | None = None  # said with it ("Freitag, dem 13. Oktober"): the year must fit it
    two_digit_year: bool = False  # "20.7.44": a century earlier when the year would lie ahead of the reference
    narrative_only: bool = False  # a bare number such as "1600": a year only where the text narrates the past

    @property
    def relative(self) -> bool:
        return self.year is None or self.two_digit_year


@dataclass(frozen=True, slots=True)
class RangeEnd(Expr):
    """The end of a range whose year was said once: "vom 10. bis 13. Januar", "von Januar bis März".
    It takes the year of ``start`` (the next one when it would fall before ``start``). With ``dow``
    it is a weekday: "von Montag bis Freitag" ends on the first such day on or after ``start``."""

    start: Expr
    month: int | None = None
    day: int | None = None
    dow: int | None = None

    @property
    def relative(self) -> bool:
        return self.start.relative


@dataclass(frozen=True, slots=True)
class DayShift(Expr):
    """heute (0), gestern (-1), morgen (+1), vorgestern (-2), übermorgen (+2)."""

    days: int


@dataclass(frozen=True, slots=True)
class Weekday(Expr):
    """A weekday (ISO 1 = Monday); ``week`` set means "Mittwoch nächster Woche" (week offset)."""

    dow: int
    direction: str | None = None
    week: int | None = None


@dataclass(frozen=True, slots=True)
class Unit(Expr):
    """The week/month/year/quarter/half/weekend holding the reference, shifted by ``offset``
    ("diese Woche" = 0, "kommenden Monat" = +1, "im Vorjahr" = -1)."""

    unit: str  # week | weekend | month | year | quarter | half
    offset: int = 0
    direction: str | None = None  # for a weekend: None (tense), last, next


@dataclass(frozen=True, slots=True)
class WeekNumber(Expr):
    """A calendar week by number: "KW 3", "in der dritten Kalenderwoche"."""

    week: int
    year: int | None = None

    @property
    def relative(self) -> bool:
        return self.year is None


@dataclass(frozen=True, slots=True)
class Season(Expr):
    season: str  # SP SU FA WI
    year: int | None = None
    offset: int | None = None  # "vergangenen Herbst" -1, "diesen Sommer" 0, "kommenden Winter" +1
    year_offset: int | None = None  # "Herbst vergangenen Jahres" = -1

    @property
    def relative(self) -> bool:
        return self.year is None


@dataclass(frozen=True, slots=True)
class Part(Expr):
    """Quarter or half of a year: ``Part("quarter", 3, 2021)``; a missing year comes from the tense."""

    kind: str  # quarter | half
    number: int
    year: int | None = None
    year_offset: int | None = None

    @property
    def relative(self) -> bool:
        return self.year is None


@dataclass(frozen=True, slots=True)
class Decade(Expr):
    """A decade; ``digits`` is "199" or, when the century was not said ("die 90er"), "90"."""

    digits: str
    offset: int | None = None  # "im vergangenen Jahrzehnt" = -1: counted from the reference's decade

    @property
    def relative(self) -> bool:
        return len(self.digits) < 3 or self.offset is not None


@dataclass(frozen=True, slots=True)
class Century(Expr):
    number: int | None  # 19 for "19. Jahrhundert" (value "18"); None: counted from the reference date
    offset: int = 0  # "des vorigen Jahrhunderts" = -1

    @property
    def relative(self) -> bool:
        return self.number is None


@dataclass(frozen=True, slots=True)
class Millennium(Expr):
    number: int  # 3 for "das dritte Jahrtausend" (value "2")

    @property
    def relative(self) -> bool:
        return False


@dataclass(frozen=True, slots=True)
class Holiday(Expr):
    name: str
    rule: tuple[tuple[str, int], ...]  # ("month", 12), ("day", 25) or ("easter", 49)
    year: int | None = None
    week_rule: tuple[tuple[str, int], ...] | None = None  # the day whose week "die Woche vor X" means
    year_offset: int | None = None

    @property
    def relative(self) -> bool:
        return self.year is None


@dataclass(frozen=True, slots=True)
class Shift(Expr):
    """"vor drei Tagen" (-3 D), "in zwei Wochen" (+2 W): the reference moved, at the unit's grain.
    An unspecified amount ("vor wenigen Tagen") is PAST_REF or FUTURE_REF."""

    amount: float | None
    unit: str  # Y M W D H MIN


@dataclass(frozen=True, slots=True)
class Ahead(Expr):
    """"in zwei Wochen": a date that far ahead, or (in a past sentence) a span that long."""

    amount: float | None
    unit: str


@dataclass(frozen=True, slots=True)
class Anaphor(Expr):
    """"drei Tage später", "tags darauf", "am selben Tag": ``amount`` units from the date mentioned
    last before it (``previous``, filled in by the tagger from the text)."""

    amount: int
    unit: str  # D W M Y
    counted: bool = True  # said with a number ("drei Tage später"), not "am selben Tag"
    previous: date | None = None
    keep_grain: bool = False  # "im Vorjahresmonat": the period named before, as precise as it was
    weekday: int | None = None  # "am Sonntag darauf": the first such weekday after the day named before
    previous_value: str | None = None

    @property
    def relative(self) -> bool:
        return False  # it hangs on the text, not on the publication date


@dataclass(frozen=True, slots=True)
class Offset(Expr):
    """"zwei Tage vor Weihnachten": ``base`` moved by ``amount`` ``unit``s."""

    base: Expr
    amount: int
    unit: str
    day_grain: bool = False  # "heute vor einem Jahr" is a day, not a year
    # "Dienstag vor zwölf Tagen": the days are counted from the reference day, and the weekday is
    # the one nearest to where they lead ("die Nacht auf Mittwoch" counts from the Wednesday)
    counted_back: bool = False

    @property
    def relative(self) -> bool:
        return self.base.relative


@dataclass(frozen=True, slots=True)
class WeekOf(Expr):
    """"der Woche vor Weihnachten": the ISO week holding ``base``, shifted by ``offset`` weeks."""

    base: Expr
    offset: int = 0

    @property
    def relative(self) -> bool:
        return self.base.relative


@dataclass(frozen=True, slots=True)
class PartOfDay(Expr):
    """"Mittwochabend", "heute Morgen", "in der Nacht zu Mittwoch" (the night of the day before).
    With no ``base`` ("am Abend", "in der Nacht") it is the reference day's, or in a past sentence
    the last night before it."""

    base: Expr | None
    part: str  # MO MI AF EV NI

    @property
    def relative(self) -> bool:
        return self.base is None or self.base.relative


@dataclass(frozen=True, slots=True)
class Clock(Expr):
    """A clock time on ``base``'s day (the reference day when no day was said)."""

    hour: int
    minute: int = 0
    base: Expr | None = None
    next_day: bool = False  # the end of "zwischen 22 Uhr und 4 Uhr morgens"

    @property
    def relative(self) -> bool:
        return self.base is None or self.base.relative


@dataclass(frozen=True, slots=True)
class DaylessClock(Expr):
    """A clock time said of several days at once ("jeweils 20 Uhr"): ``T20:00``, no date."""

    hour: int
    minute: int = 0

    @property
    def relative(self) -> bool:
        return False


@dataclass(frozen=True, slots=True)
class Modified(Expr):
    """"Anfang Dezember 2021": the START, MID or END of ``base``."""

    base: Expr
    mod: str

    @property
    def relative(self) -> bool:
        return self.base.relative


@dataclass(frozen=True, slots=True)
class Duration(Expr):
    """A length of time; ``amount`` None is an unspecified number ("seit Jahren" = PXY)."""

    amount: float | None
    unit: str  # Y M W D H MIN S DE CE

    @property
    def relative(self) -> bool:
        return False


@dataclass(frozen=True, slots=True)
class CompoundDuration(Expr):
    """"drei Jahre und zwei Monate" (P3Y2M), "2:04:30 Stunden" (PT2H4M30S): parts in falling units."""

    parts: tuple[tuple[float, str], ...]

    @property
    def relative(self) -> bool:
        return False


@dataclass(frozen=True, slots=True)
class NotTemporal(Expr):
    """A name that only looks temporal ("Welt am Sonntag", "Stunde null"): it hides what it covers."""

    @property
    def relative(self) -> bool:
        return False


@dataclass(frozen=True, slots=True)
class Recurrence(Expr):
    """A SET: "jeden Mittwoch" (XXXX-WXX-3), "wöchentlich" (P1W)."""

    value: str

    @property
    def relative(self) -> bool:
        return False


@dataclass(frozen=True, slots=True)
class Ref(Expr):
    """PRESENT_REF, PAST_REF, FUTURE_REF."""

    value: str

    @property
    def relative(self) -> bool:
        return False
