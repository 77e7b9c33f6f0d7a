"""Which file is which: identities of outputs and inputs, comparable across spellings."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from claimx.output_files import STDOUT_NAME, stream_fd

# --- which file is which ---------------------------------------------------------------------


def output_identity(output: str) -> tuple[object, ...]:
    """What ``-o output`` writes, comparable with ``input_identity``: an existing file by device
    and inode (links, hard links and other spellings alike), a new one by its real path, a
    stream by its descriptor (``-`` is stdout) or, for a regular file behind it, its inode."""
    descriptor = 1 if output == STDOUT_NAME else stream_fd(output)
    if descriptor is not None:
        return _descriptor_identity(descriptor)
    with contextlib.suppress(OSError, ValueError):
        if stat.S_ISCHR(os.stat(output).st_mode):
            return ("device", object())  # /dev/null: written to, nothing is lost; unlike all
    return path_identity(output)


def input_identity(source: str) -> tuple[object, ...]:
    """As ``output_identity``, for something read (``-`` is stdin)."""
    descriptor = 0 if source == STDOUT_NAME else stream_fd(source)
    if descriptor is not None:
        return _descriptor_identity(descriptor)
    return path_identity(source)


def path_identity(path: str | Path) -> tuple[object, ...]:
    real = os.path.realpath(path)  # what is written: x/../a.txt is a.txt even if x is not there
    for name in (path, real):
        try:
            info = os.stat(name)
        except (OSError, ValueError):
            continue
        return ("file", info.st_dev, info.st_ino)
    return ("path", real)


def _descriptor_identity(descriptor: int) -> tuple[object, ...]:
    try:
        info = os.fstat(descriptor)
    except OSError:
        return ("stream", descriptor)
    if stat.S_ISREG(info.st_mode):
        return ("file", info.st_dev, info.st_ino)
    return ("stream", descriptor)


def is_inside(path: str | Path, folder: str | Path) -> bool:
    """Is ``path`` (existing or not) in ``folder`` or below it, through links?"""
    real = os.path.realpath(path)
    return real.startswith(os.path.join(os.path.realpath(folder), ""))
