"""Serializers of workspaces and their members (designer/members.py); no logic here."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from designer.models import Membership


class WorkspaceOutputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    role = serializers.ChoiceField(choices=Membership.ROLES, help_text="your role in it")
    current = serializers.BooleanField(help_text="whether lists and new objects are in it now (designer/context.py)")


class MemberOutputSerializer(serializers.ModelSerializer[Membership]):
    username = serializers.CharField(source="user.username")

    class Meta:
        model = Membership
        fields = ["username", "role"]


class MemberInviteSerializer(serializers.Serializer[Any]):
    username = serializers.CharField(max_length=150, help_text="an existing user's")
    role = serializers.ChoiceField(choices=Membership.ROLES, default="viewer")


class MemberRoleSerializer(serializers.Serializer[Any]):
    role = serializers.ChoiceField(choices=Membership.ROLES)
