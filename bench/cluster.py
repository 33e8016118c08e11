"""Processes of a scale-out on loopback: a throwaway PostgreSQL, `boussole serve` readers, the `boussole ingest` writer.

Used by bench/scaleout.py and tests/scaleout/. Everything listens on 127.0.0.1 and every wait is bounded."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.common import free_port

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "assistant.cli"]


def postgres_bin() -> Path | None:
    """The folder of Debian's initdb/pg_ctl (/usr/lib/postgresql/<ver>/bin), newest version first; None if absent."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]), reverse=True)
    return Path(found[0]).parent if found else None


class Postgres:
    """A throwaway cluster (initdb + pg_ctl) in a temporary folder, trust auth on 127.0.0.1 only.

    initdb refuses to run as root: as root the cluster belongs to the `postgres` user (runuser)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="boussole-pg-"))  # under /tmp: the postgres user can reach it
        self.port = free_port()
        self.url = f"postgresql+psycopg://boussole@127.0.0.1:{self.port}/postgres"
        self._as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *args: str, timeout: float = 120) -> None:
        done = subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: {(done.stderr or done.stdout).strip()[-400:]}")

    def start(self) -> None:
        if self._as:
            shutil.chown(self.dir, "postgres", "postgres")
        data = self.dir / "data"
        self._run(str(self.bindir / "initdb"), "-D", str(data), "-U", "boussole", "--auth=trust", "-E", "UTF8",
                  "--no-instructions")
        opts = f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off -c max_connections=200"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(self.dir / "server.log"),
                  "-w", "-t", "60", "start")

    def stop(self) -> None:
        try:
            if (self.dir / "data" / "postmaster.pid").exists():
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "-w", "-t", "30",
                          "stop", timeout=60)
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def wait_ready(url: str, timeout: float = 180.0, proc: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the process behind {url} exited with {proc.returncode}")
        try:
            if httpx.get(f"{url}/ready", timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} was not ready within {timeout:.0f} s")


class ApiProcess:
    """`boussole serve` on a free loopback port with the given environment; its log goes to `log`."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log_path = env, log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen([*CLI, "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                                         env=self.env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        self.proc = None


def run_ingest(env: dict[str, str], corpus: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """The writer: `boussole ingest --quiet CORPUS` in its own process."""
    return subprocess.run([*CLI, "ingest", "--quiet", str(corpus)], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def cluster_env(data: Path, corpus: Path, chroma_url: str, database_url: str, prefix: str) -> dict[str, str]:
    """The environment every process of the scale-out shares: one data folder, one Chroma server, one database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOUSSOLE_")}
    return {**env, "BOUSSOLE_DATA_DIR": str(data), "BOUSSOLE_CORPUS_DIR": str(corpus),
            "BOUSSOLE_CHROMA_URL": chroma_url, "BOUSSOLE_DATABASE_URL": database_url,
            "BOUSSOLE_COLLECTION_PREFIX": prefix, "BOUSSOLE_RATE_LIMIT_PER_MINUTE": "0",
            "BOUSSOLE_SNAPSHOT_POLL_S": "1", "BOUSSOLE_THREADS": "1", "HF_HUB_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False", "PYTHONPATH": str(ROOT)}
