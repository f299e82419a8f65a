"""Durations: amounts of time units as TIMEX3 durations ("P30M", "PT4H", "PXD").

Reads an amount and a unit letter (Y M W D H MIN S DE CE ML); adds the duration's TIMEX3 value, the
grain each unit stands for, and how a fractional amount moves into the next smaller unit.
"""
from __future__ import annotations

UNIT_GRAIN = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "MIN": "minute", "S": "second",
              "DE": "decade", "CE": "century", "ML": "millennium"}
SMALLER_UNIT = {"Y": ("M", 12), "DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
TIME_UNITS = {"H", "MIN", "S"}


def split_amount(amount: float, unit: str, finest: str | None = None) -> tuple[float, str]:
    """2.5 years -> (30, "M"); whole amounts stay in their unit; 1.5 months stay 1.5 months; never
    finer than ``finest`` (1.5 weeks with ``finest="D"`` -> (10.5, "D"), not 252 hours)."""
    while not float(amount).is_integer() and unit in SMALLER_UNIT and unit != finest:
        unit, factor = SMALLER_UNIT[unit]
        amount *= factor
    return amount, unit


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: (2.5, "Y") -> "P30M"; (None, "D") -> "PXD"; (4, "H") -> "PT4H"."""
    if amount is None:
        return ("PTX" if unit in TIME_UNITS else "PX") + ("M" if unit == "MIN" else unit)
    number, unit = split_amount(amount, unit)
    number_text = f"{number:g}"
    letter = "M" if unit == "MIN" else unit
    return f"PT{number_text}{letter}" if unit in TIME_UNITS else f"P{number_text}{letter}"


def compound_duration_value(parts: tuple[tuple[float, str], ...]) -> str:
    """TIMEX3 duration of amounts in falling units: ((3, "Y"), (2, "M")) -> "P3Y2M"; hours after a "T"."""
    date_part = "".join(f"{amount:g}{unit}" for amount, unit in parts if unit not in TIME_UNITS)
    time_part = "".join(f"{amount:g}{'M' if unit == 'MIN' else unit}"
                        for amount, unit in parts if unit in TIME_UNITS)
    return "P" + date_part + ("T" + time_part if time_part else "")
