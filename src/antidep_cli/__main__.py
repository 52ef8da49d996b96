"""``python -m antidep_cli``."""

from antidep_cli.launch import main

main()
