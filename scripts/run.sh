#!/usr/bin/env bash
# Start the API (127.0.0.1:8000) in the background and the Streamlit UI (:8501) in the foreground; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
HOST="${1:-127.0.0.1}"
BIN=.venv/bin
"$BIN/boussole" serve --host "$HOST" &
API_PID=$!
trap 'kill $API_PID 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 120); do
  if curl -fsS "http://$HOST:${BOUSSOLE_API_PORT:-8000}/ready" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
echo "API ready on http://$HOST:${BOUSSOLE_API_PORT:-8000} (docs: /docs)"
echo "UI on http://$HOST:${BOUSSOLE_UI_PORT:-8501}"
"$BIN/boussole" ui --host "$HOST"
