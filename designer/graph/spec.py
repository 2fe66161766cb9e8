"""Module specs: the immutable description of what a module version takes and gives.

Pure Python (no Django): the graph validator, the compiler, the runner and the
built-in module library all speak in these types.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PORT_TYPES: tuple[str, ...] = (
    "DataFrame",
    "UntrainedModel",
    "Model",
    "Transform",
    "Metrics",
    "AnyFile",
    "AnyDirectory",
)
# An input of one of these types accepts a wire from any output type.
ANY_PORT_TYPES: frozenset[str] = frozenset({"AnyFile", "AnyDirectory"})

# int/float: numbers with optional min/max; bool; string: one line; text: many lines;
# code: Python source (shown in a code editor); choice: one of `choices`;
# columns: a list of column names picked from the upstream dataset.
PARAM_TYPES: tuple[str, ...] = ("int", "float", "bool", "string", "text", "code", "choice", "columns")

MODULE_STATUSES: tuple[str, ...] = ("active", "deprecated", "disabled")

# A parameter of this name holds the content digest of a source folder uploaded to the
# workspace (POST /api/snapshots/): the validator refuses a digest the pipeline's
# workspace has not uploaded, and the engine hands the folder to the step.
SOURCE_SNAPSHOT_PARAM = "source_snapshot"


def wire_is_legal(source_type: str, target_type: str) -> bool:
    """A wire is legal when the types are equal or the input accepts anything."""
    return source_type == target_type or target_type in ANY_PORT_TYPES


def wire_port(port: str, index: int) -> str:
    """The plan's name for the index-th wire (in the document's edge order) into a
    `multiple` input: "frames[0]", "frames[1]", ... A port name never holds brackets, so
    these cannot clash with a real port (runner.step_contract reads them back)."""
    return f"{port}[{index}]"


@dataclass(frozen=True)
class PortSpec:
    name: str
    type: str
    optional: bool = False
    description: str = ""
    # An input that takes any number of wires: the module receives a list, in the order
    # the wires are stored in the graph's edges. Required (not optional) means one or more.
    multiple: bool = False


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: str
    default: Any = None
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] | None = None
    required: bool = False
    help: str = ""


@dataclass(frozen=True)
class ModuleSpec:
    slug: str
    version: str
    name: str
    category: str
    description: str = ""
    inputs: tuple[PortSpec, ...] = ()
    outputs: tuple[PortSpec, ...] = ()
    params: tuple[ParamSpec, ...] = ()
    deterministic: bool = True
    # "package.module:function" for built-ins; custom modules carry source instead.
    entrypoint: str = ""
    environment: dict[str, Any] = field(default_factory=dict)
    # Other words people search the palette with: synonyms ("one-hot", "impute"), the task
    # ("binary", "two-class") and the names other designers give the module ("Two-Class
    # Logistic Regression"). For search only: they change nothing a module does.
    keywords: tuple[str, ...] = ()

    def input(self, name: str) -> PortSpec | None:
        return next((p for p in self.inputs if p.name == name), None)

    def output(self, name: str) -> PortSpec | None:
        return next((p for p in self.outputs if p.name == name), None)

    def param(self, name: str) -> ParamSpec | None:
        return next((p for p in self.params if p.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for param in data["params"]:
            if param["choices"] is not None:
                param["choices"] = list(param["choices"])
        # Written only when set, so the specs (and stored rows) of other modules stay as they were.
        for port in (*data["inputs"], *data["outputs"]):
            if not port["multiple"]:
                del port["multiple"]
        data["inputs"] = list(data["inputs"])
        data["outputs"] = list(data["outputs"])
        data["params"] = list(data["params"])
        # Written only when set, so specs stored before keywords existed compare equal.
        if data["keywords"]:
            data["keywords"] = list(data["keywords"])
        else:
            del data["keywords"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModuleSpec:
        params = []
        for p in data.get("params", ()):
            p = dict(p)
            if p.get("choices") is not None:
                p["choices"] = tuple(p["choices"])
            params.append(ParamSpec(**p))
        return cls(
            slug=data["slug"],
            version=data["version"],
            name=data["name"],
            category=data["category"],
            description=data.get("description", ""),
            inputs=tuple(PortSpec(**p) for p in data.get("inputs", ())),
            outputs=tuple(PortSpec(**p) for p in data.get("outputs", ())),
            params=tuple(params),
            deterministic=bool(data.get("deterministic", True)),
            entrypoint=data.get("entrypoint", ""),
            environment=dict(data.get("environment", {})),
            keywords=_keywords(data.get("keywords", ())),
        )


MAX_KEYWORDS = 50
MAX_KEYWORD_LENGTH = 100


def _keywords(value: object) -> tuple[str, ...]:
    """A spec's keywords: a list of short strings (a custom module's spec may give them too)."""
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ValueError(f"keywords must be a list of strings, got {type(value).__name__}")
    if len(value) > MAX_KEYWORDS:
        raise ValueError(f"keywords: at most {MAX_KEYWORDS}, got {len(value)}")
    for word in value:
        if not isinstance(word, str) or not word.strip() or len(word) > MAX_KEYWORD_LENGTH:
            raise ValueError(f"keywords must be non-empty strings of at most {MAX_KEYWORD_LENGTH} characters")
    return tuple(" ".join(word.split()) for word in value)
