"""Column types shared by the models."""

from __future__ import annotations

from sqlalchemy import Enum


def enum_column_type(enum_cls) -> Enum:
    """Store a :class:`LabelledEnum` as its short code in a VARCHAR, on every backend."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
