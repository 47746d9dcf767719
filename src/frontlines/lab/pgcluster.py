"""A throw-away PostgreSQL server for tests and benchmarks: started in a temporary folder
on a free loopback port, stopped and removed at the end.

No database server runs on a fresh machine (nor on these build machines), so the project
starts its own from Debian's ``postgresql`` binaries (``/usr/lib/postgresql/*/bin``) rather
than assuming one. ``initdb`` refuses to run as root, so under root every server command
runs as the ``postgres`` system user (which the Debian package creates) in a folder that
user owns. Speed over durability: ``fsync`` is off, it is a scratch cluster.

``python -m frontlines.lab.pgcluster`` starts one, prints its URL and waits for Ctrl-C.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from frontlines.errors import StoreError

__all__ = ["INSTALL_HINT", "PgCluster", "PgClusterError", "find_bindir"]

INSTALL_HINT = (
    "install Debian's PostgreSQL server (`apt-get install postgresql`, or `make postgresql`), "
    "or set FRONTLINES_TEST_PG to the URL of a server where you may create databases"
)


class PgClusterError(StoreError):
    """The scratch server cannot be started: binaries missing, or it failed to come up."""


#: Where Debian installs the server binaries, one folder per major version.
DEBIAN_INITDB = "/usr/lib/postgresql/*/bin/initdb"


def find_bindir(pattern: str = DEBIAN_INITDB) -> Path:
    """The folder holding ``initdb`` and ``pg_ctl``: on PATH, else the newest match of
    ``pattern`` (Debian keeps them off PATH, in ``/usr/lib/postgresql/<version>/bin``)."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    found = sorted(
        glob.glob(pattern),
        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit()
        else 0,
    )  # fmt: skip
    if not found:
        raise PgClusterError(f"PostgreSQL's initdb was not found: {INSTALL_HINT}")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgCluster:
    """``with PgCluster() as cluster: cluster.url("dbname")``: a server for the block."""

    user: str = "postgres"  # the database superuser initdb creates
    folder: Path | None = None
    port: int = 0
    bindir: Path | None = None

    def __enter__(self) -> PgCluster:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def admin_url(self) -> str:
        """The URL of the server's ``postgres`` database, for creating others."""
        return self.url("postgres")

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def _as_owner(self) -> list[str]:
        """Server commands run as the ``postgres`` system user when we are root."""
        if os.geteuid() != 0:
            return []
        try:
            pwd.getpwnam("postgres")
        except KeyError as exc:
            raise PgClusterError(
                "running as root, and there is no `postgres` system user to run the server "
                f"as: {INSTALL_HINT}"
            ) from exc
        return ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [*self._as_owner(), *args], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines()
            raise PgClusterError(
                f"{Path(args[0]).name} failed: {detail[-1] if detail else done.returncode}"
            )

    def start(self) -> None:
        self.bindir = self.bindir or find_bindir()
        self.folder = Path(tempfile.mkdtemp(prefix="frontlines-pg-"))
        if os.geteuid() == 0:
            self._as_owner()  # checks the user exists
            shutil.chown(self.folder, "postgres", "postgres")
        data = self.folder / "data"
        self._run(str(self.bindir / "initdb"), "-D", str(data), "-U", self.user, "-A", "trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")  # fmt: skip
        for attempt in range(5):  # another process may take the free port first
            self.port = _free_port()
            options = (
                f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                " -c max_connections=200"
            )
            try:
                self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-l",
                          str(self.folder / "server.log"), "-o", options, "-w", "-t", "60",
                          "start")  # fmt: skip
                return
            except PgClusterError:
                if attempt == 4:
                    log = self.folder / "server.log"
                    tail = log.read_text("utf-8", "replace").strip().splitlines()[-3:]
                    self.stop()
                    raise PgClusterError("PostgreSQL did not start: " + " | ".join(tail)) from None
                time.sleep(0.2)

    def stop(self) -> None:
        """Stop the server (immediately: it is scratch) and remove its folder."""
        if self.folder is None:
            return
        data = self.folder / "data"
        if self.bindir is not None and (data / "postmaster.pid").exists():
            with suppress(PgClusterError):  # already gone: remove the folder all the same
                self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                          "-w", "stop")  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def _stop_on_terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> None:
    """Start a server, print its URL, and stop and remove it on Ctrl-C or SIGTERM (a
    background job ignores SIGINT, so ``kill PID`` must clean up too)."""
    signal.signal(signal.SIGTERM, _stop_on_terminate)
    with PgCluster() as cluster:
        print(cluster.admin_url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
