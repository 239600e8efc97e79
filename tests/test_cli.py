"""The `claimwatch` command, driven the way a user drives it."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimwatch.cli import app

runner = CliRunner()

ARTICLE = ("The harbour master said on Monday that about 300 boats were stuck in port. "
           "Fishermen's unions denied that the closure had been announced in advance.")


def write_jsonl(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_extract_writes_one_record_per_document_in_order(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl",
                      {"id": "a", "text": ARTICLE, "published": "2025-06-11"},
                      {"id": "b", "text": "", "published": "2025-06-11"})
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "--format", "jsonl", "--output", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    for key in ("statements", "quantities", "times", "entities"):
        assert key in records[0]
    assert records[1]["statements"] == [] and records[1]["quantities"] == []  # empty text, empty record
    assert any(s["stance"] == "deny" for s in records[0]["statements"])


def test_bad_lines_are_named_on_stderr_and_the_rest_still_written(tmp_path):
    src = tmp_path / "mixed.jsonl"
    src.write_bytes(b'{"id": "ok1", "text": "Police said the road reopened."}\n'
                    b'this is not json\n'
                    b'{"id": "nt"}\n'
                    b'{"id": "ok2", "text": "Doctors said 12 people were hurt."}\n')
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 1  # some input rejected
    assert f"{src}:2: not JSON" in result.stderr
    assert f"{src}:3: no 'text' field" in result.stderr
    assert "2 document(s) extracted, 2 rejected" in result.stderr
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert ids == ["ok1", "ok2"]


def test_text_file_takes_its_date_from_the_option(tmp_path):
    src = tmp_path / "note.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "--published", "2025-06-11", "-f", "json"])
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    assert record["id"] == "note" and record["published"] == "2025-06-11"


def test_stdin_accepts_json_lines():
    line = json.dumps({"id": "s1", "text": ARTICLE, "published": "2025-06-11"})
    result = runner.invoke(app, ["extract", "-"], input=line + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "s1"


def test_table_format_is_for_people(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", {"id": "a", "text": ARTICLE, "published": "2025-06-11"})
    result = runner.invoke(app, ["extract", str(src), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "statements" in result.stdout and "harbour master" in result.stdout


def test_bad_date_option_is_a_usage_error(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", {"text": "x"})
    result = runner.invoke(app, ["extract", str(src), "--published", "11/06/2025"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_unknown_model_is_one_clear_line(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", {"text": "x"})
    result = runner.invoke(app, ["extract", str(src), "--model", "xx_no_such_model"])
    assert result.exit_code == 2
    assert "xx_no_such_model" in result.stderr and "not installed" in result.stderr
    assert "Traceback" not in result.stderr


def all_commands():
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)


@pytest.mark.parametrize("command", all_commands())
def test_every_command_has_help_text(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    import typer.main

    assert typer.main.get_command(app).commands[command].help, f"{command} has no help text"
