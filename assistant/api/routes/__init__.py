"""One APIRouter per resource: chat, search, programs, briefings, feedback, health, admin."""
