"""Department names as the notice writes them, matched the same way everywhere.

The notice names a section by its full name (法规与监督诚信科), by its short name (法监科), and in
lists by the short name without its 科, the 科 written once at the end for all of them
(“协同规配、重大、人才科” is 规配科、重大科、人才科). :class:`DepartmentMatcher` knows all three
forms; the task list's filter, the returned forms, the section filter of the printouts and the
Excel forms, the plan loader and the checklist's preparation plans
(“7月备检，法监科牵头，协同规配、重大、人才科。”) all use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop.text import normalize

#: Words that make a clause name the sections that lead, or those that co-operate.
LEAD_WORDS = ("牵头",)
CO_WORDS = ("协同", "配合", "会同", "协助")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:\n]")
_LIST_BREAK = re.compile(r"[、/]")
_JOINERS = re.compile(r"[和及与]")
#: “三科”, “两科”: the sections just named, by their number.
_COLLECTIVE = re.compile(r"^(?:协同)?([二两三四五六七八九十])(?:个)?科(?:室)?$")
_NUMERALS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@dataclass(frozen=True)
class DepartmentName:
    id: int
    name: str
    short_name: str = ""
    #: A ``DepartmentKind`` code: section, affiliate or external.
    kind: str = "section"

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    @property
    def stem(self) -> str:
        """The short name without its 科 (规配 for 规配科), as lists write it; "" when there is none."""
        short = normalize(self.short_name)
        return short[:-1] if len(short) >= 3 and short.endswith("科") else ""

    def names(self) -> tuple[str, ...]:
        """Full name, short name, stem: every form the notice writes, normalized, without repeats."""
        forms = [normalize(self.name), normalize(self.short_name), self.stem]
        return tuple(dict.fromkeys(f for f in forms if f))

    def described(self) -> str:
        """法规与监督诚信科（法监科）, as messages list the sections."""
        return f"{self.name}（{self.short_name}）" if self.short_name else self.name


@dataclass
class UnitText:
    """The sections a sentence like “规配科、法监科牵头，协同重大科、人才科” names."""

    lead: list[DepartmentName] = field(default_factory=list)
    co: list[DepartmentName] = field(default_factory=list)
    #: Named in clauses that neither lead nor co-operate (… 法监科进行统筹协调).
    other: list[DepartmentName] = field(default_factory=list)
    #: Pieces of a lead or co-operation list that name no known department.
    unknown: list[str] = field(default_factory=list)


class DepartmentMatcher:
    """Finds departments by any of their names (see the module's docstring)."""

    def __init__(self, departments: Iterable[DepartmentName]):
        self.departments = list(departments)
        self._by_name: dict[str, DepartmentName] = {}
        # Full names win over short names, short names over stems, earlier departments over later.
        for rank in range(3):
            for department in self.departments:
                forms = [normalize(department.name), normalize(department.short_name), department.stem]
                if forms[rank]:
                    self._by_name.setdefault(forms[rank], department)
        # For finding names inside running text: full and short names only (a stem such as 重大
        # or 人才 is an ordinary word in a sentence), longest first.
        self._in_text = sorted(
            {(form, d.id): d for d in self.departments for form in d.names()[:2] if len(form) >= 2}.items(),
            key=lambda item: -len(item[0][0]),
        )

    def find(self, text: str | None) -> DepartmentName | None:
        """The department *text* names exactly (full name, short name or stem), or None."""
        key = normalize(text)
        if not key:
            return None
        found = self._by_name.get(key)
        if found is None and not key.endswith("科"):
            found = self._by_name.get(key + "科")  # 规配 → 规配科 when a full name ends in 科 too
        return found

    def matching(self, text: str | None) -> list[DepartmentName]:
        """Departments a search for *text* should bring up: named exactly, or part of a name (2+ characters)."""
        key = normalize(text).lower()
        if len(key) < 2:
            return []
        exact = self.find(key)
        found = [exact] if exact is not None else []
        for department in self.departments:
            if department not in found and any(key in form.lower() for form in department.names()[:2]):
                found.append(department)
        return found

    def mentioned_in(self, text: str | None) -> list[DepartmentName]:
        """Departments whose full or short name stands in *text*, in the order they appear."""
        rest = normalize(text)
        hits: list[tuple[int, DepartmentName]] = []
        for (form, _), department in self._in_text:
            start = rest.find(form)
            while start >= 0:
                if all(d.id != department.id for _, d in hits):
                    hits.append((start, department))
                # blank it out so a short name inside a longer one is not found again
                rest = rest[:start] + "\0" * len(form) + rest[start + len(form) :]
                start = rest.find(form)
        return [d for _, d in sorted(hits, key=lambda hit: hit[0])]

    def _list(self, text: str, unknown: list[str], recent: Sequence[DepartmentName]) -> list[DepartmentName]:
        found: list[DepartmentName] = []
        for piece in _LIST_BREAK.split(text):
            piece = piece.strip()
            if not piece:
                continue
            department = self.find(piece)
            parts = [department] if department is not None else []
            if department is None:
                collective = _COLLECTIVE.match(piece)
                if collective and len(recent) == _NUMERALS[collective.group(1)]:
                    parts = list(recent)
                else:
                    parts = self._joined(piece)
            if not parts:
                unknown.append(piece)
            for part in parts:
                if part not in found:
                    found.append(part)
        return found

    def _joined(self, piece: str) -> list[DepartmentName]:
        """“规配和重大科”: names joined by 和/及/与 in one piece, [] when it is not that.

        Full names contain those characters too (法规与监督诚信科), so every place a joiner
        stands is tried, each side having to be a whole name.
        """
        for index, char in enumerate(piece):
            if _JOINERS.fullmatch(char):
                left = self.find(piece[:index])
                if left is None:
                    continue
                rest = piece[index + 1 :]
                right = [self.find(rest)] if self.find(rest) is not None else self._joined(rest)
                if right:
                    return [left, *right]
        return []

    def parse_units(self, text: str | None, recent: Sequence[DepartmentName] = ()) -> UnitText:
        """The lead and co-operating sections of a preparation plan such as the checklist's.

        “7月备检，法监科牵头，协同规配、重大、人才科。” leads with 法监科 and co-operates with
        规配科、重大科、人才科. A number of sections (“协同三科”) means the sections named just
        before, which the caller passes as *recent* (the checklist's previous row named
        规配、重大、人才科); it is unknown when *recent* holds another number of them.
        """
        result = UnitText()
        for clause in _CLAUSE_BREAK.split(normalize(text)):
            if not clause:
                continue
            lead_at = min((clause.find(w) for w in LEAD_WORDS if w in clause), default=-1)
            co_word = next((w for w in CO_WORDS if clause.startswith(w)), None)
            if lead_at > 0:
                result.lead += [d for d in self._list(clause[:lead_at], result.unknown, recent) if d not in result.lead]
            elif co_word is not None:
                result.co += [
                    d for d in self._list(clause[len(co_word) :], result.unknown, recent) if d not in result.co
                ]
            else:
                result.other += [d for d in self.mentioned_in(clause) if d not in result.other]
        return result

    def known_sections(self) -> str:
        """法规与监督诚信科（法监科）、发展规划与资源配置科（规配科）…: the sections, for a message."""
        return "、".join(d.described() for d in self.departments if d.kind == "section")


__all__ = ["DepartmentMatcher", "DepartmentName", "UnitText", "normalize"]
