"""The layout's rules, read from the code with `ast`: who may import whom, no import cycles, and IRIs minted
only in balikg/core (balikg/core/iris.py is the one door)."""

import ast
from collections import defaultdict
from pathlib import Path

import pytest

from balikg.core.vocab import BASE

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("balikg", "ingest")
# What each part of the project may import of the project (besides itself); the __init__ of each package
# says the same in words.
ALLOWED = {
    "balikg.core": set(),
    "balikg.runtime": {"balikg.core"},
    "balikg.query": {"balikg.core", "balikg.runtime"},
    "balikg.validation": {"balikg.core", "balikg.runtime", "balikg.query"},
    "balikg.network": {"balikg.core", "balikg.runtime", "balikg.query"},
    "balikg.publish": {"balikg.core", "balikg.runtime", "balikg.query", "balikg.network"},
    "balikg.build": {"balikg.core", "balikg.runtime", "balikg.validation", "ingest"},
    "ingest": {"balikg.core"},
}
TOP = {"balikg", "balikg.__main__", "balikg.cli"}  # the entry points: may import any part


def modules() -> dict[str, Path]:
    """Every module of the project, by dotted name."""
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def project_imports(path: Path, known: set[str]) -> set[str]:
    """The project modules a file imports, at module level or inside functions."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
        else:
            continue
        for name in names:
            # 'from balikg.core import iris' imports balikg.core.iris; 'from x import function' imports x
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name.split(".")[0] in PACKAGES:
                out.add(name)
    return out


def part_of(module: str) -> str:
    """The part of the layout a module belongs to."""
    if module.startswith("ingest"):
        return "ingest"
    if module in TOP:
        return module
    return ".".join(module.split(".")[:2])


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: project_imports(path, set(known)) for name, path in known.items()}


def test_every_part_imports_only_what_it_may(graph):
    wrong = []
    for module, imported in sorted(graph.items()):
        part = part_of(module)
        if part in TOP:
            continue
        assert part in ALLOWED, f"{module}: not in a known part of the layout"
        for target in sorted(imported):
            other = part_of(target)
            if other != part and other not in ALLOWED[part] and target != "balikg":
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def test_only_the_build_imports_ingest_and_nothing_imports_the_cli(graph):
    importers_of_ingest = {m for m, imported in graph.items() if any(t.startswith("ingest") for t in imported)}
    assert {part_of(m) for m in importers_of_ingest} <= {"balikg.build", "ingest"}
    assert {m for m, imported in graph.items() if "balikg.cli" in imported} == {"balikg.__main__"}


def test_no_import_cycles(graph):
    edges = {m: {t for t in targets if t != m and t != "balikg"} for m, targets in graph.items()}
    state: dict[str, int] = defaultdict(int)  # 0 new, 1 on the path, 2 done
    cycles = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(edges.get(module, ())):
            if state[target] == 1:
                cycles.append(" -> ".join([*path[path.index(target) :], target]))
            elif state[target] == 0:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(edges):
        if state[module] == 0:
            visit(module, [module])
    assert cycles == []


def mints_iris(path: Path) -> list[str]:
    """Where a file builds an IRI itself: URIRef(...), a balikg IRI written out, an f-string ending in '/'."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "URIRef":
            found.append(f"{path.name}:{node.lineno}: URIRef(...)")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and BASE.split("://")[1] in node.value:
            found.append(f"{path.name}:{node.lineno}: {node.value[:60]!r}")
        elif isinstance(node, ast.JoinedStr) and node.values:
            last = node.values[-1]
            if isinstance(last, ast.Constant) and str(last.value).endswith("/"):
                found.append(f"{path.name}:{node.lineno}: an f-string ending in '/'")
    return found


def test_iris_are_minted_only_in_the_kernel():
    core = ROOT / "balikg" / "core"
    files = [p for folder in ("balikg", "ingest", "bench", "tests") for p in sorted((ROOT / folder).rglob("*.py"))]
    outside = [p for p in files if core not in p.parents]
    assert len(outside) > 50
    assert [hit for path in outside for hit in mints_iris(path)] == []


def test_vocabulary_terms_are_defined_once():
    """Namespace IRIs are written only in balikg/core/vocab.py (every other module uses its constants)."""
    namespaces = ("http://www.w3.org/ns/shacl#", "https://schema.org/", "http://www.w3.org/ns/prov#")
    namespaces += ("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", "http://purl.org/dc/terms/")
    written = []
    for path in sorted((ROOT / "balikg").rglob("*.py")) + sorted((ROOT / "ingest").rglob("*.py")):
        if path == ROOT / "balikg" / "core" / "vocab.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                written += [f"{path.name}:{node.lineno}" for ns in namespaces if ns in node.value]
    assert written == []
