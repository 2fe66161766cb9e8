"""Workspace roles: what a member may change.

viewer < editor < owner. Viewers read; editors change pipelines, run them, upload
datasets and publish custom modules; owners also manage the workspace's compute
targets. Every service that writes calls `require_role` first, so the API, the HTML
forms and anything added later go through the one check. Reads are not checked here:
they are scoped by membership in the selectors, where another workspace's object is a
404 whatever the role.
"""

from __future__ import annotations

from django.contrib.auth.models import User

from designer.errors import NotFound, PermissionDenied
from designer.models import Membership, Workspace

VIEWER, EDITOR, OWNER = "viewer", "editor", "owner"
RANK = {VIEWER: 0, EDITOR: 1, OWNER: 2}


def role_of(*, user: User, workspace: Workspace) -> str | None:
    """The user's role in the workspace, or None when they are not a member."""
    return Membership.objects.filter(user=user, workspace=workspace).values_list("role", flat=True).first()


def require_role(*, user: User, workspace: Workspace, role: str, action: str) -> None:
    """Refuse with a 403 naming the role needed when the user's role is below `role`.

    `action` completes "viewers cannot ...", e.g. "change pipelines".
    """
    current = role_of(user=user, workspace=workspace)
    if current is None:
        # Callers find objects through the user's workspaces, so this is only reached
        # by mistake; answer as for any object outside them, without saying it exists.
        raise NotFound("workspace not found")
    if RANK[current] < RANK[role]:
        raise PermissionDenied(
            f'{current}s cannot {action}; ask an owner of the workspace "{workspace.name}" for the {role} role',
            extra={"role": current, "required_role": role, "workspace": workspace.pk},
        )
