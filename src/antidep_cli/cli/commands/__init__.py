"""One module per group of commands; each command parses, loads, queries, renders and prints."""
