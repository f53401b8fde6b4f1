"""The schema revisions this program knows, without importing Alembic or SQLAlchemy."""

#: Every revision of ``desktop/migrations``, oldest first. A test checks it against
#: Alembic's script directory, so it cannot drift.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013")
HEAD_REVISION = KNOWN_REVISIONS[-1]

#: The oldest Duban version allowed to write a file at each revision. It is stored in the
#: file (``duban_meta.min_writer_version``) when the file is created or upgraded, so a
#: Duban that does not know the file's revision can still tell whether it may write:
#: a later revision that only adds what older writers can safely ignore keeps the
#: previous minimum; one that changes how writers must behave raises it.
MIN_WRITER_VERSION: dict[str, str] = {
    "0001": "0.1.0",
    "0002": "0.1.0",
    # Writers take the lock file, bump the revision counter and record save ids.
    "0003": "0.2.0",
    # Only adds the working-day corrections table, which older writers can ignore.
    "0004": "0.2.0",
    # Only adds the per-person reminder dismissals, which older writers can ignore.
    "0005": "0.2.0",
    # Each only adds columns or tables with defaults, which older writers can ignore
    # (0008: a quota requirement's carry-over flag and start month).
    "0006": "0.2.0",
    "0007": "0.2.0",
    "0008": "0.2.0",
    # Only adds the notices table and three plan columns with defaults (督办单, issue 18).
    "0009": "0.2.0",
    # 序时进度 (issue 19): three indicator columns, a plan column with a default and the
    # typed monthly values; older writers ignore them (first written by Duban 0.3.0).
    "0010": "0.2.0",
    # A plan made from another (新建年度计划, issue 19) leaves the older one read-only; a writer
    # that does not know ``plan.origin_plan_id`` would let it be edited.
    "0011": "0.3.0",
    # A task's source (领导批示, 会议纪要, 上级交办, issue 19): a 0.2 writer would number its
    # new plan tasks after 批-1 and print those tasks among the notice's 附件 tables.
    "0012": "0.3.0",
    # 延期申请 (issue 19): an older writer editing a deadline directly would not know that
    # an approved extension owns it, so writers must be 0.3.0 or later.
    "0013": "0.3.0",
}


def version_tuple(version: str) -> tuple[int, ...]:
    """``"0.10.2"`` -> ``(0, 10, 2)``; anything after the numbers (``rc1``) is ignored."""
    parts = []
    for piece in version.split("."):
        digits = ""
        for char in piece:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)
