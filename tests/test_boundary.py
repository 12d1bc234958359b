"""The one hard rule: the data layer never imports streamlit (directly or transitively)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "dashboard"
UI = {"app.py", "app_pages", "ui", "static"}
FORBIDDEN = {"streamlit", "streamlit_folium"}


def data_layer_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*.py") if p.relative_to(root).parts[0] not in UI]


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module]
    return {name.split(".")[0] for name in names}


def test_the_scan_sees_the_data_layer() -> None:
    files = {p.relative_to(PKG).as_posix() for p in data_layer_files(PKG)}
    assert {"pipeline.py", "places/geoparser.py", "store/db.py"} <= files
    assert not any(f.startswith(("ui/", "app_pages/")) or f == "app.py" for f in files)


def test_no_data_layer_module_imports_streamlit() -> None:
    offenders = {p.name: imported_roots(p) & FORBIDDEN for p in data_layer_files(PKG)}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_the_whole_data_layer_leaves_streamlit_unloaded() -> None:
    modules = sorted(
        ".".join(("dashboard", *p.relative_to(PKG).with_suffix("").parts)).removesuffix(".__init__")
        for p in data_layer_files(PKG)
        if p.name != "__main__.py"
    )
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules)
    code += "print(sorted(m for m in sys.modules if m.split('.')[0] in ('streamlit', 'streamlit_folium')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
