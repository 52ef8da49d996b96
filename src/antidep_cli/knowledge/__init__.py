"""The knowledge layer: the model, reading and validating the knowledge file, and its index."""
