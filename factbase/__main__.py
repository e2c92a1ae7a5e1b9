"""``python -m factbase``: the command line, run from this package."""

from factbase.cli.app import main

main()
