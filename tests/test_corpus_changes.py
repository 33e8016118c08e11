"""`boussole corpus changes --since`: programs added and removed, amounts, statuses and deadlines changed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from common.errors import CorpusHistoryError
from ingest.corpus_changes import changes_since
from tests.helpers import RECORD


def _git(repo: Path, *args: str, date: str | None = None) -> str:
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t",
           "PATH": "/usr/bin:/bin", "HOME": str(repo)}
    if date:
        env |= {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture()
def history(tmp_path: Path) -> Path:
    """A corpus repository with one version on 2026-10-15 and the current files changed since."""
    programs = tmp_path / "corpus" / "programs"
    programs.mkdir(parents=True)
    (programs / "test-programme.yaml").write_text(RECORD, encoding="utf-8")
    (programs / "gone-programme.yaml").write_text(RECORD.replace("id: test-programme", "id: gone-programme"),
                                                  encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "corpus of October", date="2026-10-15T12:00:00")
    _git(tmp_path, "tag", "corpus-2026-10")
    changed = RECORD.replace("{max: 25000, unit", "{max: 30000, unit").replace("status: continuous", "status: paused")
    (programs / "test-programme.yaml").write_text(changed, encoding="utf-8")
    (programs / "gone-programme.yaml").unlink()
    (programs / "new-programme.yaml").write_text(RECORD.replace("id: test-programme", "id: new-programme"),
                                                 encoding="utf-8")
    return programs


@pytest.mark.parametrize("since", ["2026-11-01", "corpus-2026-10"])
def test_changes_since_a_date_or_a_version(history: Path, since: str) -> None:
    ch = changes_since(history, since)
    assert ch.added == ["new-programme"] and ch.removed == ["gone-programme"]
    fields = {name: (old, new) for name, old, new in ch.changed["test-programme"]}
    assert fields["intake.status"] == ("continuous", "paused")
    assert fields["funding.per_company"][0][0]["max"] == 25000 and fields["funding.per_company"][1][0]["max"] == 30000
    text = "\n".join(ch.lines())
    assert "+ new-programme" in text and "- gone-programme" in text and "intake.status: continuous → paused" in text


def test_unknown_date_or_version_is_one_clear_line(history: Path) -> None:
    with pytest.raises(CorpusHistoryError, match="no corpus version before 2020-01-01"):
        changes_since(history, "2020-01-01")
    with pytest.raises(CorpusHistoryError):
        changes_since(history, "no-such-tag")
