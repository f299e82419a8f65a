"""Every command is documented: it has help text, and the README shows it."""
import pathlib

import pytest
import typer.main
from typer.testing import CliRunner

from chrono.cli import app

README = (pathlib.Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
runner = CliRunner()


def test_the_cli_has_the_documented_commands():
    assert set(COMMANDS) >= {"tag", "resolve", "eval", "dates", "build", "check", "validate", "render", "export"}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_a_place_in_the_readme(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output
    assert typer.main.get_command(app).commands[command].help  # type: ignore[attr-defined]
    assert f"chrono {command}" in README


def test_chrono_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output
