"""Server-rendered pages that show run-side data: a run in the designer, the endpoints
(real-time and pipeline endpoints, each with a page of its own), and the compute
targets with the cluster's workers and queues.

They read the design domain and the run engine both, so they live here with the other
adapters rather than in designer/views.py (designer never imports runner). Their URLs
are api/page_urls.py, included at the site's root; the templates are templates/designer/.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.db.models import Count, Model, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import ensure_csrf_cookie

from designer import compute, roles, services
from designer.context import page_workspace
from designer.errors import ApplicationError, NotFound
from runner import cluster, endpoints, publishing, schedules
from runner import selectors as runs

_Scoped = TypeVar("_Scoped", bound=Model)


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


def _narrowed(request: HttpRequest, listed: QuerySet[_Scoped]) -> QuerySet[_Scoped]:
    """A page's list narrowed to the workspace the browser switched to, if any."""
    workspace = page_workspace(request)
    return listed if workspace is None else listed.filter(workspace=workspace)


@login_required
def endpoints_page(request: HttpRequest) -> HttpResponse:
    """Every endpoint of the user's workspaces: pipeline endpoints (published pipelines
    triggered over REST or on a schedule) and real-time endpoints (scoring rows)."""
    user = request.user
    assert isinstance(user, User)
    pipeline_rows = [
        {"endpoint": e, "last_run": runs.pipeline_endpoint_runs(endpoint=e).first()}
        for e in _narrowed(request, runs.pipeline_endpoint_list(user=user)).annotate(
            version_count=Count("versions", distinct=True),
            enabled_schedules=Count("schedules", filter=Q(schedules__enabled=True), distinct=True),
        )
    ]
    realtime_rows = [
        {"endpoint": e, "stats": endpoints.endpoint_stats(e), "versions": e.versions.count()}
        for e in _narrowed(request, runs.endpoint_list(user=user)).order_by("name")
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


@login_required
@ensure_csrf_cookie
def pipeline_endpoint_page(request: HttpRequest, name: str) -> HttpResponse:
    """A pipeline endpoint: its versions with make-default, disable and enable; the
    trigger URL with a curl example; the parameters; recent runs; its schedules, with
    forms to add one, enable, disable or delete it."""
    user = request.user
    assert isinstance(user, User)
    try:
        endpoint = runs.pipeline_endpoint_get(user=user, name=name)
    except NotFound:
        raise Http404("pipeline endpoint not found") from None
    problems: list[str] = []
    status = 200
    if request.method == "POST":
        try:
            _pipeline_endpoint_action(endpoint=endpoint, user=user, post=request.POST)
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
    schedule_rows = [
        {"schedule": schedule, "next": schedules.next_fire_times(schedule, n=3) if schedule.enabled else []}
        for schedule in schedules.schedules_for_endpoint(endpoint)
    ]
    context = {
        "endpoint": endpoint,
        "versions": versions,
        "parameters": parameters,
        "trigger_url": trigger_url,
        "curl": curl,
        "runs": runs.pipeline_endpoint_runs(endpoint=endpoint)[:20],
        "schedules": schedule_rows,
        "form": request.POST if status != 200 else {},
        "can_edit": _can_edit(user, endpoint.workspace),
        "problems": problems,
    }
    return render(request, "designer/pipeline_endpoint.html", context, status=status)


def _pipeline_endpoint_action(*, endpoint: Any, user: User, post: Any) -> None:
    """One form of the pipeline endpoint page: `action` is default:N, enable:N or
    disable:N for a version, schedule-add, or schedule-enable:ID, schedule-disable:ID or
    schedule-delete:ID."""
    action, _, argument = post.get("action", "").partition(":")
    if action == "schedule-add":
        schedules.schedule_create(endpoint=endpoint, user=user, fields=_schedule_fields(post))
    elif action.startswith("schedule-"):
        schedule = schedules.schedule_get(user=user, schedule_id=int(argument))
        if schedule.endpoint_id != endpoint.pk:
            raise NotFound("schedule not found")
        if action == "schedule-enable":
            schedules.schedule_enable(schedule=schedule, user=user)
        elif action == "schedule-disable":
            schedules.schedule_disable(schedule=schedule, user=user)
        elif action == "schedule-delete":
            schedules.schedule_delete(schedule=schedule, user=user)
        else:
            raise ApplicationError(f"unknown action {action!r}")
    elif action == "default":
        publishing.endpoint_update(endpoint=endpoint, user=user, fields={"default_version": int(argument)})
    elif action in ("enable", "disable"):
        published = runs.published_version_get(endpoint=endpoint, version=int(argument))
        publishing.version_update(published=published, user=user, enabled=action == "enable")
    else:
        raise ApplicationError(f"unknown action {action!r}")


def _schedule_fields(post: Any) -> dict[str, Any]:
    """A schedule from the page's form: a cron expression in a time zone, or an
    interval in seconds; blank fields are left to the service's defaults."""
    kind = post.get("kind", "interval")
    fields: dict[str, Any] = {"kind": kind, "allow_overlap": post.get("allow_overlap") == "on"}
    if name := post.get("name", "").strip():
        fields["name"] = name
    if kind == "cron":
        fields["cron"] = post.get("cron", "").strip()
        fields["timezone"] = post.get("timezone", "").strip() or "UTC"
    elif kind == "interval":
        seconds = post.get("interval_seconds", "").strip()
        try:
            fields["interval_seconds"] = int(seconds)
        except ValueError:
            raise ApplicationError(f"the interval must be a whole number of seconds, got {seconds!r}") from None
    if parameters := post.get("parameters", "").strip():
        try:
            fields["parameters"] = json.loads(parameters)
        except json.JSONDecodeError as exc:
            raise ApplicationError(f"the parameters must be a JSON object: {exc}") from None
    return fields


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
                workspace = services.workspace_for_write(user=user, workspace_id=None, current=page_workspace(request))
                compute.target_create(workspace=workspace, user=user, fields=_target_fields(request.POST))
            return redirect("compute")
        except (ApplicationError, ValueError) as exc:
            message = exc.message if isinstance(exc, ApplicationError) else str(exc)
            extra = exc.extra.get("errors", []) if isinstance(exc, ApplicationError) else []
            problems = [message, *(e["message"] for e in extra)]
            status = exc.status_code if isinstance(exc, ApplicationError) else 400
    listed = compute.target_rows_for_user(user=user, workspace=page_workspace(request))
    targets, state = cluster.compute_overview(listed)
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
