"""The SDK's source snapshots: what is left out, the caps, links, and a digest equal to
the one the server's artifact store gives the same files."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from pipewright import PipewrightError
from pipewright.snapshot import DEFAULT_EXCLUDES, compile_patterns, is_excluded, take_snapshot

from runner.artifacts import directory_digest


def project(root: Path) -> Path:
    files = {
        "train.py": "import helpers\n",
        "helpers.py": "def f():\n    return 1\n",
        "pkg/__init__.py": "",
        "pkg/model.py": "W = 2\n",
        "pkg/__pycache__/model.cpython-311.pyc": "bytecode",
        ".git/HEAD": "ref: refs/heads/main\n",
        ".venv/lib/site.py": "",
        "notebooks/.ipynb_checkpoints/a.ipynb": "{}",
        "node_modules/x/index.js": "",
        ".DS_Store": "",
        "data/big.csv": "a,b\n",
        "data/keep.csv": "a,b\n",
        "stray.pyc": "",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_default_excludes_a_pwignore_and_exclude_leave_files_out(tmp_path: Path) -> None:
    root = project(tmp_path / "src")
    assert take_snapshot(root).names() == [
        "data/big.csv",
        "data/keep.csv",
        "helpers.py",
        "pkg/__init__.py",
        "pkg/model.py",
        "train.py",
    ]
    (root / ".pwignore").write_text("# data the step downloads itself\ndata/big.csv\n")
    names = take_snapshot(root, exclude=["pkg/"]).names()
    assert names == [".pwignore", "data/keep.csv", "helpers.py", "train.py"]


def test_patterns_match_like_gitignore() -> None:
    patterns = compile_patterns(["build/", "*.log", "data/*.csv", "**/secret*"])
    assert is_excluded("build", True, patterns) and is_excluded("a/build", True, patterns)
    assert not is_excluded("build", False, patterns)  # a trailing / means folders only
    assert is_excluded("x/y/run.log", False, patterns)
    assert is_excluded("data/a.csv", False, patterns) and not is_excluded("data/x/a.csv", False, patterns)
    assert not is_excluded("other/data/a.csv", False, patterns)  # a / anchors the pattern
    assert is_excluded("deep/down/secret.txt", False, patterns)
    assert is_excluded("__pycache__", True, compile_patterns(list(DEFAULT_EXCLUDES)))
    with pytest.raises(PipewrightError, match="negation"):
        compile_patterns(["!keep.py"])


def test_the_digest_is_the_artifact_stores_digest_of_the_files_under_src(tmp_path: Path) -> None:
    root = project(tmp_path / "src")
    snapshot = take_snapshot(root)
    # What the server stores: the archive's files under src/, hashed by the store's rule.
    stored = tmp_path / "stored"
    with zipfile.ZipFile(io.BytesIO(snapshot.archive())) as bundle:
        bundle.extractall(stored / "src")
    assert directory_digest(stored)[0] == snapshot.digest
    # The same content elsewhere is the same snapshot, archive bytes included; one changed byte is not.
    copy = shutil.copytree(root, tmp_path / "copy")
    assert take_snapshot(copy).digest == snapshot.digest and take_snapshot(copy).archive() == snapshot.archive()
    (copy / "helpers.py").write_text("def f():\n    return 2\n")
    assert take_snapshot(copy).digest != snapshot.digest
    # An excluded file changes nothing.
    (root / "pkg" / "__pycache__" / "helpers.cpython-311.pyc").write_text("more bytecode")
    assert take_snapshot(root).digest == snapshot.digest


def test_a_file_over_the_stores_block_size_gets_the_stores_digest_too(tmp_path: Path) -> None:
    # A server with a raised SNAPSHOT_MAX_MB may take a file the store hashes in blocks.
    root = tmp_path / "src"
    root.mkdir()
    (root / "weights.bin").write_bytes(os.urandom(33 << 20))
    (root / "train.py").write_text("print(1)\n")
    snapshot = take_snapshot(root, max_bytes=64 << 20)
    stored = tmp_path / "stored"
    with zipfile.ZipFile(io.BytesIO(snapshot.archive())) as bundle:
        bundle.extractall(stored / "src")
    assert directory_digest(stored)[0] == snapshot.digest


def test_over_the_caps_is_an_error_naming_the_size_and_largest_files(tmp_path: Path) -> None:
    root = project(tmp_path / "src")
    (root / "data" / "weights.bin").write_bytes(b"\0" * 3000)
    over = r"holds 3\d+ bytes in 7 files, over the snapshot limit of 2000 bytes"
    with pytest.raises(PipewrightError, match=over) as caught:
        take_snapshot(root, max_bytes=2000)
    assert "largest: data/weights.bin (3000 bytes)" in str(caught.value)
    with pytest.raises(PipewrightError, match="more than 3 files"):
        take_snapshot(root, max_files=3)


def test_a_symbolic_link_is_refused_by_name(tmp_path: Path) -> None:
    root = project(tmp_path / "src")
    os.symlink("/etc/passwd", root / "passwords")
    with pytest.raises(PipewrightError, match="passwords is a symbolic link"):
        take_snapshot(root)
    assert take_snapshot(root, exclude=["passwords"]).names()[0] == "data/big.csv"
    os.symlink(root / "pkg", root / "linked")
    with pytest.raises(PipewrightError, match="linked is a symbolic link"):
        take_snapshot(root, exclude=["passwords"])
