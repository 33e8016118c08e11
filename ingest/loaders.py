"""Loaders: turn a file (PDF, Markdown, HTML, text, program record) into titled sections with metadata."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from common import lang
from common.digests import Digest, split_front_matter
from common.errors import DigestError, LoaderError, RecordError
from common.labels import LABELS, label, phrase
from common.records import Program, load_program


@dataclass
class Section:
    """A run of text under one heading (or one PDF page) with the metadata every chunk of it inherits."""

    text: str
    section: str = ""
    page: int | None = None
    language: str | None = None
    meta: dict[str, str | int | float | bool] = field(default_factory=dict)


@dataclass
class LoadedDoc:
    title: str
    doc_kind: str  # program | report | policy | announcement | guide | document
    sections: list[Section]
    program_id: str = ""
    url: str = ""
    meta: dict[str, str | int | float | bool] = field(default_factory=dict)
    record: str | None = None  # a program record as validated JSON, published with the index


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise LoaderError(f"{path.name}: empty file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoaderError(f"{path.name}: not UTF-8 text (byte {exc.start}); re-save it as UTF-8") from exc
    junk = len(_CONTROL.findall(text))
    if "\x00" in text or junk > len(text) // 100:  # text files hold no NUL and (almost) no control characters
        raise LoaderError(f"{path.name}: {junk} control characters (NUL and the like); not a text file")
    return text


def load_pdf(path: Path, data: bytes, max_chars: int | None = None) -> LoadedDoc:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.strip():
        raise LoaderError(f"{path.name}: empty file")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise LoaderError(f"{path.name}: encrypted PDF; give an unencrypted copy")
        pages: list[tuple[int, str]] = []
        total = 0
        for i, pg in enumerate(reader.pages):  # stop at the cap: a hostile PDF can expand to gigabytes of text
            pages.append((i + 1, (pg.extract_text() or "").strip()))
            total += len(pages[-1][1])
            if max_chars is not None and total > max_chars:
                raise LoaderError(f"{path.name}: more than {max_chars:,} characters of text (BOUSSOLE_MAX_TEXT_CHARS); "
                                  "split the file or raise the cap")
    except LoaderError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoaderError(f"{path.name}: corrupt or unreadable PDF ({type(exc).__name__})") from exc
    sections = [Section(text=t, page=n) for n, t in pages if t]
    if not sections:
        raise LoaderError(f"{path.name}: PDF has no extractable text (scanned images?)")
    title = ""
    try:
        title = str(reader.metadata.get("/Title") or "") if reader.metadata else ""
    except Exception:  # broken metadata is not worth failing the file
        title = ""
    return LoadedDoc(title=title or path.stem.replace("_", " "), doc_kind="document", sections=sections)


_HEADING = re.compile(r"^(#{1,3})\s+(.+?)\s*#*\s*$")


def markdown_sections(body: str) -> tuple[str, list[Section]]:
    """Split Markdown on headings (#, ##, ###); a section's name is its heading path ("A > B")."""
    title = ""
    path: list[str] = []
    sections: list[Section] = []
    buf: list[str] = []

    def flush() -> None:
        text = "\n".join(buf).strip()
        if text:
            sections.append(Section(text=text, section=" > ".join(path[1:] if title else path)))
        buf.clear()

    for line in body.splitlines():
        m = _HEADING.match(line)
        if m:
            flush()
            level, head = len(m.group(1)), m.group(2).strip()
            if level == 1 and not title:
                title = head
                path = [head]
                continue
            path = path[: max(level - 1, 1 if title else 0)] + [head]
            continue
        buf.append(line)
    flush()
    return title, sections


def load_markdown(path: Path, data: bytes) -> LoadedDoc:
    text = _decode(path, data)
    try:
        meta, body = split_front_matter(text)
    except yaml.YAMLError as exc:
        raise DigestError(f"{path.name}: front matter is not valid YAML") from exc
    title, sections = markdown_sections(body)
    if not sections:
        raise LoaderError(f"{path.name}: no text")
    doc = LoadedDoc(title=title or path.stem.replace("-", " "), doc_kind="document", sections=sections)
    if meta:
        try:
            d = Digest.model_validate(meta)
        except Exception as exc:
            raise DigestError(f"{path.name}: front matter does not match the digest model") from exc
        doc.title, doc.doc_kind = d.title, d.kind
        doc.url = str(d.source.url or "")
        doc.meta = {"digest_id": d.id, "as_of": d.as_of.isoformat(), "published": d.source.published or "",
                    "publisher": d.source.publisher or "", "aliases": " | ".join(d.aliases),
                    "programs": " ".join(d.programs)}
        for s in sections:  # like a program record's parts: "Document — Section" heads each section's text
            s.language = d.language
            s.text = f"{title or d.title} — {s.section}\n{s.text}" if s.section else s.text
    return doc


def load_html(path: Path, data: bytes) -> LoadedDoc:
    from bs4 import BeautifulSoup

    html = _decode(path, data)
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "iframe"]):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    lines: list[str] = []
    for el in root.find_all(["h1", "h2", "h3", "p", "li", "td", "pre", "blockquote"]):
        if el.find_parent(["p", "li", "td"]) is not None:
            continue  # already taken with its parent
        text = " ".join(el.get_text(" ", strip=True).split())
        if not text:
            continue
        lines.append(f"{'#' * int(el.name[1])} {text}" if el.name in ("h1", "h2", "h3") else text)
    title, sections = markdown_sections("\n".join(lines))
    if not sections:
        raise LoaderError(f"{path.name}: HTML has no main text")
    page_title = soup.title.get_text(strip=True) if soup.title else ""
    return LoadedDoc(title=title or page_title or path.stem, doc_kind="document", sections=sections)


def load_text(path: Path, data: bytes) -> LoadedDoc:
    text = _decode(path, data)
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return LoadedDoc(title=path.stem.replace("_", " "), doc_kind="document", sections=[Section(text="\n\n".join(paras))])


TEXTS = {lg: {k: label("record", k, lg) for k in LABELS["record"]} for lg in ("fr", "en")}  # common.labels' "record"


def render_program(p: Program, lg: str) -> list[Section]:
    """A program record as sections of readable text in one language; facts are kept verbatim so they can be quoted."""
    lab = TEXTS[lg]
    name = p.name.get(lg)
    seen = p.intake.last_confirmed
    status = phrase("intake", p.intake.status, lg) + (f" ({lab['seen']} {seen.date.isoformat()})" if seen else "")
    deadline = p.intake.next_deadline or p.intake.last_deadline
    if deadline:
        status += f"; {lab['deadline']} {deadline.isoformat()}"
    base: dict[str, str | int | float | bool] = {
        "program_id": p.id, "kind": p.kind.value, "region": " ".join(r.value for r in p.regions),
        "intake": p.intake.status.value, "applicant": p.applicant.value, "instrument": p.instrument.value,
        "as_of": p.as_of.isoformat(), "url": str(p.url)}

    def sec(key: str, body: str, status_line: str = "") -> Section:
        return Section(text=f"{name} — {lab[key]}\n{body}", section=lab[key], language=lg,
                       meta={**base, "part": key, "title": name, "status_line": status_line})

    line = f"{lab['status']} {status}; {lab['checked']} {p.as_of.isoformat()}."
    out = [sec("overview", f"{lab['operator']} {p.operator.get(lg)}.\n{line}\n{p.summary.get(lg)}", line),
           sec("eligibility", p.eligibility.get(lg))]
    if p.facts:
        out.append(sec("facts", "\n".join(f"- {f.get(lg)}" for f in p.facts)))
    if p.intake.note:
        intake_line = f"{lab['status']} {status}."
        out.append(sec("intake", f"{intake_line}\n{p.intake.note.get(lg)}", intake_line))
    out.append(sec("apply", p.how_to_apply.get(lg)))
    return out


def load_program_record(path: Path, data: bytes) -> LoadedDoc:
    _decode(path, data)
    p = load_program(path)
    sections = render_program(p, "fr") + render_program(p, "en")
    return LoadedDoc(title=p.name.en, doc_kind="program", sections=sections, program_id=p.id, url=str(p.url),
                     meta={"name_fr": p.name.fr, "name_en": p.name.en}, record=p.model_dump_json())


def load_yaml(path: Path, data: bytes) -> LoadedDoc:
    """A YAML file is a program record when it has an id and a name; other YAML is refused."""
    text = _decode(path, data)
    try:
        head = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RecordError(f"{path.name}: cannot read YAML: {str(exc).splitlines()[0]}") from exc
    if not isinstance(head, dict) or "id" not in head:
        raise RecordError(f"{path.name}: YAML files must be program records (a mapping with an id)")
    return load_program_record(path, data)


LOADERS: dict[str, Callable[[Path, bytes], LoadedDoc]] = {
    ".pdf": load_pdf, ".md": load_markdown, ".markdown": load_markdown, ".html": load_html, ".htm": load_html,
    ".txt": load_text, ".yaml": load_yaml, ".yml": load_yaml,
}


def load(path: Path, data: bytes, max_chars: int | None = None) -> LoadedDoc:
    """Load a file by its extension and fill in each section's language; any failure is a LoaderError."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise LoaderError(f"{path.name}: unsupported file type {path.suffix!r}")
    try:
        doc = load_pdf(path, data, max_chars) if loader is load_pdf else loader(path, data)
    except LoaderError:
        raise
    except Exception as exc:  # a parser's own limit (pypdf LimitReachedError), a bug, a recursion: this file fails
        raise LoaderError(f"{path.name}: cannot be read ({type(exc).__name__}: "
                          f"{(str(exc).splitlines() or [''])[0][:120]})") from exc
    for s in doc.sections:
        if s.language is None:
            s.language = lang.detect(s.text, default=lang.detect(doc.title + " " + doc.sections[0].text))
    parts = {p.lower() for p in path.parts}
    if doc.doc_kind == "document":
        doc.doc_kind = "policy" if "policies" in parts else "report" if "reports" in parts else "document"
    return doc
