"""Write .env.example and print the README's environment table, both from the one Settings class."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def default(name: str) -> str:
    f = Settings.model_fields[name]
    d = f.get_default(call_default_factory=True)
    if name == "threads":
        return "<number of cores>"
    if hasattr(d, "get_secret_value"):
        return d.get_secret_value() if name == "llm_api_key" else ""
    if d is None:
        return ""
    if isinstance(d, list):
        return json.dumps(d, separators=(",", ":"))
    return str(d)


def env_example() -> str:
    lines = ["# Boussole settings. Every variable is optional: the defaults give the complete offline product.",
             "# Copy to .env and uncomment what you change.", ""]
    for name, f in Settings.model_fields.items():
        lines += [f"# {f.description}", f"# BOUSSOLE_{name.upper()}={default(name)}", ""]
    return "\n".join(lines)


def readme_table() -> str:
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for name, f in Settings.model_fields.items():
        d = default(name) or "(unset)"
        rows.append(f"| `BOUSSOLE_{name.upper()}` | `{d}` | {str(f.description).replace('|', '/')} |")
    return "\n".join(rows)


if __name__ == "__main__":
    (ROOT / ".env.example").write_text(env_example(), encoding="utf-8")
    print(readme_table())
