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
