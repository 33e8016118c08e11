"""The Streamlit front end: app.py (entry point), views/ (chat, programs, briefing) and the helpers they share."""
