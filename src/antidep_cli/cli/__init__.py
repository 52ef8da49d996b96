"""The command line: the Typer application, shared options, the commands and the entry point."""
