"""A real uvicorn server in a background thread, for benchmarks and browser tests.

Both need the server a user runs (sockets, HTTP parsing, the ASGI stack), not
an in-process client; this starts one on a free localhost port and stops it
when the block ends.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["running_server"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(db: str | Path, ingest_token: str | None = None) -> Iterator[str]:
    """A real uvicorn server for ``db`` in a thread; yields its base URL."""
    import uvicorn

    from frontlines.web.app import ServeSettings, create_app

    app = create_app(ServeSettings(db, ingest_token=ingest_token))
    for _attempt in range(5):  # the free port can be taken between our probe and the bind
        port = _free_port()
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.02)
        if server.started:
            break
        server.should_exit = True
        thread.join(timeout=5)
    else:
        raise RuntimeError("the server did not start")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
