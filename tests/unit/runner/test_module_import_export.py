"""import_data and export_data inside the step: the engine supplies and records the data."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from runner.modules.export_data import export_data
from runner.modules.import_data import import_data
from runner.step_runtime import ModuleError, StepContext


def context(tmp_path: Path, **params: object) -> StepContext:
    return StepContext(params=params, workdir=tmp_path, control=None)


def test_import_data_hands_on_the_dataset_the_engine_resolved(tmp_path: Path) -> None:
    frame = pd.DataFrame({"a": [1, 2]})
    assert import_data(context(tmp_path, dataset="prices", version=0), source=frame)["dataset"] is frame


def test_import_data_without_a_resolved_source_names_the_dataset(tmp_path: Path) -> None:
    with pytest.raises(ModuleError, match=r"'prices'\) was not resolved"):
        import_data(context(tmp_path, dataset="prices", version=0, path=""))


def test_export_data_accepts_a_dataset_and_logs_what_it_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export_data(context(tmp_path, destination="clean prices"), dataset=pd.DataFrame({"a": [1]})) == {}
    assert "exporting 1 rows x 1 columns as dataset 'clean prices'" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["", "  ", "../etc", "x" * 300])
def test_export_data_refuses_a_bad_destination_name(tmp_path: Path, name: str) -> None:
    with pytest.raises(ModuleError, match="parameter 'destination'"):
        export_data(context(tmp_path, destination=name), dataset=pd.DataFrame({"a": [1]}))


def test_export_data_refuses_a_dataset_without_columns(tmp_path: Path) -> None:
    with pytest.raises(ModuleError, match="no columns"):
        export_data(context(tmp_path, destination="empty"), dataset=pd.DataFrame())


def test_import_data_reads_each_file_format(tmp_path: Path) -> None:
    frame = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    frame.to_csv(tmp_path / "t.csv", index=False)
    frame.to_csv(tmp_path / "t.tsv", index=False, sep="\t")
    frame.to_parquet(tmp_path / "t.parquet", index=False)
    frame.to_json(tmp_path / "t.jsonl", orient="records", lines=True)
    for name in ("t.csv", "t.tsv", "t.parquet", "t.jsonl"):
        got = import_data(context(tmp_path, format="auto", path=name), source_file=tmp_path / name)["dataset"]
        pd.testing.assert_frame_equal(got, frame, check_dtype=False)


def test_import_data_explains_a_broken_or_unknown_file(tmp_path: Path) -> None:
    (tmp_path / "broken.parquet").write_bytes(b"not parquet")
    with pytest.raises(ModuleError, match=r"could not read broken\.parquet as parquet"):
        import_data(context(tmp_path, format="auto"), source_file=tmp_path / "broken.parquet")
    (tmp_path / "data.bin").write_bytes(b"1,2")
    with pytest.raises(ModuleError, match=r"cannot tell the format of 'data\.bin'"):
        import_data(context(tmp_path, format="auto"), source_file=tmp_path / "data.bin")
