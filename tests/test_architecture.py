"""The layers of docs/ARCHITECTURE.md hold, and modules and functions stay a size one can read."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "desktop"
ARCHITECTURE = ROOT / "docs" / "ARCHITECTURE.md"
MODULE_LIMIT = 500
FUNCTION_LIMIT = 80
#: The modules that may use QtWidgets (directly or through another module of desktop).
WIDGET_MODULES = re.compile(r"^desktop\.(views(\..*)?|app|crash|cli|__main__)$")


def test_the_import_contracts_hold():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _sources() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(DESKTOP.rglob("*.py"))}


def _imports_qt_widgets(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("PySide6.QtWidgets") or (
                node.module == "PySide6" and any(a.name == "QtWidgets" for a in node.names)
            ):
                return True
        elif isinstance(node, ast.Import) and any(a.name.startswith("PySide6.QtWidgets") for a in node.names):
            return True
    return False


def test_only_the_window_uses_qt_widgets():
    """import-linter can only forbid PySide6 as a whole, so QtWidgets is checked here, through every import chain."""
    import grimp

    graph = grimp.build_graph("desktop", cache_dir=None)
    sources = _sources()
    widgets = {name for name, path in sources.items() if _imports_qt_widgets(path)}
    assert widgets, "no module imports QtWidgets: the check below would prove nothing"
    offenders = []
    for name in sorted(graph.modules):
        if WIDGET_MODULES.match(name):
            continue
        reached = (graph.find_upstream_modules(name) | {name}) & widgets
        if reached:
            offenders.append(f"{name} -> {', '.join(sorted(reached))}")
    assert not offenders, "QtWidgets outside the window:\n" + "\n".join(offenders)


# -- private names -------------------------------------------------------------------------

#: Imports of another module's private names allowed (importer, module, name), each with its reason.
PRIVATE_IMPORTS_LEFT: set[tuple[str, str, str]] = set()


def private_imports() -> set[tuple[str, str, str]]:
    found = set()
    for folder in ("desktop", "tests", "benchmarks", "scripts", "installer"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop"):
                    for alias in node.names:
                        if alias.name.startswith("_") and not alias.name.startswith("__"):
                            found.add((path.relative_to(ROOT).as_posix(), node.module, alias.name))
    return found


def test_no_module_imports_another_modules_private_names():
    found = private_imports()
    new = "\n".join(map(str, sorted(found - PRIVATE_IMPORTS_LEFT)))
    assert not new, "private names imported (make them public or move the code home):\n" + new
    gone = PRIVATE_IMPORTS_LEFT - found
    assert not gone, f"no longer imported, remove from PRIVATE_IMPORTS_LEFT: {sorted(gone)}"


# -- sizes ---------------------------------------------------------------------------------


def measured_sizes(root: Path = DESKTOP) -> dict[str, int]:
    """``desktop/x.py`` → lines and ``desktop/x.py: Class.function`` → lines, for what is over the limits."""
    over: dict[str, int] = {}
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        name = path.relative_to(root.parent).as_posix()
        source = path.read_text(encoding="utf-8")
        lines = source.count("\n")
        if lines > MODULE_LIMIT:
            over[name] = lines

        def visit(node: ast.AST, prefix: str) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    qualified = prefix + child.name
                    if not isinstance(child, ast.ClassDef):
                        length = child.end_lineno - child.lineno + 1
                        if length > FUNCTION_LIMIT:
                            over[f"{name}: {qualified}"] = length
                    visit(child, qualified + ".")
                else:
                    visit(child, prefix)

        visit(ast.parse(source), "")
    return over


def listed_exceptions(text: str) -> dict[str, int]:
    """The table under "Exceptions to the sizes": entry → the lines it may have at most."""
    section = text.split("## Exceptions to the sizes", 1)
    assert len(section) == 2, "docs/ARCHITECTURE.md has no section 'Exceptions to the sizes'"
    listed: dict[str, int] = {}
    for line in section[1].splitlines():
        if line.startswith("## "):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 3 or not cells[1].isdigit():
            continue
        entry = cells[0].strip("`")
        assert entry not in listed, f"listed twice: {entry}"
        listed[entry] = int(cells[1])
    return listed


def test_the_exceptions_table_is_read():
    table = "## Exceptions to the sizes\n\n| Module or function | Lines | Reason |\n| --- | --- | --- |\n"
    table += "| `desktop/a.py` | 600 | why |\n| `desktop/a.py: A.f` | 90 | why |\n\n## Next\n| `desktop/b.py` | 1 | x |\n"
    assert listed_exceptions(table) == {"desktop/a.py": 600, "desktop/a.py: A.f": 90}


def test_no_module_or_function_is_over_the_size_limits_unless_listed():
    measured = measured_sizes()
    listed = listed_exceptions(ARCHITECTURE.read_text(encoding="utf-8"))
    problems = [
        f"{entry}: {lines} lines; split it, or list it with its reason in docs/ARCHITECTURE.md"
        for entry, lines in measured.items()
        if entry not in listed
    ]
    problems += [
        f"{entry}: {measured[entry]} lines, listed with {limit}: it grew (update the table or shrink it)"
        for entry, limit in listed.items()
        if entry in measured and measured[entry] > limit
    ]
    problems += [
        f"{entry}: listed in docs/ARCHITECTURE.md but no longer over the limit (or gone): remove it from the table"
        for entry in listed
        if entry not in measured
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f():\n" + "    x = 1\n" * 80, {"desktop/m.py: f": 81}),
        ("class A:\n    def g(self):\n" + "        x = 1\n" * 80, {"desktop/m.py: A.g": 81}),
        ("def f():\n" + "    x = 1\n" * 79, {}),
        ("x = 1\n" * 501, {"desktop/m.py": 501}),
    ],
)
def test_sizes_are_measured_per_module_and_per_function_with_its_class(tmp_path, source, expected):
    package = tmp_path / "desktop"
    package.mkdir()
    (package / "m.py").write_text(source, encoding="utf-8")
    assert measured_sizes(package) == expected
