"""Where output goes: stdout, files written as a shell redirection would, and resume points.

The rules (no Click, no Rich here):

- ``-`` is stdout.
- A regular file, or a new path, gets the whole output atomically for ``json``/``csv``/``table``
  (a temporary file in the same folder, renamed over the path when complete), keeping an
  existing file's mode and owner, otherwise honouring the umask. JSONL is streamed into the
  file line by line instead, so that a stopped run keeps its complete lines for ``--resume``.
- A symbolic link is followed: its target is what gets written (atomically, in the target's
  folder), the link stays a link.
- A FIFO, a character device or a socket is written directly, never replaced.
- A file the user may not write is an error, and it stays as it was.
- Temporary files are named ``.NAME.claimx-PID-XXXX.tmp``: a run that finds one left by a
  process that no longer exists (killed outright) removes it and says so.
- A path that names an open file descriptor (``/dev/stdout``, ``/dev/stderr``, ``/dev/fd/N``,
  ``/proc/self/fd/N``, or a link to one) is written through that descriptor, never opened anew:
  appended where the shell appends, into a pipe as into a file.
- Every file output is locked for the run (``locked``): a lock file ``.NAME.claimx-lock`` beside
  it, and the file itself where it exists (a hard link elsewhere is the same file). A second run
  finds the lock held and stops at once, having written nothing.
- ``--resume`` reads the file back and trusts nothing (``read_resume_point``): it must be
  claimx's JSONL, undamaged but for a last line cut short, of one model.

docs/output-files.md is the user's account of these rules.
"""

from __future__ import annotations

from claimx.file_identity import (
    input_identity,
    is_inside,
    output_identity,
    path_identity,
)
from claimx.output_files import (
    EXTENSION_FORMATS,
    STDOUT_NAME,
    TEMPORARY_MARK,
    ErrorFile,
    Target,
    choose_format,
    current_umask,
    open_error_file,
    open_output,
    remove_stale_temporary_files,
    resolve_target,
    same_file,
    stale_temporary_files,
    stream_fd,
    write_error,
)
from claimx.output_lock import (
    LOCK_MARK,
    OutputInUse,
    lock_file_of,
    locked,
)
from claimx.resume import (
    ResumePoint,
    cut_partial_record,
    drop_superseded,
    read_resume_point,
    written_by_claimx,
)

__all__ = [
    "EXTENSION_FORMATS",
    "LOCK_MARK",
    "STDOUT_NAME",
    "TEMPORARY_MARK",
    "ErrorFile",
    "OutputInUse",
    "ResumePoint",
    "Target",
    "choose_format",
    "current_umask",
    "cut_partial_record",
    "drop_superseded",
    "input_identity",
    "is_inside",
    "lock_file_of",
    "locked",
    "open_error_file",
    "open_output",
    "output_identity",
    "path_identity",
    "read_resume_point",
    "remove_stale_temporary_files",
    "resolve_target",
    "same_file",
    "stale_temporary_files",
    "stream_fd",
    "write_error",
    "written_by_claimx",
]
