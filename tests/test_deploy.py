"""deploy/ cannot run here (no container engine): check that it parses and agrees with the code it starts."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

from assistant.cli import build_parser
from common.settings import Settings

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
ROOT = DEPLOY.parent


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    return data


def test_compose_has_every_part() -> None:
    assert set(compose()["services"]) == {"chroma", "postgres", "ingest", "api", "proxy", "ui"}


def test_boussole_variables_are_settings_and_commands_are_real() -> None:
    fields = {f"BOUSSOLE_{n.upper()}" for n in Settings.model_fields}
    for name, svc in compose()["services"].items():
        env = svc.get("environment") or {}
        unknown = {k for k in env if k.startswith("BOUSSOLE_")} - fields
        assert not unknown, (name, unknown)
        cmd = svc.get("command") or []
        if cmd and cmd[0] == "boussole":
            build_parser().parse_args(cmd[1:])  # exits (fails the test) on an unknown subcommand or option


def test_readers_mount_the_data_read_only_and_the_writer_read_write() -> None:
    services = compose()["services"]
    assert "data:/data:ro" in services["api"]["volumes"] and "data:/data" in services["ingest"]["volumes"]
    assert services["api"]["environment"]["BOUSSOLE_DATABASE_URL"].startswith("postgresql+psycopg://")
    assert services["ui"]["environment"]["BOUSSOLE_API_URL"].startswith("http://proxy:")


def test_the_proxy_passes_the_client_address_and_only_it_is_trusted() -> None:
    services = compose()["services"]
    nginx = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in nginx  # overwritten, never appended: no spoofing
    port = services["api"]["command"][services["api"]["command"].index("--port") + 1]
    assert f"server api:{port}" in nginx
    trusted = json.loads(services["api"]["environment"]["BOUSSOLE_TRUSTED_PROXIES"])
    assert trusted == [services["proxy"]["networks"]["boussole"]["ipv4_address"]]


def test_the_image_holds_every_package_and_the_postgres_extra() -> None:
    docker = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    packages = [p.rstrip("*") for p in project["tool"]["setuptools"]["packages"]["find"]["include"]]
    assert all(f"COPY {p} {p}" in docker for p in packages)
    assert "postgres" in project["project"]["optional-dependencies"] and ".[postgres]" in docker
    torch = next(d for d in project["project"]["dependencies"] if d.startswith("torch=="))
    assert re.search(rf"\b{re.escape(torch)}\b", docker)
