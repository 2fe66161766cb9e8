"""The graph document, its validation and its compilation into an execution plan.

Pure Python: nothing in this package imports Django, so the API, the runner, the CLI and
the tests all share one definition of what a valid pipeline is.
"""

from __future__ import annotations

from designer.graph.catalog import Catalog, CatalogEntry, DictCatalog, is_semver, semver_key
from designer.graph.compile import CompileError, ExecutionPlan, PlannedStep, compile_plan
from designer.graph.document import (
    PARAM_BINDING_KEY,
    SCHEMA_VERSION,
    DocumentError,
    Edge,
    GraphDocument,
    Node,
    PipelineParameter,
    Position,
    binding_name,
    is_binding,
    parse_document,
)
from designer.graph.params import Checked, check_typed, check_value
from designer.graph.problems import Problem, Severity
from designer.graph.spec import (
    ANY_PORT_TYPES,
    MODULE_STATUSES,
    PARAM_TYPES,
    PORT_TYPES,
    ModuleSpec,
    ParamSpec,
    PortSpec,
    wire_is_legal,
)
from designer.graph.validate import (
    DEFAULT_LIMITS,
    GraphLimits,
    ValidationResult,
    named_source_snapshots,
    validate_graph,
)

__all__ = [
    "ANY_PORT_TYPES",
    "DEFAULT_LIMITS",
    "MODULE_STATUSES",
    "PARAM_BINDING_KEY",
    "PARAM_TYPES",
    "PORT_TYPES",
    "SCHEMA_VERSION",
    "Catalog",
    "CatalogEntry",
    "Checked",
    "CompileError",
    "DictCatalog",
    "DocumentError",
    "Edge",
    "ExecutionPlan",
    "GraphDocument",
    "GraphLimits",
    "ModuleSpec",
    "Node",
    "ParamSpec",
    "PipelineParameter",
    "PlannedStep",
    "PortSpec",
    "Position",
    "Problem",
    "Severity",
    "ValidationResult",
    "binding_name",
    "check_typed",
    "check_value",
    "compile_plan",
    "is_binding",
    "is_semver",
    "named_source_snapshots",
    "parse_document",
    "semver_key",
    "validate_graph",
    "wire_is_legal",
]
