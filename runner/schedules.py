"""Schedules and data triggers of pipeline endpoints.

A schedule starts runs of a pipeline endpoint's default (or a pinned) version with fixed
parameter values: on a cron expression in a time zone, every N seconds, or when a new
version of a dataset of the workspace is registered (its number goes into one pipeline
parameter). Celery beat keeps the time: every time-based schedule has a
django-celery-beat PeriodicTask, written in the same transaction as the schedule, that
sends `runner.tasks.fire_schedule` with the schedule's id. A new dataset version sends
the same task, on commit, for every enabled schedule on that dataset. Whatever sent it,
the task ends in `schedule_fire`, which decides under a lock on the schedule whether a
run starts.

Public functions (the API, the pages and the tasks use these):

- reads: `schedule_list`, `schedule_get`, `schedules_for_endpoint`, `endpoint_for_schedule`,
  `next_fire_times`, `recent_runs`;
- writes (each checks the editor role first): `schedule_create`, `schedule_update`,
  `schedule_enable`, `schedule_disable`, `schedule_delete`;
- firing: `schedule_fire` (the task), `dataset_version_registered` (the data trigger,
  connected to DatasetVersion's post_save in runner/apps.py), `periodic_task_forget`
  (a deleted schedule's PeriodicTask goes with it).
"""

from __future__ import annotations

import enum
import json
import logging
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from celery import current_app
from celery.schedules import ParseException, crontab
from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django_celery_beat.models import CrontabSchedule, IntervalSchedule, PeriodicTask

from designer.errors import ApplicationError, Conflict, NotFound, PermissionDenied
from designer.graph import CompileError, GraphDocument, check_typed, compile_plan
from designer.models import Dataset, DatasetVersion
from designer.roles import EDITOR, require_role
from designer.selectors import workspace_list
from runner.engine.submit import published_catalog, run_submit_published
from runner.experiments import experiment_named
from runner.models import (
    RUN_FINISHED,
    PipelineEndpoint,
    PipelineRun,
    PublishedPipeline,
    RunTrigger,
    Schedule,
    ScheduleKind,
)
from runner.publishing import published_version_for_run

logger = logging.getLogger(__name__)

FIRE_SCHEDULE_TASK = "runner.tasks.fire_schedule"
# The longest interval a schedule may have (a year); longer is a cron expression.
MAX_INTERVAL_SECONDS = 366 * 24 * 3600
# Two fires of a cron schedule closer than the next due time are one due time seen
# twice (two beats, a redelivered message); this much clock difference between the
# beat and the worker is allowed for.
CLOCK_SKEW_SECONDS = 1.0

# What a schedule's fields may be set to through schedule_create / schedule_update.
FIELDS = frozenset(
    {
        "name",
        "kind",
        "cron",
        "timezone",
        "interval_seconds",
        "dataset",
        "dataset_parameter",
        "version",
        "parameters",
        "experiment",
        "allow_overlap",
        "enabled",
    }
)
# Fields that change when beat fires a time-based schedule.
_TIMING_FIELDS = frozenset({"kind", "cron", "timezone", "interval_seconds", "enabled"})
_CRON_FIELDS = (
    ("minute", 60, 0),
    ("hour", 24, 0),
    ("day_of_month", 31, 1),
    ("month_of_year", 12, 1),
    ("day_of_week", 7, 0),
)


def min_interval_seconds() -> int:
    """The shortest interval a schedule may have (SCHEDULE_MIN_INTERVAL_SECONDS)."""
    return int(getattr(settings, "SCHEDULE_MIN_INTERVAL_SECONDS", 1))


# --------------------------------------------------------------------------- reads


def schedule_list(*, user: User, endpoint_name: str | None = None) -> QuerySet[Schedule]:
    """The schedules of the user's workspaces, optionally of pipeline endpoints of one name."""
    schedules = Schedule.objects.filter(workspace__in=workspace_list(user=user)).select_related(
        "endpoint", "dataset", "periodic_task", "experiment"
    )
    if endpoint_name is not None:
        schedules = schedules.filter(endpoint__name=endpoint_name)
    return schedules.order_by("endpoint__name", "name", "id")


def schedule_get(*, user: User, schedule_id: int) -> Schedule:
    """The schedule, or NotFound when it does not exist or is in another workspace."""
    schedule = schedule_list(user=user).filter(pk=schedule_id).first()
    if schedule is None:
        raise NotFound("schedule not found")
    return schedule


def schedules_for_endpoint(endpoint: PipelineEndpoint) -> QuerySet[Schedule]:
    """An endpoint's schedules, for its page (the caller has found the endpoint through
    the user's workspaces)."""
    return endpoint.schedules.select_related("dataset", "periodic_task", "experiment").order_by("name", "id")


def recent_runs(schedule: Schedule, n: int = 10) -> list[PipelineRun]:
    """The runs the schedule started, newest first."""
    return list(schedule.runs.select_related("pipeline", "published_version").order_by("-id")[:n])


def endpoint_for_schedule(*, user: User, name: str, workspace_id: int | None = None) -> PipelineEndpoint:
    """The pipeline endpoint a new schedule names: by name among the user's workspaces
    (or in the one named). A name nobody of the user's workspaces has is a 400 that
    reads the same whether or not another workspace has it."""
    endpoints = PipelineEndpoint.objects.filter(workspace__in=workspace_list(user=user), name=name)
    if workspace_id is not None:
        endpoints = endpoints.filter(workspace_id=workspace_id)
    found = list(endpoints.select_related("workspace")[:2])
    if not found:
        raise ApplicationError(
            f"no pipeline endpoint named {name!r}",
            extra={"errors": [_problem("endpoint", "no such pipeline endpoint")]},
        )
    if len(found) > 1:
        raise ApplicationError(
            f"several of your workspaces have a pipeline endpoint named {name!r}; name the workspace",
            extra={"errors": [_problem("workspace", "name the workspace of the endpoint")]},
        )
    return found[0]


def next_fire_times(schedule: Schedule, n: int = 5, now: datetime | None = None) -> list[datetime]:
    """When the schedule fires next (UTC), at most n; [] for a disabled or dataset schedule.

    Cron: the expression's next times in its time zone. Interval: N seconds after the
    last fire (or after it was enabled); a fire that is overdue because beat was down
    shows as now: it fires once as beat comes back."""
    now = now or timezone.now()
    if not schedule.enabled or n <= 0:
        return []
    if schedule.kind == ScheduleKind.CRON:
        times = _cron_times(_parse_cron(schedule.cron), _zone(schedule.timezone), now)
        return [t.astimezone(UTC) for _, t in zip(range(n), times, strict=False)]
    if schedule.kind == ScheduleKind.INTERVAL and schedule.interval_seconds:
        every = timedelta(seconds=schedule.interval_seconds)
        task = schedule.periodic_task
        base = (task.last_run_at or task.date_changed) if task is not None else None
        first = max((base or schedule.updated_at) + every, now)
        return [(first + i * every).astimezone(UTC) for i in range(n)]
    return []


# --------------------------------------------------------------------------- writes


def schedule_create(*, endpoint: PipelineEndpoint, user: User, fields: dict[str, Any]) -> Schedule:
    """A new schedule of the endpoint; a 400 names every field that is wrong (a cron
    expression, a time zone, a parameter the version does not declare...)."""
    require_role(user=user, workspace=endpoint.workspace, role=EDITOR, action="schedule pipelines")
    unknown = set(fields) - FIELDS
    if unknown:
        raise ApplicationError(
            "unknown schedule fields", extra={"errors": [_problem(f, "not a schedule field") for f in sorted(unknown)]}
        )
    schedule = Schedule(workspace=endpoint.workspace, endpoint=endpoint, created_by=user, timezone="UTC")
    _apply(schedule, fields, creating=True)
    try:
        with transaction.atomic():
            _set_experiment(schedule, fields, user)
            schedule.save()
            _sync_periodic_task(schedule, reset_clock=True)
    except IntegrityError:
        raise Conflict(f"a schedule named {schedule.name!r} exists already in this workspace") from None
    return schedule


def schedule_update(*, schedule: Schedule, user: User, fields: dict[str, Any]) -> Schedule:
    """Change some fields; the whole schedule is checked again as it would be after."""
    require_role(user=user, workspace=schedule.workspace, role=EDITOR, action="change schedules")
    unknown = set(fields) - FIELDS
    if unknown:
        raise ApplicationError(
            "unknown schedule fields", extra={"errors": [_problem(f, "not a schedule field") for f in sorted(unknown)]}
        )
    before = {f: getattr(schedule, f) for f in _TIMING_FIELDS}
    _apply(schedule, fields, creating=False)
    timing_changed = any(getattr(schedule, f) != value for f, value in before.items())
    try:
        with transaction.atomic():
            _set_experiment(schedule, fields, user)
            schedule.save()
            if timing_changed:
                # Enabled again, or a new rhythm: the clock starts now (no catching up
                # on what fell due while it was off).
                _sync_periodic_task(schedule, reset_clock=True)
    except IntegrityError:
        raise Conflict(f"a schedule named {schedule.name!r} exists already in this workspace") from None
    return schedule


def schedule_enable(*, schedule: Schedule, user: User) -> Schedule:
    return schedule_update(schedule=schedule, user=user, fields={"enabled": True})


def schedule_disable(*, schedule: Schedule, user: User) -> Schedule:
    return schedule_update(schedule=schedule, user=user, fields={"enabled": False})


def schedule_delete(*, schedule: Schedule, user: User) -> None:
    """Delete the schedule and its PeriodicTask (periodic_task_forget); its runs stay."""
    require_role(user=user, workspace=schedule.workspace, role=EDITOR, action="delete schedules")
    with transaction.atomic():
        schedule.delete()


def periodic_task_forget(schedule: Schedule) -> None:
    """Connected to Schedule's post_delete (runner/apps.py): whichever way a schedule
    goes (deleted, or with its endpoint or workspace), beat stops sending its task."""
    if schedule.periodic_task_id is not None:
        PeriodicTask.objects.filter(pk=schedule.periodic_task_id).delete()


def _set_experiment(schedule: Schedule, fields: dict[str, Any], user: User) -> None:
    """The experiment a schedule's runs go to, by name (created if new, as a submit
    does); blank or null: each run goes to its pipeline's default experiment."""
    if "experiment" not in fields:
        return
    name = (fields["experiment"] or "").strip()
    schedule.experiment = experiment_named(workspace=schedule.workspace, name=name, user=user) if name else None


def _problem(field: str, message: str) -> dict[str, Any]:
    return {"node_id": None, "port": None, "param": field, "message": message}


def _apply(schedule: Schedule, fields: dict[str, Any], *, creating: bool) -> None:
    """Set the given fields on the (unsaved) schedule and check all of it; a 400 lists
    every problem."""
    errors: list[dict[str, Any]] = []

    def bad(field: str, message: str) -> None:
        errors.append(_problem(field, message))

    if creating and "kind" not in fields:
        bad("kind", f"kind is required: one of {', '.join(ScheduleKind.values)}")
    for field in ("allow_overlap", "enabled"):
        if field in fields:
            if isinstance(fields[field], bool):
                setattr(schedule, field, fields[field])
            else:
                bad(field, f"{field} must be true or false")
    if "kind" in fields:
        if fields["kind"] in ScheduleKind.values:
            schedule.kind = fields["kind"]
        else:
            bad("kind", f"kind must be one of {', '.join(ScheduleKind.values)}, got {fields['kind']!r}")
    if "experiment" in fields:
        # Only checked here; schedule_create / schedule_update set it with the schedule.
        value = fields["experiment"]
        if value is not None and (not isinstance(value, str) or len(value.strip()) > 200):
            bad("experiment", "experiment must be text of at most 200 characters")
    for field, limit in (("name", 200), ("dataset_parameter", 100)):
        if field in fields:
            value = fields[field]
            if value is None and field != "name":
                value = ""
            if not isinstance(value, str) or len(value.strip()) > limit:
                bad(field, f"{field} must be text of at most {limit} characters")
            else:
                setattr(schedule, field, value.strip())
    if "name" in fields and not schedule.name:
        bad("name", "name must not be blank")
    if "parameters" in fields:
        parameters = fields["parameters"] if fields["parameters"] is not None else {}
        if isinstance(parameters, dict):
            schedule.parameters = parameters
        else:
            bad("parameters", "parameters must be an object of pipeline parameter values")
    if "version" in fields:
        version = fields["version"]
        if version is None or (isinstance(version, int) and not isinstance(version, bool) and version >= 1):
            schedule.version = version
        else:
            bad("version", "version must be a published version number, or null for the endpoint's default")
    if "cron" in fields:
        schedule.cron = fields["cron"] if isinstance(fields["cron"], str) else ""
        if not isinstance(fields["cron"], str):
            bad("cron", "cron must be a text of 5 fields")
    if "timezone" in fields:
        tz = fields["timezone"]
        schedule.timezone = tz if isinstance(tz, str) else ""
    if "interval_seconds" in fields:
        value = fields["interval_seconds"]
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            schedule.interval_seconds = value
        else:
            bad("interval_seconds", "interval_seconds must be a whole number of seconds")
    if "dataset" in fields:
        name = fields["dataset"]
        if name is None or name == "":
            schedule.dataset = None
        elif not isinstance(name, str):
            bad("dataset", "dataset must be the name of a dataset of the workspace")
        else:
            dataset = Dataset.objects.filter(workspace=schedule.workspace, name=name.strip()).first()
            if dataset is None:
                known = ", ".join(Dataset.objects.filter(workspace=schedule.workspace).values_list("name", flat=True))
                bad("dataset", f"no dataset named {name!r} in this workspace (datasets: {known or 'none'})")
            else:
                schedule.dataset = dataset
    if errors:
        raise ApplicationError("the schedule is not valid", extra={"errors": errors})

    # The fields of the kind, checked together; those of other kinds are cleared.
    if schedule.kind == ScheduleKind.CRON:
        for message in _cron_problems(schedule.cron):
            bad("cron", message)
        if schedule.timezone not in _zones():
            bad("timezone", f"unknown time zone {schedule.timezone!r}; use an IANA name such as 'Europe/Berlin'")
        schedule.interval_seconds, schedule.dataset, schedule.dataset_parameter = None, None, ""
    elif schedule.kind == ScheduleKind.INTERVAL:
        low = min_interval_seconds()
        if schedule.interval_seconds is None:
            bad("interval_seconds", "an interval schedule needs interval_seconds")
        elif not low <= schedule.interval_seconds <= MAX_INTERVAL_SECONDS:
            bad("interval_seconds", f"interval_seconds must be from {low} to {MAX_INTERVAL_SECONDS}")
        schedule.cron, schedule.dataset, schedule.dataset_parameter = "", None, ""
    elif schedule.kind == ScheduleKind.DATASET:
        if schedule.dataset is None:
            bad("dataset", "a dataset schedule needs the name of a dataset of the workspace")
        if not schedule.dataset_parameter:
            bad("dataset_parameter", "a dataset schedule needs the pipeline parameter that receives the version number")
        schedule.cron, schedule.interval_seconds = "", None
    if schedule.kind in ScheduleKind.values and not errors:
        errors.extend(_version_problems(schedule))
    if errors:
        raise ApplicationError("the schedule is not valid", extra={"errors": errors})
    if not schedule.name:
        schedule.name = _default_name(schedule)


def _default_name(schedule: Schedule) -> str:
    if schedule.kind == ScheduleKind.CRON:
        what = f"at {schedule.cron} {schedule.timezone}"
    elif schedule.kind == ScheduleKind.INTERVAL:
        what = f"every {schedule.interval_seconds} s"
    else:
        what = f"on new {schedule.dataset.name if schedule.dataset else 'data'}"
    base = f"{schedule.endpoint.name} {what}"[:190]
    siblings = Schedule.objects.filter(workspace=schedule.workspace, name__startswith=base)
    taken = set(siblings.values_list("name", flat=True))
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base} ({n})"
    return name


def _version_problems(schedule: Schedule) -> list[dict[str, Any]]:
    """Check the parameters against the version the schedule runs (the pinned one, or
    the endpoint's default now), so a schedule that could not start a run is refused
    when it is made rather than failing on every fire."""
    try:
        published = published_version_for_run(endpoint=schedule.endpoint, version=schedule.version)
    except (NotFound, Conflict) as exc:
        return [_problem("version", exc.message)]
    return parameter_problems(
        published=published,
        parameters=schedule.parameters,
        dataset_parameter=schedule.dataset_parameter if schedule.kind == ScheduleKind.DATASET else "",
        dataset=schedule.dataset if schedule.kind == ScheduleKind.DATASET else None,
    )


def parameter_problems(
    *,
    published: PublishedPipeline,
    parameters: dict[str, Any],
    dataset_parameter: str = "",
    dataset: Dataset | None = None,
) -> list[dict[str, Any]]:
    """Each problem a run of the published version would have with these parameter
    values (compiled against its frozen graph and module versions); the dataset
    parameter must be declared and take a version number."""
    frozen = published.snapshot
    document = GraphDocument.from_dict(frozen["graph"])
    given = dict(parameters)
    problems: list[dict[str, Any]] = []
    label = f"version {published.version} of pipeline endpoint {published.endpoint.name!r}"
    if dataset_parameter:
        declared = document.parameter(dataset_parameter)
        names = ", ".join(p.name for p in document.parameters) or "none"
        if dataset_parameter in given:
            problems.append(
                _problem("parameters", f"{dataset_parameter!r} is set by the data trigger; leave it out of parameters")
            )
        if declared is None:
            problems.append(
                _problem(
                    "dataset_parameter", f"{label} has no pipeline parameter {dataset_parameter!r} (it has: {names})"
                )
            )
        elif not check_typed(declared.type, 1).ok:
            problems.append(
                _problem(
                    "dataset_parameter",
                    f"pipeline parameter {dataset_parameter!r} is of type {declared.type}; "
                    "it must take a dataset version number (int)",
                )
            )
        else:
            given[dataset_parameter] = 1  # any version number: only its type matters here
        if dataset is not None and _exports_to(frozen["graph"], dataset.name):
            problems.append(
                _problem("dataset", f"{label} exports to {dataset.name!r} itself: every run would start the next one")
            )
    try:
        compile_plan(document, published_catalog(frozen), given)
    except CompileError as exc:
        problems.extend(p.to_dict() for p in exc.problems)
    return problems


def _exports_to(graph: dict[str, Any], dataset_name: str) -> bool:
    return any(
        node.get("module") == "export_data"
        and str((node.get("params") or {}).get("destination", "")).strip() == dataset_name
        for node in graph.get("nodes", [])
    )


# --------------------------------------------------------------------------- cron


@cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _zone(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name if name in _zones() else "UTC")


def _cron_problems(expression: str) -> list[str]:
    parts = expression.split()
    if len(parts) != 5:
        return [
            f"a cron expression has 5 fields (minute hour day-of-month month day-of-week), "
            f"got {len(parts)} in {expression!r}"
        ]
    problems = []
    for (field, top, low), value in zip(_CRON_FIELDS, parts, strict=True):
        try:
            crontab(**{field: value})
        except (ValueError, ParseException, IndexError, KeyError, TypeError) as exc:
            hint = " (0-6, Sunday is 0, or sun-sat)" if field == "day_of_week" else f" ({low}-{top - 1 + low})"
            problems.append(f"cron field {field.replace('_', '-')} {value!r} is not valid{hint}: {exc}")
    if problems:
        return problems
    if parts[2] != "*" and parts[4] != "*":
        # Celery's crontab runs only on days matching both (classic cron: either);
        # refusing both avoids a schedule that fires less often than its author thinks.
        return ["restrict either the day of month or the day of week, not both (use * for one of them)"]
    try:
        _parse_cron(expression)
    except (ValueError, ParseException) as exc:
        return [f"cron expression {expression!r} is not valid: {exc}"]
    return []


def _parse_cron(expression: str) -> crontab:
    minute, hour, day_of_month, month_of_year, day_of_week = expression.split()
    return crontab(
        minute=minute, hour=hour, day_of_month=day_of_month, month_of_year=month_of_year, day_of_week=day_of_week
    )


def _cron_times(expression: crontab, tz: zoneinfo.ZoneInfo, after: datetime) -> Iterator[datetime]:
    """The expression's times strictly after `after`, in `tz`: day by day over its
    matching days (at most five years ahead, enough for any 29 February)."""
    # The sets celery's crontab expanded the fields into (untyped attributes).
    fields: dict[str, set[int]] = {f: getattr(expression, f) for f, _, _ in _CRON_FIELDS}
    hours, minutes = sorted(fields["hour"]), sorted(fields["minute"])
    day: date = after.astimezone(tz).date()
    last = after
    for _ in range(5 * 366 + 1):
        if (
            day.month in fields["month_of_year"]
            and day.day in fields["day_of_month"]
            and day.isoweekday() % 7 in fields["day_of_week"]
        ):
            for hour in hours:
                for minute in minutes:
                    at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
                    if at > last:  # a local time the clocks went back over is seen once
                        last = at
                        yield at
        day += timedelta(days=1)


def _previous_due_is_handled(schedule: Schedule, now: datetime) -> bool:
    """Whether the schedule fired already for the due time this fire is for: two beats,
    or a message delivered twice, must not start two runs."""
    if schedule.last_fired_at is None:
        return False
    if schedule.kind == ScheduleKind.CRON:
        upcoming = next(_cron_times(_parse_cron(schedule.cron), _zone(schedule.timezone), schedule.last_fired_at), None)
        return upcoming is None or upcoming > now + timedelta(seconds=CLOCK_SKEW_SECONDS)
    if schedule.kind == ScheduleKind.INTERVAL and schedule.interval_seconds:
        return (now - schedule.last_fired_at).total_seconds() < schedule.interval_seconds / 2
    return False


# --------------------------------------------------------------------------- beat


def _sync_periodic_task(schedule: Schedule, *, reset_clock: bool) -> None:
    """Keep the schedule's PeriodicTask as the schedule says (inside the caller's
    transaction): a crontab in the time zone or an interval, enabled as the schedule is.
    `reset_clock` starts the interval (and cron catch-up) from now: beat fires an
    interval schedule N seconds after it was created or enabled."""
    task = schedule.periodic_task
    if schedule.kind == ScheduleKind.DATASET:
        if task is not None:
            schedule.periodic_task = None
            schedule.save(update_fields=["periodic_task"])
            task.delete()
        return
    crontab_row: CrontabSchedule | None = None
    interval_row: IntervalSchedule | None = None
    if schedule.kind == ScheduleKind.CRON:
        minute, hour, day_of_month, month_of_year, day_of_week = schedule.cron.split()
        # Shared rows without a unique constraint (beat adds its own as it starts, so
        # two of the same can exist): any one of them will do.
        spec = {
            "minute": minute,
            "hour": hour,
            "day_of_month": day_of_month,
            "month_of_year": month_of_year,
            "day_of_week": day_of_week,
            "timezone": schedule.timezone,
        }
        crontab_row = CrontabSchedule.objects.filter(**spec).order_by("id").first()
        crontab_row = crontab_row or CrontabSchedule.objects.create(**spec)
    else:
        assert schedule.interval_seconds is not None
        every = {"every": schedule.interval_seconds, "period": IntervalSchedule.SECONDS}
        interval_row = IntervalSchedule.objects.filter(**every).order_by("id").first()
        interval_row = interval_row or IntervalSchedule.objects.create(**every)
    if task is None:
        task = PeriodicTask(name=f"pipewright schedule {schedule.pk}")
    task.task = FIRE_SCHEDULE_TASK
    task.args = json.dumps([schedule.pk])
    task.kwargs = "{}"
    task.crontab, task.interval = crontab_row, interval_row
    task.enabled = schedule.enabled
    task.description = f"{schedule.name} ({schedule.endpoint.name})"[:1000]
    if reset_clock:
        task.last_run_at = timezone.now() if schedule.enabled else None
    task.save()
    if schedule.periodic_task_id != task.pk:
        schedule.periodic_task = task
        schedule.save(update_fields=["periodic_task"])


# --------------------------------------------------------------------------- firing


class Fired(enum.StrEnum):
    STARTED = "started"
    SKIPPED = "skipped"  # nothing to do: gone, disabled, already fired for this due time
    BUSY = "busy"  # the previous run is unfinished and overlap is not allowed
    FAILED = "failed"  # a run could not be started; `last_error` says why


@dataclass(frozen=True)
class FireResult:
    outcome: Fired
    reason: str = ""
    run: PipelineRun | None = None


def schedule_fire(*, schedule_id: int, now: datetime | None = None, dataset_version: int | None = None) -> FireResult:
    """Start a run for one due time (or one new dataset version) of the schedule, unless
    it is gone or disabled, already fired for it, or its previous run is unfinished and
    overlap is not allowed. The run runs as the schedule's owner, who must still be an
    editor. The schedule's row is locked throughout, so two beats or a message delivered
    twice cannot start two runs. A run that cannot be started is logged and kept in
    `last_error`; it does not raise."""
    now = now or timezone.now()
    with transaction.atomic():
        schedule = (
            Schedule.objects.select_for_update(of=("self",))
            .select_related("endpoint__workspace", "created_by", "dataset")
            .filter(pk=schedule_id)
            .first()
        )
        if schedule is None:
            return _skip(None, schedule_id, "the schedule no longer exists")
        if not schedule.enabled:
            return _skip(schedule, schedule_id, "it is disabled")
        if schedule.kind == ScheduleKind.DATASET:
            if dataset_version is None:
                return _skip(schedule, schedule_id, "a dataset schedule fires only for a new dataset version")
            if _fired_for_version(schedule, dataset_version):
                return _skip(schedule, schedule_id, f"it already started a run for dataset version {dataset_version}")
        elif _previous_due_is_handled(schedule, now):
            return _skip(schedule, schedule_id, f"it already fired for this due time (at {schedule.last_fired_at})")
        if not schedule.allow_overlap:
            previous = schedule.runs.exclude(status__in=RUN_FINISHED).order_by("-id").first()
            if previous is not None:
                reason = f"its previous run #{previous.number} (id {previous.pk}) is still {previous.status}"
                logger.info("schedule %s (%r) did not fire: %s", schedule.pk, schedule.name, reason)
                return FireResult(Fired.BUSY, reason)
        parameters = dict(schedule.parameters)
        if schedule.kind == ScheduleKind.DATASET:
            parameters[schedule.dataset_parameter] = dataset_version
        try:
            if schedule.created_by is None:
                raise PermissionDenied("the schedule's owner no longer exists; someone must re-create it")
            published = published_version_for_run(endpoint=schedule.endpoint, version=schedule.version)
            with transaction.atomic():
                run = run_submit_published(
                    published=published,
                    user=schedule.created_by,
                    parameters=parameters,
                    experiment=schedule.experiment.name if schedule.experiment is not None else "",
                    trigger=RunTrigger.DATASET if schedule.kind == ScheduleKind.DATASET else RunTrigger.SCHEDULE,
                    schedule=schedule,
                )
        except ApplicationError as exc:
            error = _error_text(exc)
            logger.warning("schedule %s (%r) could not start a run: %s", schedule.pk, schedule.name, error)
            Schedule.objects.filter(pk=schedule.pk).update(last_error=error[:2000], updated_at=now)
            return FireResult(Fired.FAILED, error)
        Schedule.objects.filter(pk=schedule.pk).update(last_fired_at=now, last_error="")
    logger.info("schedule %s (%r) started run %s", schedule.pk, schedule.name, run.pk)
    return FireResult(Fired.STARTED, run=run)


def _skip(schedule: Schedule | None, schedule_id: int, reason: str) -> FireResult:
    name = schedule.name if schedule is not None else "?"
    logger.info("schedule %s (%r) did not fire: %s", schedule_id, name, reason)
    return FireResult(Fired.SKIPPED, reason)


def _error_text(exc: ApplicationError) -> str:
    details = [
        f"{e.get('param') or e.get('node_id') or ''}: {e.get('message')}".lstrip(": ")
        for e in (exc.extra or {}).get("errors", [])
        if isinstance(e, dict)
    ]
    return "; ".join([exc.message, *details])


def _fired_for_version(schedule: Schedule, version: int) -> bool:
    recent = schedule.runs.order_by("-id").values_list("parameters", flat=True)[:100]
    return any(p.get(schedule.dataset_parameter) == version for p in recent if isinstance(p, dict))


def dataset_version_registered(version: DatasetVersion) -> list[int]:
    """The data trigger: once the new version is committed, send `fire_schedule` with
    its number for every enabled schedule on its dataset (the upload or the export step
    that registered it does not wait for runs to start). Answers the schedules' ids."""
    ids = list(
        Schedule.objects.filter(dataset_id=version.dataset_id, kind=ScheduleKind.DATASET, enabled=True).values_list(
            "pk", flat=True
        )
    )
    number = version.version

    def send() -> None:
        for schedule_id in ids:
            current_app.send_task(FIRE_SCHEDULE_TASK, (schedule_id,), {"dataset_version": number})

    if ids:
        transaction.on_commit(send)
    return ids
