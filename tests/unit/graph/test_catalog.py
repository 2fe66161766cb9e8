from __future__ import annotations

import pytest

from designer.graph import CatalogEntry, DictCatalog, ModuleSpec, is_semver, semver_key


def make_entry(version: str, status: str = "active", slug: str = "m") -> CatalogEntry:
    spec = ModuleSpec(slug=slug, version=version, name="M", category="Test")
    return CatalogEntry(spec=spec, status=status, code_digest="c", environment_digest="e")


def test_it_orders_versions_by_semver_not_by_text() -> None:
    catalog = DictCatalog([make_entry(v) for v in ("1.10.0", "1.2.0", "1.9.3", "0.1.0")])

    assert list(catalog.versions("m")) == ["0.1.0", "1.2.0", "1.9.3", "1.10.0"]


def test_it_sorts_prereleases_below_their_release() -> None:
    versions = ["1.0.0", "1.0.0-rc.1", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta.2"]

    assert sorted(versions, key=semver_key) == [
        "1.0.0-alpha",
        "1.0.0-alpha.1",
        "1.0.0-alpha.beta",
        "1.0.0-beta.2",
        "1.0.0-rc.1",
        "1.0.0",
    ]


def test_it_sorts_non_semver_strings_below_every_real_version() -> None:
    assert sorted(["0.0.1", "latest", "1.0"], key=semver_key) == ["1.0", "latest", "0.0.1"]


@pytest.mark.parametrize("version", ["1.0", "01.0.0", "1.0.0\n", "v1.0.0", "1.0.0-", "1.0.0-01"])
def test_it_knows_what_is_not_semver(version: str) -> None:
    assert not is_semver(version)


@pytest.mark.parametrize("version", ["0.0.0", "1.2.3", "1.0.0-rc.1", "1.0.0+build.5", "10.20.30-alpha-1.0+x"])
def test_it_knows_what_is_semver(version: str) -> None:
    assert is_semver(version)


def test_an_unknown_module_has_no_versions() -> None:
    catalog = DictCatalog([make_entry("1.0.0")])

    assert list(catalog.versions("nope")) == []
    assert catalog.get("nope", None) is None
    assert catalog.get("nope", "1.0.0") is None


def test_the_default_is_the_highest_version_that_is_not_disabled() -> None:
    catalog = DictCatalog([make_entry("1.0.0"), make_entry("1.1.0", "deprecated"), make_entry("2.0.0", "disabled")])

    default = catalog.get("m", None)

    assert default is not None
    assert default.version == "1.1.0"


def test_an_explicit_default_wins_over_a_higher_version() -> None:
    catalog = DictCatalog([make_entry("1.0.0"), make_entry("2.0.0")], defaults={"m": "1.0.0"})

    assert catalog.default_version("m") == "1.0.0"


def test_a_disabled_explicit_default_falls_back_to_the_highest_usable_version() -> None:
    catalog = DictCatalog(
        [make_entry("1.0.0"), make_entry("1.5.0"), make_entry("2.0.0", "disabled")], defaults={"m": "2.0.0"}
    )

    assert catalog.default_version("m") == "1.5.0"


def test_a_default_naming_an_unknown_version_is_ignored() -> None:
    catalog = DictCatalog([make_entry("1.0.0")], defaults={"m": "9.9.9", "other": "1.0.0"})

    assert catalog.default_version("m") == "1.0.0"


def test_a_module_with_every_version_disabled_defaults_to_its_highest_one() -> None:
    # So validation can say "disabled" rather than pretend the module does not exist.
    catalog = DictCatalog([make_entry("1.0.0", "disabled"), make_entry("1.1.0", "disabled")])

    default = catalog.get("m", None)

    assert default is not None
    assert default.version == "1.1.0"


def test_it_returns_a_specific_version_whatever_its_status() -> None:
    catalog = DictCatalog([make_entry("1.0.0", "disabled"), make_entry("2.0.0")])

    found = catalog.get("m", "1.0.0")

    assert found is not None
    assert found.status == "disabled"


def test_it_refuses_two_entries_for_one_version() -> None:
    with pytest.raises(ValueError, match=r"duplicate catalog entry m 1\.0\.0"):
        DictCatalog([make_entry("1.0.0"), make_entry("1.0.0")])


def test_an_entry_with_an_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown status 'retired'"):
        make_entry("1.0.0", "retired")


def test_it_lists_its_slugs_and_entries_in_order() -> None:
    catalog = DictCatalog([make_entry("2.0.0", slug="b"), make_entry("1.0.0", slug="b"), make_entry("1.0.0", slug="a")])

    assert catalog.slugs() == ["a", "b"]
    assert [(e.slug, e.version) for e in catalog.entries()] == [("a", "1.0.0"), ("b", "1.0.0"), ("b", "2.0.0")]
