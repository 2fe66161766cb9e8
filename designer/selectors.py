"""Reads of the design-time domain, always scoped to what a user may see."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as AuthUser
from django.db.models import OuterRef, Q, QuerySet, Subquery

from designer.errors import NotFound
from designer.graph import CatalogEntry, DictCatalog, ModuleSpec
from designer.models import Dataset, Membership, Module, ModuleVersion, Pipeline, Workspace

# Reads accept whoever is asking, signed in or not (an anonymous user sees nothing).
User = AuthUser | AnonymousUser


def workspace_list(*, user: User) -> QuerySet[Workspace]:
    if not user.is_authenticated:
        return Workspace.objects.none()
    return Workspace.objects.filter(memberships__user=user).order_by("id")


def pipeline_list(*, user: User) -> QuerySet[Pipeline]:
    return Pipeline.objects.filter(workspace__in=workspace_list(user=user))


def pipeline_get(*, user: User, pipeline_id: int) -> Pipeline:
    """The pipeline, or NotFound when it does not exist or the user may not see it."""
    pipeline = pipeline_list(user=user).filter(pk=pipeline_id).first()
    if pipeline is None:
        raise NotFound("pipeline not found")
    return pipeline


def pipeline_get_with_role(*, user: User, pipeline_id: int) -> tuple[Pipeline, str]:
    """The pipeline and the user's role in its workspace, read in one query; NotFound
    as pipeline_get (it is found through the user's memberships, so there is a role)."""
    if not isinstance(user, AuthUser):
        raise NotFound("pipeline not found")
    role = Membership.objects.filter(user=user, workspace=OuterRef("workspace")).values("role")[:1]
    pipeline = pipeline_list(user=user).filter(pk=pipeline_id).annotate(reader_role=Subquery(role)).first()
    if pipeline is None:
        raise NotFound("pipeline not found")
    return pipeline, str(pipeline.reader_role)


def dataset_list(*, user: User) -> QuerySet[Dataset]:
    return Dataset.objects.filter(workspace__in=workspace_list(user=user)).prefetch_related("versions")


def module_version_list(*, workspace: Workspace | None) -> QuerySet[ModuleVersion]:
    """Built-in module versions plus the workspace's own."""
    scope = Q(module__workspace=None)
    if workspace is not None:
        scope |= Q(module__workspace=workspace)
    return ModuleVersion.objects.filter(scope).select_related("module").order_by("module__slug", "id")


def module_list(*, user: User) -> QuerySet[Module]:
    return Module.objects.filter(Q(workspace=None) | Q(workspace__in=workspace_list(user=user))).prefetch_related(
        "versions"
    )


def catalog_for_workspace(*, workspace: Workspace) -> DictCatalog:
    """The modules a graph in this workspace may use, for validation and compilation."""
    entries = []
    defaults: dict[str, str] = {}
    for row in module_version_list(workspace=workspace):
        entries.append(
            CatalogEntry(
                spec=ModuleSpec.from_dict(row.spec),
                status=row.status,
                code_digest=row.code_digest,
                environment_digest=row.environment_digest,
            )
        )
        if row.module.default_version:
            defaults[row.module.slug] = row.module.default_version
    return DictCatalog(entries, defaults)
