"""Server-rendered experiment pages: the list (run counts, last run), one
experiment's runs table, sortable and filterable, each run linking to the canvas, and
the comparison of the runs chosen there (a shell the front-end bundle fills in from
GET /api/experiments/{id}/compare/).

Both read through runner.experiments, as the API does; the table is the same rows as
GET /api/experiments/{id}/runs/, cut by the same query string."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.utils.http import urlencode
from django.views.decorators.csrf import ensure_csrf_cookie

from api.pages import _can_edit, _problems
from designer import services
from designer.context import page_workspace
from designer.errors import ApplicationError, NotFound
from runner import experiment_compare, experiments
from runner.models import RunStatus

PAGE_SIZE = 50


@login_required
@ensure_csrf_cookie
def experiments_page(request: HttpRequest) -> HttpResponse:
    """The experiments of the user's workspaces, with a form to add one."""
    user = request.user
    assert isinstance(user, User)
    problems: list[str] = []
    status = 200
    if request.method == "POST":
        try:
            created = experiments.experiment_create(
                workspace=services.workspace_for_write(user=user, workspace_id=None, current=page_workspace(request)),
                user=user,
                name=request.POST.get("name", ""),
                description=request.POST.get("description", ""),
            )
            return redirect("experiment-page", experiment_id=created.pk)
        except ApplicationError as exc:
            problems, status = _problems(exc)
    show_archived = request.GET.get("archived") == "1"
    current = page_workspace(request)
    rows = experiments.experiment_list(
        user=user, workspace_id=current.pk if current else None, include_archived=show_archived
    )
    context = {"experiments": rows, "show_archived": show_archived, "problems": problems, "form": request.POST}
    return render(request, "designer/experiments.html", context, status=status)


def _link(query: QueryDict, **changes: str) -> str:
    """This page's query string with some keys changed (an empty value removes one)."""
    updated = query.copy()
    for key, value in changes.items():
        if value:
            updated[key] = value
        else:
            updated.pop(key, None)
    return "?" + updated.urlencode() if updated else "?"


def _column(query: QueryDict, key: str, label: str, current: str) -> dict[str, Any]:
    """A sortable column header: clicking sorts by it, clicking again reverses."""
    ascending = current == key
    arrow = " ▲" if current == key else " ▼" if current == f"-{key}" else ""
    return {"key": key, "label": label + arrow, "href": _link(query, sort=key if not ascending else f"-{key}", page="")}


@login_required
@ensure_csrf_cookie
def experiment_page(request: HttpRequest, experiment_id: int) -> HttpResponse:
    """One experiment: its runs as rows of parameters and metrics. Column headers sort,
    the form above filters by status and by a value range of one column; an editor can
    rename, describe and archive it."""
    user = request.user
    assert isinstance(user, User)
    try:
        experiment = experiments.experiment_get(user=user, experiment_id=experiment_id)
    except NotFound:
        raise Http404("experiment not found") from None
    problems: list[str] = []
    status = 200
    if request.method == "POST":
        fields: dict[str, Any] = {}
        if "name" in request.POST:
            fields["name"] = request.POST["name"]
            fields["description"] = request.POST.get("description", "")
        if "archived" in request.POST:
            fields["archived"] = request.POST["archived"] == "1"
        try:
            experiments.experiment_update(experiment=experiment, user=user, fields=fields)
            return redirect("experiment-page", experiment_id=experiment.pk)
        except ApplicationError as exc:
            problems, status = _problems(exc)

    query = request.GET
    # The filter form names one column and its range; turn it into the API's keys.
    params: dict[str, str] = {k: str(v) for k, v in query.items() if k.startswith(("param.", "metric."))}
    if column := query.get("column", ""):
        for bound in ("min", "max"):
            if value := query.get(bound, "").strip():
                params[f"{column}.{bound}"] = value
    try:
        runs_query = experiments.parse_runs_query(params, sort=query.get("sort", ""), status=query.get("status", ""))
        table = experiments.experiment_runs(experiment=experiment, query=runs_query)
    except ApplicationError as exc:
        problems, status = _problems(exc)
        runs_query = experiments.RunsQuery()
        table = experiments.experiment_runs(experiment=experiment, query=runs_query)
    page = Paginator(table.rows, PAGE_SIZE).get_page(query.get("page"))
    sort = runs_query.sort
    columns = [
        _column(query, "number", "Run", sort),
        _column(query, "status", "Status", sort),
        _column(query, "pipeline", "Pipeline", sort),
        _column(query, "created_at", "Submitted", sort),
        _column(query, "main_metric", "Main metric", sort),
    ]
    param_columns = [_column(query, f"param.{name}", name, sort) for name in table.parameters]
    metric_columns = [_column(query, f"metric.{name}", name, sort) for name in table.metrics]
    rows = [
        {
            "run": row,
            "parameters": [_show(row["parameters"].get(name)) for name in table.parameters],
            "metrics": [_show(row["metrics"].get(name)) for name in table.metrics],
        }
        for row in page.object_list
    ]
    context = {
        "experiment": experiment,
        "columns": columns,
        "param_columns": param_columns,
        "metric_columns": metric_columns,
        "rows": rows,
        "page": page,
        "prev_link": _link(query, page=str(page.previous_page_number())) if page.has_previous() else "",
        "next_link": _link(query, page=str(page.next_page_number())) if page.has_next() else "",
        "statuses": RunStatus.values,
        "status_filter": query.get("status", ""),
        "filter_column": query.get("column", ""),
        "filter_min": query.get("min", ""),
        "filter_max": query.get("max", ""),
        "can_edit": _can_edit(user, experiment.workspace),
        "problems": problems,
    }
    return render(request, "designer/experiment.html", context, status=status)


@login_required
def experiment_compare_page(request: HttpRequest, experiment_id: int) -> HttpResponse:
    """The runs chosen on the experiment's page side by side. The runs table's check
    boxes send `run=` once per run (a form without script); that is turned into the
    page's own address, `?runs=1,2,3`, which can be bookmarked and shared."""
    user = request.user
    assert isinstance(user, User)
    try:
        experiment = experiments.experiment_get(user=user, experiment_id=experiment_id)
    except NotFound:
        raise Http404("experiment not found") from None
    checked = request.GET.getlist("run")
    if checked:
        return redirect(f"{request.path}?{urlencode({'runs': ','.join(value.strip() for value in checked)})}")
    problems: list[str] = []
    runs: list[Any] = []
    try:
        run_ids = experiment_compare.parse_run_ids(request.GET.get("runs", ""))
        runs = list(experiment_compare.runs_to_compare(experiment=experiment, run_ids=run_ids))
    except ApplicationError as exc:
        problems, _ = _problems(exc)
    context = {
        "experiment": experiment,
        "runs": runs,
        "run_ids": ",".join(str(run.pk) for run in runs),
        "problems": problems,
    }
    return render(request, "designer/experiment_compare.html", context, status=400 if problems else 200)


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)
