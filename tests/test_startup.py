"""Start-up: a command loads what it uses and nothing else.

Each command runs in a process of its own from this checkout, which lists the modules it had
loaded when it ended. ``--version`` and ``--help`` load no library beyond Typer; a ``check``
against one source loads the database and the analysis, not Alembic (the database is already at
the newest schema), the web and PDF readers or the cross-source comparison.
``benchmarks/startup.py`` times them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import CHECKOUT, STAR_CLAIM, Rows

# Libraries factbase uses that take a noticeable time to load.
HEAVY = (
    "sqlalchemy", "sqlmodel", "alembic", "pydantic", "rich", "httpx", "trafilatura", "lxml",
    "pdfminer", "rapidfuzz", "ftfy", "charset_normalizer", "snowballstemmer",
)  # fmt: skip

RUNNER = """
import sys
from factbase.cli.launch import main

sys.argv = ["factbase", *sys.argv[2:]]
try:
    main()
except SystemExit:
    pass
with open(sys.argv_out, "w") as out:
    out.write("\\n".join(sorted(sys.modules)))
"""


def loaded(tmp_path: Path, *args: str) -> set[str]:
    """The modules a ``factbase ARGS`` process had loaded when it ended."""
    listing = tmp_path / "modules.txt"
    code = RUNNER.replace("sys.argv_out", repr(str(listing)))
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT)}
    done = subprocess.run(
        [sys.executable, "-c", code, "factbase", *args], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return set(listing.read_text().split())


def packages(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


@pytest.mark.parametrize("args", [["--version"], ["--help"]], ids=" ".join)
def test_version_and_help_load_no_heavy_library(tmp_path: Path, args: list[str]) -> None:
    assert packages(loaded(tmp_path, *args)) & set(HEAVY) == set()


def test_version_is_answered_before_the_command_line_loads(tmp_path: Path) -> None:
    modules = loaded(tmp_path, "--version")
    assert "typer" not in packages(modules)
    assert "factbase.cli.app" not in modules
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT)}
    quick = subprocess.run(
        [sys.executable, "-m", "factbase", "--version"], env=env, capture_output=True, text=True
    )
    # The same line the command line prints for "--version" among other options.
    full = subprocess.run(
        [sys.executable, "-m", "factbase", "--version", "--db", str(tmp_path / "x.db")],
        env=env, capture_output=True, text=True,
    )
    assert quick.returncode == full.returncode == 0
    assert quick.stdout == full.stdout and quick.stdout.startswith("factbase ")


@pytest.mark.parametrize("args", [["check", "--help"], ["source", "add", "--help"]], ids=" ".join)
def test_a_command_s_help_loads_no_heavy_library(tmp_path: Path, args: list[str]) -> None:
    # Not even pydantic: text and flags are taken as given (factbase/cli/coercion.py).
    assert packages(loaded(tmp_path, *args)) & set(HEAVY) == set()


@pytest.mark.database
@pytest.mark.sqlite_only
def test_check_against_one_source_loads_only_what_it_uses(tmp_path: Path, star: Rows) -> None:
    modules = loaded(tmp_path, "check", STAR_CLAIM, "--source", "star")
    assert {"rapidfuzz", "rich"} <= packages(modules)
    # The database is read without the ORM, and the options are taken without pydantic.
    assert packages(modules) & set(HEAVY) == {"rapidfuzz", "rich", "snowballstemmer"}
    unused = ("factbase.conflicts", "factbase.review", "factbase.claims", "factbase.store.db",
              "factbase.store.models", "factbase.sources.versions")  # fmt: skip
    assert not {m for m in modules if m.startswith(unused)}


@pytest.mark.database
@pytest.mark.sqlite_only
def test_verify_with_nothing_changed_loads_no_matching_or_comparison(
    tmp_path: Path, star: Rows
) -> None:
    # The first run checks the claim (a verdict by this checker against this version); the
    # second finds nothing to check again and reads the stored verdict only.
    loaded(tmp_path, "verify")
    modules = loaded(tmp_path, "verify")
    checking = ("factbase.analysis.matching", "factbase.analysis.verdicts",
                "factbase.analysis.facts.compare", "factbase.analysis.facts.extract")  # fmt: skip
    assert not {m for m in modules if m.startswith(checking)}



@pytest.mark.parametrize("name", ["extract", "compare"])
def test_the_fact_packages_functions_stay_functions_whichever_module_loads_first(
    name: str,
) -> None:
    # The package's names load on first use; a submodule named as its function, loaded first
    # by other code ("from factbase.analysis.facts.extract import ORDINALS"), must not take the
    # function's place in the package.
    code = (
        f"import factbase.analysis.facts.{name}\n"
        f"from factbase.analysis.facts import {name}\n"
        f"assert callable({name}), type({name})\n"
    )
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
