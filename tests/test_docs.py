"""The README is tested: every command has help and is documented, and the JSON keys it calls a
contract are the keys the commands print.

The README's "JSON formats" section is a list of entries. An entry starts with a paragraph
opening on one or more bold command spans (**`list --json`** / **`show ID --json`**); its keys
are either the ```json example that follows (``[...]`` stands for elided items), or, without an
example, the backticked names of the paragraph's first sentence that stand outside parentheses.
A parenthesised list right after a name whose value is an object, or a list of objects, names
that object's keys; after any other name it describes the value. A first sentence that names
another entry's command (the object of `check --json` with `stored`) starts from that entry's
keys.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import typer
from cli_support import CORPUS, CORPUS_META, add_source, copy_source, edit, invoke

from factbase import __version__
from factbase.cli.app import app, hoist_db
from factbase.status import ClaimStatus

README = Path(__file__).resolve().parents[1] / "README.md"
IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
# Options of the root command a README invocation may start with.
ROOT_OPTIONS = ("--db", "--version", "--install-completion", "--show-completion")

# A key tree: each key maps to the tree of its object (or of the objects of its list), or to
# None for any other value.
Tree = dict[str, Any]


# --- the command tree --------------------------------------------------------------------------


def command_tree() -> typer.core.TyperGroup:
    root = typer.main.get_command(app)
    assert isinstance(root, typer.core.TyperGroup)
    return root


def walk(group: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command and group below ``group``, with its path of names."""
    for name, cmd in group.commands.items():
        yield (*path, name), cmd
        if hasattr(cmd, "commands"):
            yield from walk(cmd, (*path, name))


def leaf_commands() -> dict[str, Any]:
    return {" ".join(p): c for p, c in walk(command_tree()) if not hasattr(c, "commands")}


def test_version_is_the_package_version() -> None:
    assert invoke(["--version"]).stdout == f"factbase {__version__}\n"


def test_every_command_and_option_has_help() -> None:
    root = command_tree()
    assert root.help
    for path, cmd in walk(root):
        name = " ".join(path)
        assert (cmd.help or "").strip(), f"factbase {name} has no help text"
        for param in cmd.params:
            if param.name != "help":
                assert (getattr(param, "help", None) or "").strip(), (
                    f"factbase {name}: {param.human_readable_name} has no help text"
                )


def test_every_command_help_ends_with_examples_that_parse() -> None:
    """Each command's help ends with one to three examples, each naming that command and
    parsing against its real arguments and options."""
    for name, cmd in leaf_commands().items():
        help_text = cmd.help or ""
        assert "\nExamples:\n" in help_text, f"factbase {name}: no examples"
        lines = [ln.strip() for ln in help_text.split("\nExamples:\n")[1].splitlines()]
        examples = [ln for ln in lines if ln]
        assert 1 <= len(examples) <= 3, name
        for example in examples:
            args = shlex.split(re.split(r" [<>] ", example)[0])
            assert args[0] == "factbase", example
            tokens = hoist_db(args[1:])
            tokens = tokens[2:] if tokens[:1] == ["--db"] else tokens
            words = name.split()
            assert tokens[: len(words)] == words, f"{example!r} is not an example of {name}"
            cmd.make_context(name, tokens[len(words) :])  # an unknown option or argument raises


# --- commands in the README --------------------------------------------------------------------


def readme() -> str:
    return README.read_text("utf-8")


def readme_invocations(text: str) -> list[str]:
    """Every ``factbase ...`` the README shows: in code spans, in ```sh blocks, and after a
    ``$`` prompt in blocks that show a session with its output."""
    spans = re.findall(r"`(factbase [^`\n]+)`", text)
    for lang, block in re.findall(r"```([a-z]*)\n(.*?)```", text, flags=re.S):
        start = r"(?:^|&& )" if lang == "sh" else r"^\$ "
        spans += re.findall(start + r"(factbase [^\n]*)", block, flags=re.M)
    return spans


def documented_commands(text: str) -> set[str]:
    """The command paths the README's invocations name; ``a | b`` alternatives name siblings
    (`factbase source list \\| show ID` documents ``source list`` and ``source show``)."""
    root = command_tree()
    found: set[str] = set()
    for span in readme_invocations(text):
        alternatives = re.split(r"\s*\\?\|\s*", span.removeprefix("factbase ").strip())
        tokens = alternatives[0].split()
        while tokens and tokens[0] in ROOT_OPTIONS:
            tokens = tokens[2:] if tokens[0] == "--db" else tokens[1:]
        group, path = root, []
        while tokens and hasattr(group, "commands") and tokens[0] in group.commands:
            path.append(tokens[0])
            group = group.commands[tokens.pop(0)]
        if not path:
            continue
        found.add(" ".join(path))
        parent = root
        for name in path[:-1]:
            parent = parent.commands[name]
        for alternative in alternatives[1:]:
            words = alternative.split()
            if words and words[0] in parent.commands:
                found.add(" ".join([*path[:-1], words[0]]))
    return found


def test_every_command_is_in_the_readme() -> None:
    missing = sorted(set(leaf_commands()) - documented_commands(readme()))
    assert not missing, f"commands the README does not show: {missing}"


def test_readme_names_only_real_commands() -> None:
    root = command_tree()
    for span in readme_invocations(readme()):
        tokens = span.split()[1:]
        while tokens and tokens[0] in ROOT_OPTIONS:
            tokens = tokens[2:] if tokens[0] == "--db" else tokens[1:]
        if tokens:
            assert tokens[0] in root.commands, f"the README shows an unknown command: {span}"


def test_verify_statuses_table_is_the_status_vocabulary() -> None:
    text = readme()
    start = text.index("### Verify statuses")
    table = text[start:text.index("\n###", start + 1)]
    rows = re.findall(r"^\| `([a-z_]+)` \|", table, flags=re.M)
    assert rows == [str(s) for s in ClaimStatus]


# --- JSON contracts in the README --------------------------------------------------------------


@dataclass
class Contract:
    labels: list[str]  # the commands as the README writes them: "show ID --json"
    example: Any = None  # the parsed ```json example, if the entry has one
    prose: str = ""  # else the first sentence
    nested: dict[str, set[str]] = field(default_factory=dict)  # prose: name -> (names)


def json_section(text: str) -> str:
    start = text.index("## JSON formats")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def contracts(text: str) -> list[Contract]:
    section = json_section(text)
    entries = re.split(r"\n(?=\*\*`)", section)[1:]
    out = []
    for entry in entries:
        head = entry.split("\n\n", 1)[0]
        labels = re.findall(r"\*\*`([^`]+)`\*\*", head)
        block = re.search(r"```json\n(.*?)```", entry, flags=re.S)
        if block:
            out.append(Contract(labels, example=json.loads(block.group(1).replace("[...]", "[]"))))
            continue
        body = re.sub(r"^(\*\*`[^`]+`\*\*\s*/?\s*)+:?", "", head).replace("\n", " ")
        outside, nested = _outside_parentheses(body)
        first = re.split(r"\.(?:\s|$)", outside, maxsplit=1)[0]
        out.append(Contract(labels, prose=first, nested=nested))
    return out


def _outside_parentheses(text: str) -> tuple[str, dict[str, set[str]]]:
    """The text with parenthesised groups taken out, and each group's backticked names by the
    backticked name just before it."""
    outside: list[str] = []
    nested: dict[str, set[str]] = {}
    depth, last, group = 0, "", ""
    for token in re.findall(r"`[^`]+`|[()]|[^`()]+", text):
        if token == "(":
            depth += 1
        elif token == ")" and depth:
            depth -= 1
            if depth == 0:
                if last:
                    nested[last] = {n for n in re.findall(r"`([^`]+)`", group)
                                    if IDENTIFIER.fullmatch(n)}  # fmt: skip
                group = ""
        elif depth:
            group += token
        else:
            outside.append(token)
            if token.startswith("`"):
                last = token.strip("`")
            elif token.strip():
                last = ""
    return "".join(outside), nested


def example_tree(value: Any) -> Tree | None:
    if isinstance(value, dict):
        return {k: example_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [example_tree(v) for v in value if isinstance(v, dict)]
        return items[0] if items else None
    return None


def actual_tree(value: Any, path: str = "") -> Tree | None:
    """Keys of what a command printed; every object of a list must have the same keys."""
    if isinstance(value, dict):
        return {k: actual_tree(v, f"{path}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        trees = [actual_tree(v, f"{path}[]") for v in value if isinstance(v, dict)]
        if not trees:
            return None
        assert all(set(t or {}) == set(trees[0] or {}) for t in trees), f"{path}: keys vary"
        merged: Tree = {}
        for t in trees:
            for k, sub in (t or {}).items():
                merged[k] = merged.get(k) or sub
        return merged
    return None


def documented_tree(contract: Contract, by_label: dict[str, Contract], actual: Tree) -> Tree:
    if contract.example is not None:
        tree = example_tree(contract.example)
        assert tree is not None
        return tree
    tree: Tree = {}
    names = re.findall(r"`([^`]+)`", contract.prose)
    for name in names:
        if name in by_label and by_label[name] is not contract:
            tree.update(documented_tree(by_label[name], by_label, actual))
    for name in names:
        if IDENTIFIER.fullmatch(name):
            sub = contract.nested.get(name)
            tree[name] = dict.fromkeys(sub) if sub and actual.get(name) else None
    return tree


def differences(doc: Tree, actual: Tree, path: str = "") -> Iterator[str]:
    if set(doc) != set(actual):
        yield (
            f"{path or 'top level'}: README only {sorted(set(doc) - set(actual))}, "
            f"code only {sorted(set(actual) - set(doc))}"
        )
    for key in set(doc) & set(actual):
        if doc[key] is not None and actual[key] is not None:
            yield from differences(doc[key], actual[key], f"{path}.{key}")


def example_paths(tree: Tree | None, path: str = "") -> set[str]:
    """The paths of the objects an example shows keys for."""
    if not tree:
        return set()
    out = {path}
    for key, sub in tree.items():
        out |= example_paths(sub, f"{path}.{key}")
    return out


def checked_paths(doc: Tree, actual: Tree, path: str = "") -> set[str]:
    out = {path}
    for key in set(doc) & set(actual):
        if doc[key] is not None and actual[key] is not None:
            out |= checked_paths(doc[key], actual[key], f"{path}.{key}")
    return out


# What each README entry's commands print, on one database built the way a user would.
COMMANDS = {
    "verify --json": ["verify", "--json"],
    "check --json": ["check", "Laura Wilson, 19, was murdered in 2010.", "-s", "star", "--json"],
    "import --json": ["import", "{claims_csv}", "--json"],
    "add --json": ["add", "Laura Wilson, 17, was murdered in 2010.", "-s", "star", "--json"],
    "conflicts report --json": ["conflicts", "report", "--json"],
    "source add --json": ["source", "add", "{flw}", "--id", "flw", "--json"],
    "source list --json": ["source", "list", "--json"],
    "source show ID --json": ["source", "show", "star", "--json"],
    "source refresh --json": ["source", "refresh", "star", "--json"],
    "source diff ID --json": ["source", "diff", "star", "--json"],
    "list --json": ["list", "--json"],
    "show ID --json": ["show", "1", "--json"],
    "export --format json": ["export", "--format", "json"],
    "export --format csv": ["export", "--format", "csv"],
    "extract --json": ["extract", "star", "--json"],
    "review DRAFT --json": ["review", "{draft}", "--json"],
    "check CLAIM --json": [
        "check", "Five men were convicted for sexual offences against girls in 2010.", "--json"
    ],
    "add CLAIM --source auto --json": [
        "add", "The inquiry was commissioned by the council in October 2013.", "--source", "auto",
        "--json",
    ],
    "runs list --json": ["runs", "list", "--json"],
    "runs diff --json": ["runs", "diff", "--json"],
}
# The order to run them in: add before verify, refresh (after an edit) before diff and verify.
ORDER = [
    "source add --json", "review DRAFT --json", "check CLAIM --json",
    "add CLAIM --source auto --json", "add --json", "check --json", "import --json",
    "extract --json",
    "conflicts report --json", "source refresh --json", "verify --json", "runs list --json",
    "runs diff --json",
    "source diff ID --json", "show ID --json", "list --json", "export --format json",
    "export --format csv", "source list --json", "source show ID --json",
]  # fmt: skip


def run(label: str, values: dict[str, str]) -> Any:
    args = [a.format(**values) for a in COMMANDS[label]]
    result = invoke(args)
    assert result.exit_code in (0, 1), f"{label}: {result.output}"
    if label.endswith("--format csv"):
        return [dict.fromkeys(csv.DictReader(io.StringIO(result.stdout)).fieldnames or [])]
    return json.loads(result.stdout)


def printed(tmp_path: Path) -> dict[str, Any]:
    """Every documented command's output, with every list the README describes non-empty."""
    star = copy_source(tmp_path, "star")
    add_source(star, "star")
    for row in CORPUS_META:
        if row["id"] not in ("star", "flw"):
            add_source(CORPUS / row["file"], row["id"])
    claims_csv = tmp_path / "claims.csv"
    claims_csv.write_text("claim,source\nThe review was published in 2014.,lgc\n", "utf-8")
    values = {
        "flw": str(copy_source(tmp_path, "flw")),
        "claims_csv": str(claims_csv),
        "draft": str(Path(__file__).parent / "fixtures" / "review_draft.md"),
    }
    out: dict[str, Any] = {}
    for label in ORDER:
        if label == "conflicts report --json":
            # Two reports of a running count, a week apart: a revision timeline.
            for day, toll in ((2, 120), (10, 185)):
                page = tmp_path / f"flood-{day}.txt"
                page.write_text(
                    f"As of {day - 1} March, the death toll from the flood in the valley stood"
                    f" at {toll}, officials said.\n",
                    "utf-8",
                )
                invoke(["source", "add", str(page), "--published", f"2024-03-{day:02d}"])
            invoke(["extract", "--all", "--add"])
        if label == "source refresh --json":
            # A cited fact and some text no claim cites both change.
            edit(star, "in 2010 when 17 year old", "in 2010 when 19 year old")
            edit(star, "Have your say", "Have your say today")
        out[label] = run(label, values)
    return out


def test_commands_printing_json_are_documented() -> None:
    labels = {label for c in contracts(readme()) for label in c.labels}
    assert labels == set(COMMANDS), "README entries and this test's commands differ"
    with_json = {name for name, cmd in leaf_commands().items()
                 if any("--json" in p.opts for p in cmd.params)}  # fmt: skip
    named = {" ".join(w for w in label.split(" --")[0].split() if w.islower()) for label in labels}
    assert with_json <= named, f"commands with --json the README leaves out: {with_json - named}"


@pytest.mark.database
def test_json_contracts_are_the_keys_the_code_prints(tmp_path: Path) -> None:
    entries = contracts(readme())
    by_label = {label: c for c in entries for label in c.labels}
    outputs = printed(tmp_path)
    problems: list[str] = []
    for contract in entries:
        checked: set[str] = set()
        for label in contract.labels:
            actual = actual_tree(outputs[label])
            assert actual is not None, f"{label} printed no object"
            doc = documented_tree(contract, by_label, actual)
            problems += [f"{label}: {d}" for d in differences(doc, actual)]
            checked |= checked_paths(doc, actual)
        if contract.example is not None:
            unchecked = example_paths(example_tree(contract.example)) - checked
            assert not unchecked, f"{contract.labels}: the test data leaves {unchecked} empty"
    assert not problems, "\n".join(problems)
