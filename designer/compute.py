"""Compute targets: which ones a workspace may use, and what a run freezes of them.

A run freezes the targets its steps use at submit (executor, queue, image, limits), so
editing or deleting a target later never changes a run that is already going. The
server's default target, "local", needs no row: it runs steps in the local executor
on the default queue with the server's limits; a row named "local" overrides it.
"""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from packaging.requirements import InvalidRequirement, Requirement

from designer.errors import ApplicationError, Conflict, NotFound, PermissionDenied
from designer.models import ComputeTarget, Workspace
from designer.roles import OWNER, require_role
from designer.selectors import workspace_list

DEFAULT_TARGET = "local"
EXECUTORS = ("local", "docker")
_QUEUE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}")
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,62}")
# The largest value of each limit: inside the database's integer column and inside what a
# machine could have, so a value past it is a clear 400 naming the field, never a 500.
_LIMIT_MAXIMA: dict[str, int] = {
    "cpus": 1024,
    "memory_mb": 64 * 1024 * 1024,
    "timeout_seconds": 30 * 24 * 3600,
    "max_processes": 1_000_000,
}
_LIMIT_FIELDS = tuple(_LIMIT_MAXIMA)


def default_target() -> dict[str, Any]:
    """The frozen form of the built-in "local" target."""
    return {
        "name": DEFAULT_TARGET,
        "executor": "local",
        "queue": settings.CELERY_TASK_DEFAULT_QUEUE,
        "image": "",
        "requirements": [],
        "network": False,
        "cpus": None,
        "memory_mb": None,
        "timeout_seconds": None,
        "max_processes": None,
    }


def frozen_target(target: ComputeTarget) -> dict[str, Any]:
    return {
        "name": target.name,
        "executor": target.executor,
        "queue": target.queue,
        "image": target.image,
        "requirements": list(target.requirements),
        "network": target.network,
        "cpus": target.cpus,
        "memory_mb": target.memory_mb,
        "timeout_seconds": target.timeout_seconds,
        "max_processes": target.max_processes,
    }


def target_list(*, workspace: Workspace) -> QuerySet[ComputeTarget]:
    """The server's targets and the workspace's own (a workspace's wins on a name clash)."""
    return ComputeTarget.objects.filter(Q(workspace=None) | Q(workspace=workspace)).order_by("name", "-workspace_id")


def targets_for_workspace(*, workspace: Workspace) -> dict[str, dict[str, Any]]:
    """Every target a pipeline of this workspace may name, frozen, by name."""
    targets = {DEFAULT_TARGET: default_target()}
    # The server's first, then the workspace's own over them.
    for target in sorted(target_list(workspace=workspace), key=lambda t: t.workspace_id is not None):
        targets[target.name] = frozen_target(target)
    return targets


def target_get(*, user: User, target_id: int) -> ComputeTarget:
    """A target the user may see (the server's or one of their workspaces'), else NotFound."""
    target = (
        ComputeTarget.objects.filter(pk=target_id)
        .filter(Q(workspace=None) | Q(workspace__in=workspace_list(user=user)))
        .first()
    )
    if target is None:
        raise NotFound("compute target not found")
    return target


def _clean(fields: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    errors: list[dict[str, Any]] = []

    def bad(field: str, message: str) -> None:
        errors.append({"node_id": None, "port": None, "param": field, "message": message})

    cleaned = dict(fields)
    if "name" in cleaned and not _NAME.fullmatch(str(cleaned["name"])):
        bad("name", "name must be 1-63 lowercase letters, digits, '-' or '_', starting with a letter or digit")
    if "executor" in cleaned and cleaned["executor"] not in EXECUTORS:
        bad("executor", f"executor must be one of {', '.join(EXECUTORS)}, got {cleaned['executor']!r}")
    if "queue" in cleaned and not _QUEUE_NAME.fullmatch(str(cleaned["queue"])):
        bad("queue", "queue must be 1-100 letters, digits, '_', '.', ':' or '-'")
    if cleaned.get("executor") == "docker" and not (cleaned.get("image") or partial):
        bad("image", "a docker target needs an image")
    requirements = cleaned.get("requirements")
    if requirements is not None:
        if not (isinstance(requirements, list) and all(isinstance(r, str) and r.strip() for r in requirements)):
            bad("requirements", "requirements must be a list of pip requirement strings")
        else:
            for line in requirements:
                try:
                    Requirement(line)
                except InvalidRequirement as exc:
                    bad("requirements", f"{line!r} is not a pip requirement: {exc}")
    for field in _LIMIT_FIELDS:
        value = cleaned.get(field)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float) or value <= 0):
            bad(field, f"{field} must be a number above 0, or null for no limit")
        elif value is not None and value > _LIMIT_MAXIMA[field]:
            bad(field, f"{field} must be at most {_LIMIT_MAXIMA[field]:,}, or null for no limit")
    if errors:
        raise ApplicationError("the compute target is not valid", extra={"errors": errors})
    return cleaned


@transaction.atomic
def target_create(*, workspace: Workspace, user: User, fields: dict[str, Any]) -> ComputeTarget:
    require_role(user=user, workspace=workspace, role=OWNER, action="add compute targets")
    fields = _clean({"executor": "local", "queue": settings.CELERY_TASK_DEFAULT_QUEUE, **fields}, partial=False)
    try:
        with transaction.atomic():
            return ComputeTarget.objects.create(workspace=workspace, **fields)
    except IntegrityError:
        raise Conflict(f"a compute target named {fields.get('name')!r} exists already in this workspace") from None


@transaction.atomic
def target_update(*, target: ComputeTarget, user: User, fields: dict[str, Any]) -> ComputeTarget:
    if target.workspace is None:
        raise PermissionDenied("the server's compute targets are changed by an administrator")
    require_role(user=user, workspace=target.workspace, role=OWNER, action="change compute targets")
    fields = _clean({"executor": target.executor, "image": target.image, **fields}, partial=True)
    for key, value in fields.items():
        setattr(target, key, value)
    try:
        with transaction.atomic():
            target.save()
    except IntegrityError:
        raise Conflict(f"a compute target named {target.name!r} exists already") from None
    return target


def target_delete(*, target: ComputeTarget, user: User) -> None:
    if target.workspace is None:
        raise PermissionDenied("the server's compute targets are changed by an administrator")
    require_role(user=user, workspace=target.workspace, role=OWNER, action="delete compute targets")
    target.delete()


def target_rows_for_user(*, user: User, workspace: Workspace | None = None) -> list[dict[str, Any]]:
    """Every target the user can see (of their workspaces, or only of `workspace`, one of
    theirs, when given), frozen, with where it comes from; the built-in default first
    unless a server target named "local" replaces it."""
    workspaces = workspace_list(user=user)
    if workspace is not None:
        workspaces = workspaces.filter(pk=workspace.pk)
    rows = list(
        ComputeTarget.objects.filter(Q(workspace=None) | Q(workspace__in=workspaces)).order_by("name", "workspace_id")
    )
    listed: list[dict[str, Any]] = []
    if not any(t.name == DEFAULT_TARGET and t.workspace_id is None for t in rows):
        listed.append({**default_target(), "id": None, "scope": "builtin", "workspace": None, "description": ""})
    for target in rows:
        listed.append(
            {
                **frozen_target(target),
                "id": target.pk,
                "scope": "server" if target.workspace_id is None else "workspace",
                "workspace": target.workspace_id,
                "description": target.description,
            }
        )
    return listed
