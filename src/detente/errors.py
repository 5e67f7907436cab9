"""Typed errors of the core. Each message names the offending file, URL or line."""


class DetenteError(Exception):
    """Base of every error detente raises on purpose."""


class SourceError(DetenteError):
    """An input could not be read or yielded no usable text."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class UnsupportedSource(SourceError):
    """The input's kind is not one detente reads."""


class DictionaryError(DetenteError):
    """A data table or dictionary has an error (file, line, reason)."""

    def __init__(self, path: str, line: int | None, reason: str):
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")
        self.path, self.line, self.reason = path, line, reason


class ConfigError(DetenteError):
    """A setting has an invalid value."""


class StoreError(DetenteError):
    """The database cannot be opened, written or migrated."""
