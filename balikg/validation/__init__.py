"""Validation: the SHACL shapes, the graph cut into units, the violation queries, findings and their
report formats, and `balikg eval` (scores against hand-made readings).

It may import balikg.core, balikg.runtime and balikg.query (to run SPARQL).
"""
