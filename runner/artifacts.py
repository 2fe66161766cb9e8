"""Content-addressed artifact store: `<root>/sha256/<ab>/<digest>/` holds files + manifest.

An artifact directory appears in one atomic rename after every file and the manifest
are written, so no reader ever sees a half-written artifact, and a digest is only
recorded on a step after its directory exists.

What a step wrote becomes a file of the store's own user, read-only, and the digest
is taken from that file's bytes. A process the step left behind, or a descriptor it
kept open, must then be unable to change anything that is stored; and since identical
outputs of different workspaces share one directory, that is what keeps one
workspace's step from rewriting another's data. A file is moved into the store (a
rename, no bytes copied) only when that is as safe as a copy: after it has been given
to the store's user and made read-only, it has no other name (one link) and nobody
else has it open (the kernel grants a write lease only then); otherwise it is copied
into a new file. An artifact that is not sealed that way (older stores, a hand-made
copy) is re-hashed before it is handed out again.

A file of up to one block (32 MiB) is listed by its sha256. A larger one is listed by
"sha256_blocks": the sha256 of its blocks' sha256 digests, one after another, the blocks
hashed side by side on threads (hashlib lets go of the GIL while it hashes), so a 1 GB
output costs about 1/cores of a plain sha256 on a worker with cores to spare. Source
snapshots are capped far below a block, so the SDK's plain sha256 of each file gives the
same digest as the store.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import mmap
import os
import shutil
import signal
import stat
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"
_CHUNK = 1 << 20
_BLOCK = 32 << 20
_READ_ONLY = 0o444
# Outputs up to this size are hashed where they are first, in case the store has them.
_HELD_ALREADY_MAX_BYTES = 1 << 20
_WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
# fcntl commands Python's fcntl module does not name (linux/fcntl.h).
_F_SETLEASE = 1024
_F_SETSIG = 10


class UnsafeArtifact(Exception):
    """A step's output is missing or holds something other than directories and regular files."""


def _tree(directory: Path) -> Iterator[tuple[str, Path, os.stat_result]]:
    """Every file under `directory` as (relative name, path, lstat), in name order,
    without following links; anything but a directory or a regular file is refused."""
    for root, dirs, files in os.walk(directory, followlinks=False):
        dirs.sort()
        for name in sorted(dirs + files):
            path = Path(root) / name
            info = path.lstat()
            if stat.S_ISDIR(info.st_mode):
                continue
            rel = path.relative_to(directory).as_posix()
            if not stat.S_ISREG(info.st_mode):
                kind = "a symbolic link" if stat.S_ISLNK(info.st_mode) else "not a regular file"
                raise UnsafeArtifact(f"output {rel} is {kind}; outputs must be files")
            yield rel, path, info


def _listing_digest(files: dict[str, dict[str, Any]]) -> str:
    listing = json.dumps(files, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(listing).hexdigest()


def _entry(algorithm: str, digest: str, size: int) -> dict[str, Any]:
    return {algorithm: digest, "size": size}


def _hash_blocks(data: memoryview) -> str:
    """sha256 of the sha256 of each _BLOCK of `data`, the blocks hashed on threads."""
    starts = range(0, len(data), _BLOCK)
    with ThreadPoolExecutor(max_workers=min(os.cpu_count() or 1, len(starts))) as pool:
        digests = pool.map(lambda start: hashlib.sha256(data[start : start + _BLOCK]).digest(), starts)
        return hashlib.sha256(b"".join(digests)).hexdigest()


def _hash_open_file(reader: Any) -> dict[str, Any]:
    """The manifest entry of an open regular file that nobody can change any more."""
    size = os.fstat(reader.fileno()).st_size
    if size <= _BLOCK:
        h = hashlib.sha256()
        size = 0
        while chunk := reader.read(_CHUNK):
            h.update(chunk)
            size += len(chunk)
        return _entry("sha256", h.hexdigest(), size)
    with mmap.mmap(reader.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        view = memoryview(mapped)
        try:
            return _entry("sha256_blocks", _hash_blocks(view), len(view))
        finally:
            view.release()


def directory_digest(directory: Path) -> tuple[str, dict[str, dict[str, Any]]]:
    """The content digest of a directory tree: names and bytes, nothing else."""
    files: dict[str, dict[str, Any]] = {}
    for rel, path, _ in _tree(directory):
        if rel != MANIFEST:
            with path.open("rb") as reader:
                files[rel] = _hash_open_file(reader)
    return _listing_digest(files), files


class _BlockHasher:
    """Hashes a stream written in order the way _hash_open_file hashes the whole file."""

    def __init__(self) -> None:
        self.block = hashlib.sha256()
        self.block_digests: list[bytes] = []
        self.in_block = 0
        self.size = 0

    def update(self, chunk: bytes) -> None:
        view = memoryview(chunk)
        while view:
            part = view[: _BLOCK - self.in_block]
            self.block.update(part)
            self.in_block += len(part)
            view = view[len(part) :]
            if self.in_block == _BLOCK:
                self.block_digests.append(self.block.digest())
                self.block, self.in_block = hashlib.sha256(), 0
        self.size += len(chunk)

    def entry(self) -> dict[str, Any]:
        if self.size <= _BLOCK:  # one block: its digest is the file's sha256
            whole = self.block_digests[0] if self.block_digests else self.block.digest()
            return _entry("sha256", whole.hex(), self.size)
        if self.in_block:
            self.block_digests.append(self.block.digest())
        return _entry("sha256_blocks", hashlib.sha256(b"".join(self.block_digests)).hexdigest(), self.size)


def _copy_file(source: Path, target: Path) -> dict[str, Any]:
    """Copy one regular file into a new read-only file; the digest is of what was written."""
    hasher = _BlockHasher()
    # O_NOFOLLOW and O_NONBLOCK: a link or a pipe swapped in after the walk is refused
    # instead of followed or waited on forever.
    fd = os.open(source, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as reader:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UnsafeArtifact(f"output {source.name} is not a regular file; outputs must be files")
        with target.open("xb") as writer:
            while chunk := reader.read(_CHUNK):
                hasher.update(chunk)
                writer.write(chunk)
    target.chmod(_READ_ONLY)
    return hasher.entry()


def _nobody_else_has_open(fd: int) -> bool:
    """Whether no other descriptor or mapping of this file exists anywhere: Linux grants
    a write lease only then. The lease is let go at once; if someone opened the file in
    between, the kernel's notice is SIGURG, which is ignored unless handled (the default
    SIGIO would end the worker)."""
    try:
        fcntl.fcntl(fd, _F_SETSIG, signal.SIGURG)
        fcntl.fcntl(fd, _F_SETLEASE, fcntl.F_WRLCK)
    except OSError:  # EAGAIN: open elsewhere; EINVAL and others: no leases on this file system
        return False
    fcntl.fcntl(fd, _F_SETLEASE, fcntl.F_UNLCK)
    return True


def _move_file(source: Path, target: Path) -> dict[str, Any] | None:
    """Move one regular file into the store when that is as safe as copying it (see the
    module's docstring): the digest is of the moved file's bytes, read after it was
    sealed. None when it cannot be moved; nothing has changed then. Raises
    UnsafeArtifact when the file was swapped while it was being moved."""
    try:
        fd = os.open(source, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as reader:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1 or info.st_dev != target.parent.stat().st_dev:
            return None
        taken = target.with_name(f".moving-{uuid.uuid4().hex}")
        os.rename(source, taken)
        moved = taken.lstat()
        if (moved.st_dev, moved.st_ino) != (info.st_dev, info.st_ino):
            taken.unlink()
            raise UnsafeArtifact(f"output {source.name} was replaced while it was stored")
        os.fchown(fd, os.geteuid(), os.getegid())
        os.fchmod(fd, _READ_ONLY)
        if os.fstat(fd).st_nlink != 1 or not _nobody_else_has_open(fd):
            # Someone may still write through another name or descriptor: copy what is
            # there into a file nobody else can reach, as for any output.
            try:
                return _copy_file(taken, target)
            finally:
                taken.unlink()
        os.rename(taken, target)
        return _hash_open_file(reader)


class ArtifactStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, digest: str) -> Path:
        if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
            raise ValueError(f"not an artifact digest: {digest!r}")
        return self.root / "sha256" / digest[:2] / digest

    def exists(self, digest: str) -> bool:
        return (self.path(digest) / MANIFEST).is_file()

    def intact(self, digest: str) -> bool:
        """Whether the artifact exists and is what its digest says: sealed by this store
        (read-only files of its user, nothing else in it), or re-hashed and equal (then
        sealed, so the next check is cheap). Ask this before handing an artifact made
        by an earlier run to a new one."""
        directory = self.path(digest)
        if not (directory / MANIFEST).is_file():
            return False
        try:
            if self._sealed(directory):
                return True
            if directory_digest(directory)[0] != digest:
                return False
        except (OSError, UnsafeArtifact):
            return False
        self._seal(directory)
        return True

    def manifest(self, digest: str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.path(digest) / MANIFEST).read_text())
        return data

    def put_directory(self, source: Path, *, port_type: str, remove_source: bool = True) -> str:
        """Store `source` under its content digest (each file moved in when that is safe,
        else copied), remove `source`, and return the digest. Raises UnsafeArtifact if
        `source` is not a folder or holds links or special files.

        remove_source=False leaves `source` and what is left in it (its folders, files
        that were copied) to a caller that deletes or reuses the folder it is in anyway:
        a folder deleted costs a block freed, which a disk mounted with `discard` trims."""
        if source.is_symlink() or not source.is_dir():
            raise UnsafeArtifact(f"output {source.name} was not written as a folder")
        known = self._held_already(source)
        if known is not None:
            if remove_source:
                shutil.rmtree(source, ignore_errors=True)
            return known
        staging = self.root / "staging" / uuid.uuid4().hex
        staging.mkdir(parents=True)
        try:
            files: dict[str, dict[str, Any]] = {}
            for rel, path, _ in _tree(source):
                target = staging / rel
                if target.parent != staging:  # a folder costs as much to make as a file to move
                    target.parent.mkdir(parents=True, exist_ok=True)
                files[rel] = _move_file(path, target) or _copy_file(path, target)
            digest = _listing_digest(files)
            manifest = staging / MANIFEST
            manifest.write_text(json.dumps({"digest": digest, "type": port_type, "files": files}, sort_keys=True))
            manifest.chmod(_READ_ONLY)
            if not self.intact(digest):
                self._replace(digest, staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            if remove_source:
                shutil.rmtree(source, ignore_errors=True)
        return digest

    def _held_already(self, source: Path) -> str | None:
        """The digest of a small `source` whose artifact the store holds already, intact;
        None otherwise (or when it is larger than _HELD_ALREADY_MAX_BYTES: hashing it
        here would read it twice). The same small output comes back all the time (a
        script's unused second output is the same empty table at every step), and then
        nothing is staged, moved, written or deleted. Reading the files where they are
        is safe: nothing of them is kept, only compared."""
        files: dict[str, dict[str, Any]] = {}
        total = 0
        try:
            for rel, path, info in _tree(source):
                total += info.st_size
                if total > _HELD_ALREADY_MAX_BYTES:
                    return None
                fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
                with os.fdopen(fd, "rb") as reader:
                    if not stat.S_ISREG(os.fstat(fd).st_mode):
                        return None
                    files[rel] = _hash_open_file(reader)
        except (OSError, UnsafeArtifact):
            return None  # a link, a pipe, a file swapped since the walk: storing it refuses it
        digest = _listing_digest(files)
        return digest if self.intact(digest) else None

    def _replace(self, digest: str, staging: Path) -> None:
        """Move a staged artifact into place, first moving aside whatever is there and
        does not match its digest (left half-removed, or changed on disk)."""
        final = self.path(digest)
        if final.exists():
            aside = self.root / "staging" / f"broken-{uuid.uuid4().hex}"
            os.rename(final, aside)
            shutil.rmtree(aside, ignore_errors=True)
        try:
            try:
                os.rename(staging, final)
            except FileNotFoundError:  # the first artifact whose digest starts so
                final.parent.mkdir(parents=True, exist_ok=True)
                os.rename(staging, final)
        except OSError:
            # Another step produced the same content at the same moment; it is identical.
            if not self.exists(digest):
                raise

    def _sealed(self, directory: Path) -> bool:
        owner = os.geteuid()
        return all(info.st_uid == owner and not info.st_mode & _WRITE_BITS for _, _, info in _tree(directory))

    def _seal(self, directory: Path) -> None:
        """Make a verified artifact read-only and this user's (best effort: a store
        shared with another user stays verified by hashing)."""
        for _, path, info in _tree(directory):
            try:
                if info.st_uid != os.geteuid():
                    os.chown(path, os.geteuid(), os.getegid(), follow_symlinks=False)
                path.chmod(_READ_ONLY)
            except OSError:
                return


def default_store() -> ArtifactStore:
    from django.conf import settings

    return ArtifactStore(Path(settings.ARTIFACT_ROOT))
