from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from designer import views

urlpatterns = [
    path("", views.home, name="home"),
    path("pipelines/new/", views.pipeline_new, name="pipeline-new"),
    path("pipelines/import/", views.pipeline_import, name="pipeline-import-page"),
    path("pipelines/<int:pipeline_id>/", views.pipeline_designer, name="pipeline-designer"),
    path("pipelines/<int:pipeline_id>/duplicate/", views.pipeline_duplicate, name="pipeline-duplicate"),
    path("pipelines/<int:pipeline_id>/delete/", views.pipeline_delete, name="pipeline-delete"),
    path("modules/", views.module_library, name="module-library"),
    path("workspaces/switch/", views.workspace_switch, name="workspace-switch"),
    path("workspaces/<int:workspace_id>/settings/", views.workspace_settings, name="workspace-settings"),
    # Pages showing run-side data (a run, an endpoint, the cluster): run-page, compute,
    # endpoint-page. Named by string, as api.urls is: designer never imports runner.
    path("", include("api.page_urls")),
    path("login/", auth_views.LoginView.as_view(template_name="registration/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
]

handler404 = "api.errors.not_found"
handler500 = "api.errors.server_error"
