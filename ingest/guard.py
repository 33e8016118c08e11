"""What ingest refuses before and after loading: links out of the corpus, secret-looking files, and files over the caps."""

from __future__ import annotations

import json
import re
from pathlib import Path

from common.errors import LoaderError
from common.settings import Settings
from ingest.loaders import LoadedDoc

# Names that hold credentials, whatever their extension: .env files, SSH and TLS keys, key stores, credential files.
SECRET_NAME = re.compile(
    r"^\.env(?:\.|$)|^\.?(?:netrc|pgpass|htpasswd)$|(?:^|[._-])id_(?:rsa|dsa|ecdsa|ed25519)(?:[._-]|$)|"
    r"\.(?:pem|key|p12|pfx|jks|keystore|kdbx|asc|gpg)(?:\.|$)|^(?:credentials|secrets?)(?:\.|$)",
    re.I)
PRIVATE_KEY = re.compile(rb"-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----")


def looks_secret(name: str) -> bool:
    return bool(SECRET_NAME.search(name))


def unsafe_reason(path: Path, root: Path) -> str | None:
    """Why `path` (found under, or given as, `root`) must not be read; None when it may be.

    A symbolic link is followed only when its target stays inside `root` (for a single file: the folder holding it),
    and a file named like a secret is never read, under its own name or its link's."""
    inside = root.resolve() if root.is_dir() else root.parent.resolve()
    target = path.resolve()
    if (path.is_symlink() or target != path.absolute()) and not target.is_relative_to(inside):
        return "symbolic link to a file outside the corpus folder; skipped"
    if looks_secret(path.name) or looks_secret(target.name):
        return "named like a secret (.env, key, credentials); never indexed"
    return None


def check_content(data: bytes, label: str) -> None:
    """Refuse a file that holds a private key, whatever it is called."""
    if PRIVATE_KEY.search(data):
        raise LoaderError(f"{label}: holds a private key; never indexed")


def check_caps(doc: LoadedDoc, n_chunks: int | None, settings: Settings, label: str) -> None:
    """One clear failure when a loaded file is over a cap (text, chunks, record field length)."""
    chars = sum(len(s.text) for s in doc.sections)
    if chars > settings.max_text_chars:
        raise LoaderError(f"{label}: more than {settings.max_text_chars:,} characters of text "
                          f"(BOUSSOLE_MAX_TEXT_CHARS); split the file or raise the cap")
    if n_chunks is not None and n_chunks > settings.max_chunks_per_file:
        raise LoaderError(f"{label}: {n_chunks:,} chunks, more than {settings.max_chunks_per_file:,} "
                          f"(BOUSSOLE_MAX_CHUNKS_PER_FILE); split the file or raise the cap")
    if doc.record:
        where = longest_field(json.loads(doc.record), settings.max_field_chars)
        if where:
            raise LoaderError(f"{label}: field {where} is longer than {settings.max_field_chars:,} characters "
                              f"(BOUSSOLE_MAX_FIELD_CHARS)")


def longest_field(value: object, cap: int, path: str = "") -> str | None:
    """The dotted path of the first string longer than `cap` in a record, or None."""
    if isinstance(value, str):
        return path or "(record)" if len(value) > cap else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, sub in items:
        found = longest_field(sub, cap, f"{path}.{key}" if path else str(key))
        if found:
            return found
    return None
