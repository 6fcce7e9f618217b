"""balikg: a knowledge graph of the actors and obligations in ministerial statements."""

__version__ = "0.1.0"
