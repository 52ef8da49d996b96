"""The queries layer: pure lookups, comparison, reasoning, explanation and search over the knowledge."""
