"""Written dates: reads one date written out in full, as publishers and front matter write it
("12.01.2022", "12. Januar 2022", "2022-01", "Wed, 12 Jan 2022 08:30 GMT"), and adds its first day
with its precision, read by dateparser; and the ISO value of a day at a precision.

It depends on nothing else in chrono, so that both ingest (given dates) and dating (dates on the
page) can read dates the same way.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _date_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["de", "en"], settings={
        "RELATIVE_BASE": dt.datetime(2000, 1, 1), "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY",
        "REQUIRE_PARTS": ["year"]})


def parse_written_date(text: str) -> tuple[dt.date, str] | None:
    """A written date ("12.01.2022", "12. Januar 2022", "2022-01") -> (first day, precision)."""
    if not re.search(r"(?:19|20)\d{2}", text):
        return None
    data = _date_parser().get_date_data(text.strip(" ,.;–-"))
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    value = data.date_obj.date()
    if data.period == "month":
        value = value.replace(day=1)
    elif data.period == "year":
        value = value.replace(month=1, day=1)
    return value, data.period


def iso_at_precision(day: dt.date, precision: str) -> str:
    """``day`` written at ``precision``: "2022-01-12" (day), "2022-01" (month) or "2022" (year)."""
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]
