"""The kernel: triples, vocabulary, IRIs, text and RDF files, atomic writes, standard output, canonical Turtle, errors.

It imports nothing else of the project; every other package (and `ingest/`) may import it.
"""
