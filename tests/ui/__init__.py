"""Tests of the Streamlit front end: AppTest pages against a fake API, and one real-browser end-to-end run."""
