"""Server-rendered pages of the design domain: the app shell around the front-end bundle.

The pages that show run-side data (a run, an endpoint, the cluster) are api/pages.py:
designer never imports runner.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_POST

from designer import members, registry, roles, selectors, services
from designer.context import page_workspace, switch_workspace
from designer.errors import ApplicationError, Conflict, NotFound
from designer.graph import pipeline_file
from designer.models import Pipeline, Workspace
from designer.samples import SAMPLES_BY_KEY


def _signed_in(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # login_required ran first
    return user


def _pipeline_or_404(request: HttpRequest, pipeline_id: int) -> Pipeline:
    try:
        return selectors.pipeline_get(user=request.user, pipeline_id=pipeline_id)
    except NotFound:
        raise Http404("pipeline not found") from None


@login_required
def home(request: HttpRequest, problems: list[str] | None = None, status: int = 200) -> HttpResponse:
    pipelines = selectors.pipeline_list(user=request.user).prefetch_related("runs").order_by("-updated_at", "-id")
    if (workspace := page_workspace(request)) is not None:
        pipelines = pipelines.filter(workspace=workspace)
    samples = [(key, sample["name"]) for key, sample in SAMPLES_BY_KEY.items()]
    context = {"pipelines": pipelines, "samples": samples, "problems": problems or []}
    return render(request, "designer/home.html", context, status=status)


@login_required
@require_POST
def pipeline_new(request: HttpRequest) -> HttpResponse:
    """Create a blank pipeline, or one from a sample, and open it in the designer."""
    user = _signed_in(request)
    sample = SAMPLES_BY_KEY.get(request.POST.get("sample", ""))
    name = request.POST.get("name", "").strip()[:200]
    pipeline = services.pipeline_create(
        workspace=services.workspace_for_write(user=user, workspace_id=None, current=page_workspace(request)),
        user=user,
        name=name or (sample["name"] if sample else "Untitled pipeline"),
        description=sample["description"] if sample else "",
        graph=sample["graph"] if sample else None,
    )
    return redirect("pipeline-designer", pipeline_id=pipeline.pk)


@login_required
@require_POST
def pipeline_import(request: HttpRequest) -> HttpResponse:
    """A new pipeline from an uploaded pipeline file (YAML or JSON), opened in the
    designer; the list again with the file's problems when it is refused."""
    upload = request.FILES.get("file")
    if upload is None:
        return home(request, problems=["Choose a pipeline file (.yaml or .json) to import."], status=400)
    if upload.size is not None and upload.size > pipeline_file.MAX_FILE_BYTES:
        exc: ApplicationError = services.pipeline_file_too_large()
        return home(request, problems=[exc.message], status=exc.status_code)
    try:
        pipeline = services.pipeline_import(
            workspace=services.workspace_default(user=_signed_in(request)),
            user=_signed_in(request),
            content=upload.read(pipeline_file.MAX_FILE_BYTES + 1),
        )
    except ApplicationError as exc:
        shown = [str(e.get("message")) for e in exc.extra.get("errors", [])] or [exc.message]
        return home(request, problems=shown, status=exc.status_code)
    return redirect("pipeline-designer", pipeline_id=pipeline.pk)


@login_required
@require_POST
def pipeline_duplicate(request: HttpRequest, pipeline_id: int) -> HttpResponseRedirect:
    pipeline = _pipeline_or_404(request, pipeline_id)
    services.pipeline_duplicate(pipeline=pipeline, user=_signed_in(request))
    return redirect("home")


@login_required
@require_POST
def pipeline_delete(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    try:
        services.pipeline_delete(pipeline=_pipeline_or_404(request, pipeline_id), user=_signed_in(request))
    except Conflict as exc:
        # e.g. the pipeline is published: the list again, saying why it is still there.
        return home(request, problems=[exc.message], status=exc.status_code)
    return redirect("home")


@login_required
@ensure_csrf_cookie
def pipeline_designer(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    pipeline = _pipeline_or_404(request, pipeline_id)
    return render(request, "designer/designer.html", {"pipeline": pipeline, "run_id": ""})


@login_required
def module_library(request: HttpRequest) -> HttpResponse:
    """The module library, and a form to publish a custom module (spec + Python source)."""
    problems: list[str] = []
    published = None
    status = 200
    if request.method == "POST":
        spec_text = request.POST.get("spec", "")
        source = request.POST.get("source", "")
        if spec_file := request.FILES.get("spec_file"):
            spec_text = spec_file.read().decode("utf-8", errors="replace")
        if source_file := request.FILES.get("source_file"):
            source = source_file.read().decode("utf-8", errors="replace")
        try:
            user = request.user
            assert isinstance(user, User)
            version = registry.module_publish(
                workspace=services.workspace_for_write(user=user, workspace_id=None, current=page_workspace(request)),
                user=user,
                spec=registry.parse_spec_text(spec_text),
                source=source,
            )
            published = f"{version.module.slug} {version.version}"
        except ApplicationError as exc:
            problems = [exc.message, *exc.extra.get("problems", [])]
            status = exc.status_code
    modules = selectors.module_list(user=request.user).order_by("workspace_id", "slug")
    return render(
        request,
        "designer/modules.html",
        {"modules": modules, "problems": problems, "published": published, "form": request.POST},
        status=status,
    )


@login_required
@require_POST
def workspace_switch(request: HttpRequest) -> HttpResponse:
    """The top bar's switcher: lists and new objects are in the chosen workspace from
    now on in this browser ("" for all of the user's)."""
    chosen = request.POST.get("workspace", "")
    workspace = None
    if chosen:
        try:
            workspace = members.workspace_get(user=request.user, workspace_id=int(chosen))
        except (ValueError, NotFound):
            raise Http404("workspace not found") from None
    switch_workspace(request, workspace)
    return redirect("home")


@login_required
@ensure_csrf_cookie
def workspace_settings(request: HttpRequest, workspace_id: int) -> HttpResponse:
    """The workspace's members. Owners invite a user by username with a role, change a
    member's role and remove members; everyone else sees the list read-only."""
    user = _signed_in(request)
    try:
        workspace = members.workspace_get(user=user, workspace_id=workspace_id)
    except NotFound:
        raise Http404("workspace not found") from None
    problems: list[str] = []
    status = 200
    if request.method == "POST":
        try:
            _member_action(workspace=workspace, user=user, post=request.POST)
            return redirect("workspace-settings", workspace_id=workspace.pk)
        except ApplicationError as exc:
            problems, status = [exc.message], exc.status_code
    context_ = {
        "workspace": workspace,
        "members": members.member_list(workspace=workspace),
        "roles": members.ROLES,
        "is_owner": roles.role_of(user=user, workspace=workspace) == roles.OWNER,
        "problems": problems,
        "form": request.POST if status != 200 else {},
    }
    return render(request, "designer/workspace.html", context_, status=status)


def _member_action(*, workspace: Workspace, user: User, post: Any) -> None:
    """One form of the settings page: `action` is invite, role:USERNAME or remove:USERNAME."""
    action, _, username = post.get("action", "").partition(":")
    if action == "invite":
        members.member_invite(
            workspace=workspace, user=user, username=post.get("username", ""), role=post.get("role", "viewer")
        )
    elif action == "role":
        members.member_set_role(workspace=workspace, user=user, username=username, role=post.get("role", ""))
    elif action == "remove":
        members.member_remove(workspace=workspace, user=user, username=username)
    else:
        raise ApplicationError(f"unknown action {action!r}")
