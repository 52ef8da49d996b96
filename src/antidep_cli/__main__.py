"""``python -m antidep_cli``."""

from antidep_cli.cli import main

main()
