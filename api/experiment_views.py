"""HTTP API for experiments: thin views over runner.experiments.

An experiment is found through the user's workspaces (another workspace's is a 404
whatever its id); creating and changing one needs the editor role, reading any role.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.pagination import Pagination
from api.serializers import MAX_ID, ErrorSerializer, RunMainMetricSerializer
from api.views import CONFLICT, _paginate, _query, _user
from designer import services as design_services
from designer.context import current_workspace
from runner import experiment_compare, experiments
from runner.models import Experiment, RunStatus

# --------------------------------------------------------------------------- serializers


class ExperimentInputSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=experiments.NAME_LIMIT)
    description = serializers.CharField(required=False, allow_blank=True, default="", max_length=10_000)
    workspace = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="one of your workspaces; your default one without it"
    )


class ExperimentUpdateSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(required=False, max_length=experiments.NAME_LIMIT, help_text="rename")
    description = serializers.CharField(required=False, allow_blank=True, max_length=10_000)
    archived = serializers.BooleanField(
        required=False, help_text="archived experiments leave the list; a new run in one brings it back"
    )


class ExperimentOutputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    workspace = serializers.IntegerField(source="workspace_id")
    name = serializers.CharField()
    description = serializers.CharField()
    archived = serializers.BooleanField()
    created_by = serializers.CharField(source="created_by.username", allow_null=True, default=None)
    created_at = serializers.DateTimeField()
    run_count = serializers.IntegerField(default=0)
    last_run = serializers.IntegerField(
        source="last_run_id", allow_null=True, default=None, help_text="its newest run's id"
    )
    last_run_at = serializers.DateTimeField(allow_null=True, default=None)


class ExperimentListQuerySerializer(serializers.Serializer[Any]):
    workspace = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="only experiments of this workspace"
    )
    name = serializers.CharField(
        required=False, max_length=experiments.NAME_LIMIT, help_text="only the one of this name"
    )
    archived = serializers.BooleanField(required=False, default=False, help_text="list archived experiments too")


class ExperimentRunsQuerySerializer(serializers.Serializer[Any]):
    sort = serializers.CharField(
        required=False,
        max_length=300,
        help_text=(
            "the column to sort by: number (the default, newest first), created_at, started_at, finished_at, "
            "status, pipeline, main_metric, param.NAME or metric.NAME; a leading - sorts descending; runs "
            "without a value come last. Filter by value ranges with param.NAME.min, param.NAME.max, "
            "metric.NAME.min and metric.NAME.max (numbers; runs whose value is missing or not a number are "
            "left out)."
        ),
    )
    status = serializers.CharField(
        required=False,
        max_length=200,
        help_text=f"keep only runs in these states, comma-separated: {', '.join(RunStatus.values)}",
    )
    pipeline = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="only runs of this pipeline"
    )


class ExperimentRunRowSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    number = serializers.IntegerField(help_text="the run's number within its pipeline")
    pipeline = serializers.IntegerField()
    pipeline_name = serializers.CharField()
    status = serializers.ChoiceField(choices=RunStatus.values)
    created_by = serializers.CharField(allow_null=True)
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)
    parameters = serializers.DictField(help_text="the run's pipeline parameter values")
    metrics = serializers.DictField(
        child=serializers.FloatField(),
        help_text="scalar metrics by name (the earliest node's, when several record one)",
    )
    main_metric = RunMainMetricSerializer(allow_null=True)


class ExperimentRunsPageSerializer(serializers.Serializer[Any]):
    count = serializers.IntegerField()
    next = serializers.CharField(allow_null=True)
    previous = serializers.CharField(allow_null=True)
    parameters = serializers.ListField(
        child=serializers.CharField(), help_text="the parameter columns: names any matching run has"
    )
    metrics = serializers.ListField(child=serializers.CharField(), help_text="the metric columns")
    results = ExperimentRunRowSerializer(many=True)


class ExperimentCompareQuerySerializer(serializers.Serializer[Any]):
    runs = serializers.CharField(
        max_length=1000,
        help_text=(
            f"the ids of 2 to {experiment_compare.MAX_COMPARED_RUNS} runs of this experiment, comma-separated "
            "(1,2,3); a run of another experiment is refused"
        ),
    )


class CompareStepSerializer(serializers.Serializer[Any]):
    node_id = serializers.CharField()
    label = serializers.CharField(help_text="the node's label, else its module's name")  # type: ignore[assignment]  # a field, not Field.label
    module = serializers.CharField()
    params = serializers.DictField(
        child=serializers.JSONField(), help_text="every module parameter as the step ran with it, defaults filled in"
    )
    bound = serializers.DictField(
        child=serializers.CharField(),
        help_text="module parameters bound to a pipeline parameter: {module parameter: pipeline parameter}",
    )


class CompareRocSerializer(serializers.Serializer[Any]):
    node_id = serializers.CharField(help_text="the step whose Metrics output holds the curve")
    label = serializers.CharField()  # type: ignore[assignment]  # a field, not Field.label
    auc = serializers.FloatField(allow_null=True)
    points = serializers.ListField(
        child=serializers.ListField(child=serializers.FloatField(), min_length=2, max_length=2),
        help_text="[[false positive rate, true positive rate], ...]",
    )


class CompareRunSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    number = serializers.IntegerField(help_text="the run's number within its pipeline")
    pipeline = serializers.IntegerField()
    pipeline_name = serializers.CharField()
    status = serializers.ChoiceField(choices=RunStatus.values)
    created_at = serializers.DateTimeField()
    parameters = serializers.DictField(
        child=serializers.JSONField(), help_text="the run's pipeline parameter values, defaults filled in"
    )
    steps = CompareStepSerializer(many=True, help_text="the steps of its frozen plan, upstream first")
    metrics = serializers.DictField(
        child=serializers.FloatField(),
        help_text="scalar metrics by name (the earliest node's, when several record one)",
    )
    main_metric = RunMainMetricSerializer(allow_null=True)
    roc = CompareRocSerializer(
        allow_null=True, help_text="the ROC curve of its first binary classification evaluated; null if none"
    )


class CompareExperimentSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()


class ExperimentCompareSerializer(serializers.Serializer[Any]):
    experiment = CompareExperimentSerializer()
    runs = CompareRunSerializer(many=True, help_text="the chosen runs, oldest first")


# --------------------------------------------------------------------------- views


class ExperimentListView(APIView):
    pagination_class = Pagination

    @extend_schema(
        parameters=[ExperimentListQuerySerializer],
        responses={200: ExperimentOutputSerializer(many=True), 400: ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        query = _query(request, ExperimentListQuerySerializer)
        # ?workspace= (one not yours lists nothing), else the workspace the session switched to.
        workspace_id = query.get("workspace")
        if workspace_id is None and (current := current_workspace(request)) is not None:
            workspace_id = current.pk
        listed = experiments.experiment_list(
            user=_user(request), workspace_id=workspace_id, include_archived=query["archived"]
        )
        if "name" in query:
            listed = listed.filter(name=query["name"].strip())
        return _paginate(request, self, listed, ExperimentOutputSerializer)

    @extend_schema(request=ExperimentInputSerializer, responses={201: ExperimentOutputSerializer, **CONFLICT})
    def post(self, request: Request) -> Response:
        data = ExperimentInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = _user(request)
        workspace = design_services.workspace_for_write(
            user=user, workspace_id=data.validated_data.get("workspace"), current=current_workspace(request)
        )
        experiment = experiments.experiment_create(
            workspace=workspace,
            user=user,
            name=data.validated_data["name"],
            description=data.validated_data["description"],
        )
        return Response(_detail(user, experiment), status=status.HTTP_201_CREATED)


def _detail(user: Any, experiment: Experiment) -> Any:
    """The experiment as listed (with its run count and last run), read again."""
    return ExperimentOutputSerializer(experiments.experiment_get(user=user, experiment_id=experiment.pk)).data


class ExperimentDetailView(APIView):
    @extend_schema(responses={200: ExperimentOutputSerializer})
    def get(self, request: Request, experiment_id: int) -> Response:
        experiment = experiments.experiment_get(user=_user(request), experiment_id=experiment_id)
        return Response(ExperimentOutputSerializer(experiment).data)

    @extend_schema(
        request=ExperimentUpdateSerializer,
        responses={200: ExperimentOutputSerializer, **CONFLICT},
        description="Rename, describe, archive or unarchive; the runs stay in it.",
    )
    def patch(self, request: Request, experiment_id: int) -> Response:
        user = _user(request)
        experiment = experiments.experiment_get(user=user, experiment_id=experiment_id)
        data = ExperimentUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        experiments.experiment_update(experiment=experiment, user=user, fields=data.validated_data)
        return Response(_detail(user, experiment))


# The dynamic range filters cannot be listed one by one; the schema shows their form.
_RANGE_FILTER = OpenApiParameter(
    name="param.NAME.min",
    type=OpenApiTypes.NUMBER,
    location=OpenApiParameter.QUERY,
    required=False,
    description="example of a range filter: also param.NAME.max, metric.NAME.min, metric.NAME.max",
)


class ExperimentRunsView(APIView):
    pagination_class = Pagination

    @extend_schema(
        parameters=[ExperimentRunsQuerySerializer, _RANGE_FILTER],
        responses={200: ExperimentRunsPageSerializer, 400: ErrorSerializer},
        description=(
            "The experiment's runs as rows with their parameters and scalar metrics as columns, "
            "sorted, filtered and paged (limit, offset)."
        ),
    )
    def get(self, request: Request, experiment_id: int) -> Response:
        experiment = experiments.experiment_get(user=_user(request), experiment_id=experiment_id)
        query = _query(request, ExperimentRunsQuerySerializer)
        runs_query = experiments.parse_runs_query(
            request.query_params, sort=query.get("sort", ""), status=query.get("status", "")
        )
        runs_query.pipeline_id = query.get("pipeline")
        table = experiments.experiment_runs(experiment=experiment, query=runs_query)
        paginator = Pagination()
        page = paginator.paginate_queryset(table.rows, request, view=self) or []
        return Response(
            {
                "count": paginator.count,
                "next": paginator.get_next_link(),
                "previous": paginator.get_previous_link(),
                "parameters": table.parameters,
                "metrics": table.metrics,
                "results": ExperimentRunRowSerializer(page, many=True).data,
            }
        )


class ExperimentCompareView(APIView):
    @extend_schema(
        parameters=[ExperimentCompareQuerySerializer],
        responses={200: ExperimentCompareSerializer, 400: ErrorSerializer},
        description=(
            "Runs of the experiment side by side: per run the parameters every step ran with, its scalar "
            "metrics and the ROC curve of its first binary classification evaluated. Any member may read it."
        ),
    )
    def get(self, request: Request, experiment_id: int) -> Response:
        experiment = experiments.experiment_get(user=_user(request), experiment_id=experiment_id)
        query = _query(request, ExperimentCompareQuerySerializer)
        run_ids = experiment_compare.parse_run_ids(query["runs"])
        answer = experiment_compare.experiment_compare(experiment=experiment, run_ids=run_ids)
        return Response(ExperimentCompareSerializer(answer).data)
