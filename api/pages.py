"""Server-rendered pages that show run-side data: a run in the designer, an endpoint, and
the compute targets with the cluster's workers and queues.

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

from designer import compute, services
from designer.errors import ApplicationError, NotFound
from runner import cluster
from runner import selectors as runs


@login_required
@ensure_csrf_cookie
def run_page(request: HttpRequest, run_id: int) -> HttpResponse:
    try:
        run = runs.run_get(user=request.user, run_id=run_id)
    except NotFound:
        raise Http404("run not found") from None
    return render(request, "designer/designer.html", {"pipeline": run.pipeline, "run_id": run.pk})


@login_required
@ensure_csrf_cookie
def endpoint_page(request: HttpRequest, name: str) -> HttpResponse:
    """An endpoint's URL, inputs and a form to try it with JSON rows."""
    try:
        endpoint = runs.endpoint_get(user=request.user, name=name)
    except NotFound:
        raise Http404("endpoint not found") from None
    example = json.dumps({"rows": [dict.fromkeys(endpoint.feature_columns, 0)]}, indent=2)
    return render(request, "designer/endpoint.html", {"endpoint": endpoint, "example": example})


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
