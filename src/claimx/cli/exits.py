"""From errors to exit codes: what every command does with an error (see ``console``)."""

from __future__ import annotations

import contextlib
import functools
import io
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from claimx.console import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
)
from claimx.errors import ClaimxError, Terminated, UsageError

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(command: F) -> F:
    """One line for errors a person can act on; a traceback only with ``--debug``."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except UsageError as error:  # options that do not go together: Click's usage error
            raise click.UsageError(error.line()) from None
        except ClaimxError as error:
            click.echo(f"Error: {error.line()}", err=True)
            sys.exit(EXIT_FAILED)
        except KeyboardInterrupt as interrupt:
            terminated = isinstance(interrupt, Terminated)
            click.echo("Terminated." if terminated else "Interrupted.", err=True)
            sys.exit(EXIT_TERMINATED if terminated else EXIT_INTERRUPTED)
        except BrokenPipeError:
            # The reader went away (claimx extract ... | head): stop quietly, as Unix tools do.
            # Point stdout at /dev/null so that Python's final flush does not fail again.
            with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_BROKEN_PIPE)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except OSError as error:  # stdout itself cannot be written (> /dev/full)
            if kwargs.get("debug"):
                raise
            click.echo(f"Error: cannot write the output ({error.strerror or error})", err=True)
            sys.exit(EXIT_FAILED)
        except Exception as error:
            if kwargs.get("debug"):
                raise
            click.echo(
                f"Error: internal error ({type(error).__name__}: {error}) — "
                "rerun with --debug for the traceback, and report it",
                err=True,
            )
            sys.exit(EXIT_FAILED)

    return wrapper  # type: ignore[return-value]
