"""Errors chrono reports to a user.

    ChronoError            anything chrono reports as a one-line message (CLI exit code 2)
    ├── InputError         an input file cannot be read or understood
    ├── SchemaError        a chronology does not validate against its JSON Schema
    └── ResolutionError    an expression cannot be resolved
"""
from __future__ import annotations


class ChronoError(Exception):
    """A problem with a clear one-line explanation: what is wrong, where, and the fix."""

    def __init__(self, message: str, *, path: str | None = None, fix: str | None = None):
        self.message = message
        self.path = path
        self.fix = fix
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        fix = f" ({self.fix})" if self.fix else ""
        return f"{where}{self.message}{fix}"


class InputError(ChronoError):
    """An input file cannot be read or understood: the message names the file and the fix."""


class SchemaError(ChronoError):
    """A chronology does not validate against its JSON Schema."""


class ResolutionError(ChronoError):
    """A temporal expression cannot be resolved (a date that does not exist, a year out of range)."""
