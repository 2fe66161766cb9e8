"""The module catalogue as the graph code sees it: specs, statuses and digests by version.

The Django module registry implements `Catalog` over the database; `DictCatalog` is the
in-memory implementation used by tests, the CLI and anything that already holds the
entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from designer.graph.spec import MODULE_STATUSES, ModuleSpec


@dataclass(frozen=True)
class CatalogEntry:
    spec: ModuleSpec
    status: str  # active | deprecated | disabled
    # Digest of the module's code (built-in source or custom script) and of its
    # environment (requirements / image). Both go into cache keys, so they must change
    # whenever behaviour can change, and only then.
    code_digest: str
    environment_digest: str

    def __post_init__(self) -> None:
        if self.status not in MODULE_STATUSES:
            raise ValueError(
                f"module {self.spec.slug} {self.spec.version}: unknown status {self.status!r} "
                f"(expected one of {', '.join(MODULE_STATUSES)})"
            )

    @property
    def slug(self) -> str:
        return self.spec.slug

    @property
    def version(self) -> str:
        return self.spec.version


class Catalog(Protocol):
    def versions(self, slug: str) -> Sequence[str]:
        """Every version of the module, whatever its status, oldest first.

        Empty means the module is unknown.
        """
        ...

    def get(self, slug: str, version: str | None) -> CatalogEntry | None:
        """One module version; `version=None` means the module's default version.

        None when the module or version is unknown, or when the module has no default.
        """
        ...


_SEMVER = re.compile(
    r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?"
    r"(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?",
    re.ASCII,
)

# (is_semver, major, minor, patch, is_release, prerelease identifiers, raw text)
SemverKey = tuple[int, int, int, int, int, tuple[tuple[int, int, str], ...], str]


def is_semver(version: str) -> bool:
    return _SEMVER.fullmatch(version) is not None


def semver_key(version: str) -> SemverKey:
    """A sort key that orders versions by semver precedence.

    Pre-releases sort below their release (1.0.0-rc.1 < 1.0.0); numeric pre-release
    identifiers sort below alphanumeric ones, as semver.org says. Strings that are not
    semver sort below every real version (by text), so a bad registry row cannot become
    the default. The raw text is the final tie-breaker (build metadata), keeping the
    order total and stable.
    """
    match = _SEMVER.fullmatch(version)
    if match is None:
        return (0, 0, 0, 0, 0, (), version)
    major, minor, patch, pre = match.group(1, 2, 3, 4)
    identifiers: tuple[tuple[int, int, str], ...] = ()
    if pre:
        identifiers = tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in pre.split("."))
    return (1, int(major), int(minor), int(patch), 0 if pre else 1, identifiers, version)


class DictCatalog:
    """A `Catalog` over a fixed set of entries.

    The default version of a module is the one named in `defaults` unless that version
    is disabled (or unknown); otherwise the highest semver version that is not disabled. Disabling a
    version should not break every pipeline that asked for "the default", as long as
    another usable version exists. A module whose versions are all disabled falls back
    to its highest version, so validation can say "disabled" instead of "unknown".
    """

    def __init__(
        self,
        entries: Iterable[CatalogEntry],
        defaults: Mapping[str, str] | None = None,
    ) -> None:
        self._entries: dict[str, dict[str, CatalogEntry]] = {}
        for entry in entries:
            by_version = self._entries.setdefault(entry.slug, {})
            if entry.version in by_version:
                raise ValueError(f"duplicate catalog entry {entry.slug} {entry.version}")
            by_version[entry.version] = entry
        # Sorted once: validation asks for every node of every graph.
        self._ordered: dict[str, tuple[str, ...]] = {
            slug: tuple(sorted(by_version, key=semver_key)) for slug, by_version in self._entries.items()
        }
        # A default naming a version this catalog does not hold (say, a registry row
        # filtered out for this workspace) is ignored rather than fatal: one stale
        # pointer must not break validation of every pipeline.
        self._defaults: dict[str, str] = {
            slug: version for slug, version in (defaults or {}).items() if version in self._entries.get(slug, {})
        }

    def slugs(self) -> list[str]:
        return sorted(self._entries)

    def entries(self) -> Iterator[CatalogEntry]:
        for slug in self.slugs():
            for version in self.versions(slug):
                yield self._entries[slug][version]

    def versions(self, slug: str) -> Sequence[str]:
        return self._ordered.get(slug, ())

    def default_version(self, slug: str) -> str | None:
        by_version = self._entries.get(slug)
        if not by_version:
            return None
        explicit = self._defaults.get(slug)
        if explicit is not None and by_version[explicit].status != "disabled":
            return explicit
        ordered = self.versions(slug)
        usable = [v for v in ordered if by_version[v].status != "disabled"]
        return (usable or ordered)[-1]

    def get(self, slug: str, version: str | None) -> CatalogEntry | None:
        if version is None:
            version = self.default_version(slug)
            if version is None:
                return None
        return self._entries.get(slug, {}).get(version)
