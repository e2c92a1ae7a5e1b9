"""Domain errors. The CLI turns each into one message and the exit code it carries."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    USAGE = 2


class FactbaseError(Exception):
    """Base of every error factbase reports to the user instead of a traceback."""

    exit_code: ExitCode = ExitCode.USAGE

    @property
    def message(self) -> str:
        return str(self)


class InputError(FactbaseError):
    """A bad input file or argument."""


class NotFoundError(FactbaseError):
    """An unknown source or claim id."""


class DuplicateError(FactbaseError):
    """Something with this identity is already stored."""


class DatabaseError(FactbaseError):
    """The database cannot be used: corrupt, in a missing folder, or newer than this factbase."""
