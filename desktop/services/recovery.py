"""The local recovery file: edits that could not be saved, kept on this PC and saved later, once.

When a save fails because of the environment (the network drive vanished, the disk is
full, the file is locked for too long, the file became read-only), the edit is written
here, in the user's data folder on the PC's own disk, with the id the save carried.
When the database is reachable again the edits are re-applied in the order they were
made. A save carries its id into the database in the same transaction
(:meth:`~desktop.db.database.Database.write`), so an edit whose commit did land before
the error was reported is recognised and not applied twice.

The file is JSON, written to a temporary file and renamed over the old one, so a crash
while writing it leaves the previous version intact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.errors import UserError
from desktop.paths import user_data_dir

log = logging.getLogger(__name__)


def new_save_id() -> str:
    return str(uuid.uuid4())


@dataclass
class PendingSave:
    """One edit waiting to be saved."""

    save_id: str
    kind: str
    payload: dict
    #: What the edit was, for the person ("任务 2-1 的 进展情况").
    label: str
    at: str = field(default_factory=lambda: dt.datetime.now().isoformat(timespec="seconds"))
    #: Why it could not be saved the last time it was tried.
    reason: str = ""


@dataclass
class ReplayResult:
    applied: list[PendingSave] = field(default_factory=list)
    #: Already in the database: their commit had landed before the error was reported.
    already: list[PendingSave] = field(default_factory=list)
    #: Someone changed the same fields meanwhile: these need the person to choose.
    conflicts: list[tuple[PendingSave, UserError]] = field(default_factory=list)
    #: Refused for good (the task was deleted, the text is invalid): kept out of the file.
    refused: list[tuple[PendingSave, UserError]] = field(default_factory=list)
    #: The database is still unreachable; the remaining edits stay in the file.
    unreachable: UserError | None = None

    @property
    def saved(self) -> list[PendingSave]:
        return self.applied + self.already


class RecoveryFile:
    """The pending edits of one database on this PC."""

    def __init__(self, database_key: str, folder: Path | None = None):
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in database_key) or "database"
        self.path = (folder or user_data_dir() / "recovery") / f"{safe}.json"

    def entries(self) -> list[PendingSave]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            log.error("unreadable recovery file %s: %s", self.path, exc)
            return []
        return [PendingSave(**item) for item in data.get("pending", [])]

    def __len__(self) -> int:
        return len(self.entries())

    def add(self, entry: PendingSave) -> None:
        entries = [e for e in self.entries() if e.save_id != entry.save_id]
        entries.append(entry)
        self._write(entries)

    def set_aside(self, entry: PendingSave, reason: str) -> None:
        """Keep an edit the database refused for good in a second file, so its text is not lost."""
        aside = self.path.with_name(self.path.stem + ".refused.json")
        try:
            data = json.loads(aside.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {"refused": []}
        entry = PendingSave(**{**asdict(entry), "reason": reason})
        data["refused"].append(asdict(entry))
        aside.parent.mkdir(parents=True, exist_ok=True)
        aside.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=_encode), encoding="utf-8")

    def remove(self, save_ids: set[str]) -> None:
        entries = [e for e in self.entries() if e.save_id not in save_ids]
        self._write(entries)

    def _write(self, entries: list[PendingSave]) -> None:
        if not entries:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump({"pending": [asdict(e) for e in entries]}, handle, ensure_ascii=False, indent=1, default=_encode)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)


# -- encoding the values of an edit ----------------------------------------------------------


def _encode(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, dt.date):
        return {"__date__": value.isoformat()}
    raise TypeError(f"cannot keep {type(value).__name__} in the recovery file")


def encode(values: dict) -> dict:
    """*values* as JSON-safe data (dates kept as dates when decoded)."""
    return json.loads(json.dumps(values, default=_encode, ensure_ascii=False))


def decode(values: dict) -> dict:
    def one(value):
        if isinstance(value, dict) and len(value) == 1:
            if "__date__" in value:
                return dt.date.fromisoformat(value["__date__"])
            if "__datetime__" in value:
                return dt.datetime.fromisoformat(value["__datetime__"])
        return value

    return {key: one(value) for key, value in values.items()}


# -- replaying -------------------------------------------------------------------------------

#: How each kind of edit is saved again: (database, save_id, payload) -> None.
Replayer = Callable[[object, str, dict], None]


def _replay_task_fields(database, save_id: str, payload: dict) -> None:
    from desktop.services import tasks

    tasks.save_task(
        database,
        payload["task_id"],
        payload["base_version"],
        decode(payload["original"]),
        decode(payload["changes"]),
        confirm_over_limit=True,
        save_id=save_id,
    )


def _replay_report(database, save_id: str, payload: dict) -> None:
    from desktop.services import reports

    reports.add_report(
        database,
        payload["task_id"],
        payload["period"],
        payload["text"],
        author=payload.get("author", ""),
        reported_on=dt.date.fromisoformat(payload["reported_on"]) if payload.get("reported_on") else None,
        confirm_over_limit=True,
        save_id=save_id,
    )


def quota_items_payload(plan_id: int, drafts: list, file_name: str = "") -> dict:
    """The payload of a ``quota_item`` (one item typed in the 指标 tab) or ``quota_import`` (an import's rows)."""
    payload = {"plan_id": plan_id, "items": [encode(asdict(draft)) for draft in drafts]}
    if file_name:
        payload["file"] = file_name
    return payload


def _quota_drafts(payload: dict) -> list:
    from desktop.services.quotas import ItemDraft

    return [ItemDraft(**decode(item)) for item in payload["items"]]


def _replay_quota_item(database, save_id: str, payload: dict) -> None:
    from desktop.services import quotas

    (draft,) = _quota_drafts(payload)
    quotas.add_item(database, payload["plan_id"], draft, save_id=save_id)


def _replay_quota_import(database, save_id: str, payload: dict) -> None:
    from desktop.services import quota_import

    quota_import.import_drafts(database, payload["plan_id"], _quota_drafts(payload), payload["file"], save_id=save_id)


REPLAYERS: dict[str, Replayer] = {
    "task_fields": _replay_task_fields,
    "report": _replay_report,
    "quota_item": _replay_quota_item,
    "quota_import": _replay_quota_import,
}


def replay(database, recovery: RecoveryFile) -> ReplayResult:
    """Save the pending edits in order; stops at the first one the database cannot take now."""
    from desktop.db.saving import AlreadyApplied
    from desktop.errors import DatabaseUnavailableError
    from desktop.services.editing import EditConflict

    result = ReplayResult()
    done: set[str] = set()
    for entry in recovery.entries():
        replayer = REPLAYERS.get(entry.kind)
        if replayer is None:
            log.error("unknown kind %r in the recovery file; kept", entry.kind)
            continue
        try:
            replayer(database, entry.save_id, entry.payload)
        except AlreadyApplied:
            result.already.append(entry)
        except EditConflict as conflict:
            # Stays in the file until the person has chosen (see resolve()).
            result.conflicts.append((entry, conflict))
            continue
        except DatabaseUnavailableError as error:
            result.unreachable = error
            break
        except UserError as error:
            result.refused.append((entry, error))
            recovery.set_aside(entry, error.message)
        else:
            result.applied.append(entry)
        done.add(entry.save_id)
    if done:
        recovery.remove(done)
    return result


def recovery_for(database) -> RecoveryFile:
    """The recovery file of *database*, keyed by its identity so a moved file keeps its edits."""
    return RecoveryFile(database.identity())
