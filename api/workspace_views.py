"""HTTP API for workspaces and their members: thin views over designer/members.py.

A workspace is found among the user's (another's is a 404); every member may list
its members, only owners change them (the service checks the role).
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import workspace_serializers as s
from api.serializers import ErrorSerializer, WorkspaceQuerySerializer
from api.views import CONFLICT, _user
from designer import members
from designer.context import current_workspace
from designer.models import Membership
from designer.selectors import workspace_list


class WorkspaceListView(APIView):
    @extend_schema(
        parameters=[WorkspaceQuerySerializer],
        responses={200: s.WorkspaceOutputSerializer(many=True), 400: ErrorSerializer, 404: ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        """Your workspaces with your role in each; `current` marks the one the request
        is in (`?workspace=`, else the one switched to in the browser), if any."""
        current = current_workspace(request)
        roles = dict(Membership.objects.filter(user=_user(request)).values_list("workspace_id", "role"))
        rows = [
            {"id": w.pk, "name": w.name, "role": roles[w.pk], "current": current is not None and w.pk == current.pk}
            for w in workspace_list(user=request.user)
        ]
        return Response(s.WorkspaceOutputSerializer(rows, many=True).data)


class MemberListView(APIView):
    @extend_schema(responses={200: s.MemberOutputSerializer(many=True)})
    def get(self, request: Request, workspace_id: int) -> Response:
        workspace = members.workspace_get(user=request.user, workspace_id=workspace_id)
        return Response(s.MemberOutputSerializer(members.member_list(workspace=workspace), many=True).data)

    @extend_schema(request=s.MemberInviteSerializer, responses={201: s.MemberOutputSerializer, **CONFLICT})
    def post(self, request: Request, workspace_id: int) -> Response:
        """Invite an existing user by username with a role (owners only)."""
        workspace = members.workspace_get(user=request.user, workspace_id=workspace_id)
        data = s.MemberInviteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        membership = members.member_invite(workspace=workspace, user=_user(request), **data.validated_data)
        return Response(s.MemberOutputSerializer(membership).data, status=status.HTTP_201_CREATED)


class MemberDetailView(APIView):
    @extend_schema(request=s.MemberRoleSerializer, responses={200: s.MemberOutputSerializer, **CONFLICT})
    def patch(self, request: Request, workspace_id: int, username: str) -> Response:
        """Change a member's role (owners only; the last owner stays an owner: 409)."""
        workspace = members.workspace_get(user=request.user, workspace_id=workspace_id)
        data = s.MemberRoleSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        membership = members.member_set_role(
            workspace=workspace, user=_user(request), username=username, role=data.validated_data["role"]
        )
        return Response(s.MemberOutputSerializer(membership).data)

    @extend_schema(responses={204: None, **CONFLICT})
    def delete(self, request: Request, workspace_id: int, username: str) -> Response:
        """Remove a member (owners only; not the last owner: 409)."""
        workspace = members.workspace_get(user=request.user, workspace_id=workspace_id)
        members.member_remove(workspace=workspace, user=_user(request), username=username)
        return Response(status=status.HTTP_204_NO_CONTENT)
