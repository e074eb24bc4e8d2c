"""Start a real ``oxigraph serve`` on 127.0.0.1 for tests, and stop it again.

The ``oxigraph`` PyPI package provides the command. The server listens on a free local port,
keeps its data in a temporary folder, and answers queries over the union of its named graphs
(``--union-default-graph``), as kgraph's queries expect.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

LOCALHOST = "127.0.0.1"


@dataclass(frozen=True)
class OxigraphServer:
    base: str           # http://127.0.0.1:PORT
    process: subprocess.Popen
    location: Path

    @property
    def query_url(self) -> str:
        return f"{self.base}/query"

    @property
    def update_url(self) -> str:
        return f"{self.base}/update"

    @property
    def store_url(self) -> str:
        return f"{self.base}/store"


def oxigraph_command() -> str | None:
    return shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOCALHOST, 0))
        return sock.getsockname()[1]


def no_proxy_for_localhost() -> None:
    # urllib (and so SPARQLWrapper) honours http_proxy; a local server must never go through one
    for var in ("no_proxy", "NO_PROXY"):
        current = os.environ.get(var, "")
        if LOCALHOST not in current.split(","):
            os.environ[var] = ",".join(filter(None, [current, LOCALHOST, "localhost"]))


def _wait_until_up(base: str, process: subprocess.Popen, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    probe = f"{base}/query?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(probe, timeout=1) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise RuntimeError(f"oxigraph serve did not answer on {base} within {timeout_s} s")


@contextlib.contextmanager
def running_oxigraph(timeout_s: float = 20.0) -> Iterator[OxigraphServer]:
    """A live ``oxigraph serve`` for the duration of the ``with`` block."""
    command = oxigraph_command()
    if command is None:
        raise RuntimeError("the `oxigraph` command is not installed (pip install oxigraph)")
    no_proxy_for_localhost()
    location = Path(tempfile.mkdtemp(prefix="kgraph-oxigraph-"))
    port = free_port()
    process = subprocess.Popen(
        [command, "serve", "--location", str(location), "--bind", f"{LOCALHOST}:{port}",
         "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://{LOCALHOST}:{port}"
    try:
        _wait_until_up(base, process, timeout_s)
        yield OxigraphServer(base=base, process=process, location=location)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        if process.stderr:
            process.stderr.close()
        shutil.rmtree(location, ignore_errors=True)
