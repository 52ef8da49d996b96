"""Rich views for the terminal. The only layer besides the CLI that imports Rich."""
