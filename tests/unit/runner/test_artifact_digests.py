"""runner.artifacts: how a stored file is hashed. Small files keep a plain sha256 (what
the SDK computes for snapshots); a file over one block is hashed in blocks, and a moved
file, a copied file and a re-hash of the stored folder all agree."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from runner import artifacts
from runner.artifacts import ArtifactStore, directory_digest

BLOCK = artifacts._BLOCK


def _blocks_digest(data: bytes) -> str:
    digests = b"".join(hashlib.sha256(data[i : i + BLOCK]).digest() for i in range(0, len(data), BLOCK))
    return hashlib.sha256(digests).hexdigest()


@pytest.mark.parametrize("size", [0, 1, BLOCK - 1, BLOCK])
def test_a_file_of_up_to_one_block_is_listed_by_its_sha256(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "data.bin").write_bytes(data)

    _, files = directory_digest(tmp_path / "out")

    assert files == {"data.bin": {"sha256": hashlib.sha256(data).hexdigest(), "size": size}}


@pytest.mark.parametrize("size", [BLOCK + 1, 3 * BLOCK, 3 * BLOCK + 12345])
def test_a_larger_file_is_listed_by_the_sha256_of_its_blocks(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "data.bin").write_bytes(data)

    _, files = directory_digest(tmp_path / "out")

    assert files == {"data.bin": {"sha256_blocks": _blocks_digest(data), "size": size}}


@pytest.mark.parametrize("size", [BLOCK - 3, 2 * BLOCK + 5])
def test_a_moved_and_a_copied_output_get_the_digest_a_rehash_gives(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    store = ArtifactStore(tmp_path / "store")
    moved_source = tmp_path / "moved"
    moved_source.mkdir()
    (moved_source / "data.bin").write_bytes(data)
    copied_source = tmp_path / "copied"
    copied_source.mkdir()
    (copied_source / "data.bin").write_bytes(data)
    os.link(copied_source / "data.bin", tmp_path / "second-name")  # two links: copied, not moved

    moved = store.put_directory(moved_source, port_type="AnyFile")
    copied = store.put_directory(copied_source, port_type="AnyFile")

    assert moved == copied
    assert directory_digest(store.path(moved))[0] == moved
    assert (store.path(moved) / "data.bin").read_bytes() == data


def test_an_output_the_store_holds_already_is_not_staged_again(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path / "store")
    for name in ("first", "second"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "data.bin").write_bytes(b"the same small output")
    first = store.put_directory(tmp_path / "first", port_type="AnyFile")
    stored = (store.path(first) / "data.bin").stat()

    second = store.put_directory(tmp_path / "second", port_type="AnyFile", remove_source=False)

    assert second == first
    assert (store.path(first) / "data.bin").stat().st_ino == stored.st_ino, "the stored artifact was replaced"
    assert (tmp_path / "second" / "data.bin").read_bytes() == b"the same small output", "the source was taken"
    assert list((tmp_path / "store" / "staging").iterdir()) == []


def test_an_output_like_a_changed_artifact_replaces_it_rather_than_being_taken_for_it(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path / "store")
    (tmp_path / "first").mkdir()
    (tmp_path / "first" / "data.bin").write_bytes(b"original")
    digest = store.put_directory(tmp_path / "first", port_type="AnyFile")
    stored = store.path(digest) / "data.bin"
    stored.chmod(0o644)
    stored.write_bytes(b"tampered")  # changed on disk after it was stored
    (tmp_path / "again").mkdir()
    (tmp_path / "again" / "data.bin").write_bytes(b"original")

    assert store.put_directory(tmp_path / "again", port_type="AnyFile") == digest

    assert (store.path(digest) / "data.bin").read_bytes() == b"original"
