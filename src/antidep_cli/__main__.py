"""``python -m antidep_cli``."""

from antidep_cli.cli.main import main

main()
