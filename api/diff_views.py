"""HTTP API for diffs: two versions of a pipeline, or two runs, compared. Thin views
over designer/versions.py `version_diff` and runner/run_diffs.py.

Both are reads, for any member. Every object is found through the user's workspaces
first, so a pipeline or run of another workspace is a 404 like a missing one, also
when it is compared with one of the user's own.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import diff_serializers as s
from api.serializers import ErrorSerializer
from api.views import _query
from designer import selectors as design
from designer import versions
from designer.errors import NotFound
from runner import selectors as runs
from runner.run_diffs import run_diff


class PipelineVersionDiffView(APIView):
    @extend_schema(
        parameters=[s.VersionDiffQuerySerializer], responses={200: s.VersionDiffSerializer, 400: ErrorSerializer}
    )
    def get(self, request: Request, pipeline_id: int) -> Response:
        """What changed from version `from` to version `to`: nodes (matched by id),
        wires, parameters, a line diff for scripts."""
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        query = _query(request, s.VersionDiffQuerySerializer)
        compared = versions.version_diff(pipeline=pipeline, old_number=query["from"], new_number=query["to"])
        context = {"revision": pipeline.revision}
        body = {"pipeline": pipeline.pk, "old": compared.old, "new": compared.new, "diff": compared.diff.to_dict()}
        return Response(s.VersionDiffSerializer(body, context=context).data)


class RunDiffView(APIView):
    @extend_schema(
        parameters=[s.RunDiffQuerySerializer],
        responses={200: s.RunDiffSerializer, 400: ErrorSerializer, 404: ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        """Run `a` and run `b` compared: their frozen graphs, parameter values, and per
        node each run's step status, whether its outputs are the same artifacts, and
        metric deltas (b - a)."""
        query = _query(request, s.RunDiffQuerySerializer)
        found = []
        for key in ("a", "b"):
            try:
                found.append(runs.run_get(user=request.user, run_id=query[key]))
            except NotFound:
                # Which of the two is not found, and nothing more (a run of another
                # workspace looks like a missing one).
                raise NotFound(f"run {query[key]} not found", extra={"field": key}) from None
        return Response(s.RunDiffSerializer(run_diff(a=found[0], b=found[1])).data)
