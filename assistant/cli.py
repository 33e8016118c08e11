"""`boussole` command line: ingest, ask, serve, ui, brief, eval, corpus check, feedback export."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from common.errors import BoussoleError
from common.settings import Settings, get_settings


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.index import ingest

    settings = get_settings()
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    rep = ingest(paths, settings, progress=None if not args.quiet else False, rebuild=args.rebuild)
    for _what, line in rep.warnings:
        print(f"warning: {line}", file=sys.stderr)
    for _source, reason in rep.failed:
        print(f"failed: {reason}", file=sys.stderr)
    print(rep.line())
    return 1 if rep.failed else 0


def cmd_corpus_check(args: argparse.Namespace) -> int:
    from ingest.corpus_check import check_corpus
    from ingest.corpus_report import coverage_markdown, summary_lines

    rep = check_corpus(Path(args.path or get_settings().corpus_dir))
    for e in rep.errors:
        print(f"error: {e}")
    if args.coverage:
        print(coverage_markdown(rep))
        return 0 if rep.ok else 1
    print("\n".join(summary_lines(rep)))
    return 0 if rep.ok else 1


def cmd_corpus_changes(args: argparse.Namespace) -> int:
    from ingest.corpus_changes import changes_since

    folder = Path(args.path or get_settings().corpus_dir) / "programs"
    print("\n".join(changes_since(folder, args.since).lines()))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from assistant.retrieval.retrieve import Retriever

    r = Retriever.open(get_settings())
    for hit in r.search(args.query, k=args.k):
        print(f"{hit.score:.3f}  {hit.row.meta.source}  [{hit.row.meta.section}]  "
              f"{hit.row.text[:100].replace(chr(10), ' ')}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.service import Assistant

    bot = Assistant.open(get_settings())
    ans = bot.ask(args.question, session_id=args.session)
    if args.json:
        print(json.dumps(ans.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(ans.as_text())
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from evals.evaluate import from_feedback, run_eval

    if args.from_feedback:
        return from_feedback(Path(args.from_feedback), Path(args.out or "evals/questions/drafts-from-feedback.yaml.draft"))
    if args.fresh:
        from evals.fresh import run_fresh

        return run_fresh(get_settings(), out=Path(args.out) if args.out else None)
    return run_eval(get_settings(), fast=args.fast, only_default=args.default_only, do_gate=args.gate,
                    out=Path(args.out) if args.out else None, names=args.config or None)


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the API with uvicorn; the embedder and indexes load once, before the first request."""
    import logging.config

    import uvicorn

    from assistant.api.app import create_app
    from assistant.api.logs import install_record_factory, log_config
    from assistant.service import Assistant
    from common.errors import IndexNotReady, StoreUnavailable

    settings = get_settings()
    install_record_factory()
    logging.config.dictConfig(log_config())
    try:
        bot: Assistant | None = Assistant.open(settings)
    except (IndexNotReady, StoreUnavailable) as exc:
        print(f"boussole: warning: {exc}; the API starts degraded (/health says 503) until it can load",
              file=sys.stderr)
        bot = None
    app = create_app(settings, bot)
    uvicorn.run(app, host=args.host or settings.api_host, port=args.port or settings.api_port,
                log_config=log_config(), access_log=False, timeout_graceful_shutdown=30, **uvicorn_options(settings))
    return 0


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """Proxy headers (X-Forwarded-For) are believed only from BOUSSOLE_TRUSTED_PROXIES; uvicorn's own default trusts
    them from 127.0.0.1, which let any local caller pick its address and dodge the rate limit."""
    if not settings.trusted_proxies:
        return {"proxy_headers": False}
    return {"proxy_headers": True, "forwarded_allow_ips": ",".join(settings.trusted_proxies)}


def cmd_feedback_export(args: argparse.Namespace) -> int:
    """Feedback joined with its question and answer, as CSV, to a file or stdout."""
    from assistant.api.store import SqlSessions

    store = SqlSessions.open(get_settings())
    try:
        if args.out:
            with open(args.out, "w", newline="", encoding="utf-8") as fh:
                n = store.export_csv(fh)
            print(f"{n} feedback row(s) written to {args.out}", file=sys.stderr)
        else:
            store.export_csv(sys.stdout)
    finally:
        store.close()
    return 0


def cmd_ui(args: argparse.Namespace) -> int:
    """Run the Streamlit UI (ui/app.py from the installed package) against BOUSSOLE_API_URL.

    The process becomes Streamlit (exec), so stopping `boussole ui` stops the server too."""
    import os

    import ui

    settings = get_settings()
    app = Path(ui.__file__).resolve().parent / "app.py"
    command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
               "--browser.gatherUsageStats", "false", "--server.address", args.host or "127.0.0.1",
               "--server.port", str(args.port or settings.ui_port), "--client.toolbarMode", "minimal"]
    sys.stdout.flush()
    os.execv(sys.executable, command)
    return 0  # not reached


def cmd_brief(args: argparse.Namespace) -> int:
    """Write the advisor briefing for a profile file (Markdown or PDF, after the --out extension) and, beside it, the
    shortlist's known deadlines as an .ics calendar."""
    from assistant.answer.calendar import build_calendar
    from assistant.briefing.build import build_briefing, load_profile
    from assistant.service import Assistant
    from common.errors import InputError

    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".md", ".markdown"):
        raise InputError(f"--out must end with .pdf or .md (got {out.name!r})")
    company = load_profile(Path(args.profile))
    if args.lang:
        company = company.model_copy(update={"language": args.lang})
    bot = Assistant.open(get_settings())
    briefing = build_briefing(bot, company)
    programs = bot.retriever.snapshot.programs
    ics = out.with_suffix(".ics")
    ics.write_bytes(build_calendar([programs[i] for i in briefing.shortlist if i in programs], company.language))
    if out.suffix.lower() == ".pdf":
        from assistant.briefing.pdf import render_pdf

        out.write_bytes(render_pdf(briefing))
    else:
        out.write_text(briefing.markdown, encoding="utf-8")
    found = len(briefing.shortlist)
    print(f"briefing for {company.name} written to {out} ({found} program(s) shortlisted, "
          f"{len(briefing.citations)} source passage(s)); deadlines calendar: {ics}", file=sys.stderr)
    return 0


def add_corpus_commands(s: argparse.ArgumentParser) -> None:
    csub = s.add_subparsers(dest="corpus_command", required=True)
    c = csub.add_parser("check", help="validate records and digests")
    c.add_argument("path", nargs="?")
    c.add_argument("--coverage", action="store_true", help="print the coverage tables (Markdown)")
    c.set_defaults(fn=cmd_corpus_check)
    c = csub.add_parser("changes", help="programs added or removed, amounts, statuses and deadlines changed")
    c.add_argument("--since", required=True, help="a date (YYYY-MM-DD) or a corpus version (git revision or tag)")
    c.add_argument("path", nargs="?", help="corpus folder (default: BOUSSOLE_CORPUS_DIR)")
    c.set_defaults(fn=cmd_corpus_changes)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="boussole", description="Find the programs that fit an AI × life-sciences company.")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="index files (default: the corpus folder)")
    s.add_argument("paths", nargs="*")
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.add_argument("--rebuild", action="store_true",
                   help="set the manifest aside and index every file again (after a 'corrupt manifest' error)")
    s.set_defaults(fn=cmd_ingest)

    add_corpus_commands(sub.add_parser("corpus", help="corpus tools"))

    s = sub.add_parser("search", help="show the passages retrieval finds")
    s.add_argument("query")
    s.add_argument("-k", type=int, default=8)
    s.set_defaults(fn=cmd_search)

    s = sub.add_parser("ask", help="ask a question")
    s.add_argument("question")
    s.add_argument("--json", action="store_true")
    s.add_argument("--session", default=None)
    s.set_defaults(fn=cmd_ask)

    s = sub.add_parser("brief", help="write an advisor briefing for a company profile (Markdown or PDF)")
    s.add_argument("--profile", required=True, help="profile file (YAML or JSON; see tests/fixtures/briefing/)")
    s.add_argument("--out", required=True, help="output file: .pdf or .md")
    s.add_argument("--lang", choices=["fr", "en"], default=None, help="briefing language (default: the profile's)")
    s.set_defaults(fn=cmd_brief)

    s = sub.add_parser("eval", help="run the answer-quality suite")
    s.add_argument("--gate", action="store_true", help="fail when the default configuration is below thresholds")
    s.add_argument("--fast", action="store_true",
                   help="the CI subset: held-out golden questions, advisor and scope sets, default and naive only")
    s.add_argument("--default-only", action="store_true", help="skip the baselines")
    s.add_argument("--config", action="append", help="run only this configuration (repeatable)")
    s.add_argument("--out", help="report folder (or draft file with --from-feedback)")
    s.add_argument("--from-feedback", metavar="CSV", help="turn thumbs-down feedback into draft questions")
    s.add_argument("--fresh", action="store_true",
                   help="the fresh held-out set (evals/fresh/), default configuration, aggregates only")
    s.set_defaults(fn=cmd_eval)

    s = sub.add_parser("serve", help="run the HTTP API (uvicorn)")
    s.add_argument("--host", default=None, help="default: BOUSSOLE_API_HOST")
    s.add_argument("--port", type=int, default=None, help="default: BOUSSOLE_API_PORT")
    s.set_defaults(fn=cmd_serve)

    s = sub.add_parser("feedback", help="feedback tools")
    fsub = s.add_subparsers(dest="feedback_command", required=True)
    f = fsub.add_parser("export", help="write the feedback as CSV for triage")
    f.add_argument("--out", default=None, help="CSV file (default: stdout)")
    f.set_defaults(fn=cmd_feedback_export)

    s = sub.add_parser("ui", help="run the Streamlit UI (it calls the API at BOUSSOLE_API_URL)")
    s.add_argument("--host", default=None, help="default: 127.0.0.1")
    s.add_argument("--port", type=int, default=None, help="default: BOUSSOLE_UI_PORT")
    s.set_defaults(fn=cmd_ui)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.fn(args))
    except BoussoleError as exc:
        print(f"boussole: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("boussole: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
