"""Ingestion: statement texts and the gazetteer in; records with their text spans (read.py), then each
statement's triples following the ontology (rdf.py) out.

Imports only balikg.core (the kernel); balikg.build is its only user in the project.
"""
