"""Pipewright's Django project and design-time domain. The Celery app is designer.celery."""
