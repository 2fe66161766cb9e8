from django.apps import AppConfig


class DesignerConfig(AppConfig):
    name = "designer"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """A user deleted or deactivated is shut out of their open websockets at once,
        whichever way it was done (the admin, a shell, a management command)."""
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_delete, post_save

        from designer import presence

        user_model = get_user_model()
        post_delete.connect(presence.announce_user_deleted, sender=user_model, dispatch_uid="designer.user_deleted")
        post_save.connect(
            presence.announce_user_deactivated, sender=user_model, dispatch_uid="designer.user_deactivated"
        )
