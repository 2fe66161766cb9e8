"""Content-addressed artifact store: `<root>/sha256/<ab>/<digest>/` holds files + manifest.

An artifact directory appears in one atomic rename after every file and the manifest
are written, so no reader ever sees a half-written artifact, and a digest is only
recorded on a step after its directory exists.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"
_CHUNK = 1 << 20


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def directory_digest(directory: Path) -> tuple[str, dict[str, dict[str, Any]]]:
    """The content digest of a directory tree: names and bytes, nothing else."""
    files: dict[str, dict[str, Any]] = {}
    for path in sorted(p for p in directory.rglob("*") if p.is_file() and not p.is_symlink()):
        rel = path.relative_to(directory).as_posix()
        if rel == MANIFEST:
            continue
        files[rel] = {"sha256": _file_digest(path), "size": path.stat().st_size}
    listing = json.dumps(files, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(listing).hexdigest(), files


class ArtifactStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, digest: str) -> Path:
        if len(digest) != 64 or not all(c in "0123456789abcdef" for c in digest):
            raise ValueError(f"not an artifact digest: {digest!r}")
        return self.root / "sha256" / digest[:2] / digest

    def exists(self, digest: str) -> bool:
        return (self.path(digest) / MANIFEST).is_file()

    def manifest(self, digest: str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.path(digest) / MANIFEST).read_text())
        return data

    def put_directory(self, source: Path, *, port_type: str) -> str:
        """Move `source` into the store under its content digest and return the digest.

        `source` must be on the same filesystem as the store for the move to be a
        rename; otherwise it is copied into the store's staging area first.
        """
        digest, files = directory_digest(source)
        final = self.path(digest)
        if self.exists(digest):
            shutil.rmtree(source, ignore_errors=True)
            return digest
        staging = self.root / "staging" / uuid.uuid4().hex
        staging.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.rename(source, staging)
        except OSError:
            shutil.copytree(source, staging)
            shutil.rmtree(source, ignore_errors=True)
        manifest = {"digest": digest, "type": port_type, "files": files}
        (staging / MANIFEST).write_text(json.dumps(manifest, sort_keys=True))
        final.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.rename(staging, final)
        except OSError:
            # Another step produced the same content first; theirs is identical.
            shutil.rmtree(staging, ignore_errors=True)
            if not self.exists(digest):
                raise
        return digest


def default_store() -> ArtifactStore:
    from django.conf import settings

    return ArtifactStore(Path(settings.ARTIFACT_ROOT))
