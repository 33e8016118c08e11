"""URL helpers shared by the record schema and the corpus checker."""

from __future__ import annotations

from urllib.parse import urlparse


def host(url: str) -> str:
    """The host of a URL, lowercased, without a leading 'www.'."""
    name = (urlparse(url).hostname or "").lower()
    return name[4:] if name.startswith("www.") else name
