"""The advisor briefing: company profile, sections, Markdown document and PDF."""
