"""Reading and writing files so that nothing from outside can hang, flood or misdirect us.

Writing: a temporary file beside the target, every byte checked, fsync, rename, fsync of the
folder, so a crash never leaves half a file and a failure (a full disk, say) leaves the old
file exactly as it was. Only a regular file is ever replaced: a device (``/dev/full``), a pipe
or a folder at the target is refused with an OSError saying so, and stays what it was.

A symbolic link is written *through*: the file it points to gets the new content and the link
stays a link. (Replacing the link itself would leave its target stale, which is never what
someone who made the link wanted.)

Reading: only a regular file is opened (following links), never a device, a pipe or a folder,
and never more than a stated number of bytes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO


class NotARegularFile(OSError):
    """The path is a folder, a device, a pipe or a socket; ``strerror`` says which, plainly."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(errno.EINVAL, reason, str(path))


class TooLarge(OSError):
    """A file holds more than the caller is willing to read."""

    def __init__(self, path: Path | str, limit: int) -> None:
        super().__init__(errno.EFBIG, f"it is larger than {_size(limit)}", str(path))
        self.limit = limit


def _size(count: int) -> str:
    if count >= 1 << 20:
        return f"{count / (1 << 20):g} MB"
    if count >= 1 << 10:
        return f"{count / (1 << 10):g} KB"
    return f"{count} bytes"


def _kind(mode: int) -> str | None:
    """Why a file of this mode can't be used as a file, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "it is a folder, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device, not a file"
    if stat.S_ISFIFO(mode):
        return "it is a pipe, not a file"
    if stat.S_ISSOCK(mode):
        return "it is a socket, not a file"
    return "it is not a regular file"


# -- reading ------------------------------------------------------------------------------------


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, only if it is (or a link leads to) a regular file.

    Never blocks on a pipe and never opens a device. Raises NotARegularFile for anything
    else, or the OSError of the open itself (FileNotFoundError, PermissionError ...).
    """
    before = os.stat(path)
    reason = _kind(before.st_mode)
    if reason is not None:
        raise NotARegularFile(path, reason)
    # O_NONBLOCK: should the file be swapped for a pipe after the check, opening it still
    # returns at once, and the check below refuses it.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    try:
        after = os.fstat(fd)
        reason = _kind(after.st_mode)
        if reason is not None:
            raise NotARegularFile(path, reason)
        if (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino):
            raise NotARegularFile(path, "it changed while it was being opened")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path, limit: int) -> bytes:
    """All of a regular file, if it holds at most ``limit`` bytes; reads at most ``limit + 1``.

    Raises NotARegularFile, TooLarge, or the OSError of reading.
    """
    with open_regular(path) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(path, limit)
    return data


# -- writing ------------------------------------------------------------------------------------


def writable_target(path: Path) -> Path:
    """The file a write to ``path`` really replaces: ``path`` itself, or the file its symbolic
    link leads to. Raises NotARegularFile if that is a folder, device, pipe or socket, or if
    the link leads in a circle.
    """
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    try:
        found = os.lstat(target)
    except FileNotFoundError:
        return target
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotARegularFile(path, "its link leads in a circle") from None
        raise
    if stat.S_ISLNK(found.st_mode):
        raise NotARegularFile(path, "its link leads in a circle")
    reason = _kind(found.st_mode)
    if reason is not None:
        raise NotARegularFile(path, reason)
    return target


def _write_all(fd: int, data: bytes | bytearray | memoryview) -> int:
    view = memoryview(data)
    written = 0
    while written < len(view):
        count = os.write(fd, view[written:])
        if count <= 0:
            raise OSError(errno.EIO, "the disk took none of the bytes written")
        written += count
    return written


def _rename(temporary: str, target: Path) -> None:
    """Make a finished, fsynced temporary file private and rename it over ``target``."""
    os.chmod(temporary, 0o600)
    writable_target(target)  # once more, just before the rename: still not a device
    os.replace(temporary, target)


def write_chunks_atomically(path: Path, chunks: Iterable[bytes]) -> int:
    """Replace the file at ``path`` with the concatenated ``chunks``, streamed to disk.

    Returns the number of bytes written. The file is private (0600). Raises OSError
    (NotARegularFile for a folder, device or pipe) if it can't be written; then the old file
    is as it was and no temporary file is left behind.
    """
    target = writable_target(path)
    directory = target.parent
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        written = 0
        try:
            for chunk in chunks:
                written += _write_all(fd, chunk)
            os.fsync(fd)
            size = os.fstat(fd).st_size
        finally:
            os.close(fd)
        if size != written:
            raise OSError(errno.EIO, f"only {size} of {written} bytes reached the disk", str(path))
        _rename(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    sync_directory(directory)
    return written


def write_atomically(path: Path, data: bytes) -> None:
    """Replace the file at ``path`` with ``data`` in one step; the old file stays whole until
    then. See write_chunks_atomically."""
    write_chunks_atomically(path, (data,))


@contextlib.contextmanager
def atomic_target(path: Path, *, head: bytes = b"", tail: bytes = b"") -> Iterator[Path]:
    """A temporary path for a writer that wants a file name (QPdfWriter, say) and commits it.

    ``with atomic_target(out, head=b"%PDF-", tail=b"%%EOF") as temporary: write(temporary)``.
    On leaving the block normally, the temporary file must exist, be non-empty, start with
    ``head`` and have ``tail`` in its last KiB; it is then fsynced and renamed over ``out``
    (through a link, as write_atomically does). On an exception, or if a check fails (an
    OSError saying what was wrong), it is removed and the old ``out`` stays as it was.
    """
    target = writable_target(path)
    directory = target.parent
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    os.close(fd)
    try:
        yield Path(temporary)
        _check_written(Path(temporary), head, tail)
        _rename(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    sync_directory(directory)


def _check_written(temporary: Path, head: bytes, tail: bytes) -> None:
    """Refuse an empty or cut-short file; fsync it."""
    with open_regular(temporary) as handle:
        os.fsync(handle.fileno())
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            raise OSError(errno.EIO, "nothing was written (is the disk full?)", str(temporary))
        if head and handle.read(len(head)) != head:
            raise OSError(errno.EIO, "the file was not written whole", str(temporary))
        if tail:
            handle.seek(max(0, size - 1024))
            if tail not in handle.read():
                raise OSError(errno.EIO, "the file was not written whole", str(temporary))


def sync_directory(directory: Path) -> None:
    """Make the rename itself durable (where the platform allows opening a directory)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
