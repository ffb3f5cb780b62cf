"""Files written so that nothing is lost, half-written or taken from its owners.

Every file kgvn writes (the store, its `.bak`, registered articles, exports) goes through
`write_atomically`: a temporary file in the target's own folder, flushed and synced, given the
target's mode and owner (or `0o666 & ~umask` when new), renamed over the target, and the folder
synced. A symlinked target is followed, so the real file is updated and the link kept. A writer
killed half-way leaves only a temporary file named after its PID, removed by the next write.

Reading an article goes through `read_regular_file`, which refuses directories, devices and FIFOs
before reading a byte, and anything larger than the limit.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kgvn.errors import StoreError

LOCK_TIMEOUT_ENV = "KGVN_LOCK_TIMEOUT"
#: Seconds a writer waits for another writer's lock before giving up with a message.
DEFAULT_LOCK_TIMEOUT = 30.0
#: A temporary file older than this is left over, even if a process now has its PID.
STALE_AFTER_SECONDS = 3600.0
_TEMPORARY_SUFFIX = ".tmp"


def real_path(path: Path) -> Path:
    """The file a path names, symlinks followed, so writes and locks land on the real file."""
    return Path(os.path.realpath(path))


def new_file_mode() -> int:
    """The mode a new file gets from `open()`: 0o666 less the process's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(
    target: Path, content: bytes | str | Iterable[bytes | memoryview], keep_backup: bool = False
) -> None:
    """Replace `target` with `content` in one step, keeping its mode and, where allowed, owner.

    `content` may come in pieces, written one after the other to the same temporary file (a
    store spliced from its old bytes, or encoded a collection at a time, is never joined in
    memory); a failure while they are made leaves the target untouched.

    With `keep_backup`, the file's previous bytes go to `<target>.bak` first, by the same atomic
    route, so a backup is never half-written: as a second link to the old file when it has only
    one (the store is then replaced, never changed in place), else as a copy. Raises `OSError` on
    failure, the target untouched.
    """
    real = real_path(target)
    if isinstance(content, str):
        pieces: Iterable[bytes | memoryview] = [content.encode("utf-8")]
    elif isinstance(content, bytes):
        pieces = [content]
    else:
        pieces = content
    remove_stale_temporaries(real)
    try:
        existing: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        existing = None
    if keep_backup and existing is not None and stat.S_ISREG(existing.st_mode):
        backup = real.with_name(real.name + ".bak")
        remove_stale_temporaries(backup)
        if not _link_backup(real, backup, existing):
            _replace_with(backup, [real.read_bytes()], existing)
    _replace_with(real, pieces, existing)


def _link_backup(real: Path, backup: Path, existing: os.stat_result) -> bool:
    """Make `backup` a second name of the file `real` names now, atomically; False if not done.

    Only for a file with one link (another link would see later in-place edits of the backup
    and the other way round), on filesystems with hard links.
    """
    if existing.st_nlink != 1:
        return False
    for attempt in range(8):
        temporary = backup.with_name(
            f".{backup.name}.{os.getpid()}.link{attempt}{_TEMPORARY_SUFFIX}"
        )
        try:
            os.link(real, temporary)
        except FileExistsError:
            continue
        except OSError:
            return False
        try:
            if os.stat(temporary).st_ino != existing.st_ino:
                raise OSError("the store was replaced while it was backed up")
            os.replace(temporary, backup)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            return False
        with contextlib.suppress(OSError):
            os.unlink(temporary)  # still there when the backup already was this very file
        _sync_folder(backup.parent)
        return True
    return False


def _replace_with(
    real: Path, pieces: Iterable[bytes | memoryview], like: os.stat_result | None
) -> None:
    handle, temporary = temporary_beside(real)
    try:
        with os.fdopen(handle, "wb") as stream:
            for piece in pieces:
                stream.write(piece)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _install(Path(temporary), real, like)


def temporary_beside(target: Path) -> tuple[int, str]:
    """An open temporary file in the target's folder, named so a later write can clean it up."""
    real = real_path(target)
    return tempfile.mkstemp(
        dir=real.parent, prefix=f".{real.name}.{os.getpid()}.", suffix=_TEMPORARY_SUFFIX
    )


def install(temporary: Path, target: Path) -> None:
    """Move a finished temporary file over `target` (see `write_atomically`)."""
    real = real_path(target)
    try:
        like: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        like = None
    _install(temporary, real, like)


def _install(temporary: Path, real: Path, like: os.stat_result | None) -> None:
    try:
        _take_on_permissions(str(temporary), like)
        os.replace(temporary, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(real.parent)


def _take_on_permissions(temporary: str, like: os.stat_result | None) -> None:
    """Give the new file the old one's mode and owner; a new file gets the umask's mode."""
    if like is None or not stat.S_ISREG(like.st_mode):
        os.chmod(temporary, new_file_mode())
        return
    # Owner first: chown may clear the set-id bits that chmod then restores.
    with contextlib.suppress(PermissionError):
        os.chown(temporary, like.st_uid, like.st_gid)
    if os.stat(temporary).st_gid != like.st_gid:
        with contextlib.suppress(PermissionError):  # a group the writer belongs to
            os.chown(temporary, -1, like.st_gid)
    os.chmod(temporary, stat.S_IMODE(like.st_mode))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some filesystems cannot, which is not an error."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)


def remove_stale_temporaries(real: Path) -> list[Path]:
    """Remove temporary files of `real` left by writers that died; returns what was removed."""
    removed = []
    with contextlib.suppress(OSError):
        for candidate in real.parent.glob(f".{real.name}.*{_TEMPORARY_SUFFIX}"):
            if _is_stale(candidate, real.name):
                with contextlib.suppress(OSError):
                    candidate.unlink()
                    removed.append(candidate)
    return removed


def _is_stale(candidate: Path, name: str) -> bool:
    middle = candidate.name[len(name) + 2 : -len(_TEMPORARY_SUFFIX)]
    pid_text = middle.split(".", 1)[0]
    if not pid_text.isdigit():
        return False
    try:
        age = time.time() - candidate.stat().st_mtime
    except OSError:
        return False
    return age > STALE_AFTER_SECONDS or not _process_alive(int(pid_text))


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


# --- the writers' lock ---------------------------------------------------------------------------


def lock_timeout() -> float:
    value = os.environ.get(LOCK_TIMEOUT_ENV, "")
    try:
        return max(0.0, float(value)) if value else DEFAULT_LOCK_TIMEOUT
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


def _say_on_stderr(message: str) -> None:
    sys.stderr.write(f"kgvn: {message}\n")
    sys.stderr.flush()


@contextlib.contextmanager
def locked(
    target: Path,
    timeout: float | None = None,
    notify: Callable[[str], None] = _say_on_stderr,
) -> Iterator[None]:
    """An exclusive lock on `<real target>.lock`, held for a whole read-change-write.

    A writer that has to wait says once on stderr who holds the lock; after `timeout` seconds
    (default $KGVN_LOCK_TIMEOUT, else 30) it gives up with a `StoreError`, changing nothing.
    """
    real = real_path(target)
    lock_path = real.with_name(real.name + ".lock")
    handle = _open_lock_file(lock_path)
    try:
        _acquire(handle, lock_path, lock_timeout() if timeout is None else timeout, notify)
        _write_holder(handle)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)


def _open_lock_file(lock_path: Path) -> int:
    try:
        return os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        first = error
    if isinstance(first, PermissionError) and lock_path.exists():
        # Another user's lock file in a shared folder: a read-only handle locks as well.
        with contextlib.suppress(OSError):
            return os.open(lock_path, os.O_RDONLY)
    raise StoreError(
        f"{lock_path}: cannot open the lock file: {describe(first)}; nothing was changed"
    ) from None


def _acquire(handle: int, lock_path: Path, timeout: float, notify: Callable[[str], None]) -> None:
    deadline = time.monotonic() + timeout
    told = False
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        holder = _holder(lock_path)
        if not told:
            notify(f"waiting for the lock on {lock_path} held by {holder}…")
            told = True
        if time.monotonic() >= deadline:
            raise StoreError(
                f"gave up after {timeout:g} s waiting for the lock on {lock_path} held by"
                f" {holder}; if that process is stopped, resume or end it"
                f" (wait longer with {LOCK_TIMEOUT_ENV}=SECONDS)"
            )
        time.sleep(0.05)


def _holder(lock_path: Path) -> str:
    try:
        text = lock_path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        text = ""
    return f"PID {text}" if text.isdigit() else "another process"


def _write_holder(handle: int) -> None:
    with contextlib.suppress(OSError):
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"{os.getpid()}\n".encode("ascii"), 0)


# --- reading articles ----------------------------------------------------------------------------


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; `OSError` or `ValueError` if not.

    Opened without blocking, so a FIFO cannot hang the reader, and checked on the open handle,
    so a device such as /dev/zero is refused before a byte is read.
    """
    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise ValueError("is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("is not a regular file (a device, FIFO or socket?)")
        if info.st_size > limit:
            raise ValueError(f"{info.st_size:,} bytes is larger than the {limit:,}-byte limit")
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(handle, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise ValueError(f"grew past the {limit:,}-byte limit while being read")
        return data
    finally:
        os.close(handle)


def describe(error: OSError) -> str:
    """A short reason for an I/O failure, in words a user can act on."""
    reasons = {
        errno.EROFS: "read-only file system",
        errno.ENOSPC: "no space left on the device",
        errno.EDQUOT: "disk quota exceeded",
        errno.EACCES: "permission denied",
        errno.EPERM: "operation not permitted",
        errno.ENOTDIR: "a part of the path is not a directory",
        errno.EISDIR: "is a directory",
        errno.ENOENT: "no such file or directory",
    }
    return reasons.get(error.errno or 0, error.strerror or str(error))
