"""Text and flags taken as given (``factbase/cli/coercion.py``): the same values as Typer's own
coercion gives, for every ``str`` and ``bool`` parameter of every command."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import typer.main
from typer._coercion import build_runtime_param

from factbase.cli.app import app
from factbase.cli.coercion import AsGiven, Command, Group, take_values_as_given

TEXTS = ["", "x", "  spaced  ", "--", "1,400", "café", "caf\udce9", "[bold]", None]
FLAGS = [True, False, None]


def commands() -> Iterator[tuple[str, Any]]:
    def walk(path: str, command: Any) -> Iterator[tuple[str, Any]]:
        yield path, command
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(f"{path} {name}", sub)

    yield from walk("factbase", typer.main.get_command(app))


def plain_params() -> Iterator[tuple[str, Any]]:
    for path, command in commands():
        with typer.Context(command) as ctx:
            params = command.get_params(ctx)  # --help among them
        take_values_as_given(params)
        for param in params:
            if isinstance(param._runtime_param, AsGiven):
                yield f"{path} {param.name}", param


def test_every_command_and_group_takes_values_as_given() -> None:
    for path, command in commands():
        assert isinstance(command, (Command, Group)), path


def test_as_given_is_what_typer_gives() -> None:
    params = dict(plain_params())
    assert "factbase check claim" in params and "factbase check as_json" in params
    assert "factbase db" in params and "factbase check help" in params
    for name, param in params.items():
        typer_s = build_runtime_param(param.type_descriptor)
        values = TEXTS if param.type_descriptor.annotation is str else FLAGS
        for value in values:
            ours = param.get_runtime_param().coerce(value, param=param, ctx=None)
            theirs = typer_s.coerce(value, param=param, ctx=None)
            assert ours == theirs and type(ours) is type(theirs), (name, value)


@pytest.mark.parametrize("value, expected", [(3, "3"), (b"caf\xc3\xa9", "café")])
def test_a_value_of_another_type_goes_typer_s_way(value: object, expected: str) -> None:
    param = dict(plain_params())["factbase check claim"]
    assert AsGiven().coerce(value, param=param, ctx=None) == expected
