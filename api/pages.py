"""Server-rendered pages that show run-side data: a run in the designer, the endpoints
(real-time and pipeline endpoints, each with a page of its own), and the compute
targets with the cluster's workers and queues.

They read the design domain and the run engine both, so they live here with the other
adapters rather than in designer/views.py (designer never imports runner). Their URLs
are api/page_urls.py, included at the site's root; the templates are templates/designer/.
"""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import ensure_csrf_cookie

from designer import compute, roles, services
from designer.errors import ApplicationError, NotFound
from runner import cluster, endpoints
from runner import selectors as runs


@login_required
@ensure_csrf_cookie
def run_page(request: HttpRequest, run_id: int) -> HttpResponse:
    try:
        run = runs.run_get(user=request.user, run_id=run_id)
    except NotFound:
        raise Http404("run not found") from None
    return render(request, "designer/designer.html", {"pipeline": run.pipeline, "run_id": run.pk})


def _can_edit(user: User, workspace: Any) -> bool:
    """Whether to show the page's write forms; the services check again on POST."""
    current = roles.role_of(user=user, workspace=workspace)
    return current is not None and roles.RANK[current] >= roles.RANK[roles.EDITOR]


def _problems(exc: ApplicationError | ValueError) -> tuple[list[str], int]:
    """A refused form, shown on the page with its status (as on the compute page)."""
    if isinstance(exc, ApplicationError):
        return [exc.message, *(e["message"] for e in exc.extra.get("errors", []))], exc.status_code
    return [str(exc)], 400


@login_required
def endpoints_page(request: HttpRequest) -> HttpResponse:
    """Every endpoint of the user's workspaces: pipeline endpoints (published pipelines
    triggered over REST or on a schedule) and real-time endpoints (scoring rows)."""
    user = request.user
    assert isinstance(user, User)
    pipeline_rows = [
        {"endpoint": e, "last_run": endpoints.pipeline_endpoint_runs(e).order_by("-id").first()}
        for e in endpoints.pipeline_endpoint_list(user=user)
    ]
    realtime_rows = [
        {"endpoint": e, "stats": endpoints.endpoint_stats(e), "versions": e.versions.count()}
        for e in runs.endpoint_list(user=user).order_by("name")
    ]
    return render(request, "designer/endpoints.html", {"pipeline_rows": pipeline_rows, "realtime_rows": realtime_rows})


@login_required
@ensure_csrf_cookie
def endpoint_page(request: HttpRequest, name: str) -> HttpResponse:
    """A real-time endpoint: its live version, versions to promote, a rollback, its
    request statistics and log, a form to try it, and a curl example."""
    user = request.user
    assert isinstance(user, User)
    try:
        endpoint = runs.endpoint_get(user=user, name=name)
    except NotFound:
        raise Http404("endpoint not found") from None
    problems: list[str] = []
    status = 200
    if request.method == "POST":
        try:
            if "rollback" in request.POST:
                endpoints.endpoint_rollback(endpoint=endpoint, user=user)
            else:
                endpoints.endpoint_promote(endpoint=endpoint, user=user, version=int(request.POST.get("promote", "")))
            return redirect("endpoint-page", name=endpoint.name)
        except (ApplicationError, ValueError) as exc:
            problems, status = _problems(exc)
    detail = endpoints.endpoint_detail(endpoint)
    example = json.dumps({"rows": [dict.fromkeys(endpoint.feature_columns, 0)]}, indent=2)
    score_url = request.build_absolute_uri(detail["score_url"])
    curl = (
        f"curl -X POST {score_url} \\\n"
        '  -H "Authorization: Token <your-token>" \\\n'
        '  -H "Content-Type: application/json" \\\n'
        f"  -d '{json.dumps({'rows': [dict.fromkeys(endpoint.feature_columns, 0)]})}'"
    )
    context = {
        "endpoint": endpoint,
        "detail": detail,
        "requests": endpoints.endpoint_requests(endpoint)[:25],
        "example": example,
        "curl": curl,
        "can_edit": _can_edit(user, endpoint.workspace),
        "problems": problems,
    }
    return render(request, "designer/endpoint.html", context, status=status)


def next_fire_times(schedule: Any) -> list[Any]:
    """The schedule's next fire times, when runner/schedules.py (which computes them) is
    there; nothing otherwise. The one place the page asks for them."""
    try:
        from runner import schedules  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return []
    compute_times = getattr(schedules, "next_fire_times", None)
    if compute_times is None or not schedule.enabled:
        return []
    return list(compute_times(schedule))[:3]


@login_required
@ensure_csrf_cookie
def pipeline_endpoint_page(request: HttpRequest, name: str) -> HttpResponse:
    """A pipeline endpoint: its versions with make-default, disable and enable; the
    trigger URL with a curl example; the parameters; recent runs; its schedules."""
    user = request.user
    assert isinstance(user, User)
    try:
        endpoint = endpoints.pipeline_endpoint_get(user=user, name=name)
    except NotFound:
        raise Http404("pipeline endpoint not found") from None
    problems: list[str] = []
    status = 200
    if request.method == "POST":
        try:
            action, _, number = request.POST.get("action", "").partition(":")
            version = int(number)
            if action == "default":
                endpoints.pipeline_version_make_default(endpoint=endpoint, user=user, version=version)
            elif action in ("enable", "disable"):
                endpoints.pipeline_version_set_enabled(
                    endpoint=endpoint, user=user, version=version, enabled=action == "enable"
                )
            else:
                raise ApplicationError(f"unknown action {action!r}")
            return redirect("pipeline-endpoint-page", name=endpoint.name)
        except (ApplicationError, ValueError) as exc:
            problems, status = _problems(exc)
    versions = list(endpoint.versions.select_related("created_by", "pipeline").order_by("-version"))
    shown = next((v for v in versions if v.version == endpoint.default_version), versions[0] if versions else None)
    parameters = shown.snapshot.get("graph", {}).get("parameters", []) if shown else []
    trigger_url = request.build_absolute_uri(f"/api/pipeline-endpoints/{endpoint.name}/runs/")
    body = {"parameters": {p["name"]: p.get("default") for p in parameters}}
    curl = (
        f"curl -X POST {trigger_url} \\\n"
        '  -H "Authorization: Token <your-token>" \\\n'
        '  -H "Content-Type: application/json" \\\n'
        '  -H "Idempotency-Key: <a-unique-key-per-request>" \\\n'
        f"  -d '{json.dumps(body)}'"
    )
    schedules = [
        {"schedule": schedule, "next": next_fire_times(schedule)}
        for schedule in endpoints.pipeline_endpoint_schedules(endpoint)
    ]
    context = {
        "endpoint": endpoint,
        "versions": versions,
        "parameters": parameters,
        "trigger_url": trigger_url,
        "curl": curl,
        "runs": endpoints.pipeline_endpoint_runs(endpoint).order_by("-id")[:20],
        "schedules": schedules,
        "can_edit": _can_edit(user, endpoint.workspace),
        "problems": problems,
    }
    return render(request, "designer/pipeline_endpoint.html", context, status=status)


_TARGET_FORM_FIELDS = ("name", "description", "executor", "queue", "image", "requirements")
_TARGET_LIMIT_FIELDS = ("cpus", "memory_mb", "timeout_seconds", "max_processes")


def _target_fields(post: Any) -> dict[str, Any]:
    """A compute target from the page's form: blank limits mean no limit."""
    fields: dict[str, Any] = {key: post.get(key, "").strip() for key in _TARGET_FORM_FIELDS if post.get(key)}
    if "requirements" in fields:
        fields["requirements"] = [line.strip() for line in fields["requirements"].splitlines() if line.strip()]
    fields["network"] = post.get("network") == "on"
    for key in _TARGET_LIMIT_FIELDS:
        value = post.get(key, "").strip()
        if value:
            try:
                fields[key] = float(value) if key == "cpus" else int(value)
            except ValueError:
                raise ApplicationError(f"{key} must be a number, got {value!r}") from None
    return fields


@login_required
def compute_page(request: HttpRequest) -> HttpResponse:
    """Compute targets with the workers serving them and their queue lengths; a form
    to add a workspace target, and removing one."""
    user = request.user
    assert isinstance(user, User)
    problems: list[str] = []
    status = 200
    if request.method == "POST":
        try:
            if target_id := request.POST.get("delete"):
                compute.target_delete(target=compute.target_get(user=user, target_id=int(target_id)), user=user)
            else:
                workspace = services.workspace_default(user=user)
                compute.target_create(workspace=workspace, user=user, fields=_target_fields(request.POST))
            return redirect("compute")
        except (ApplicationError, ValueError) as exc:
            message = exc.message if isinstance(exc, ApplicationError) else str(exc)
            extra = exc.extra.get("errors", []) if isinstance(exc, ApplicationError) else []
            problems = [message, *(e["message"] for e in extra)]
            status = exc.status_code if isinstance(exc, ApplicationError) else 400
    targets, state = cluster.compute_overview(compute.target_rows_for_user(user=user))
    return render(
        request,
        "designer/compute.html",
        {
            "targets": targets,
            "workers": state.workers,
            "broker_error": state.broker_error,
            "problems": problems,
            "form": request.POST,
        },
        status=status,
    )
