"""The HTTP client under every SDK object: the token, the base URL and the error shape."""

from __future__ import annotations

from typing import Any

import requests

from pipewright.errors import PipewrightError

# Every call has a deadline; a hung server is an error, not a hung notebook.
DEFAULT_TIMEOUT = 60.0


class Client:
    def __init__(self, url: str, token: str, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        if not url:
            raise PipewrightError("a Pipewright URL is needed, e.g. http://127.0.0.1:8000")
        if not token:
            raise PipewrightError("an API token is needed: python manage.py create_api_token USERNAME")
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {token}"
        self.session.headers["Accept"] = "application/json"

    def absolute(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else self.url + path

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        try:
            response = self.session.request(method, self.absolute(path), **kwargs)
        except requests.RequestException as exc:
            raise PipewrightError(f"cannot reach {self.url}: {exc}") from exc
        if response.status_code >= 400:
            raise error_from(response)
        return response

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.request("GET", path, **kwargs).json()

    def post(self, path: str, json: Any = None, **kwargs: Any) -> Any:
        response = self.request("POST", path, json=json, **kwargs)
        return response.json() if response.content else None

    def patch(self, path: str, json: Any = None, **kwargs: Any) -> Any:
        return self.request("PATCH", path, json=json, **kwargs).json()

    def all_pages(self, path: str, **params: Any) -> list[dict[str, Any]]:
        """Every item of a paginated list ({count, next, previous, results})."""
        items: list[dict[str, Any]] = []
        page: Any = self.get(path, params={"limit": 1000, **params})
        while True:
            if isinstance(page, list):  # an unpaginated list
                return page
            items.extend(page["results"])
            if not page.get("next"):
                return items
            page = self.get(page["next"])


def error_from(response: requests.Response) -> PipewrightError:
    """The API's error shape {"message", "extra"} as a PipewrightError."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and "message" in body:
        extra = body.get("extra") if isinstance(body.get("extra"), dict) else {}
        return PipewrightError(str(body["message"]), extra=extra, status=response.status_code)
    text = response.text.strip()[:300] or response.reason
    return PipewrightError(f"{response.request.method} {response.url}: {text}", status=response.status_code)
