"""The command line: help on every command, readable errors, no tracebacks."""
import subprocess
import sys

import pytest

from analysis.cli import main


def run(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True)


@pytest.mark.parametrize("cmd", [[], ["build"], ["report"], ["profile"], ["classroom"]])
def test_help_everywhere(cmd):
    r = run(*cmd, "--help")
    assert r.returncode == 0
    assert "usage:" in r.stdout


def test_build_and_profile(foundation_dir, tmp_path, capsys):
    assert main(["build", str(foundation_dir), "--out", str(tmp_path / "d"), "--no-extract", "-q"]) == 0
    assert (tmp_path / "d" / "documents.parquet").exists()


def test_no_articles_is_one_line_error(tmp_path):
    r = run("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines()[-1].startswith("local-power: error:")
    assert str(tmp_path) in r.stderr


def test_bad_files_warn_by_name_and_build_goes_on(tmp_path):
    (tmp_path / "ok.txt").write_text("The council met on Monday and voted to end the contract.\n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    r = run("build", str(tmp_path), "--out", str(tmp_path / "out"), "--no-extract")
    assert r.returncode == 0, r.stderr
    assert "bin.txt" in r.stderr
    assert (tmp_path / "out" / "documents.csv").read_text().count("\n") == 2


def test_profile_without_data_is_readable(tmp_path):
    r = run("profile", "Chicago", "--data", str(tmp_path / "nothing"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "local-power build" in r.stderr
