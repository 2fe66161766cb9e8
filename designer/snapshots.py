"""Source snapshots: a script step's source folder, uploaded once, named by its content.

The SDK zips a PythonScriptStep's source_directory (minus its excludes) and posts it to
`POST /api/snapshots/`. The archive is extracted here, under caps on the number of
files and the bytes they hold once extracted, refusing anything but plain files and
folders with plain relative names; the files go into the artifact store as one
AnyDirectory artifact (every file under `src/`, so no name of the user's can meet the
store's own manifest.json), and a SourceSnapshot row records that this workspace
uploaded that digest. A graph names the snapshot by its digest in the node's
`source_snapshot` parameter; the validator refuses a digest the pipeline's workspace has
no row for, so knowing another workspace's digest is not enough to run its code.

The digest is the artifact store's (runner/artifacts.py): sha256 over the sorted JSON
of {"src/<path>": {"sha256", "size"}}, so the SDK computes the same digest before it
uploads and the same folder is the same snapshot, in every workspace, every time.
"""

from __future__ import annotations

import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction

from designer import ports
from designer.errors import ApplicationError, PayloadTooLarge
from designer.graph import named_source_snapshots
from designer.models import SourceSnapshot, Workspace
from designer.roles import EDITOR, require_role
from designer.table_reader import human_size

# Where the files are inside the stored artifact.
SNAPSHOT_FOLDER = "src"
# An archive may hold some bytes of zip structure beyond its files' contents.
ARCHIVE_OVERHEAD_BYTES = 1024 * 1024
_MAX_NAME_BYTES = 1024
_MAX_PART_BYTES = 255
_CHUNK = 1 << 16


class UnsafeArchive(ApplicationError):
    """The archive holds something that is not a plain file or folder with a plain name."""


@dataclass(frozen=True)
class SnapshotLimits:
    max_bytes: int
    max_files: int

    @classmethod
    def from_settings(cls) -> SnapshotLimits:
        return cls(max_bytes=settings.SNAPSHOT_MAX_BYTES, max_files=settings.SNAPSHOT_MAX_FILES)

    @property
    def max_archive_bytes(self) -> int:
        return self.max_bytes + ARCHIVE_OVERHEAD_BYTES


@dataclass(frozen=True)
class Extracted:
    files: int
    size: int


def _too_large(what: str, limits: SnapshotLimits) -> PayloadTooLarge:
    return PayloadTooLarge(
        f"the source snapshot {what}; at most {limits.max_files} files and {human_size(limits.max_bytes)} are "
        "allowed (SNAPSHOT_MAX_FILES, SNAPSHOT_MAX_MB): exclude what the step does not need (.pwignore)",
        extra={"field": "file", "max_files": limits.max_files, "max_bytes": limits.max_bytes},
    )


def _checked_name(name: str) -> PurePosixPath | None:
    """The entry's path if it is a plain relative path; None for a folder entry."""
    if "\\" in name or "\x00" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise UnsafeArchive(f"archive entry {name[:200]!r} is not a relative path", extra={"entry": name[:200]})
    if len(name.encode()) > _MAX_NAME_BYTES:
        raise UnsafeArchive(f"archive entry {name[:200]!r}… has too long a name", extra={"entry": name[:200]})
    is_folder = name.endswith("/")
    parts = name.rstrip("/").split("/")
    if any(part in ("", ".", "..") or len(part.encode()) > _MAX_PART_BYTES for part in parts):
        raise UnsafeArchive(
            f"archive entry {name[:200]!r} is not a plain relative path (no '..', '.' or empty parts)",
            extra={"entry": name[:200]},
        )
    return None if is_folder else PurePosixPath(*parts)


def _entry_kind(info: zipfile.ZipInfo) -> str:
    """ "file", "folder", or what else the entry's Unix mode says it is."""
    mode = info.external_attr >> 16
    if info.is_dir():
        return "folder"
    if stat.S_IFMT(mode) == 0 or stat.S_ISREG(mode):  # no file type stored (most archivers): a file
        return "file"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "folder"
    return "a special file"


def extract_archive(archive: IO[bytes], destination: Path, limits: SnapshotLimits) -> Extracted:
    """Extract a zip archive's files into `destination` (an empty folder).

    Refused (ApplicationError 400): not a zip, an absolute or `..` name, a link, a device
    or other special file, a name given twice, a file where a folder is also named.
    Refused (413): more files than limits.max_files, or more bytes once extracted than
    limits.max_bytes, counted as they are written (an entry's declared size is not
    trusted). What was written is left for the caller to remove.
    """
    try:
        bundle = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ApplicationError(f"the snapshot is not a zip archive: {exc}", extra={"field": "file"}) from None
    with bundle:
        entries = bundle.infolist()
        files = [info for info in entries if not info.is_dir()]
        if len(files) > limits.max_files or len(entries) > 2 * limits.max_files:
            raise _too_large(f"has {len(files)} files", limits)
        declared = sum(info.file_size for info in files)
        if declared > limits.max_bytes:
            raise _too_large(f"holds {human_size(declared)} once extracted", limits)
        seen: set[PurePosixPath] = set()
        folders: set[PurePosixPath] = set()
        written = 0
        for info in entries:
            path = _checked_name(info.filename)
            kind = _entry_kind(info)
            if kind not in ("file", "folder"):
                raise UnsafeArchive(
                    f"archive entry {info.filename!r} is {kind}; a snapshot holds only files and folders",
                    extra={"entry": info.filename},
                )
            if path is None or kind == "folder":
                continue
            if path in seen or path in folders or any(parent in seen for parent in path.parents):
                raise UnsafeArchive(f"archive entry {info.filename!r} is named twice", extra={"entry": info.filename})
            seen.add(path)
            folders.update(p for p in path.parents if p != PurePosixPath("."))
            target = destination.joinpath(*path.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with bundle.open(info) as reader, target.open("xb") as writer:
                    while chunk := reader.read(_CHUNK):
                        written += len(chunk)
                        if written > limits.max_bytes:
                            raise _too_large(f"holds more than {human_size(limits.max_bytes)} once extracted", limits)
                        writer.write(chunk)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError, ValueError) as exc:
                # A bad checksum, an unsupported compression or encryption, a truncated entry.
                raise ApplicationError(
                    f"archive entry {info.filename!r} cannot be read: {exc}", extra={"entry": info.filename}
                ) from None
            except (FileExistsError, NotADirectoryError, IsADirectoryError):
                raise UnsafeArchive(
                    f"archive entry {info.filename!r} clashes with another entry", extra={"entry": info.filename}
                ) from None
        return Extracted(files=len(seen), size=written)


def snapshot_upload(*, workspace: Workspace, user: User, upload: Any) -> tuple[SourceSnapshot, bool]:
    """Store an uploaded zip of a source folder and record that the workspace owns its
    digest. Returns the row and whether it is new for this workspace. Nothing is left
    behind when the archive is refused."""
    require_role(user=user, workspace=workspace, role=EDITOR, action="upload source snapshots")
    limits = SnapshotLimits.from_settings()
    if upload.size > limits.max_archive_bytes:
        raise snapshot_upload_too_large(name=upload.name)
    Path(settings.WORK_ROOT).mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=settings.WORK_ROOT, prefix="snapshot-"))
    try:
        folder = staging / "artifact"
        (folder / SNAPSHOT_FOLDER).mkdir(parents=True)
        upload.seek(0)
        extracted = extract_archive(upload, folder / SNAPSHOT_FOLDER, limits)
        if extracted.files == 0:
            raise ApplicationError("the snapshot holds no files", extra={"field": "file"})
        digest = ports.artifact_storage().put_directory(folder, port_type="AnyDirectory")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    try:
        with transaction.atomic():
            return SourceSnapshot.objects.get_or_create(
                workspace=workspace,
                digest=digest,
                defaults={"size_bytes": extracted.size, "file_count": extracted.files, "created_by": user},
            )
    except IntegrityError:  # the same folder uploaded twice at once: the other upload recorded it
        return SourceSnapshot.objects.get(workspace=workspace, digest=digest), False


def snapshot_upload_too_large(*, name: str) -> PayloadTooLarge:
    """The error for an archive over the upload limit (the API stops reading it there)."""
    limits = SnapshotLimits.from_settings()
    return PayloadTooLarge(
        f"{name} is over the source snapshot limit of {human_size(limits.max_archive_bytes)}; the server's "
        "SNAPSHOT_MAX_MB sets it",
        extra={"field": "file", "limit_bytes": limits.max_archive_bytes},
    )


def snapshots_owned(*, workspace: Workspace, graph: object) -> set[str]:
    """Of the source snapshot digests a graph names, those the workspace uploaded: what
    the validator is given (one query, and none for a graph that names none)."""
    named = named_source_snapshots(graph)
    if not named:
        return set()
    return set(SourceSnapshot.objects.filter(workspace=workspace, digest__in=named).values_list("digest", flat=True))
