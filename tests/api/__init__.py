"""Tests of the FastAPI service (assistant/api)."""
