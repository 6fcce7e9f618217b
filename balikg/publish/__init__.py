"""Publish: exports (RDF and network formats), the dataset description, the ontology's docs, pushing to a
SPARQL server and serving the graph locally.

It may import balikg.core, balikg.runtime, balikg.query and balikg.network.
"""
