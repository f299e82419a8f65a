"""Every bad input is one line on stderr naming the file and what to do, exit code 2, no traceback;
what can be read is read (UTF-16 with or without a byte-order mark)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from chrono.cli import main

ARTICLE = "Wien, 3. März 2023. Am Montag kamen die Minister in Genf zusammen.\n"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(capsys, args: list[str], *words: str) -> str:
    code, _, err = run(capsys, *args)
    lines = err.strip().splitlines()
    assert code == 2, err
    assert len(lines) == 1 and lines[0].startswith("chrono: error: "), err
    assert "Traceback" not in err and "╭" not in err
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def test_a_missing_path(capsys, tmp_path):
    one_line(capsys, ["build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")], "nowhere", "check the path")
    one_line(capsys, ["tag", str(tmp_path / "nowhere.txt")], "nowhere.txt")


def test_an_empty_file(capsys, tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    one_line(capsys, ["dates", str(tmp_path / "empty.txt")], "empty.txt", "empty")


@pytest.mark.parametrize("head, kind", [(b"%PDF-1.7\n%\xe2\xe3", "PDF"), (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
                                        (b"\x00\x01\x02\x03\xff\xfe\x00", "binary")])
def test_a_binary_file(capsys, tmp_path, head, kind):
    (tmp_path / "doc.txt").write_bytes(head + bytes(range(256)))
    one_line(capsys, ["dates", str(tmp_path / "doc.txt")], "doc.txt", kind, "plain text")


def test_a_folder_without_articles(capsys, tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    one_line(capsys, ["build", str(tmp_path), "--out", str(tmp_path / "o")], str(tmp_path), ".txt")


def test_a_folder_given_to_tag(capsys, tmp_path):
    one_line(capsys, ["tag", str(tmp_path)], str(tmp_path), "folder")


def test_an_undecodable_encoding(capsys, tmp_path):
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 4)
    one_line(capsys, ["dates", str(tmp_path / "noise.txt")], "noise.txt", "UTF-8")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_a_byte_order_mark_is_read(capsys, tmp_path, encoding):
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode(encoding))
    code, out, err = run(capsys, "dates", str(tmp_path / "a.txt"), "--format", "json")
    assert code == 0, err
    assert json.loads(out)[0]["published"]["value"] == "2023-03-03"


def _jsonl(tmp_path: Path) -> Path:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n" + '{"id": "b", "text": \n'
                      + json.dumps({"id": "c", "text": ARTICLE}) + "\n", encoding="utf-8")
    return corpus


def test_a_malformed_jsonl_line_is_named_by_its_number(capsys, tmp_path):
    line = one_line(capsys, ["dates", str(_jsonl(tmp_path))], "c.jsonl:2", "--skip-bad")
    assert not line.rstrip(")").endswith(" at")


def test_skip_bad_skips_the_line_with_a_warning_and_goes_on(capsys, tmp_path):
    code, out, err = run(capsys, "dates", str(_jsonl(tmp_path)), "--skip-bad", "--format", "json")
    assert code == 0, err
    assert [r["id"] for r in json.loads(out)] == ["a", "c"]
    assert err.strip().splitlines() == [err.strip()] and "warning" in err and "c.jsonl:2" in err


def test_malformed_front_matter(capsys, tmp_path):
    (tmp_path / "fm.md").write_text("---\ntitle: [unclosed\n---\n" + ARTICLE)
    one_line(capsys, ["dates", str(tmp_path / "fm.md")], "fm.md", "front matter")
    (tmp_path / "open.md").write_text("---\ntitle: x\n" + ARTICLE)
    one_line(capsys, ["dates", str(tmp_path / "open.md")], "open.md", "---")


@pytest.mark.parametrize("value", ["2022-13-45", "gestern", "2022-02-30"])
def test_an_invalid_published_option(capsys, tmp_path, value):
    (tmp_path / "a.txt").write_text(ARTICLE)
    for command in ("dates", "tag"):
        one_line(capsys, [command, str(tmp_path / "a.txt"), "--published", value], "--published", value,
                 "YYYY-MM-DD")


def test_a_manifest_row_naming_a_missing_file_is_a_warning_naming_the_row(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    manifest = tmp_path / "dates.csv"
    manifest.write_text("file,published\na.txt,2023-03-03\nmissing.txt,2023-03-01\n")
    code, out, err = run(capsys, "dates", str(tmp_path / "a.txt"), "--manifest", str(manifest))
    assert code == 0 and "2023-03-03  given" in out
    assert err.startswith("chrono: warning: dates.csv row 3") and "missing.txt" in err


@pytest.mark.parametrize("day", ["2023-02-30", "2023-13-01", "31.11.2023"])
def test_a_manifest_row_with_an_impossible_date(capsys, tmp_path, day):
    (tmp_path / "a.txt").write_text(ARTICLE)
    manifest = tmp_path / "dates.csv"
    manifest.write_text(f"file,published\na.txt,{day}\n")
    one_line(capsys, ["dates", str(tmp_path / "a.txt"), "--manifest", str(manifest)], "dates.csv row 2", day)


def test_an_unreadable_file_is_one_line_not_a_box(capsys, tmp_path, monkeypatch):
    article = tmp_path / "locked.txt"
    article.write_text(ARTICLE)

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    one_line(capsys, ["dates", str(article)], "locked.txt", "Permission denied")


def test_a_jsonl_corpus_given_to_published(capsys, tmp_path):
    one_line(capsys, ["dates", str(_jsonl(tmp_path)), "--published", "2022-01-12"], "--published")


def test_the_python_api_skips_bad_lines_with_a_logged_warning(tmp_path, caplog):
    import chrono

    with caplog.at_level("WARNING", logger="chrono"):
        articles = chrono.read_articles([_jsonl(tmp_path)], skip_bad=True)
    assert [a.id for a in articles] == ["a", "c"]
    assert any("c.jsonl:2" in r.getMessage() for r in caplog.records)
    with pytest.raises(chrono.InputError, match="c.jsonl:2"):
        chrono.read_articles([_jsonl(tmp_path)])
