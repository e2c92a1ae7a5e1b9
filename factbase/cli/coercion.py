"""Text and flag values taken as given, without pydantic.

Typer turns each value of the command line into its parameter's type through a pydantic
``TypeAdapter``, built on the parameter's first use: for a command as short as ``check``,
loading pydantic and building the adapters took a quarter of its time (0.1 s). A ``str`` or
``bool`` parameter whose value already has that type (the command line gives text, a flag
gives a bool, an option not given gives None) needs none of it: Typer's adapter hands such a
value back as it came. The commands and groups below take those values as given; any other
value, and every other type, still go through Typer's own coercion.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from typer.core import TyperCommand, TyperGroup

# The types whose values pass Typer's coercion unchanged.
AS_GIVEN = (str, bool)


class AsGiven:
    """The coercion of one ``str`` or ``bool`` parameter: a value of that very type, or None,
    as given; anything else as Typer coerces it."""

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        if value is None or type(value) is param.type_descriptor.annotation:
            return value
        from typer._coercion import build_runtime_param

        return build_runtime_param(param.type_descriptor).coerce(value, param=param, ctx=ctx)


_AS_GIVEN = AsGiven()


def take_values_as_given(params: Iterable[Any]) -> None:
    """Each ``str`` and ``bool`` parameter of ``params`` takes values of its own type as given.
    A parameter Typer built otherwise (a Typer without ``type_descriptor``) is left to Typer."""
    for param in params:
        if _is_plain(param) and param._runtime_param is None:
            param._runtime_param = _AS_GIVEN


def _is_plain(param: Any) -> bool:
    """One value of a type in ``AS_GIVEN``, with no parser of its own: what Typer validates
    with a plain ``str`` or ``bool`` adapter."""
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or not hasattr(param, "_runtime_param"):
        return False
    return (
        descriptor.annotation in AS_GIVEN
        and descriptor.file_annotation is None
        and descriptor.parameter_info.parser is None
        and param.nargs == 1
        and not param.multiple
    )


class Command(TyperCommand):
    """A command whose text and flags are taken as given."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        take_values_as_given(self.get_params(ctx))  # its --help option among them
        return super().parse_args(ctx, args)


class Group(TyperGroup):
    """A group of commands whose own text and flags are taken as given."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        take_values_as_given(self.get_params(ctx))
        return super().parse_args(ctx, args)
