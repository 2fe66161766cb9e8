"""What the model modules share: algorithm definitions, feature preparation, metrics and
the scored-frame conventions.

Features. A dataset trains a model with one label column; every other column is a
feature. With `prepare_features` on (the default of the training modules since 1.1.0),
text, category and true/false columns and missing values are handled by scikit-learn
inside the trained model (see `FeaturePreparation`): the stored estimator is then a
Pipeline of a ColumnTransformer (median imputation for numbers; a "(missing)" category
and one-hot encoding that ignores unseen values for the others) and the learner, and
meta.json records the columns of each kind under "preparation", so Score Model (and
through it every endpoint) hands the model the same columns the same way. When nothing
needs preparing, or with the parameter off (and for nodes pinned to 1.0.0, which lack
it), the model is the bare learner on float64 features, as before: numeric and boolean
columns only, complete; any other column fails the step naming it (Convert to
Indicator Values makes 0/1 columns out of categories), and so do missing or infinite
values (Clean Missing Data).

Scored frames (score_model's output) carry these columns:
  "Scored Labels"                  the predicted class, or the predicted number
  "Scored Probabilities"           classification only: two classes: the probability of
                                   the positive class, classes[1]; more classes: the
                                   probability of the scored label (the largest one)
  "Scored Probabilities_<class>"   more than two classes: one per class, in class order
and frame.attrs["pipewright"] = {"task", "label_column", "classes", "positive_class",
"score_columns", "probability_columns"} (JSON values; see scored_attrs), which Parquet
keeps, so a downstream step reads it back with scored_info(frame).
"""

from __future__ import annotations

import importlib
import json
import math
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from pandas.api import types as ptypes

from designer.graph.params import check_value
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import list_names, require_columns, require_rows
from runner.step_runtime import ModelArtifact, ModuleError, StepContext, describe_exception, to_json_safe

if TYPE_CHECKING:
    from sklearn.model_selection import KFold, StratifiedKFold

CLASSIFICATION = "classification"
REGRESSION = "regression"
CLUSTERING = "clustering"

# The algorithm modules; tune_hyperparameters finds an UntrainedModel's algorithm here.
ALGORITHM_SLUGS: tuple[str, ...] = (
    "logistic_regression",
    "decision_forest_classifier",
    "boosted_tree_classifier",
    "svm_classifier",
    "linear_regression",
    "decision_forest_regressor",
    "boosted_tree_regressor",
    "kmeans",
)

SCORED_LABELS = "Scored Labels"
SCORED_PROBABILITIES = "Scored Probabilities"
ATTRS_KEY = "pipewright"

CLASSIFICATION_METRICS: tuple[str, ...] = ("accuracy", "precision", "recall", "f1", "auc", "log_loss")
REGRESSION_METRICS: tuple[str, ...] = ("mae", "rmse", "r2")
LOWER_IS_BETTER = frozenset({"log_loss", "mae", "rmse"})
PROBABILITY_METRICS = frozenset({"auc", "log_loss"})

SEED_PARAM = ParamSpec("seed", "int", default=42, min=0, max=2**32 - 1, help="Random seed, so training is repeatable.")
LABEL_PARAM = ParamSpec(
    "label_column",
    "string",
    default="label",
    required=True,
    help="The column to predict. Every other column is a feature.",
)
PREPARE_PARAM = ParamSpec(
    "prepare_features",
    "bool",
    default=True,
    help=(
        "On: text, category and true/false columns are one-hot encoded (a value training never saw "
        "counts as none of the known ones) and missing values are filled (numbers: the median; other "
        "columns: a category of their own), by scikit-learn inside the trained model, so scoring "
        "applies exactly the same; the log lists what was done per column. Off: every feature must be "
        "numeric or true/false and complete, as with Clean Missing Data and Convert to Indicator "
        "Values before."
    ),
)


def log(message: str) -> None:
    """A line in the step's log (its stderr)."""
    print(message, file=sys.stderr, flush=True)


def _plural(names: Sequence[object], one: str, many: str) -> str:
    quoted = ", ".join(f"'{n}'" for n in names[:20])
    if len(names) > 20:
        quoted += f", ... ({len(names) - 20} more)"
    return f"{one if len(names) == 1 else many} {quoted}"


# ---------------------------------------------------------------------------------
# Parameters


def coerce_param(spec: ParamSpec, value: Any, where: str) -> Any:
    """`value` checked against `spec` (type, range, choices) and converted to its type by
    the one parameter rule (designer.graph.params); `where` starts the error message
    ("parameter 'C'")."""
    checked = check_value(spec, value)
    if not checked.ok:
        raise ModuleError(f"{where} {checked.step_reason}")
    return checked.value


def read_params(params: Mapping[str, Any], specs: Iterable[ParamSpec]) -> dict[str, Any]:
    """Every parameter in `specs`, checked; a missing one takes its default."""
    return {
        spec.name: coerce_param(spec, params.get(spec.name, spec.default), f"parameter '{spec.name}'") for spec in specs
    }


# ---------------------------------------------------------------------------------
# Algorithms


@dataclass(frozen=True)
class Algorithm:
    """One algorithm module: its hyper-parameters, how they make an unfitted
    scikit-learn estimator, and the values tune_hyperparameters tries by default."""

    slug: str
    name: str
    task: str
    description: str
    hyperparameters: tuple[ParamSpec, ...]
    build: Callable[[Mapping[str, Any]], Any]
    default_sweep: Mapping[str, Sequence[Any]]
    keywords: tuple[str, ...] = ()

    @property
    def sweepable(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.hyperparameters if p.name != "seed")

    def spec(self) -> ModuleSpec:
        example = json.dumps(dict(self.default_sweep))
        sweep = ParamSpec(
            "sweep",
            "text",
            default=example,
            help=(
                "Sweep ranges for Tune Model Hyperparameters: a JSON object from hyper-parameter name to "
                f"the list of values to try, e.g. {example}. Hyper-parameters left out keep the "
                f"value set here. Sweepable: {', '.join(self.sweepable)}."
            ),
        )
        return ModuleSpec(
            slug=self.slug,
            version="1.0.0",
            name=self.name,
            category="Algorithms",
            description=self.description,
            outputs=(
                PortSpec(
                    "model",
                    "UntrainedModel",
                    description=f"An untrained {self.task} model, for Train Model, Tune Model Hyperparameters "
                    "or Cross Validate Model."
                    if self.task != CLUSTERING
                    else "An untrained clustering model, for Train Clustering Model.",
                ),
            ),
            params=(*self.hyperparameters, sweep),
            entrypoint=f"runner.modules.{self.slug}:{self.slug}",
            keywords=self.keywords,
        )

    def read_params(self, params: Mapping[str, Any]) -> dict[str, Any]:
        return read_params(params, self.hyperparameters)

    def read_sweep(self, value: object) -> dict[str, list[Any]]:
        """The sweep ranges, from JSON text (the parameter) or a dict (a model's meta)."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return {}
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise ModuleError(
                    f"parameter 'sweep' is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno}); "
                    f"expected an object like {json.dumps(dict(self.default_sweep))}"
                ) from None
        if not isinstance(value, Mapping):
            raise ModuleError(
                "parameter 'sweep' must be a JSON object from hyper-parameter name to a list of values; "
                f"got {type(value).__name__}"
            )
        specs = {p.name: p for p in self.hyperparameters if p.name in self.sweepable}
        unknown = [str(name) for name in value if name not in specs]
        if unknown:
            raise ModuleError(
                f"parameter 'sweep': unknown hyper-parameter{'s' if len(unknown) > 1 else ''} "
                f"{', '.join(unknown)}; sweepable: {', '.join(self.sweepable)}"
            )
        sweep: dict[str, list[Any]] = {}
        for name, values in value.items():
            if not isinstance(values, list) or not values:
                raise ModuleError(
                    f"parameter 'sweep': '{name}' must be a non-empty list of values, like [1, 2]; got "
                    f"{json.dumps(to_json_safe(values))}"
                )
            checked = [coerce_param(specs[name], v, f"parameter 'sweep': {name} value") for v in values]
            sweep[name] = list(dict.fromkeys(checked))
        return sweep

    def untrained(self, ctx: StepContext) -> ModelArtifact:
        params = self.read_params(ctx.params)
        sweep = self.read_sweep(ctx.params.get("sweep", json.dumps(dict(self.default_sweep))))
        meta = {"algorithm": self.slug, "task": self.task, "params": params, "sweep": sweep}
        return ModelArtifact(model=self.build(params), meta=meta)


def find_algorithm(slug: str) -> Algorithm | None:
    if slug not in ALGORITHM_SLUGS:
        return None
    algorithm = getattr(importlib.import_module(f"runner.modules.{slug}"), "ALGORITHM", None)
    return algorithm if isinstance(algorithm, Algorithm) else None


def infer_task(estimator: object) -> str:
    from sklearn.base import is_classifier, is_clusterer, is_regressor

    if is_classifier(estimator):
        return CLASSIFICATION
    if is_regressor(estimator):
        return REGRESSION
    if is_clusterer(estimator):
        return CLUSTERING
    raise ModuleError(
        f"the model ({type(estimator).__name__}) is not a scikit-learn classifier, regressor or clustering model"
    )


@dataclass(frozen=True)
class Recipe:
    """What an UntrainedModel input describes: the algorithm, its task, its
    hyper-parameters and sweep ranges, and how to make an estimator with other values."""

    algorithm: str
    task: str
    params: dict[str, Any]
    sweep: dict[str, list[Any]]
    estimator: Any
    build: Callable[[Mapping[str, Any]], Any]


def recipe_of(artifact: object, *, port: str = "model") -> Recipe:
    from sklearn.base import clone

    if not isinstance(artifact, ModelArtifact):
        raise ModuleError(f"input '{port}' is not a model")
    estimator = artifact.model
    if not (callable(getattr(estimator, "fit", None)) and callable(getattr(estimator, "get_params", None))):
        raise ModuleError(f"input '{port}' is not a scikit-learn estimator; got {type(estimator).__name__}")
    meta = artifact.meta or {}
    algorithm = find_algorithm(str(meta.get("algorithm", "")))
    if algorithm is not None:
        return Recipe(
            algorithm=algorithm.slug,
            task=algorithm.task,
            params=algorithm.read_params(meta.get("params") or {}),
            sweep=algorithm.read_sweep(meta.get("sweep")),
            estimator=estimator,
            build=algorithm.build,
        )
    # Any other scikit-learn estimator (e.g. from a custom module): its sweep ranges, if
    # any, name its own parameters.
    task = str(meta.get("task") or infer_task(estimator))
    own = set(estimator.get_params(deep=True))
    sweep = meta.get("sweep") or {}
    if not isinstance(sweep, Mapping) or not all(isinstance(v, list) and v for v in sweep.values()):
        raise ModuleError(f"input '{port}': the model's sweep ranges must map parameter names to lists of values")
    unknown = sorted(str(name) for name in sweep if name not in own)
    if unknown:
        raise ModuleError(
            f"input '{port}': the sweep names parameters {type(estimator).__name__} does not have: "
            f"{', '.join(unknown)}; available: {list_names(sorted(own))}"
        )

    def build(params: Mapping[str, Any]) -> Any:
        return clone(estimator).set_params(**params)

    return Recipe(
        algorithm=str(meta.get("algorithm") or type(estimator).__name__),
        task=task,
        params={},
        sweep={str(k): list(v) for k, v in sweep.items()},
        estimator=estimator,
        build=build,
    )


def require_supervised(recipe: Recipe, module: str) -> None:
    if recipe.task == CLUSTERING:
        raise ModuleError(
            f"{recipe.algorithm} is a clustering model, which has no label to learn: train it with "
            f"train_clustering_model instead of {module}"
        )


# ---------------------------------------------------------------------------------
# Features and labels


def feature_frame(frame: pd.DataFrame, columns: Sequence[str], *, port: str) -> pd.DataFrame:
    """The feature columns as float64, or a ModuleError naming the columns at fault."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ModuleError(
            f"input {port} lacks {_plural(missing, 'the feature column', 'the feature columns')} the model "
            f"needs; available: {list_names(frame.columns) or '(none)'}"
        )
    non_numeric = [c for c in columns if not ptypes.is_numeric_dtype(frame[c]) or ptypes.is_complex_dtype(frame[c])]
    if non_numeric:
        described = ", ".join(f"'{c}' ({frame[c].dtype})" for c in non_numeric[:20])
        many = len(non_numeric) > 1
        raise ModuleError(
            f"feature column{'s' if many else ''} {described} in input {port} {'are' if many else 'is'} not "
            "numeric: turn categories into 0/1 columns with convert_to_indicators, or drop "
            f"{'them' if many else 'it'} with select_columns"
        )
    features = frame[list(columns)].astype("float64")
    counts = features.isna().sum()
    gaps = [str(c) for c in columns if counts[c] > 0]
    if gaps:
        described = ", ".join(f"'{c}' ({int(counts[c])} of {len(features)} rows)" for c in gaps[:20])
        raise ModuleError(
            f"feature column{'s' if len(gaps) > 1 else ''} {described} in input {port} "
            f"{'have' if len(gaps) > 1 else 'has'} missing values: fill or remove them with clean_missing_data"
        )
    infinite = [str(c) for c, bad in zip(columns, np.isinf(features.to_numpy()).any(axis=0), strict=True) if bad]
    if infinite:
        raise ModuleError(
            f"{_plural(infinite, 'feature column', 'feature columns')} in input {port} "
            f"{'have' if len(infinite) > 1 else 'has'} infinite values; replace them before training"
        )
    return features


def _label_array(series: pd.Series) -> np.ndarray:
    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        series = series.astype(dtype.categories.dtype)
        dtype = series.dtype
    numpy_dtype = getattr(dtype, "numpy_dtype", None)
    if numpy_dtype is not None and (ptypes.is_numeric_dtype(dtype) or ptypes.is_bool_dtype(dtype)):
        return np.asarray(series.to_numpy(dtype=numpy_dtype))
    if ptypes.is_string_dtype(dtype):
        return np.asarray(series.to_numpy(dtype=object))
    return np.asarray(series.to_numpy())


def label_values(frame: pd.DataFrame, label: str, task: str, *, port: str) -> np.ndarray:
    series = frame[label]
    missing = int(series.isna().sum())
    if missing:
        raise ModuleError(
            f"label column '{label}' in input {port} has missing values in {missing} of {len(series)} rows: "
            "remove those rows with clean_missing_data (mode: remove row)"
        )
    if task == REGRESSION:
        if not ptypes.is_numeric_dtype(series) or ptypes.is_complex_dtype(series):
            raise ModuleError(
                f"label column '{label}' in input {port} is not numeric ({series.dtype}): a regression model "
                "predicts numbers; use a classification algorithm to predict categories"
            )
        return np.asarray(series.to_numpy(dtype="float64"))
    values = _label_array(series)
    if ptypes.is_float_dtype(values.dtype) and not np.all(np.mod(values, 1) == 0):
        raise ModuleError(
            f"label column '{label}' in input {port} holds continuous numbers: a classifier predicts "
            "categories; use a regression algorithm, or turn the label into categories first"
        )
    if values.dtype == object and len({type(v) for v in values}) > 1:
        raise ModuleError(
            f"label column '{label}' in input {port} mixes value types "
            f"({', '.join(sorted({type(v).__name__ for v in values}))}); make them all text or all numbers"
        )
    return values


def training_data(
    frame: pd.DataFrame, label: object, task: str, *, port: str
) -> tuple[pd.DataFrame, np.ndarray, list[str]]:
    """(features, label values, feature column names) for a supervised model."""
    features = _training_features(frame, label, port=port)
    assert isinstance(label, str)
    X = feature_frame(frame, features, port=port)
    y = label_values(frame, label, task, port=port)
    _require_classes(y, label, task, port=port)
    return X, y, features


def _training_features(frame: pd.DataFrame, label: object, *, port: str) -> list[str]:
    available = list_names(frame.columns) or "(none)"
    if not isinstance(label, str) or not label.strip():
        raise ModuleError(f"parameter 'label_column' is empty: name the column to predict; available: {available}")
    require_columns(frame, [label], port=port)
    require_rows(frame, port=port)
    features = [str(c) for c in frame.columns if c != label]
    if not features:
        raise ModuleError(
            f"input {port} has no feature columns: every column except the label '{label}' is a feature, "
            "and there are none"
        )
    return features


def _require_classes(y: np.ndarray, label: str, task: str, *, port: str) -> None:
    if task == CLASSIFICATION:
        classes = pd.unique(y)
        if len(classes) < 2:
            raise ModuleError(
                f"label column '{label}' in input {port} has a single class ({classes[0]}); a classifier "
                "needs at least two"
            )


# ---------------------------------------------------------------------------------
# Feature preparation inside the model

# What a missing text or category value becomes before one-hot encoding: a category of
# its own, so the model can learn from "unknown" and a scored row without a value gets
# the same treatment as a training row without one.
MISSING_CATEGORY = "(missing)"
# One-hot columns per feature at most (the rarest values share the last one), so an
# identifier-like text column cannot turn into a column per row.
MAX_CATEGORIES = 100
NUMBER, BOOLEAN, TEXT, CATEGORY = "number", "boolean", "text", "category"


@dataclass(frozen=True)
class FeaturePreparation:
    """How a prepared model reads its feature columns: which are numbers (median
    imputation) and which are categories (a "(missing)" category, then one-hot
    encoding). Recorded in the model's meta.json as `preparation`."""

    numeric: tuple[str, ...]
    categorical: tuple[str, ...]
    kinds: Mapping[str, str]
    missing: Mapping[str, int]

    def to_meta(self) -> dict[str, Any]:
        return {"numeric": list(self.numeric), "categorical": list(self.categorical)}

    @staticmethod
    def from_meta(meta: Mapping[str, Any]) -> FeaturePreparation | None:
        """The preparation a trained model records, or None for a bare learner."""
        recorded = meta.get("preparation")
        if not isinstance(recorded, Mapping):
            return None
        numeric = tuple(str(c) for c in recorded.get("numeric") or ())
        categorical = tuple(str(c) for c in recorded.get("categorical") or ())
        kinds = {**dict.fromkeys(numeric, NUMBER), **dict.fromkeys(categorical, CATEGORY)}
        return FeaturePreparation(numeric=numeric, categorical=categorical, kinds=kinds, missing={})

    def estimator(self, learner: Any) -> Any:
        """The learner behind scikit-learn's own preprocessing, as one estimator."""
        from sklearn.compose import ColumnTransformer
        from sklearn.impute import SimpleImputer
        from sklearn.pipeline import Pipeline
        from sklearn.preprocessing import OneHotEncoder

        categories = Pipeline(
            [
                ("fill", SimpleImputer(strategy="constant", fill_value=MISSING_CATEGORY)),
                (
                    "one_hot",
                    OneHotEncoder(handle_unknown="ignore", max_categories=MAX_CATEGORIES, sparse_output=False),
                ),
            ]
        )
        prepare = ColumnTransformer(
            [
                ("numbers", SimpleImputer(strategy="median", keep_empty_features=True), list(self.numeric)),
                ("categories", categories, list(self.categorical)),
            ],
            remainder="drop",
            sparse_threshold=0.0,
        )
        return Pipeline([("prepare", prepare), ("learner", learner)])

    def describe(self, fitted: Any | None) -> list[str]:
        """One log line per column something was done to, then a summary. With the
        fitted model, the values learnt (medians, categories); without (cross-validation,
        where each fold learns its own), what is done."""
        prepare = fitted.named_steps["prepare"] if fitted is not None else None
        medians: dict[str, float] = {}
        # column: (one-hot columns, values seen), the "(missing)" category not counted
        categories: dict[str, tuple[int, int]] = {}
        if prepare is not None:
            if self.numeric:
                imputer = prepare.named_transformers_["numbers"]
                medians = dict(zip(self.numeric, (float(v) for v in imputer.statistics_), strict=True))
            if self.categorical:
                encoder = prepare.named_transformers_["categories"].named_steps["one_hot"]
                infrequent = getattr(encoder, "infrequent_categories_", None) or [None] * len(self.categorical)
                for column, found, rare in zip(self.categorical, encoder.categories_, infrequent, strict=True):
                    own = int(MISSING_CATEGORY in list(found))
                    kept = len(found) - (0 if rare is None else len(rare) - 1) - own
                    categories[column] = (kept, len(found) - own)
        lines = []
        for column in (c for c in self.kinds if c in self.numeric or c in self.categorical):
            kind, missing = self.kinds[column], int(self.missing.get(column, 0))
            if column in self.numeric:
                if not missing:
                    continue
                if column in medians:
                    lines.append(f"{column}: {missing} missing, filled with the median {medians[column]:.6g}")
                else:
                    lines.append(f"{column}: {missing} missing, filled with the median of the training rows")
                continue
            if column in categories:
                kept, found = categories[column]
                encoded = (
                    f"one-hot ({found} categories)"
                    if kept == found
                    else f"one-hot ({kept - 1} most frequent of {found} categories, the rest as one)"
                )
            else:
                encoded = "one-hot"
            gaps = f"; {missing} missing, encoded as the category '{MISSING_CATEGORY}'" if missing else ""
            lines.append(f"{column}: {kind}, {encoded}{gaps}")
        as_is = [c for c in self.numeric if not self.missing.get(c)]
        summary = (
            f"prepare_features: {len(self.categorical)} column(s) one-hot encoded, "
            f"{sum(1 for c in self.numeric if self.missing.get(c))} numeric column(s) with missing values "
            f"filled, {len(as_is)} numeric column(s) as they are; all inside the model, so scoring does the same "
            "(a value training never saw counts as none of the known ones, a missing number gets the median)"
        )
        return [*lines, summary]


def _feature_kind(series: pd.Series) -> str | None:
    """number, boolean, text or category; None for what a model cannot take (dates)."""
    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return CATEGORY
    if ptypes.is_bool_dtype(dtype):
        return BOOLEAN
    if ptypes.is_numeric_dtype(dtype):
        return None if ptypes.is_complex_dtype(dtype) else NUMBER
    if ptypes.is_object_dtype(dtype) or ptypes.is_string_dtype(dtype):
        inferred = pd.api.types.infer_dtype(series, skipna=True)
        if inferred == "boolean":
            return BOOLEAN
        if inferred in ("integer", "floating", "mixed-integer-float", "decimal"):
            return NUMBER
        if inferred in ("string", "empty", "mixed", "mixed-integer", "bytes"):
            return TEXT
    return None


def plan_preparation(frame: pd.DataFrame, columns: Sequence[str], *, port: str) -> FeaturePreparation | None:
    """What preparing the feature columns takes, or None when they are all numbers or
    booleans without a missing value: then the model stays the bare learner."""
    kinds: dict[str, str] = {}
    unusable: list[str] = []
    for column in columns:
        kind = _feature_kind(frame[column])
        if kind is None:
            unusable.append(column)
        else:
            kinds[column] = kind
    if unusable:
        described = ", ".join(f"'{c}' ({frame[c].dtype})" for c in unusable[:20])
        many = len(unusable) > 1
        raise ModuleError(
            f"feature column{'s' if many else ''} {described} in input {port} cannot be prepared for a model "
            f"(only numbers, text, categories and true/false can): drop {'them' if many else 'it'} with Select "
            "Columns in Dataset, or convert with Edit Metadata"
        )
    missing = {c: int(n) for c, n in frame[list(columns)].isna().sum().items() if n}
    categorical = tuple(c for c in columns if kinds[c] in (TEXT, CATEGORY))
    booleans = tuple(c for c in columns if kinds[c] == BOOLEAN)
    if not categorical and not missing:
        return None
    return FeaturePreparation(
        numeric=tuple(c for c in columns if kinds[c] == NUMBER),
        # true/false columns are categories of two values (three with missing ones).
        categorical=tuple(c for c in columns if c in categorical or c in booleans),
        kinds=kinds,
        missing=missing,
    )


def _as_numbers(frame: pd.DataFrame, columns: Sequence[str], *, port: str) -> pd.DataFrame:
    numbers = {}
    for column in columns:
        series = frame[column]
        converted = pd.to_numeric(series, errors="coerce")
        bad = series[converted.isna() & series.notna()]
        if len(bad):
            raise ModuleError(
                f"feature column '{column}' in input {port} holds {bad.iloc[0]!r}, which is not a number; "
                "the model was trained on numbers in this column"
            )
        numbers[column] = converted.astype("float64")
    return pd.DataFrame(numbers, index=frame.index, columns=list(columns))


def _category_text(value: object) -> object:
    """A category value as text, the same whichever way it arrives: 1, 1.0 and "1" are "1"."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return np.nan
    if isinstance(value, bool | np.bool_):
        return str(bool(value))
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    if isinstance(value, np.generic):
        return str(value.item())
    return str(value)


def prepared_features(frame: pd.DataFrame, preparation: FeaturePreparation, *, port: str) -> pd.DataFrame:
    """The columns a prepared model takes, from any frame with them: numbers as float64,
    the others as text (missing stays missing). Training and Score Model both read
    features through here, so a request's JSON values meet the model as training's did."""
    columns = [*preparation.numeric, *preparation.categorical]
    absent = [c for c in columns if c not in frame.columns]
    if absent:
        raise ModuleError(
            f"input {port} lacks {_plural(absent, 'the feature column', 'the feature columns')} the model "
            f"needs; available: {list_names(frame.columns) or '(none)'}"
        )
    numbers = _as_numbers(frame, preparation.numeric, port=port)
    infinite = [c for c in numbers.columns if np.isinf(numbers[c].to_numpy()).any()]
    if infinite:
        raise ModuleError(
            f"{_plural(infinite, 'feature column', 'feature columns')} in input {port} "
            f"{'have' if len(infinite) > 1 else 'has'} infinite values; replace them first"
        )
    texts = pd.DataFrame(
        {c: frame[c].astype(object).map(_category_text).astype(object) for c in preparation.categorical},
        index=frame.index,
        columns=list(preparation.categorical),
    )
    return pd.concat([numbers, texts], axis=1)[columns]


@dataclass(frozen=True)
class TrainingData:
    """What a supervised training module learns from: features (as the learner or its
    preparation takes them), the label values, the feature column names, and the
    preparation (None: the bare learner on float64 features)."""

    X: pd.DataFrame
    y: np.ndarray
    features: list[str]
    preparation: FeaturePreparation | None

    def learner(self, estimator: Any) -> Any:
        """The estimator to fit: the learner, behind the preparation if there is one."""
        return estimator if self.preparation is None else self.preparation.estimator(estimator)

    def features_of(self, frame: pd.DataFrame, *, port: str) -> pd.DataFrame:
        """Other rows (a validation set) read the way these were."""
        if self.preparation is None:
            return feature_frame(frame, self.features, port=port)
        return prepared_features(frame, self.preparation, port=port)

    def meta(self) -> dict[str, Any]:
        """What a trained model's meta.json adds: the preparation, if any."""
        return {} if self.preparation is None else {"preparation": self.preparation.to_meta()}


def prepare_param(params: Mapping[str, Any]) -> bool:
    """The prepare_features parameter; a node pinned to a version without it (1.0.0)
    keeps that version's behaviour: no preparation."""
    value = params.get("prepare_features", False)
    if not isinstance(value, bool):
        raise ModuleError(f"parameter 'prepare_features' must be true or false; got {value!r}")
    return value


def supervised_data(frame: pd.DataFrame, label: object, task: str, *, port: str, prepare: bool) -> TrainingData:
    """training_data, with the features prepared inside the model when `prepare` is on
    and they need it; the step log says what is done per column."""
    if not prepare:
        X, y, features = training_data(frame, label, task, port=port)
        return TrainingData(X=X, y=y, features=features, preparation=None)
    features = _training_features(frame, label, port=port)
    assert isinstance(label, str)
    preparation = plan_preparation(frame, features, port=port)
    if preparation is None:
        X = feature_frame(frame, features, port=port)
        log("prepare_features: every feature is a number or true/false, with no missing values; nothing to prepare")
    else:
        X = prepared_features(frame, preparation, port=port)
    y = label_values(frame, label, task, port=port)
    _require_classes(y, label, task, port=port)
    return TrainingData(X=X, y=y, features=features, preparation=preparation)


def log_preparation(data: TrainingData, fitted: Any | None) -> None:
    if data.preparation is not None:
        for line in data.preparation.describe(fitted):
            log(line)


def fit(estimator: Any, X: pd.DataFrame, y: np.ndarray | None, *, what: str) -> Any:
    """estimator.fit(X, y); scikit-learn's complaints about the data become ModuleErrors."""
    try:
        return estimator.fit(X) if y is None else estimator.fit(X, y)
    except ValueError as exc:
        raise ModuleError(f"{what} failed: {describe_exception(exc)}") from exc


def trained_meta(recipe: Recipe, fitted: Any, *, label: str, features: Sequence[str], rows: int) -> dict[str, Any]:
    """The meta.json of a trained model: what score_model and the model page read."""
    meta: dict[str, Any] = {
        "algorithm": recipe.algorithm,
        "task": recipe.task,
        "label_column": label,
        "feature_columns": list(features),
    }
    if recipe.task == CLASSIFICATION:
        meta["classes"] = to_json_safe(list(fitted.classes_))
    meta["trained_rows"] = int(rows)
    meta["params"] = to_json_safe(recipe.params or learner_of(fitted).get_params(deep=False))
    return meta


def learner_of(model: Any) -> Any:
    """The learner of a prepared model (a Pipeline ending in it), or the model itself."""
    named = getattr(model, "named_steps", None)
    return named["learner"] if isinstance(named, Mapping) and "learner" in named else model


# ---------------------------------------------------------------------------------
# Metrics


def metric_names(task: str, *, probabilities: bool) -> tuple[str, ...]:
    if task == REGRESSION:
        return REGRESSION_METRICS
    return tuple(n for n in CLASSIFICATION_METRICS if probabilities or n not in PROBABILITY_METRICS)


def has_probabilities(estimator: object) -> bool:
    return hasattr(estimator, "predict_proba")


def aligned_probabilities(estimator: Any, X: pd.DataFrame, classes: Sequence[Any]) -> np.ndarray:
    """predict_proba with one column per class of the whole dataset, in that order; a
    class the estimator never saw (absent from a fold) has probability 0."""
    proba = np.asarray(estimator.predict_proba(X), dtype="float64")
    own = list(estimator.classes_)
    if own == list(classes):
        return proba
    aligned = np.zeros((len(X), len(classes)))
    position = {c: i for i, c in enumerate(classes)}
    for j, c in enumerate(own):
        aligned[:, position[c]] = proba[:, j]
    return aligned


def _metric(compute: Callable[[], float]) -> float:
    """A metric that is undefined on this data (AUC of one class) is NaN, not an error."""
    try:
        return float(compute())
    except ValueError:
        return math.nan


def classification_metrics(
    y_true: np.ndarray,
    y_pred: np.ndarray,
    proba: np.ndarray | None,
    classes: Sequence[Any],
    names: Iterable[str],
) -> dict[str, float]:
    """Two classes: precision, recall and F1 of the positive class classes[1] and AUC of
    its probability. More classes: their macro averages and one-vs-rest AUC."""
    from sklearn import metrics as skm

    binary = len(classes) == 2
    positive = classes[1] if binary else None
    average: dict[str, Any] = {"pos_label": positive, "average": "binary"} if binary else {"average": "macro"}
    computations: dict[str, Callable[[], float]] = {
        "accuracy": lambda: skm.accuracy_score(y_true, y_pred),
        "precision": lambda: skm.precision_score(y_true, y_pred, zero_division=0, **average),
        "recall": lambda: skm.recall_score(y_true, y_pred, zero_division=0, **average),
        "f1": lambda: skm.f1_score(y_true, y_pred, zero_division=0, **average),
    }
    if proba is not None:
        if binary:
            computations["auc"] = lambda: skm.roc_auc_score(y_true == positive, proba[:, 1])
        else:
            computations["auc"] = lambda: skm.roc_auc_score(y_true, proba, multi_class="ovr", labels=list(classes))
        computations["log_loss"] = lambda: skm.log_loss(y_true, proba, labels=list(classes))
    return {name: _metric(computations[name]) for name in names if name in computations}


def regression_metrics(y_true: np.ndarray, y_pred: np.ndarray, names: Iterable[str]) -> dict[str, float]:
    from sklearn import metrics as skm

    computations: dict[str, Callable[[], float]] = {
        "mae": lambda: skm.mean_absolute_error(y_true, y_pred),
        "rmse": lambda: skm.root_mean_squared_error(y_true, y_pred),
        "r2": lambda: skm.r2_score(y_true, y_pred) if len(y_true) > 1 else math.nan,
    }
    return {name: _metric(computations[name]) for name in names if name in computations}


def evaluate(
    estimator: Any, X: pd.DataFrame, y: np.ndarray, task: str, classes: Sequence[Any], names: Sequence[str]
) -> dict[str, float]:
    """The named metrics of a fitted estimator on (X, y)."""
    y_pred = estimator.predict(X)
    if task == REGRESSION:
        return regression_metrics(y, y_pred, names)
    wants_proba = any(n in PROBABILITY_METRICS for n in names) and has_probabilities(estimator)
    proba = aligned_probabilities(estimator, X, classes) if wants_proba else None
    return classification_metrics(y, y_pred, proba, classes, names)


def fold_splitter(task: str, folds: int, seed: int) -> KFold | StratifiedKFold:
    """Stratified folds for classification, plain ones for regression; both shuffled."""
    from sklearn.model_selection import KFold, StratifiedKFold

    if task == CLASSIFICATION:
        return StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    return KFold(n_splits=folds, shuffle=True, random_state=seed)


def finite_metrics(metrics: Mapping[str, float]) -> dict[str, float]:
    """Metrics for a Metrics document: undefined ones are left out, never zero-filled."""
    return {name: float(v) for name, v in metrics.items() if v is not None and math.isfinite(v)}


# ---------------------------------------------------------------------------------
# Scored frames


def probability_column(cls: object) -> str:
    return f"{SCORED_PROBABILITIES}_{to_json_safe(cls)}"


def score_column_names(task: str, classes: Sequence[Any] | None, *, probabilities: bool) -> list[str]:
    if task != CLASSIFICATION or not probabilities or not classes:
        return [SCORED_LABELS]
    if len(classes) == 2:
        return [SCORED_LABELS, SCORED_PROBABILITIES]
    return [SCORED_LABELS, SCORED_PROBABILITIES, *(probability_column(c) for c in classes)]


def scored_attrs(task: str, label: str | None, classes: Sequence[Any] | None, *, probabilities: bool) -> dict[str, Any]:
    """The frame.attrs[ATTRS_KEY] of a scored frame, all plain JSON values."""
    binary = task == CLASSIFICATION and classes is not None and len(classes) == 2
    multiclass = task == CLASSIFICATION and probabilities and classes is not None and len(classes) > 2
    attrs: dict[str, Any] = to_json_safe(
        {
            "task": task,
            "label_column": label,
            "classes": list(classes) if task == CLASSIFICATION and classes is not None else None,
            "positive_class": classes[1] if binary and classes is not None else None,
            "score_columns": score_column_names(task, classes, probabilities=probabilities),
            "probability_columns": [probability_column(c) for c in classes or ()] if multiclass else None,
        }
    )
    return attrs


def scored_info(frame: pd.DataFrame) -> dict[str, Any] | None:
    """What score_model recorded about a scored frame, or None for any other frame."""
    info = frame.attrs.get(ATTRS_KEY)
    return dict(info) if isinstance(info, Mapping) and "score_columns" in info else None


# The boosted-tree classifier and regressor take the same hyper-parameters.
BOOSTING_HYPERPARAMETERS: tuple[ParamSpec, ...] = (
    ParamSpec(
        "n_estimators", "int", default=100, min=1, max=5000, help="Number of boosting stages (trees), built one by one."
    ),
    ParamSpec(
        "learning_rate",
        "float",
        default=0.1,
        min=1e-4,
        max=10.0,
        help="How much each tree corrects the ones before it; smaller values need more trees.",
    ),
    ParamSpec("max_depth", "int", default=3, min=1, max=100, help="Deepest each tree may grow."),
)
