"""Where the project's files live: next to this package in the repository checkout."""

import os
from pathlib import Path

ROOT = Path(os.environ.get("BALIKG_HOME", Path(__file__).resolve().parent.parent))
SOURCES = ROOT / "sources"
GAZETTEER = SOURCES / "gazetteer"
ONTOLOGY = ROOT / "ontology" / "balikg.ttl"
SHAPES = ROOT / "shapes"
QUERIES = ROOT / "queries"
CHECKS = QUERIES / "checks"
GRAPH = ROOT / "graph.ttl"
