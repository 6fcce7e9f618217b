"""Network: the graph as a networkx network of actors, meetings and obligations; the offline HTML view
(template and vendored vis-network) and the network statistics.

It may import balikg.core, balikg.runtime and balikg.query.
"""
