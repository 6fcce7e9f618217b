"""Query: stored queries (queries/*.rq), parameter bindings, the embedded engines, remote endpoints and
result formats.

It may import balikg.core and balikg.runtime.
"""
