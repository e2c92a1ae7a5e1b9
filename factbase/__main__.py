"""``python -m factbase``: the command line, run from this package."""

from factbase.cli.launch import main

main()
