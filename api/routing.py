from django.urls import path

from api.consumers import PipelineConsumer, RunConsumer

websocket_urlpatterns = [
    path("ws/runs/<int:run_id>/", RunConsumer.as_asgi()),
    path("ws/pipelines/<int:pipeline_id>/", PipelineConsumer.as_asgi()),
]
