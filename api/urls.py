from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from api import compute_views, endpoint_views, experiment_views, inference_views, publish_views, schedule_views, views

urlpatterns = [
    path("modules/", views.ModuleListView.as_view(), name="module-list"),
    path("modules/<slug:slug>/", views.ModuleDetailView.as_view(), name="module-detail"),
    path("modules/<slug:slug>/versions/<str:version>/", views.ModuleVersionView.as_view(), name="module-version"),
    path("pipelines/", views.PipelineListView.as_view(), name="pipeline-list"),
    path("pipelines/<int:pipeline_id>/", views.PipelineDetailView.as_view(), name="pipeline-detail"),
    path("pipelines/<int:pipeline_id>/nodes/<str:node_id>/", views.PipelineNodeView.as_view(), name="pipeline-node"),
    path("pipelines/<int:pipeline_id>/validate/", views.PipelineValidateView.as_view(), name="pipeline-validate"),
    path("pipelines/<int:pipeline_id>/runs/", views.PipelineRunsView.as_view(), name="pipeline-runs"),
    path("pipelines/<int:pipeline_id>/publish/", publish_views.PipelinePublishView.as_view(), name="pipeline-publish"),
    path("pipeline-endpoints/", publish_views.PipelineEndpointListView.as_view(), name="pipeline-endpoint-list"),
    path(
        "pipeline-endpoints/<slug:name>/",
        publish_views.PipelineEndpointDetailView.as_view(),
        name="pipeline-endpoint-detail",
    ),
    path(
        "pipeline-endpoints/<slug:name>/versions/",
        publish_views.PublishedVersionListView.as_view(),
        name="pipeline-endpoint-versions",
    ),
    path(
        "pipeline-endpoints/<slug:name>/versions/<int:version>/",
        publish_views.PublishedVersionDetailView.as_view(),
        name="pipeline-endpoint-version",
    ),
    path(
        "pipeline-endpoints/<slug:name>/runs/",
        publish_views.PipelineEndpointRunsView.as_view(),
        name="pipeline-endpoint-runs",
    ),
    path("pipelines/<int:pipeline_id>/deploy/", inference_views.PipelineDeployView.as_view(), name="pipeline-deploy"),
    path("runs/", views.RunListView.as_view(), name="run-list"),
    path("runs/<int:run_id>/", views.RunDetailView.as_view(), name="run-detail"),
    path("runs/<int:run_id>/status/", views.RunStatusView.as_view(), name="run-status"),
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
    path("endpoints/<slug:name>/", endpoint_views.EndpointDetailView.as_view(), name="endpoint-detail"),
    path("endpoints/<slug:name>/versions/", endpoint_views.EndpointVersionListView.as_view(), name="endpoint-versions"),
    path("endpoints/<slug:name>/promote/", endpoint_views.EndpointPromoteView.as_view(), name="endpoint-promote"),
    path("endpoints/<slug:name>/rollback/", endpoint_views.EndpointRollbackView.as_view(), name="endpoint-rollback"),
    path("endpoints/<slug:name>/requests/", endpoint_views.EndpointRequestListView.as_view(), name="endpoint-requests"),
    path("datasets/", views.DatasetListView.as_view(), name="dataset-list"),
    path(
        "datasets/<int:dataset_id>/versions/<int:version>/download/",
        views.DatasetVersionDownloadView.as_view(),
        name="dataset-version-download",
    ),
    path("compute/", compute_views.ComputeTargetListView.as_view(), name="compute-list"),
    path("compute/<int:target_id>/", compute_views.ComputeTargetDetailView.as_view(), name="compute-detail"),
    path("cluster/", compute_views.ClusterView.as_view(), name="cluster"),
    path("schedules/", schedule_views.ScheduleListView.as_view(), name="schedule-list"),
    path("schedules/<int:schedule_id>/", schedule_views.ScheduleDetailView.as_view(), name="schedule-detail"),
    path("experiments/", experiment_views.ExperimentListView.as_view(), name="experiment-list"),
    path("experiments/<int:experiment_id>/", experiment_views.ExperimentDetailView.as_view(), name="experiment-detail"),
    path(
        "experiments/<int:experiment_id>/runs/", experiment_views.ExperimentRunsView.as_view(), name="experiment-runs"
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
]
