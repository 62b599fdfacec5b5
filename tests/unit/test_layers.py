"""The layers stay apart: no Qt below the UI, no I/O in core, and no network anywhere."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import regulate

PACKAGE = Path(regulate.__file__).resolve().parent
SRC = PACKAGE.parent

QT = ("PySide6", "shiboken6", "pyqtgraph", "regulate.ui", "regulate.app")
CORE_ALSO_BANNED = (
    "sqlite3",
    "os",
    "time",
    "subprocess",
    "pathlib",
    "regulate.storage",
    "regulate.cli",
)
NETWORK = (
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "requests",
    "PySide6.QtNetwork",
    "logging.handlers",
)
NETWORK_PREFIXES = ("PySide6.QtWebEngine",)


@dataclass(frozen=True)
class Imported:
    module: str
    line: int
    in_function: bool


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(node: ast.ImportFrom, path: Path) -> str:
    if node.level == 0:
        return node.module or ""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package.pop()
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_in(source: str, path: Path) -> Iterator[Imported]:
    """Every module a file imports: plain, from-, relative and importlib/__import__ by name."""
    tree = ast.parse(source, filename=str(path))
    parents: dict[ast.AST, ast.AST] = {}
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            parents[child] = parent

    def in_function(node: ast.AST) -> bool:
        while node in parents:
            node = parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                return True
        return False

    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(node, path)
            names = [module] + [f"{module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.args[0]
            if called in ("__import__", "import_module") and isinstance(first, ast.Constant):
                names = [str(first.value)]
        for name in names:
            yield Imported(name, getattr(node, "lineno", 0), in_function(node))


def _matches(name: str, banned: tuple[str, ...], prefixes: tuple[str, ...] = ()) -> bool:
    return any(name == ban or name.startswith(ban + ".") for ban in banned) or any(
        name.startswith(prefix) for prefix in prefixes
    )


def _files(*relative: str) -> list[Path]:
    found: list[Path] = []
    for part in relative:
        target = PACKAGE / part
        found += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    assert found
    assert all(path.is_file() for path in found)
    return found


def _where(path: Path) -> str:
    return str(path.relative_to(PACKAGE)) if path.is_relative_to(PACKAGE) else path.name


def _violations(
    paths: list[Path],
    banned: tuple[str, ...],
    prefixes: tuple[str, ...] = (),
    allowed_in_function: dict[str, tuple[str, ...]] | None = None,
) -> list[str]:
    """Banned imports found; ``allowed_in_function`` lets a file import some only in a function."""
    allowed_in_function = allowed_in_function or {}
    problems = []
    for path in paths:
        for found in imports_in(path.read_text(encoding="utf-8"), path):
            if not _matches(found.module, banned, prefixes):
                continue
            allowed = allowed_in_function.get(_where(path), ())
            if found.in_function and _matches(found.module, allowed):
                continue
            problems.append(f"{_where(path)}:{found.line} imports {found.module}")
    return problems


# -- the scanner itself --------------------------------------------------------------------


def test_the_scanner_sees_every_kind_of_import() -> None:
    source = (
        "import os.path\n"
        "from PySide6 import QtNetwork\n"
        "from ..ui import home\n"
        "def later():\n"
        "    import regulate.app\n"
        "    importlib.import_module('socket')\n"
    )
    path = PACKAGE / "core" / "x.py"
    found = {(item.module, item.in_function) for item in imports_in(source, path)}
    assert ("os.path", False) in found
    assert ("PySide6.QtNetwork", False) in found
    assert ("regulate.ui.home", False) in found
    assert ("regulate.app", True) in found
    assert ("socket", True) in found


def test_the_scanner_allows_the_app_in_a_cli_function_but_not_at_module_level(
    tmp_path: Path,
) -> None:
    assert _matches("regulate.app.run", QT)
    assert not _matches("regulate.application", QT)
    assert _matches("PySide6.QtWebEngineCore", (), NETWORK_PREFIXES)
    allowed = {"cli.py": ("regulate.app",)}
    inside = tmp_path / "inside" / "cli.py"
    inside.parent.mkdir()
    inside.write_text("def f():\n    from regulate.app import run\n")
    outside = tmp_path / "cli.py"
    outside.write_text("from regulate.app import run\n")
    assert _violations([inside], QT, allowed_in_function=allowed) == []
    assert _violations([inside], QT) != []
    assert _violations([outside], QT, allowed_in_function=allowed) != []


# -- the rules ------------------------------------------------------------------------------


def test_core_storage_services_paths_and_cli_never_import_qt() -> None:
    paths = _files("core", "content", "storage", "services", "paths.py", "cli.py")
    allowed = {"cli.py": ("regulate.app", "regulate.ui.offscreen")}
    assert _violations(paths, QT, allowed_in_function=allowed) == []


def test_cli_imports_the_app_only_inside_a_function() -> None:
    cli = PACKAGE / "cli.py"
    app_imports = [
        item
        for item in imports_in(cli.read_text(encoding="utf-8"), cli)
        if _matches(item.module, ("regulate.app", "regulate.ui"))
    ]
    assert app_imports, "cli.py no longer opens the app at all"
    assert all(item.in_function for item in app_imports)


def test_core_does_no_io_and_knows_nothing_above_it() -> None:
    assert _violations(_files("core"), QT + CORE_ALSO_BANNED) == []


def test_nothing_in_regulate_imports_a_network_module() -> None:
    assert _violations(_files("."), NETWORK, NETWORK_PREFIXES) == []


# -- what actually gets loaded ------------------------------------------------------------


def test_the_storage_and_cli_modules_load_no_qt_and_no_network() -> None:
    code = (
        "import regulate.cli, regulate.storage.journal, regulate.storage.exchange, "
        "regulate.storage.settings, regulate.services, regulate.storage.importers; import sys; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6','pyqtgraph','shiboken6','socket','ssl','http') or m in ('urllib.request',)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_doctor_runs_without_importing_qt_or_pyqtgraph(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "regulate",
            "--data-dir",
            str(tmp_path / "d"),
            "doctor",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    imported = [
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    ]
    assert "regulate.cli" in imported, "importtime output was not seen"
    assert [name for name in imported if _matches(name, ("PySide6", "pyqtgraph", "shiboken6"))] == (
        []
    )
    assert "integrity" in result.stdout


@pytest.mark.parametrize("module", ["regulate.core.scales", "regulate.core.entries"])
def test_core_modules_import_alone_without_os_level_helpers(module: str) -> None:
    code = (
        f"import sys; before = set(sys.modules); import {module}; "
        "print(sorted(m for m in set(sys.modules) - before if m.startswith('regulate.')"
        " and not m.startswith('regulate.core')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
