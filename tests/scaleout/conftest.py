"""Scale-out fixtures: a throwaway PostgreSQL, and two `boussole serve` readers sharing one data folder on loopback."""

from __future__ import annotations

import importlib.util
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.cluster import ApiProcess, Postgres, cluster_env, postgres_bin, run_ingest, wait_ready
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def postgres() -> Iterator[Postgres]:
    bindir = postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (scripts/system-deps.sh installs Debian's postgresql as root)")
    if importlib.util.find_spec("psycopg") is None:
        pytest.skip("the PostgreSQL driver is not installed (pip install -e '.[postgres]')")
    pg = Postgres(bindir)
    try:
        pg.start()
    except (RuntimeError, OSError) as exc:
        pg.stop()
        pytest.skip(f"a throwaway PostgreSQL could not start: {exc}")
    try:
        yield pg
    finally:
        pg.stop()


@dataclass
class Cluster:
    """Two API readers and the environment the writer uses; one data folder, one Chroma server, one database."""

    env: dict[str, str]
    data: Path
    corpus: Path
    apis: list[ApiProcess]

    @property
    def urls(self) -> list[str]:
        return [a.url for a in self.apis]


@pytest.fixture(scope="module")
def cluster(chroma_server: str, postgres: Postgres, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """The corpus copied and ingested by the writer (its own process), then two readers started on it."""
    work = tmp_path_factory.mktemp("scaleout")
    corpus = work / "copy" / "corpus"
    shutil.copytree(CORPUS, corpus)
    env = cluster_env(work / "data", corpus, chroma_server, postgres.url, f"scale-{uuid.uuid4().hex[:8]}")
    done = run_ingest(env, corpus)
    assert done.returncode == 0, done.stderr[-2000:]
    apis = [ApiProcess(env, work / f"api-{i}.log") for i in range(2)]
    try:
        for api in apis:
            api.start()
        for api in apis:
            wait_ready(api.url, timeout=180, proc=api.proc)
        yield Cluster(env, work / "data", corpus, apis)
    finally:
        for api in apis:
            api.stop()
