"""The URLs of the pages in api/pages.py, included at the site's root by designer/urls.py."""

from django.urls import path

from api import pages

urlpatterns = [
    path("runs/<int:run_id>/", pages.run_page, name="run-page"),
    path("compute/", pages.compute_page, name="compute"),
    path("endpoints/", pages.endpoints_page, name="endpoints"),
    path("endpoints/<slug:name>/", pages.endpoint_page, name="endpoint-page"),
    path("pipeline-endpoints/<slug:name>/", pages.pipeline_endpoint_page, name="pipeline-endpoint-page"),
]
