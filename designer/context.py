"""The workspace a request is in, as pages and the API read it from the request.

A browser switches with the top bar's form (the choice is kept in the session); an API
client names one per request with `?workspace=<id>`, which wins over the session. With
neither, a request is in no one workspace: lists span all of the user's workspaces and
new objects go to `designer.services.workspace_default`, as before switching existed,
so clients and scripts written for one workspace see no change.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import Model, QuerySet
from django.http import HttpRequest

from designer import members, services
from designer.errors import ApplicationError
from designer.models import Workspace
from designer.selectors import workspace_list

_Scoped = TypeVar("_Scoped", bound=Model)
SESSION_KEY = "pipewright_workspace"
MAX_ID = 2**63 - 1


def _as_id(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value))
    except ValueError:
        raise ApplicationError(
            f"workspace must be a workspace's id (a whole number), got {value!r}", extra={"field": "workspace"}
        ) from None
    if not 1 <= number <= MAX_ID:
        raise ApplicationError(f"workspace {number} is not a valid id", extra={"field": "workspace"})
    return number


def current_workspace(request: HttpRequest) -> Workspace | None:
    """`?workspace=` (400 when not an id, 404 when not one of the user's), else the
    session's choice, else None."""
    session = getattr(request, "session", None)
    switched = session.get(SESSION_KEY) if session is not None else None
    return members.workspace_current(
        user=request.user,
        named=_as_id(request.GET.get("workspace")),
        switched_to=switched if isinstance(switched, int) else None,
    )


def page_workspace(request: HttpRequest) -> Workspace | None:
    """The workspace a page is in: as current_workspace, but a page ignores a bad
    ?workspace= (it shows all of the user's workspaces) instead of failing."""
    try:
        return current_workspace(request)
    except ApplicationError:
        return None


def in_current_workspace(request: HttpRequest, queryset: QuerySet[_Scoped]) -> QuerySet[_Scoped]:
    """A list narrowed to the workspace the request is in, when it is in one."""
    workspace = current_workspace(request)
    return queryset if workspace is None else queryset.filter(workspace=workspace)


def switch_workspace(request: HttpRequest, workspace: Workspace | None) -> None:
    """Remember the browser's choice (None: all of the user's workspaces)."""
    if workspace is None:
        request.session.pop(SESSION_KEY, None)
    else:
        request.session[SESSION_KEY] = workspace.pk


def topbar(request: HttpRequest) -> dict[str, Any]:
    """Template context for the top bar: the user's workspaces, the one switched to,
    and the one whose settings the Members link opens."""
    user = request.user
    if not user.is_authenticated:
        return {}
    workspaces = list(workspace_list(user=user))
    try:
        current = current_workspace(request)
    except ApplicationError:  # a page's bad ?workspace= is the page's to report
        current = None
    shown = current or (workspaces[0] if len(workspaces) == 1 else None)
    return {
        "topbar_workspaces": workspaces,
        "topbar_current_workspace": current,
        "topbar_shown_workspace": shown,
        # With all workspaces shown, Members opens the one new objects go to.
        "topbar_settings_workspace": shown or services.workspace_default(user=user),
    }
