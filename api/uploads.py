"""Uploaded files are refused at the size limit while they arrive, not after."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import HttpRequest


class UploadLimit(FileUploadHandler):
    """First in the upload handler chain: a file that grows past `limit` bytes is
    dropped (Django closes and deletes whatever the later handlers wrote of it) and
    its name is kept in `refused`, so the view can answer 413 instead of storing it."""

    def __init__(self, request: HttpRequest, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.refused: str | None = None

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        if start + len(raw_data) > self.limit:
            self.refused = str(self.file_name)
            raise SkipFile()
        return raw_data

    def file_complete(self, file_size: int) -> Any:
        return None  # the next handler makes the file


def install_upload_limit(request: HttpRequest, limit: int) -> UploadLimit:
    """Call before anything reads the body (a session login's CSRF check does)."""
    handler = UploadLimit(request, limit)
    request.upload_handlers.insert(0, handler)
    return handler


def refused_upload(request: Any) -> str | None:
    """The name of a file the limit dropped from this request, if any."""
    for handler in request.upload_handlers:
        if isinstance(handler, UploadLimit) and handler.refused is not None:
            return handler.refused
    return None
