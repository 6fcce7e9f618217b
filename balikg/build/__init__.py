"""Build: statement texts → records (ingest) → triples → validation → canonical graph.ttl.

The only package that imports `ingest`. It may import balikg.core, balikg.runtime and balikg.validation.
"""
