"""What the server checks before it does any work for a request.

An upload is refused before its body is read: no token configured (403), a missing or
wrong ``Bearer`` token (401), no length or a length over the limit (411 / 413); a body
that grows past its declared length is cut off (413). A request for a host name we do
not serve is refused (DNS rebinding: a page elsewhere cannot make a browser talk to a
Frontlines on localhost under another name). Plain ASGI: nothing is buffered.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

__all__ = ["INGEST_PATH", "HostGuard", "UploadGuard", "allowed_host"]

INGEST_PATH = "/api/ingest"
#: JSON around the text (fields, quoting, escapes) may add this much to the text's bytes.
ENVELOPE_BYTES = 16_384

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


async def _refuse(send: Send, status: int, detail: str, headers: Iterable[tuple[bytes, bytes]] = ()
                  ) -> None:  # fmt: skip
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()), *headers]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


class UploadGuard:
    """Token and size checks for ``POST /api/ingest``, before the body is read."""

    def __init__(self, app: App, token: str | None, max_text_bytes: int) -> None:
        self.app = app
        self.token = token
        self.max_bytes = max_text_bytes + ENVELOPE_BYTES

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") != INGEST_PATH:
            await self.app(scope, receive, send)
            return
        if scope.get("method") != "POST":
            await self.app(scope, receive, send)
            return
        if not self.token:
            await _refuse(send, 403, "ingest is disabled on this server")
            return
        given = _header(scope, b"authorization") or ""
        scheme, _, credential = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            credential.strip().encode(), self.token.encode()
        ):
            await _refuse(send, 401, "a valid ingest token is required (Authorization: Bearer)",
                          [(b"www-authenticate", b"Bearer")])  # fmt: skip
            return
        length = _header(scope, b"content-length")
        if length is None or not length.isdigit():
            await _refuse(send, 411, "uploads need a Content-Length")
            return
        if int(length) > self.max_bytes:
            await _refuse(send, 413, f"upload over {self.max_bytes} bytes")
            return
        await self.app(scope, self._capped(receive, int(length)), send)

    def _capped(self, receive: Receive, declared: int) -> Receive:
        seen = 0

        async def capped() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > declared:
                raise ValueError("request body longer than its Content-Length")
            return message

        return capped


def allowed_host(host_header: str | None, allowed: frozenset[str]) -> bool:
    """Whether the Host header names a host we serve (port ignored; '*' allows all)."""
    if "*" in allowed:
        return True
    if not host_header:
        return False
    host = host_header.strip().lower()
    if host.startswith("["):  # [::1]:8000
        host = host[: host.find("]") + 1]
    else:
        host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return host in allowed


class HostGuard:
    """Refuse requests whose Host header is not one of ``allowed`` (421)."""

    def __init__(self, app: App, allowed: frozenset[str]) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not allowed_host(_header(scope, b"host"), self.allowed):
            await _refuse(send, 421, "this server does not answer for that host name")
            return
        await self.app(scope, receive, send)
