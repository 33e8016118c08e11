"""Domain errors, raised inside the packages and translated only at the edges (CLI, API)."""


class BoussoleError(Exception):
    """Base of every error Boussole raises on purpose; its message is one line for a user."""

    exit_code = 1


class ConfigError(BoussoleError):
    """A setting is missing, malformed or a placeholder."""

    exit_code = 2


class EmbedderError(BoussoleError):
    """An embedding model cannot be loaded or used."""

    exit_code = 3


class StoreError(BoussoleError):
    """The vector store or the lexical index cannot be reached or is inconsistent."""

    exit_code = 4


class StoreUnavailable(StoreError):
    """A store server (e.g. `chroma run`) does not answer."""


class DatabaseUnavailable(StoreUnavailable):
    """The session database does not answer or is unreadable (corrupt pages)."""


class IndexNotReady(StoreError):
    """No index has been built yet: run `boussole ingest` first."""


class LoaderError(BoussoleError):
    """A document cannot be read (corrupt, encrypted, empty, too large, wrong encoding)."""


class RecordError(LoaderError):
    """A program record fails validation."""


class DigestError(LoaderError):
    """A report or policy digest lacks its front matter."""


class ProgramNotFound(BoussoleError):
    """No program with that id."""


class InputError(BoussoleError):
    """A request or question is malformed or too long."""


class MessageNotFound(BoussoleError):
    """No chat message with that id in that session (e.g. feedback on an unknown answer)."""


class CorpusHistoryError(BoussoleError):
    """Earlier versions of the corpus cannot be read (no git, or an unknown date or version)."""

    exit_code = 2


class WriterBusy(BoussoleError):
    """Another ingest is writing to the same data folder: one writer at a time."""

    exit_code = 5
