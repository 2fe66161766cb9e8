"""The web server's handling of request bodies (designer/asgi.py)."""

from __future__ import annotations

from types import SimpleNamespace

from twisted.web.test.requesthelper import DummyChannel

import designer.asgi  # noqa: F401  (what Daphne imports before it serves)


def test_daphne_hands_a_multipart_upload_to_the_application_without_parsing_it_first() -> None:
    from daphne import http_protocol

    channel = DummyChannel()
    channel.factory = SimpleNamespace(server=SimpleNamespace(protocol_connected=lambda request: None))
    request = http_protocol.WebRequest(channel)
    request.process = lambda: None  # what Daphne does next: hand the body to the application
    body = b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nx,y\n1,2\n\r\n--b--\r\n'
    request.requestHeaders.setRawHeaders(b"content-type", [b"multipart/form-data; boundary=b"])
    request.requestHeaders.setRawHeaders(b"content-length", [str(len(body)).encode()])
    request.gotLength(len(body))
    request.handleContentChunk(body)
    request.requestReceived(b"POST", b"/api/datasets/", b"HTTP/1.1")

    assert request.args == {}  # Twisted's own parse (a second copy of every upload) was skipped
    request.content.seek(0)
    assert request.content.read() == body  # the application gets the body as sent
