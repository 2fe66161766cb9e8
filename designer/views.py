"""Server-rendered pages: the app shell around the front-end bundle."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import ensure_csrf_cookie

from designer import selectors
from designer.errors import NotFound
from runner import selectors as runs


@login_required
def home(request: HttpRequest) -> HttpResponse:
    pipelines = selectors.pipeline_list(user=request.user).prefetch_related("runs")
    return render(request, "designer/home.html", {"pipelines": pipelines})


@login_required
@ensure_csrf_cookie
def pipeline_designer(request: HttpRequest, pipeline_id: int) -> HttpResponse:
    try:
        pipeline = selectors.pipeline_get(user=request.user, pipeline_id=pipeline_id)
    except NotFound:
        raise Http404("pipeline not found") from None
    return render(request, "designer/designer.html", {"pipeline": pipeline, "run_id": ""})


@login_required
@ensure_csrf_cookie
def run_page(request: HttpRequest, run_id: int) -> HttpResponse:
    try:
        run = runs.run_get(user=request.user, run_id=run_id)
    except NotFound:
        raise Http404("run not found") from None
    return render(request, "designer/designer.html", {"pipeline": run.pipeline, "run_id": run.pk})
