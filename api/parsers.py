"""Request body parsers."""

from __future__ import annotations

from typing import Any

from rest_framework import parsers
from rest_framework.exceptions import ParseError

from designer.graph.nesting import MAX_JSON_DEPTH, too_deep_at, too_deep_message
from designer.graph.pipeline_file import MAX_FILE_BYTES

TOO_DEEP = f"the request body is {too_deep_message(MAX_JSON_DEPTH)}"


def nul_path(value: Any, path: str = "body") -> str | None:
    """Where in a parsed JSON value a string holds a NUL character, or None."""
    if isinstance(value, str):
        return path if "\x00" in value else None
    if isinstance(value, list):
        for index, item in enumerate(value):
            if found := nul_path(item, f"{path}[{index}]"):
                return found
    elif isinstance(value, dict):
        for key, item in value.items():
            if "\x00" in key:
                return f"a key in {path}"
            if found := nul_path(item, f"{path}.{key}"):
                return found
    return None


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, refusing bodies nested deeper than MAX_JSON_DEPTH (everything
    that handles them later recurses once per level) and text with NUL characters
    (\\u0000): valid JSON, but PostgreSQL cannot store it in a jsonb or text column, so
    it would fail at save."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:  # the parser's own recursion, somewhere below 1,000 levels
            raise ParseError(TOO_DEEP) from None
        if too_deep_at(data) is not None:
            raise ParseError(TOO_DEEP)
        where = nul_path(data)
        if where is not None:
            raise ParseError(f"text may not contain NUL characters (\\u0000); {where} does")
        return data


class RawFileParser(parsers.BaseParser):
    """The body as bytes, whatever its media type (a pipeline file sent as the whole
    body: YAML, JSON). At most `limit` + 1 bytes are read, so the view can tell a body
    over its limit without holding all of it."""

    media_type = "*/*"
    limit = MAX_FILE_BYTES

    # DRF hands whatever a parser returns on as request.data; its stubs expect a mapping.
    def parse(  # type: ignore[override]
        self, stream: Any, media_type: str | None = None, parser_context: Any = None
    ) -> bytes:
        if stream is None:
            return b""
        data: bytes = stream.read(self.limit + 1)
        return data
