"""Runtime: infrastructure apart from the domain: the code version, the on-disk cache, query stores,
worker processes, the HTTP client, and (policy.py) every performance threshold and switch.

It may import balikg.core only.
"""
