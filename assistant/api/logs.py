"""Request ids for log lines: a context variable, a record factory that stamps every record, and uvicorn's config."""

from __future__ import annotations

import logging
import re
import uuid
from contextvars import ContextVar
from typing import Any

request_id_var: ContextVar[str] = ContextVar("boussole_request_id", default="-")
LOG_FORMAT = "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_installed = False


def new_request_id(incoming: str | None) -> str:
    """The caller's X-Request-ID when it is a short safe token, otherwise a fresh one."""
    if incoming and _VALID_ID.match(incoming):
        return incoming
    return uuid.uuid4().hex


def install_record_factory() -> None:
    """Give every log record a `request_id` attribute (the current request's, or '-'); idempotent."""
    global _installed
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return record

    logging.setLogRecordFactory(factory)
    _installed = True


def log_config(level: str = "INFO") -> dict[str, Any]:
    """logging.dictConfig for `boussole serve`: our format (with the request id) for our loggers and uvicorn's."""
    handler = {"class": "logging.StreamHandler", "formatter": "boussole", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"boussole": {"format": LOG_FORMAT}},
        "handlers": {"stderr": handler},
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            "uvicorn": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.error": {"handlers": [], "level": level, "propagate": True},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": True},
        },
    }
