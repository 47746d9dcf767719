"""The README keeps up with the code: every command and option, every HTTP route and
every ``FRONTLINES_*`` setting a user can reach is written down there."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer

from frontlines.cli.main import app
from frontlines.settings import ENV
from frontlines.web.app import ServeSettings, create_app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def _commands() -> list[tuple[str, Any]]:
    """(name, command) for every command, sub-commands as "gazetteer import"."""
    root: Any = typer.main.get_command(app)
    found = []
    for name, command in root.commands.items():
        if hasattr(command, "commands"):
            found += [(f"{name} {sub}", c) for sub, c in command.commands.items()]
        else:
            found.append((name, command))
    return found


@pytest.mark.parametrize(("name", "command"), _commands(), ids=[n for n, _ in _commands()])
def test_every_command_and_option_is_in_the_readme(name, command):
    usage = [line for line in README.splitlines()
             if re.match(rf"\s*(\$ )?frontlines {name}(\s|$)", line)]  # fmt: skip
    assert usage, f"README has no usage line for `frontlines {name}`"
    shown = " ".join(usage)
    missing = [
        opt
        for param in command.params
        if param.param_type_name == "option"
        for opt in param.opts
        if opt.startswith("--") and opt != "--help" and not re.search(re.escape(opt) + r"\b", shown)
    ]
    assert not missing, f"`frontlines {name}` options missing from README: {missing}"


def test_every_http_route_is_in_the_readme(tmp_path):
    app_ = create_app(ServeSettings(tmp_path / "docs.db"))
    paths = {getattr(r, "path", "") for r in app_.routes}
    wanted = {p for p in paths if p.startswith("/") and not p.startswith(("/openapi", "/vendor",
              "/static", "/docs/oauth2"))}  # fmt: skip
    # a route is documented when its path (parameters as in the code) appears in the README
    missing = sorted(p for p in wanted if not re.search(re.escape(p) + r"(?![\w/-])", README))
    assert not missing, f"routes missing from README: {missing}"


def test_every_environment_setting_is_in_the_readme():
    missing = sorted(v for v in ENV.values() if v not in README)
    assert not missing, f"settings missing from README: {missing}"


def test_every_kind_of_bad_input_in_the_fault_corpus_is_in_the_readme():
    from frontlines.lab.badinput import readme_rows

    section = README.split("### Bad input", 1)[1].split("\n## ", 1)[0]
    missing = [row for row in readme_rows() if row not in section]
    assert not missing, "README's Bad input table lacks:\n" + "\n".join(missing)
