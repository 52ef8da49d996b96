"""antidep: how antidepressants work, from a cited offline knowledge file."""

__version__ = "0.1.0"
