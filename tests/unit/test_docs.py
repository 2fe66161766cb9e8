"""The documents in the repository say what the code does: the module catalogue is the
one the specs render, and every document that code or docs cite exists."""

from __future__ import annotations

import dataclasses
import difflib
import re
import subprocess
from pathlib import Path

import pytest

from runner.catalogue import CATALOGUE_PATH, REGENERATE_COMMAND, builtin_catalogue, render_catalogue
from runner.modules import BUILTIN_MODULES, builtin_specs

ROOT = Path(__file__).resolve().parent.parent.parent


def _first_difference(expected: str, actual: str) -> str:
    diff = difflib.unified_diff(
        actual.splitlines(), expected.splitlines(), "committed", "rendered from the specs", lineterm="", n=1
    )
    return "\n".join(list(diff)[:20])


def test_the_committed_module_catalogue_is_the_one_the_specs_render() -> None:
    committed = (ROOT / CATALOGUE_PATH).read_text(encoding="utf-8")
    rendered = builtin_catalogue()
    assert committed == rendered, (
        f"{CATALOGUE_PATH} differs from the module specs; regenerate it with `{REGENERATE_COMMAND}`\n"
        + _first_difference(rendered, committed)
    )


def test_the_catalogue_documents_every_module_port_and_parameter_in_catalogue_order() -> None:
    text = builtin_catalogue()
    headings = re.findall(r"^### (\S+)$", text, flags=re.MULTILINE)
    assert headings == list(BUILTIN_MODULES)
    sections = dict(zip(headings, re.split(r"^### \S+$", text, flags=re.MULTILINE)[1:], strict=True))
    for spec in builtin_specs():
        section = sections[spec.slug]
        assert f"**{spec.name}** · version {spec.version}" in section
        for port in (*spec.inputs, *spec.outputs):
            assert f"| `{port.name}` | `{port.type}`" in section, (spec.slug, port.name)
        for param in spec.params:
            assert f"| `{param.name}` | `{param.type}`" in section, (spec.slug, param.name)


def test_a_changed_spec_changes_the_catalogue_where_it_changed() -> None:
    specs = builtin_specs()
    split = next(i for i, spec in enumerate(specs) if spec.slug == "split_data")
    fraction = specs[split].param("fraction")
    assert fraction is not None
    changed = dataclasses.replace(fraction, default=0.8, max=0.9)
    params = tuple(changed if p.name == "fraction" else p for p in specs[split].params)
    specs[split] = dataclasses.replace(specs[split], params=params)

    before, after = render_catalogue(builtin_specs()), render_catalogue(specs)

    removed = [line for line in before.splitlines() if line not in after.splitlines()]
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert removed == ["| `fraction` | `float` | `0.7` | 0 to 1 | Fraction of rows in the first output (train). |"]
    assert added == ["| `fraction` | `float` | `0.8` | 0 to 0.9 | Fraction of rows in the first output (train). |"]


def test_text_from_specs_cannot_break_the_tables() -> None:
    spec = dataclasses.replace(
        builtin_specs()[0],
        description="Names columns '<column>-<value>'; see `a <b>`.",
        params=(
            dataclasses.replace(
                builtin_specs()[0].params[0], help="one | two\nthree <i>", choices=("a|b", "c`d"), default="a|b"
            ),
        ),
    )
    text = render_catalogue([spec])
    assert "Names columns '&lt;column&gt;-&lt;value&gt;'; see `a <b>`." in text
    row = next(line for line in text.splitlines() if line.startswith(f"| `{spec.params[0].name}`"))
    cells = re.split(r"(?<!\\)\|", row)[1:-1]
    assert len(cells) == 5, row  # whatever the text holds
    assert "one \\| two three &lt;i&gt;" in row
    assert "`` c`d ``" in row


# --------------------------------------------------------------------------- cited documents

# A document named in code or docs: a path or a bare name ending in .md.
_CITED = re.compile(r"[A-Za-z0-9_./-]+\.md\b")
# A relative Markdown link to a document, and the heading it points at.
_LINK = re.compile(r"\]\((?!https?:)([^)\s#]*\.md)?(?:#([^)\s]+))?\)")


def _tracked_files(*patterns: str) -> list[Path]:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--", *patterns], cwd=ROOT, capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: the tracked files are unknown")
    return [ROOT / name for name in listed.decode().split("\0") if name]


def _anchors(markdown: str) -> set[str]:
    """The ids GitHub gives the headings of a document."""
    anchors = set()
    for heading in re.findall(r"^#{1,6} (.+)$", markdown, flags=re.MULTILINE):
        anchors.add(re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-"))
    return anchors


def test_every_document_cited_in_code_or_docs_is_in_the_repository() -> None:
    tracked = _tracked_files("*.py", "*.ts", "*.tsx", "*.md")
    names = {path.name for path in _tracked_files("*.md")}
    missing = []
    for path in tracked:
        for cited in set(_CITED.findall(path.read_text(encoding="utf-8"))):
            candidates = [ROOT / cited, path.parent / cited]
            if not any(c.is_file() for c in candidates) and not ("/" not in cited and cited in names):
                missing.append(f"{path.relative_to(ROOT)} cites {cited}")
    assert not missing, "documents cited but not in the repository:\n" + "\n".join(missing)


def test_every_link_between_documents_reaches_a_heading_that_exists() -> None:
    broken = []
    for path in _tracked_files("*.md"):
        for target, anchor in _LINK.findall(path.read_text(encoding="utf-8")):
            document = (path.parent / target) if target else path
            if not document.is_file():
                broken.append(f"{path.relative_to(ROOT)} links to {target}, which does not exist")
            elif anchor and anchor not in _anchors(document.read_text(encoding="utf-8")):
                broken.append(f"{path.relative_to(ROOT)} links to {target}#{anchor}: no such heading")
    assert not broken, "\n".join(broken)
