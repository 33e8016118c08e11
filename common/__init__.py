"""What ingest and the assistant share: settings, errors, record models, text utilities. Imports neither."""
