"""Errors a person can act on: each says what went wrong and what to do next."""

from __future__ import annotations


class ClaimxError(Exception):
    """Base class: ``str(error)`` is the one line shown after ``Error: ``."""

    def __init__(self, problem: str, hint: str | None = None) -> None:
        self.problem = problem
        self.hint = hint
        super().__init__(self.line())

    def line(self) -> str:
        return f"{self.problem} — {self.hint}" if self.hint else self.problem


class InputError(ClaimxError):
    """One input could not be turned into an article; the rest of the batch goes on."""

    def __init__(self, name: str, problem: str, hint: str | None = None) -> None:
        self.name = name
        super().__init__(problem, hint)

    def line(self) -> str:
        return f"{self.name}: {super().line()}"


class UsageError(ClaimxError):
    """Options that do not go together: the command line's usage error (exit code 2)."""


class ModelError(ClaimxError):
    """The requested spaCy model is missing or cannot be loaded."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so that it stops as on Ctrl-C: complete output
    lines kept, temporary files removed, worker processes stopped. A KeyboardInterrupt so that
    no ``except Exception`` on the way mistakes it for an error of one input."""
