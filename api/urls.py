from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from api import compute_views, inference_views, views

urlpatterns = [
    path("modules/", views.ModuleListView.as_view(), name="module-list"),
    path("modules/<slug:slug>/", views.ModuleDetailView.as_view(), name="module-detail"),
    path("modules/<slug:slug>/versions/<str:version>/", views.ModuleVersionView.as_view(), name="module-version"),
    path("pipelines/", views.PipelineListView.as_view(), name="pipeline-list"),
    path("pipelines/<int:pipeline_id>/", views.PipelineDetailView.as_view(), name="pipeline-detail"),
    path("pipelines/<int:pipeline_id>/validate/", views.PipelineValidateView.as_view(), name="pipeline-validate"),
    path("pipelines/<int:pipeline_id>/runs/", views.PipelineRunsView.as_view(), name="pipeline-runs"),
    path("pipelines/<int:pipeline_id>/deploy/", inference_views.PipelineDeployView.as_view(), name="pipeline-deploy"),
    path("runs/", views.RunListView.as_view(), name="run-list"),
    path("runs/<int:run_id>/", views.RunDetailView.as_view(), name="run-detail"),
    path("runs/<int:run_id>/cancel/", views.RunCancelView.as_view(), name="run-cancel"),
    path("runs/<int:run_id>/resume/", compute_views.RunResumeView.as_view(), name="run-resume"),
    path("runs/<int:run_id>/clone/", views.RunCloneView.as_view(), name="run-clone"),
    path(
        "runs/<int:run_id>/inference-pipeline/",
        inference_views.InferencePipelineView.as_view(),
        name="run-inference-pipeline",
    ),
    path("runs/<int:run_id>/steps/<str:node_id>/", views.StepDetailView.as_view(), name="step-detail"),
    path("runs/<int:run_id>/steps/<str:node_id>/logs/", views.StepLogView.as_view(), name="step-logs"),
    path(
        "runs/<int:run_id>/steps/<str:node_id>/outputs/<str:port>/",
        views.StepOutputView.as_view(),
        name="step-output",
    ),
    path(
        "runs/<int:run_id>/steps/<str:node_id>/images/<str:name>/",
        views.StepImageView.as_view(),
        name="step-image",
    ),
    path("endpoints/", views.EndpointListView.as_view(), name="endpoint-list"),
    path("endpoints/<slug:name>/score/", views.EndpointScoreView.as_view(), name="endpoint-score"),
    path("endpoints/<slug:name>/log/", views.EndpointLogView.as_view(), name="endpoint-log"),
    path("datasets/", views.DatasetListView.as_view(), name="dataset-list"),
    path("compute/", compute_views.ComputeTargetListView.as_view(), name="compute-list"),
    path("compute/<int:target_id>/", compute_views.ComputeTargetDetailView.as_view(), name="compute-detail"),
    path("cluster/", compute_views.ClusterView.as_view(), name="cluster"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
]
