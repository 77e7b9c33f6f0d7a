"""From errors to exit codes: what every command does with an error (see ``console``)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from claimx.console import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    discard_stdout,
    reader_gone,
    say,
)
from claimx.errors import ClaimxError, Terminated, UsageError

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(command: F) -> F:
    """One line for errors a person can act on; a traceback only with ``--debug``."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            result = command(*args, **kwargs)
            # What is still buffered is written now, where a closed pipe is handled below:
            # at exit, Python would lose it and exit 0 (a page cut short by | head).
            sys.stdout.flush()
            return result
        except UsageError as error:  # options that do not go together: Click's usage error
            raise click.UsageError(error.line()) from None
        except ClaimxError as error:
            say(f"Error: {error.line()}")
            sys.exit(EXIT_FAILED)
        except KeyboardInterrupt as interrupt:
            terminated = isinstance(interrupt, Terminated)
            say("Terminated." if terminated else "Interrupted.")
            sys.exit(EXIT_TERMINATED if terminated else EXIT_INTERRUPTED)
        except BrokenPipeError:
            reader_gone()
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except OSError as error:  # stdout itself cannot be written (> /dev/full)
            if kwargs.get("debug"):
                raise
            say(f"Error: cannot write the output ({error.strerror or error})")
            try:  # what stdout still holds, if it can take it; else it is let go
                sys.stdout.flush()
            except (OSError, ValueError):
                discard_stdout()
            sys.exit(EXIT_FAILED)
        except Exception as error:
            if kwargs.get("debug"):
                raise
            say(
                f"Error: internal error ({type(error).__name__}: {error}) — "
                "rerun with --debug for the traceback, and report it"
            )
            sys.exit(EXIT_FAILED)

    return wrapper  # type: ignore[return-value]
