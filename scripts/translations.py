"""Duban's translations: extract the Chinese source strings, compile the .qm files, list what is missing.

Duban's strings are written in Chinese (zh_CN, the default language); English is the
second language, in ``resources/translations/duban_en.ts``. The source strings are
read from ``desktop/`` with Python's ``ast`` (pyside6-lupdate misses ``tr(context, text)``):

* ``self.tr("…")`` in a class: the context is the class name, which is what PySide6
  looks up at run time (it tries each class of the object's MRO by name);
* ``QCoreApplication.translate("Ctx", "…")`` and ``desktop.i18n.tr("Ctx", "…")``.

Usage (from the repository root)::

    .venv/bin/python scripts/translations.py update   # add new strings to the .ts, mark vanished ones
    .venv/bin/python scripts/translations.py check    # list strings without an English translation
    .venv/bin/python scripts/translations.py build    # compile resources/translations/*.qm

``update`` keeps every existing translation; a string that is no longer in the code is
marked ``vanished`` (kept so that its translation can be reused, left out of the .qm).
A new string gets ``type="unfinished"``: fill in its ``<translation>`` (Qt Linguist, or
any text editor) and remove the ``type`` attribute, then run ``build``. ``check`` exits 1
while any string is unfinished, the .ts is out of date with the code, or a .qm is
older than its .ts contents (the test suite runs it).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "desktop"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
#: The translated languages: file stem -> Qt language code.
LANGUAGES = {"duban_en": "en_US"}


@dataclass
class Message:
    source: str
    translation: str = ""
    #: "" (finished), "unfinished", or "vanished" (no longer in the code).
    type: str = "unfinished"
    locations: list[str] = field(default_factory=list)


# -- extraction ------------------------------------------------------------------------------

#: Strings translated at run time from a variable, by where they are written:
#: the labels of the closed vocabularies (``tr("Labels", member.label)``),
LABELLED_ENUM_BASES = {"LabelledEnum"}
#: the values of these module-level dicts (name -> context),
TRANSLATED_DICTS = {"_TABLE_LABELS": "Tasks", "KIND_LABELS": "Labels", "FORM_HEADINGS": "Printing"}
#: and every string literal passed to these calls (function name -> context).
TRANSLATED_CALLS = {"_Part": "Tasks"}
#: The contexts whose tr(context, variable) calls these rules cover.
DYNAMIC_CONTEXTS = {"Labels", "Tasks", "CalendarTab", "Printing"}


class _Extractor(ast.NodeVisitor):
    def __init__(self, filename: str):
        self.filename = filename
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str]] = []  # (context, source, location)
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
        if bases & LABELLED_ENUM_BASES:
            for statement in node.body:
                value = statement.value if isinstance(statement, ast.Assign) else None
                if isinstance(value, ast.Tuple) and len(value.elts) == 2 and all(self._literal(e) for e in value.elts):
                    self.found.append(("Labels", self._literal(value.elts[1]), f"{self.filename}:{statement.lineno}"))
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _literal(self, node: ast.AST) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        return None

    def _strings_in(self, node: ast.AST, context: str) -> None:
        for sub in ast.walk(node):
            text = self._literal(sub)
            if text:
                self.found.append((context, text, f"{self.filename}:{sub.lineno}"))

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            if isinstance(target, ast.Name) and target.id in TRANSLATED_DICTS and isinstance(node.value, ast.Dict):
                for value in node.value.values:
                    self._strings_in(value, TRANSLATED_DICTS[target.id])
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        where = f"{self.filename}:{node.lineno}"
        if isinstance(func, ast.Name) and func.id in TRANSLATED_CALLS:
            for arg in node.args:
                self._strings_in(arg, TRANSLATED_CALLS[func.id])
        if isinstance(func, ast.Attribute) and func.attr == "tr_static" and isinstance(func.value, ast.Name):
            text = self._literal(node.args[0]) if node.args else None
            if text is not None:
                self.found.append((func.value.id, text, where))
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) and func.value.id == "self":
            text = self._literal(node.args[0]) if node.args else None
            if not self.classes:
                self.problems.append(f"{where}: self.tr() outside a class")
            elif text is None:
                self.problems.append(f"{where}: self.tr() needs a string literal")
            else:
                self.found.append((self.classes[-1], text, where))
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and node.args and self._literal(node.args[0]) is not None:
            # other.tr("…") translates in the context of other's class, which cannot be known here.
            self.problems.append(f"{where}: .tr() on another object: use tr(\"Context\", …) from desktop.i18n")
        elif (isinstance(func, ast.Name) and func.id == "tr") or (
            # QCoreApplication.translate(ctx, text); not QPainter.translate(x, y) and the like.
            isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2
            and (getattr(func.value, "id", None) == "QCoreApplication" or getattr(func.value, "attr", None) == "QCoreApplication")
        ):
            if len(node.args) >= 2:
                context, text = self._literal(node.args[0]), self._literal(node.args[1])
                if context is None:
                    self.problems.append(f"{where}: tr(context, text) needs a literal context")
                elif text is not None:
                    self.found.append((context, text, where))
                elif not (isinstance(func, ast.Name) and func.id == "tr" and context in DYNAMIC_CONTEXTS):
                    self.problems.append(f"{where}: tr({context!r}, …) of a variable: add its strings to the rules above")
        self.generic_visit(node)


def extract(source_dir: Path = SOURCE_DIR) -> tuple[dict[str, dict[str, list[str]]], list[str]]:
    """{context: {source: [locations]}} of every translatable string, and the calls that cannot be read."""
    strings: dict[str, dict[str, list[str]]] = {}
    problems: list[str] = []
    for path in sorted(source_dir.rglob("*.py")):
        if path.name == "i18n.py" and path.parent == source_dir:
            continue  # the definition of tr() itself
        rel = path.relative_to(source_dir.parent).as_posix()
        extractor = _Extractor(rel)
        extractor.visit(ast.parse(path.read_text(encoding="utf-8"), filename=rel))
        problems += extractor.problems
        for context, text, where in extractor.found:
            strings.setdefault(context, {}).setdefault(text, []).append(where)
    return strings, problems


# -- the .ts file ----------------------------------------------------------------------------


def read_ts(path: Path) -> dict[str, dict[str, Message]]:
    if not path.exists():
        return {}
    contexts: dict[str, dict[str, Message]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        messages = contexts.setdefault(name, {})
        for message in context.iter("message"):
            translation = message.find("translation")
            messages[message.findtext("source") or ""] = Message(
                source=message.findtext("source") or "",
                translation=(translation.text or "") if translation is not None else "",
                type=translation.get("type", "") if translation is not None else "unfinished",
            )
    return contexts


def write_ts(path: Path, language: str, contexts: dict[str, dict[str, Message]]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="zh_CN")
    for name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source in sorted(contexts[name]):
            message = contexts[name][source]
            element = ET.SubElement(context, "message")
            # File names only: line numbers would change the .ts with every edit of the code.
            for filename in sorted({location.rsplit(":", 1)[0] for location in message.locations}):
                ET.SubElement(element, "location", filename="../../" + filename)
            ET.SubElement(element, "source").text = source
            translation = ET.SubElement(element, "translation")
            if message.type:
                translation.set("type", message.type)
            translation.text = message.translation
    ET.indent(root, space="    ")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"
    path.write_text(text, encoding="utf-8")


def merged(strings: dict[str, dict[str, list[str]]], existing: dict[str, dict[str, Message]]) -> dict[str, dict[str, Message]]:
    """The code's strings with the translations already made; vanished ones kept, marked."""
    # A translation of the same text in another context is offered for a new string.
    known = {m.source: m.translation for ms in existing.values() for m in ms.values() if m.translation and m.type != "unfinished"}
    result: dict[str, dict[str, Message]] = {}
    for context, sources in strings.items():
        for source, locations in sources.items():
            old = existing.get(context, {}).get(source)
            if old is not None and old.translation:
                kind = "unfinished" if old.type == "unfinished" else ""
                message = Message(source, old.translation, kind, locations)
            elif source in known:
                message = Message(source, known[source], "unfinished", locations)
            else:
                message = Message(source, "", "unfinished", locations)
            result.setdefault(context, {})[source] = message
    for context, messages in existing.items():
        for source, old in messages.items():
            if source not in result.get(context, {}) and old.translation:
                result.setdefault(context, {})[source] = Message(source, old.translation, "vanished")
    return result


def ts_path(stem: str) -> Path:
    return TRANSLATIONS_DIR / f"{stem}.ts"


def qm_path(stem: str) -> Path:
    return TRANSLATIONS_DIR / f"{stem}.qm"


# -- the commands ----------------------------------------------------------------------------


def cmd_update() -> int:
    strings, problems = extract()
    for problem in problems:
        print(f"cannot read: {problem}", file=sys.stderr)
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    for stem, language in LANGUAGES.items():
        path = ts_path(stem)
        existing = read_ts(path)
        contexts = merged(strings, existing)
        write_ts(path, language, contexts)
        counts = _counts(contexts)
        print(f"{path.relative_to(ROOT)}: {counts['finished']} finished, {counts['unfinished']} unfinished, "
              f"{counts['vanished']} vanished")
    return 1 if problems else 0


def _counts(contexts: dict[str, dict[str, Message]]) -> dict[str, int]:
    counts = {"finished": 0, "unfinished": 0, "vanished": 0}
    for messages in contexts.values():
        for message in messages.values():
            counts[message.type or "finished"] += 1
    return counts


def lrelease() -> str | None:
    """pyside6-lrelease beside this Python (the PySide6-Essentials wheel has it), or on PATH."""
    candidate = Path(sys.executable).parent / "pyside6-lrelease"
    if candidate.exists():
        return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_qm(ts: Path, qm: Path) -> None:
    tool = lrelease()
    if tool is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials in this Python (.venv)")
    proc = subprocess.run([tool, "-silent", "-nounfinished", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if proc.returncode != 0 or not qm.exists():
        raise SystemExit(f"{tool} failed on {ts}:\n{proc.stdout}{proc.stderr}")


def cmd_build() -> int:
    for stem in LANGUAGES:
        compile_qm(ts_path(stem), qm_path(stem))
        print(f"{qm_path(stem).relative_to(ROOT)}")
    return 0


def problems() -> list[str]:
    """Everything that makes the translations incomplete; empty when all is well."""
    found: list[str] = []
    strings, unreadable = extract()
    found += [f"cannot read: {p}" for p in unreadable]
    for stem, language in LANGUAGES.items():
        path = ts_path(stem)
        existing = read_ts(path)
        for context, sources in sorted(strings.items()):
            for source, locations in sorted(sources.items()):
                message = existing.get(context, {}).get(source)
                if message is None:
                    found.append(f"{path.name}: not in the .ts (run update): [{context}] {source!r} at {locations[0]}")
                elif message.type == "unfinished" or not message.translation.strip():
                    found.append(f"{path.name}: no English translation: [{context}] {source!r} at {locations[0]}")
                elif message.type == "vanished":
                    found.append(f"{path.name}: marked vanished but used (run update): [{context}] {source!r}")
        for context, messages in existing.items():
            for source, message in messages.items():
                if message.type != "vanished" and source not in strings.get(context, {}):
                    found.append(f"{path.name}: no longer in the code (run update): [{context}] {source!r}")
        qm = qm_path(stem)
        if not qm.exists():
            found.append(f"{qm.name} missing (run build)")
        elif lrelease() is not None:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / qm.name
                compile_qm(path, fresh)
                if fresh.read_bytes() != qm.read_bytes():
                    found.append(f"{qm.name} is out of date with {path.name} (run build)")
    return found


def cmd_check() -> int:
    found = problems()
    for line in found:
        print(line)
    if found:
        print(f"\n{len(found)} problem(s). Run: .venv/bin/python scripts/translations.py update, translate, then build.")
        return 1
    print("translations complete")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["update", "build", "check"])
    args = parser.parse_args(argv)
    return {"update": cmd_update, "build": cmd_build, "check": cmd_check}[args.command]()


if __name__ == "__main__":
    sys.exit(main())
