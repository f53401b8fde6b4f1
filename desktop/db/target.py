"""Where a database lives: a file path (the usual case) or a server URL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Target:
    """Where a database lives: a file path, or a database URL for a server."""

    path: Path | None = None
    url: str | None = None

    @classmethod
    def parse(cls, target: str | Path) -> Target:
        text = str(target)
        if "://" in text and not Path(text).exists():
            from sqlalchemy.engine import make_url

            url = make_url(text)
            if url.get_backend_name() == "sqlite":
                if not url.database or url.database == ":memory:":
                    raise ValueError("an in-memory SQLite database cannot be shared")
                return cls(path=Path(url.database).expanduser().absolute())
            return cls(url=text)
        return cls(path=Path(text).expanduser().absolute())

    @property
    def is_file(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def parse_server_url(text: str):
    """The SQLAlchemy URL *text* names when it is a server database's address, else None."""
    text = text.strip()
    if "://" not in text:
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        return None
    if url.get_backend_name() == "sqlite" or not url.host or not url.database:
        return None
    return url


def server_url_with_password(text: str, password: str) -> str | None:
    """The server address *text* with *password* put in (escaped), or None when it is not one."""
    url = parse_server_url(text)
    if url is None:
        return None
    if password:
        url = url.set(password=password)
    return url.render_as_string(hide_password=False)
