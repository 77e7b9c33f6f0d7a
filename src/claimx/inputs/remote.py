"""Inputs named by fsspec URLs (``s3://bucket/crawl/*.jsonl``, ``gs://...``, ``file://...``):
found by the filesystem's glob, read through fsspec. fsspec (and the filesystem's own package,
s3fs or gcsfs) is imported only when such a URL is given; ``claimx[dask]`` installs fsspec."""

from __future__ import annotations

import posixpath
from typing import Any, BinaryIO

from claimx.errors import InputError
from claimx.inputs.globs import glob_matches

GLOB_CHARACTERS = frozenset("*?[")


def is_url(source: str) -> bool:
    """``scheme://...``: anything fsspec names (a Windows drive letter is not a scheme)."""
    scheme, separator, _ = source.partition("://")
    return bool(separator) and len(scheme) > 1 and scheme.replace("+", "").isalnum()


def filesystem(url: str) -> tuple[Any, str]:
    try:
        import fsspec
    except ImportError:
        raise InputError(
            url, "URLs need fsspec, which is not installed", "pip install 'claimx[dask]'"
        ) from None
    try:
        fs, path = fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as error:
        raise InputError(url, f"cannot open this kind of URL ({error})", "check the URL") from None
    return fs, path


def expand_url(url: str, glob: str | None = None) -> list[str]:
    """The files a URL names: itself, every file under a folder, or those a pattern matches
    (sorted, hidden ones skipped, ``glob`` as for a folder: ``globs``), as full URLs."""
    fs, path = filesystem(url)
    protocol = url.split("://", 1)[0]
    if GLOB_CHARACTERS & set(path):
        found = [p for p in fs.glob(path) if fs.isfile(p)]
    elif fs.isdir(path):
        found = fs.find(path)
    elif fs.exists(path):
        return [url]
    else:
        raise InputError(url, "no such file or folder", "check the URL")
    names = [p for p in found if not posixpath.basename(p).startswith(".")]
    if glob is not None:
        top = path.rstrip("/") + "/"
        names = [p for p in names if glob_matches(glob, p.removeprefix(top))]
    return [f"{protocol}://{p.split('://', 1)[-1]}" for p in sorted(names)]


def open_url(url: str) -> BinaryIO:
    fs, path = filesystem(url)
    try:
        stream: BinaryIO = fs.open(path, "rb")
    except FileNotFoundError:
        raise InputError(url, "no such file", "check the URL (it may have been moved)") from None
    except OSError as error:
        raise InputError(url, f"cannot read ({error})", "check the URL") from None
    return stream
