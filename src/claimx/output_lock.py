"""Locks: one claimx run per output (see ``claimx.outputs``)."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from claimx.errors import ClaimxError
from claimx.output_files import STDOUT_NAME, stream_fd

# --- locks: one claimx run per output ---------------------------------------------------------

LOCK_MARK = ".claimx-lock"


class OutputInUse(ClaimxError):
    """Another claimx run holds the output's lock."""


def lock_file_of(path: Path) -> Path:
    return path.parent / f".{path.name}{LOCK_MARK}"


@contextmanager
def locked(written: Iterable[tuple[str, str | None]]) -> Iterator[None]:
    """Hold an advisory lock on every file output (``written``: option and path) for the
    block, or raise ``OutputInUse`` at once, having written nothing. Streams, devices, FIFOs
    and URLs are not locked."""
    with contextlib.ExitStack() as stack:
        for option, output in written:
            if output:
                stack.enter_context(_locked(output, option))
        yield


@contextmanager
def _locked(output: str, option: str) -> Iterator[None]:
    if output == STDOUT_NAME or "://" in output or stream_fd(output) is not None:
        yield
        return
    path = Path(os.path.realpath(output))
    try:
        mode: int | None = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        yield  # a FIFO or a device: written directly, by whoever writes it
        return
    held: list[int] = []
    lock_file = lock_file_of(path)
    try:
        if path.parent.is_dir() and os.access(path.parent, os.W_OK | os.X_OK):
            held.append(_take_lock_file(lock_file, output, option))
        if mode is not None:
            # The file itself too: a hard link to it elsewhere has a lock file of its own.
            with contextlib.suppress(PermissionError):
                held.append(_take(os.open(path, os.O_RDONLY), None, output, option))
        yield
    finally:
        if held and lock_file.exists() and _same_open_file(held[0], lock_file):
            with contextlib.suppress(OSError):
                lock_file.unlink()
        for descriptor in held:
            os.close(descriptor)


def _take_lock_file(lock_file: Path, output: str, option: str) -> int:
    """Lock ``lock_file`` (created if need be), checking that it is still the file at that
    path once locked: a run that ends removes its lock file, and one that opened it just
    before must not hold a lock on a file no longer there."""
    for _ in range(100):
        try:
            # Never through a link, never a file with other names: it is written (its pid).
            opened = os.open(lock_file, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o666)
            if not stat.S_ISREG(os.fstat(opened).st_mode) or os.fstat(opened).st_nlink > 1:
                os.close(opened)
                raise OSError(errno.EEXIST, "not a lock file claimx made")
        except OSError as error:
            reason = "a link" if error.errno == errno.ELOOP else error.strerror
            raise OutputInUse(
                f"{output}: cannot take its lock {lock_file} ({reason})",
                f"remove {lock_file} if no claimx run is writing {output}",
            ) from None
        descriptor = _take(opened, lock_file, output, option)
        if _same_open_file(descriptor, lock_file):
            os.ftruncate(descriptor, 0)
            os.write(descriptor, f"{os.getpid()}\n".encode())
            return descriptor
        os.close(descriptor)
    raise OutputInUse(f"{output}: cannot take its lock {lock_file}", "try again")


_NO_LOCKS = (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL)


def _take(descriptor: int, lock_file: Path | None, output: str, option: str) -> int:
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in _NO_LOCKS:
            return descriptor  # a file system without locks: the run goes on unlocked
        os.close(descriptor)
        if error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            raise
        by = _holder(lock_file)
        raise OutputInUse(
            f"{output}: in use by another claimx run{by}",
            f"wait for it to finish, or choose another {option}",
        ) from None
    return descriptor


def _holder(lock_file: Path | None) -> str:
    if lock_file is None:
        return ""
    with contextlib.suppress(OSError, ValueError):
        return f" (process {int(lock_file.read_text(encoding='ascii').strip())})"
    return ""


def _same_open_file(descriptor: int, path: Path) -> bool:
    try:
        opened, named = os.fstat(descriptor), os.stat(path)
    except OSError:
        return False
    return (opened.st_dev, opened.st_ino) == (named.st_dev, named.st_ino)
