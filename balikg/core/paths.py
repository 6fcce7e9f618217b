"""Where the project's files live: beside the package in the repository checkout ($BALIKG_HOME moves them)."""

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
ROOT = Path(os.environ.get("BALIKG_HOME", PACKAGE.parent))
SOURCES = ROOT / "sources"
GAZETTEER = SOURCES / "gazetteer"
GOLD = SOURCES / "gold"
ONTOLOGY_DIR = ROOT / "ontology"
ONTOLOGY = ONTOLOGY_DIR / "balikg.ttl"
CONTEXT = ONTOLOGY_DIR / "context.jsonld"
SHAPES = ROOT / "shapes"
QUERIES = ROOT / "queries"
CHECKS = QUERIES / "checks"
NETWORK_QUERIES = QUERIES / "network"
EVAL_QUERIES = QUERIES / "eval"
GRAPH = ROOT / "graph.ttl"
