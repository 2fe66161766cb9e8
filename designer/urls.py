from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from designer import views

urlpatterns = [
    path("", views.home, name="home"),
    path("pipelines/new/", views.pipeline_new, name="pipeline-new"),
    path("pipelines/<int:pipeline_id>/", views.pipeline_designer, name="pipeline-designer"),
    path("pipelines/<int:pipeline_id>/duplicate/", views.pipeline_duplicate, name="pipeline-duplicate"),
    path("pipelines/<int:pipeline_id>/delete/", views.pipeline_delete, name="pipeline-delete"),
    path("runs/<int:run_id>/", views.run_page, name="run-page"),
    path("modules/", views.module_library, name="module-library"),
    path("compute/", views.compute_page, name="compute"),
    path("endpoints/<slug:name>/", views.endpoint_page, name="endpoint-page"),
    path("login/", auth_views.LoginView.as_view(template_name="registration/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
]

handler404 = "api.errors.not_found"
handler500 = "api.errors.server_error"
