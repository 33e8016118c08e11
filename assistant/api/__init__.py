"""The FastAPI service: `create_app()` in app.py, one router per resource in routes/."""
