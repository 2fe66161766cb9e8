"""Source snapshots: a PythonScriptStep's source_directory, walked, capped and hashed.

What is left out: the DEFAULT_EXCLUDES, the patterns of a `.pwignore` file in the
folder (one a line, gitignore-like: `#` starts a comment, a pattern with no `/` matches
a name at any depth, one with a `/` matches the path from the folder, a trailing `/`
matches folders only, `*`, `?` and `[...]` as in shell globs, `**` any number of
folders; no `!` negation) and the step's `exclude=` patterns (same syntax).
Symbolic links are refused (a PipewrightError naming the link; exclude it, or copy
the file in): following one could pull in anything on the machine, and a snapshot
must be the same bytes wherever it is taken.

The digest is the server's artifact digest of the folder as it stores it (every file
under `src/`): sha256 of the sorted JSON {"src/<path>": {"sha256", "size"}}, a file over
32 MiB listed by "sha256_blocks" as the store does (runner/artifacts.py). So the
SDK knows the digest before it uploads, asks the server whether the workspace has it
already, and uploads the zip only when not.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipewright.errors import PipewrightError

if TYPE_CHECKING:
    from pipewright.workspace import Workspace

# The caps on what a snapshot may hold (the server has its own, SNAPSHOT_MAX_MB and
# SNAPSHOT_MAX_FILES, 25 MB and 2,000 files by default).
SNAPSHOT_MAX_BYTES = 25 * 1024 * 1024
SNAPSHOT_MAX_FILES = 2000
IGNORE_FILE = ".pwignore"
DEFAULT_EXCLUDES: tuple[str, ...] = (
    ".git/",
    ".hg/",
    ".svn/",
    "__pycache__/",
    "*.pyc",
    "*.pyo",
    ".ipynb_checkpoints/",
    ".venv/",
    "venv/",
    "node_modules/",
    ".DS_Store",
    ".pytest_cache/",
    ".mypy_cache/",
    ".ruff_cache/",
)
# Where the server keeps the files inside the stored artifact.
SNAPSHOT_FOLDER = "src"
# A fixed time for every zip entry: the same folder gives the same archive bytes.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# The server's store hashes a file over this size in blocks of it (see _content_digest).
_STORE_BLOCK = 32 << 20


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    folders_only: bool


def _glob(text: str) -> str:
    """A glob as a regular expression: `**/` any folders, `**` anything, `*` and `?`
    within one name, `[...]` a character class."""
    out, i = [], 0
    while i < len(text):
        if text.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif text.startswith("**", i):
            out.append(".*")
            i += 2
        elif text[i] == "*":
            out.append("[^/]*")
            i += 1
        elif text[i] == "?":
            out.append("[^/]")
            i += 1
        elif text[i] == "[" and (end := text.find("]", i + 2)) != -1:
            inner = text[i + 1 : end]
            negate = inner.startswith("!")
            out.append("[" + ("^" if negate else "") + re.escape(inner[1:] if negate else inner) + "]")
            i = end + 1
        else:
            out.append(re.escape(text[i]))
            i += 1
    return "".join(out)


def _compile(pattern: str) -> _Pattern | None:
    text = pattern.strip()
    if not text or text.startswith("#"):
        return None
    if text.startswith("!"):
        raise PipewrightError(f"exclude pattern {pattern!r}: negation ('!') is not supported")
    folders_only = text.endswith("/")
    text = text.strip("/")
    anchored = "/" in text
    # An unanchored pattern matches a name at any depth; an anchored one the path from the folder.
    regex = re.compile(("" if anchored else "(?:.*/)?") + _glob(text) + r"\Z", re.DOTALL)
    return _Pattern(regex, folders_only)


def compile_patterns(patterns: list[str] | tuple[str, ...]) -> list[_Pattern]:
    return [p for p in (_compile(text) for text in patterns) if p is not None]


def is_excluded(path: str, is_folder: bool, patterns: list[_Pattern]) -> bool:
    """Whether a path (relative, with `/`) is left out by any pattern."""
    return any(p.regex.match(path) and (is_folder or not p.folders_only) for p in patterns)


@dataclass(frozen=True)
class Snapshot:
    """The files of a source folder that a step runs with, as they were when it was taken."""

    root: Path
    files: tuple[tuple[str, str, int], ...]  # (path with "/", sha256, size), sorted by path
    digest: str

    @property
    def size(self) -> int:
        return sum(size for _, _, size in self.files)

    def names(self) -> list[str]:
        return [name for name, _, _ in self.files]

    def archive(self) -> bytes:
        """The files as a zip (deflated, fixed times and modes: the same folder gives
        the same bytes). Re-checks each file against its digest: a file changed since
        the snapshot was taken is an error, not a silent mismatch."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            for name, digest, _ in self.files:
                data = (self.root / name).read_bytes()
                if _content_digest(data) != digest:
                    raise PipewrightError(f"{self.root / name} changed while the source snapshot was being uploaded")
                info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                bundle.writestr(info, data)
        return buffer.getvalue()


def snapshot_digest(files: list[tuple[str, str, int]] | tuple[tuple[str, str, int], ...]) -> str:
    """The server's artifact digest of these files stored under src/."""
    listing = {
        f"{SNAPSHOT_FOLDER}/{name}": {"sha256" if size <= _STORE_BLOCK else "sha256_blocks": digest, "size": size}
        for name, digest, size in files
    }
    return hashlib.sha256(json.dumps(listing, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _content_digest(data: bytes) -> str:
    """How the server's store hashes a file: sha256 up to one block, above that the
    sha256 of its blocks' sha256 digests."""
    if len(data) <= _STORE_BLOCK:
        return hashlib.sha256(data).hexdigest()
    starts = range(0, len(data), _STORE_BLOCK)
    blocks = (hashlib.sha256(data[start : start + _STORE_BLOCK]).digest() for start in starts)
    return hashlib.sha256(b"".join(blocks)).hexdigest()


def _file_digest(path: Path) -> str:
    return _content_digest(path.read_bytes())


def _human(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def take_snapshot(
    directory: str | os.PathLike[str],
    *,
    exclude: list[str] | tuple[str, ...] = (),
    only: list[str] | None = None,
    max_bytes: int = SNAPSHOT_MAX_BYTES,
    max_files: int = SNAPSHOT_MAX_FILES,
) -> Snapshot:
    """Walk `directory` and hash what is not excluded (of `only`'s paths, when given);
    a PipewrightError when it holds a symbolic link or is over the caps (naming its
    size and its largest files), before anything is uploaded."""
    root = Path(directory)
    if not root.is_dir():
        raise PipewrightError(f"source_directory {root} is not a folder")
    ignore = root / IGNORE_FILE
    lines = ignore.read_text().splitlines() if ignore.is_file() else []
    patterns = compile_patterns([*DEFAULT_EXCLUDES, *lines, *exclude])
    found: list[tuple[str, Path, int]] = []
    total = 0
    for folder, dirs, names in os.walk(root, followlinks=False):
        base = Path(folder)
        relative = base.relative_to(root).as_posix()
        prefix = "" if relative == "." else relative + "/"
        kept_dirs = []
        for name in sorted(dirs):
            path = prefix + name
            if is_excluded(path, True, patterns) or only is not None:
                continue
            if (base / name).is_symlink():
                raise _link_error(root, path)
            kept_dirs.append(name)
        dirs[:] = kept_dirs
        for name in sorted(names):
            path = prefix + name
            if is_excluded(path, False, patterns) or (only is not None and path not in only):
                continue
            info = (base / name).lstat()
            if stat.S_ISLNK(info.st_mode):
                raise _link_error(root, path)
            if not stat.S_ISREG(info.st_mode):
                raise PipewrightError(f"{root / path} is not a regular file; exclude it ({IGNORE_FILE} or exclude=)")
            found.append((path, base / name, info.st_size))
            total += info.st_size
            if len(found) > max_files:
                raise PipewrightError(
                    f"source_directory {root} has more than {max_files} files (the snapshot limit); exclude what "
                    f"the step does not need in {IGNORE_FILE} or with exclude=",
                    extra={"max_files": max_files},
                )
    if total > max_bytes:
        largest = ", ".join(f"{p} ({_human(s)})" for p, _, s in sorted(found, key=lambda f: -f[2])[:3])
        raise PipewrightError(
            f"source_directory {root} holds {_human(total)} in {len(found)} files, over the snapshot limit of "
            f"{_human(max_bytes)}; exclude what the step does not need in {IGNORE_FILE} or with exclude= "
            f"(largest: {largest})",
            extra={"size_bytes": total, "max_bytes": max_bytes},
        )
    files = tuple(sorted((path, _file_digest(full), size) for path, full, size in found))
    return Snapshot(root=root, files=files, digest=snapshot_digest(files))


def _link_error(root: Path, path: str) -> PipewrightError:
    return PipewrightError(
        f"{root / path} is a symbolic link; a source snapshot holds only files and folders: exclude it "
        f"({IGNORE_FILE} or exclude=) or copy what it points to into the folder"
    )


def upload_snapshot(workspace: Workspace, snapshot: Snapshot) -> str:
    """Make sure the workspace has the snapshot: ask for its digest, upload the zip only
    when the server does not know it (POST /api/snapshots/). Returns the digest."""
    client = workspace._client
    query = {} if workspace.workspace is None else {"workspace": workspace.workspace}
    try:
        client.get(f"/api/snapshots/{snapshot.digest}/", params=query)
        return snapshot.digest
    except PipewrightError as exc:
        if exc.status != 404:
            raise
    form = {} if workspace.workspace is None else {"workspace": str(workspace.workspace)}
    record = client.post("/api/snapshots/", data=form, files={"file": ("source.zip", snapshot.archive())})
    if record["digest"] != snapshot.digest:
        raise PipewrightError(
            f"the server stored the snapshot of {snapshot.root} as {record['digest']}, not {snapshot.digest}: a file "
            "changed while it was uploaded; submit again",
            extra={"digest": record["digest"]},
        )
    return snapshot.digest
