"""Members of a workspace: owners invite users by username, change roles, remove members.

Every write is owner-only (`require_role`), and a workspace always keeps an owner: the
last one can be neither demoted nor removed. Reading the member list is open to every
member, as reading everything else in the workspace is (docs/decisions.md, "Roles").

Which workspace a request is "in" is chosen here too (`workspace_current`): the one the
request names, else the one the user switched to, else none (lists span all of the
user's workspaces and new objects go to `workspace_default`, as before switching
existed).
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Case, IntegerField, QuerySet, When

from designer import presence
from designer.errors import ApplicationError, Conflict, NotFound
from designer.models import Membership, Workspace
from designer.roles import OWNER, RANK, require_role
from designer.selectors import User as AnyUser
from designer.selectors import workspace_list

ROLES = tuple(RANK)  # viewer, editor, owner


def member_list(*, workspace: Workspace) -> QuerySet[Membership]:
    """The workspace's members, owners first, then by username."""
    order = Case(*(When(role=role, then=-rank) for role, rank in RANK.items()), output_field=IntegerField())
    return Membership.objects.filter(workspace=workspace).select_related("user").order_by(order, "user__username")


def member_get(*, workspace: Workspace, username: str) -> Membership:
    membership = Membership.objects.filter(workspace=workspace, user__username=username).select_related("user").first()
    if membership is None:
        raise NotFound(f"{username!r} is not a member of this workspace")
    return membership


def _checked_role(role: str) -> str:
    if role not in RANK:
        raise ApplicationError(
            f"unknown role {role!r}; a role is one of {', '.join(ROLES)}", extra={"field": "role", "roles": ROLES}
        )
    return role


@transaction.atomic
def member_invite(*, workspace: Workspace, user: User, username: str, role: str) -> Membership:
    """Add an existing user to the workspace with `role`."""
    require_role(user=user, workspace=workspace, role=OWNER, action="manage members")
    role = _checked_role(role)
    invited = User.objects.filter(username=username.strip()).first()
    if invited is None:
        raise ApplicationError(
            f"there is no user named {username.strip()!r}; they need an account first", extra={"field": "username"}
        )
    membership, created = Membership.objects.get_or_create(workspace=workspace, user=invited, defaults={"role": role})
    if not created:
        raise Conflict(
            f"{invited.username!r} is already a member of {workspace.name!r} ({membership.role}); "
            "change their role instead",
            extra={"field": "username", "role": membership.role},
        )
    return membership


def _keep_an_owner(*, workspace: Workspace, membership: Membership, doing: str) -> None:
    """Refuse when `membership` is the workspace's only owner. The owners' rows are
    locked first, so two owners demoting each other at once cannot both succeed."""
    if membership.role != OWNER:
        return
    owners = list(
        Membership.objects.select_for_update().filter(workspace=workspace, role=OWNER).values_list("pk", flat=True)
    )
    if owners == [membership.pk]:
        raise Conflict(
            f"{membership.user.username!r} is the last owner of {workspace.name!r}, who cannot be {doing}; "
            "make another member an owner first",
            extra={"field": "role", "last_owner": membership.user.username},
        )


@transaction.atomic
def member_set_role(*, workspace: Workspace, user: User, username: str, role: str) -> Membership:
    require_role(user=user, workspace=workspace, role=OWNER, action="manage members")
    role = _checked_role(role)
    membership = member_get(workspace=workspace, username=username)
    if role != OWNER:
        _keep_an_owner(
            workspace=workspace, membership=membership, doing=f"made {'an' if role == 'editor' else 'a'} {role}"
        )
    membership.role = role
    membership.save(update_fields=["role"])
    presence.announce_access_changed(user_id=membership.user_id)
    return membership


@transaction.atomic
def member_remove(*, workspace: Workspace, user: User, username: str) -> None:
    require_role(user=user, workspace=workspace, role=OWNER, action="manage members")
    membership = member_get(workspace=workspace, username=username)
    _keep_an_owner(workspace=workspace, membership=membership, doing="removed")
    membership.delete()
    presence.announce_access_changed(user_id=membership.user_id)


def workspace_get(*, user: AnyUser, workspace_id: int) -> Workspace:
    """One of the user's workspaces, or NotFound (another's looks like a missing one)."""
    workspace = workspace_list(user=user).filter(pk=workspace_id).first()
    if workspace is None:
        raise NotFound("workspace not found")
    return workspace


def workspace_current(*, user: AnyUser, named: int | None, switched_to: int | None) -> Workspace | None:
    """The workspace a request is in: the one it names (`?workspace=`; not one of the
    user's is a 404), else the one the user switched to in this session (ignored once
    they are no longer a member), else None: every workspace of the user's."""
    if named is not None:
        return workspace_get(user=user, workspace_id=named)
    if switched_to is not None:
        return workspace_list(user=user).filter(pk=switched_to).first()
    return None
