import sys
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser, OutputWrapper
from django.db import transaction
from rest_framework.authtoken.models import Token

from designer import services
from designer.models import Membership, Workspace
from designer.roles import RANK


def parse_workspace_role(text: str) -> tuple[str, str]:
    workspace, sep, role = text.rpartition(":")
    if not sep or not workspace or role not in RANK:
        raise CommandError(f"--workspace-role takes WORKSPACE:ROLE (ROLE one of {', '.join(RANK)}), not {text!r}")
    return workspace, role


def find_workspace(name_or_id: str) -> Workspace:
    matches = list(Workspace.objects.filter(name=name_or_id))
    if not matches and name_or_id.isdigit():
        matches = list(Workspace.objects.filter(pk=int(name_or_id)))
    if not matches:
        raise CommandError(f"no workspace named {name_or_id!r} (give its exact name or its id)")
    if len(matches) > 1:
        ids = ", ".join(str(w.pk) for w in matches)
        raise CommandError(f"several workspaces are named {name_or_id!r} (ids {ids}); give the id instead")
    return matches[0]


class Command(BaseCommand):
    help = (
        "Create USERNAME with a workspace of their own, or bring an existing user in line: "
        "running it again with the same arguments changes nothing. --workspace-role WORKSPACE:ROLE "
        "(repeatable) makes them a member of another workspace; --token prints an API token."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--password", help="set (or reset) the password; without it a new user signs in by token")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--workspace-role",
            action="append",
            default=[],
            metavar="WORKSPACE:ROLE",
            help="member of WORKSPACE (name or id) with ROLE: owner, editor or viewer",
        )
        parser.add_argument("--token", action="store_true", help="print the user's API token (created on first use)")

    def handle(self, *args: Any, **options: Any) -> None:
        username: str = options["username"]
        # With --token the key is the only line on stdout: KEY=$(manage.py create_user ... --token).
        say = OutputWrapper(sys.stderr).write if options["token"] else self.stdout.write
        # Every argument is checked before anything is written.
        wanted = [parse_workspace_role(text) for text in options["workspace_role"]]
        workspaces = [(find_workspace(name), role) for name, role in wanted]
        try:
            User.username_validator(username)
        except ValidationError as exc:
            raise CommandError(f"{username!r} is not a valid username: {' '.join(exc.messages)}") from None
        with transaction.atomic():
            user = User.objects.filter(username=username).first()
            if user is None:
                user = services.user_create(username=username, password="", email=options["email"])
                if options["password"] is None:
                    user.set_unusable_password()
                    user.save(update_fields=["password"])
                say(f"created user {username!r} with the workspace {user.workspaces.get().name!r}")
            else:
                say(f"user {username!r} exists")
            if options["password"] is not None:
                user.set_password(options["password"])
                user.save(update_fields=["password"])
            for workspace, role in workspaces:
                membership, created = Membership.objects.update_or_create(
                    workspace=workspace, user=user, defaults={"role": role}
                )
                verb = "added to" if created else "is in"
                say(f"{verb} {workspace.name!r} (id {workspace.pk}) as {membership.role}")
        if options["token"]:
            token, _ = Token.objects.get_or_create(user=user)
            self.stdout.write(token.key)
