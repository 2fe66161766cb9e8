"""The URLs of the pages in api/pages.py, included at the site's root by designer/urls.py."""

from django.urls import path

from api import experiment_pages, pages

urlpatterns = [
    path("runs/<int:run_id>/", pages.run_page, name="run-page"),
    path("compute/", pages.compute_page, name="compute"),
    path("experiments/", experiment_pages.experiments_page, name="experiments"),
    path("experiments/<int:experiment_id>/", experiment_pages.experiment_page, name="experiment-page"),
    path(
        "experiments/<int:experiment_id>/compare/",
        experiment_pages.experiment_compare_page,
        name="experiment-compare-page",
    ),
    path("endpoints/", pages.endpoints_page, name="endpoints"),
    path("endpoints/<slug:name>/", pages.endpoint_page, name="endpoint-page"),
    path("pipeline-endpoints/<slug:name>/", pages.pipeline_endpoint_page, name="pipeline-endpoint-page"),
]
