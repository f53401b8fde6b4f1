"""Publicity quotas (附件 4): rules, submitted items, the section × month matrix, indicators.

Every function opens its own short session and returns plain objects. Saves go through
``database.write(note)`` (audited, one transaction); an edit names the version it was made
from, and a row another PC changed or deleted meanwhile is refused with a plain message
instead of being overwritten.

Modules: :mod:`~desktop.services.quotas.data` (what the tab shows: rules, counts, the
matrix), :mod:`~desktop.services.quotas.items` (submitted items),
:mod:`~desktop.services.quotas.rules` and :mod:`~desktop.services.quotas.targets`
(numeric targets); this package re-exports their public names.
"""

from desktop.services.quotas.data import (
    ItemDraft,
    ItemSnap,
    QuotaData,
    RequirementDraft,
    RuleSnap,
    SectionChoice,
    StaleEdit,
    bureau_row_name,
    bureau_row_note,
    compute_matrix,
    describe,
    first_month,
    item_counts,
    load_data,
    refresh_counts,
    shifter,
    with_item_added,
)
from desktop.services.quotas.items import (
    add_item,
    add_items,
    delete_item,
    item_field_labels,
    item_key,
    item_keys,
    list_items,
    save_item,
)
from desktop.services.quotas.rules import (
    delete_rule,
    rule_field_labels,
    save_rule,
)
from desktop.services.quotas.targets import (
    IndicatorSeries,
    indicator_series,
)

__all__ = [
    "IndicatorSeries",
    "ItemDraft",
    "ItemSnap",
    "QuotaData",
    "RequirementDraft",
    "RuleSnap",
    "SectionChoice",
    "StaleEdit",
    "add_item",
    "add_items",
    "bureau_row_name",
    "bureau_row_note",
    "compute_matrix",
    "delete_item",
    "delete_rule",
    "describe",
    "first_month",
    "indicator_series",
    "item_counts",
    "item_field_labels",
    "item_key",
    "item_keys",
    "list_items",
    "load_data",
    "refresh_counts",
    "rule_field_labels",
    "save_item",
    "save_rule",
    "shifter",
    "with_item_added",
]
