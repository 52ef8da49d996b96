"""antidep's version, in a module of its own so every layer can read it without importing the API."""

__version__ = "0.1.0"
SCHEMA = 1  # the knowledge-file schema this antidep reads
