"""Dependencies between packages run one way: the order in docs/architecture.md ("Package
order"), lowest first, is checked here against every import in alumni/ and workers/,
including the ones inside functions (a lazy import is still a dependency)."""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHITECTURE = ROOT / "docs" / "architecture.md"
DOMAIN_MUST_NOT_IMPORT = ("flask", "sqlalchemy")


@dataclass(frozen=True)
class Import:
    path: Path
    line: int
    module: str


def package_order(text: str) -> list[list[str]]:
    """The layers written under the "Package order" heading: one line per layer, lowest
    first; packages on one line are side by side and may not import each other."""
    section = text.split("### Package order", 1)[1]
    block = re.search(r"```\n(.*?)```", section, flags=re.S).group(1)
    return [line.split() for line in block.splitlines() if line.strip()]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(), filename=str(path))
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(path, node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[:len(package) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            # `from alumni.core import audit` depends on alumni.core.audit
            found += [Import(path, node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def layer_of(module: str, layers: list[list[str]]) -> tuple[int, str] | None:
    for index, packages in enumerate(layers):
        for package in packages:
            if module == package or module.startswith(package + "."):
                return index, package
    return None


def python_files() -> list[Path]:
    return sorted([*ROOT.joinpath("alumni").rglob("*.py"), *ROOT.joinpath("workers").rglob("*.py")])


def order_problems(layers: list[list[str]]) -> list[str]:
    problems = []
    for path in python_files():
        mine = layer_of(module_name(path), layers)
        if mine is None:
            continue
        for imported in imports_of(path):
            theirs = layer_of(imported.module, layers)
            if theirs is None or theirs[1] == mine[1]:
                continue
            where = f"{path.relative_to(ROOT)}:{imported.line}"
            if theirs[0] > mine[0]:
                problems.append(f"{where}: {mine[1]} imports {imported.module}, from the higher {theirs[1]}")
            elif theirs[0] == mine[0]:
                problems.append(f"{where}: {mine[1]} imports {imported.module}, from {theirs[1]} beside it")
    return problems


def test_the_order_is_written_down_and_names_every_package():
    layers = package_order(ARCHITECTURE.read_text())
    named = {package for packages in layers for package in packages}
    packages = {f"alumni.{init.parent.name}" for init in ROOT.joinpath("alumni").glob("*/__init__.py")}
    assert packages - named == set(), "a package missing from the order in docs/architecture.md"
    assert "workers" in named and layers[0] == ["alumni.domain"]


def test_no_package_imports_one_above_or_beside_it():
    assert order_problems(package_order(ARCHITECTURE.read_text())) == []


def test_an_upward_import_is_reported():
    # The check itself must see an upward import, or the test above proves nothing.
    upside_down = [["alumni.replies"], ["alumni.domain"]]
    problems = order_problems(upside_down)
    assert any(p.startswith("alumni/replies/") and "replies imports alumni.domain" in p for p in problems)


def test_domain_imports_neither_flask_nor_sqlalchemy():
    problems = []
    for path in sorted(ROOT.joinpath("alumni", "domain").rglob("*.py")):
        for imported in imports_of(path):
            top = imported.module.split(".")[0]
            if top in DOMAIN_MUST_NOT_IMPORT or (
                    top == "alumni" and not imported.module.startswith("alumni.domain")):
                problems.append(f"{path.relative_to(ROOT)}:{imported.line}: imports {imported.module}")
    assert problems == []
