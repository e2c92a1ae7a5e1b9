"""The ``factbase`` executable: ``factbase --version`` answered at once, anything else handed
to the command line (:mod:`factbase.cli.app`), which loads typer and the command table."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from factbase import __version__

        sys.stdout.write(f"factbase {__version__}\n")
        return
    from factbase.cli.app import main as run

    run()


__all__ = ["main"]
