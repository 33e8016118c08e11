"""One contract every vector store passes: embedded Chroma (a folder) and a real `chroma run` server on loopback."""

from pathlib import Path

import numpy as np
import pytest

from common.errors import StoreError, StoreUnavailable
from ingest.store import VectorStore, open_store


def _vec(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


class StoreContract:
    def make(self, name: str, dim: int = 3) -> VectorStore:
        raise NotImplementedError

    def test_upsert_query_delete(self) -> None:
        s = self.make("contract-a")
        vecs = np.vstack([_vec(1, 0, 0), _vec(0, 1, 0), _vec(0.9, 0.1, 0)])
        s.upsert(["a", "b", "c"], vecs, ["ta", "tb", "tc"], [{"k": 1}, {"k": 2}, {"k": 3}])
        assert s.count() == 3 and s.all_ids() == {"a", "b", "c"}
        hits = s.query(_vec(1, 0, 0), 2)
        assert [h[0] for h in hits] == ["a", "c"] and hits[0][1] == pytest.approx(1.0, abs=1e-4)
        s.delete(["a"])
        assert s.all_ids() == {"b", "c"} and s.query(_vec(1, 0, 0), 1)[0][0] == "c"

    def test_upsert_is_idempotent(self) -> None:
        s = self.make("contract-b")
        for _ in range(2):
            s.upsert(["x"], np.vstack([_vec(1, 1, 0)]), ["t"], [{"k": 1}])
        assert s.count() == 1

    def test_other_embedder_is_refused(self) -> None:
        self.make("contract-c", dim=3)
        with pytest.raises(StoreError, match="holds"):
            self.make("contract-c", dim=4)

    def test_empty_query(self) -> None:
        assert self.make("contract-d").query(_vec(1, 0, 0), 5) == []

    def test_similarities_are_cosines(self) -> None:
        rng = np.random.default_rng(7)
        vecs = rng.standard_normal((300, 16)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        s = self.make("contract-e", dim=16)
        ids = [f"p{i}" for i in range(len(vecs))]
        s.upsert(ids, vecs, ids, [{"k": i} for i in range(len(vecs))])
        q = vecs[3] + 0.8 * rng.standard_normal(16).astype(np.float32)
        q /= np.linalg.norm(q)
        for cid, sim in s.query(q, 50):
            assert sim == pytest.approx(float(vecs[ids.index(cid)] @ q), abs=1e-4)  # not 1 - a squared distance


class TestEmbeddedChroma(StoreContract):
    @pytest.fixture(autouse=True)
    def _folder(self, tmp_path: Path) -> None:
        self.folder = tmp_path / "chroma"

    def make(self, name: str, dim: int = 3) -> VectorStore:
        return open_store("chroma-embedded", str(self.folder), name, f"test-{dim}", dim)


@pytest.mark.server
class TestServerChroma(StoreContract):
    @pytest.fixture(autouse=True)
    def _server(self, chroma_server: str) -> None:
        self.url = chroma_server

    def make(self, name: str, dim: int = 3) -> VectorStore:
        import uuid

        return open_store("chroma-server", self.url, f"{name}-{uuid.uuid4().hex[:6]}" if dim == 3 and name != "contract-c"
                          else name + "-" + self.url.rsplit(":", 1)[1], f"test-{dim}", dim)


def test_dead_server_is_one_clear_line() -> None:
    from tests.conftest import free_port

    with pytest.raises(StoreUnavailable, match="does not answer"):
        s = open_store("chroma-server", f"http://127.0.0.1:{free_port()}", "x", "e", 3)
        s.ping()


def test_unknown_store_kind() -> None:
    with pytest.raises(StoreError, match="chroma-embedded"):
        open_store("faiss", "x", "c", "e", 3)
