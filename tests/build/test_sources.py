"""balikg.build.sources: a statement over the size limit is refused, in one line, before anything is read."""

import pytest

from balikg.build.sources import refuse_overfull, refuse_oversized
from balikg.cli import main
from balikg.core.errors import UserError
from balikg.core.paths import SOURCES
from balikg.runtime.policy import STATEMENT_MAX_BYTES

SEED = SOURCES / "bali-2003-cochairs-statement.txt"


def sparse(path, size: int):
    """A file of `size` bytes that takes no room on disk."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def test_a_file_over_the_limit_is_refused_naming_it_and_both_sizes(tmp_path):
    big = sparse(tmp_path / "big.txt", 60_000_000)
    with pytest.raises(UserError) as refused:
        refuse_oversized([tmp_path / "missing.txt", big], limit=8_000_000)
    assert str(refused.value) == f"{big}: 60.0 MB is over the 8 MB limit for one statement"
    assert refused.value.exit_code == 2


def test_just_over_the_limit_is_said_in_bytes_and_at_the_limit_is_read(tmp_path):
    over = sparse(tmp_path / "over.txt", 8_000_001)
    with pytest.raises(UserError, match=r"over\.txt: 8,000,001 bytes is over the 8 MB limit for one statement$"):
        refuse_oversized([over], limit=8_000_000)
    refuse_oversized([sparse(tmp_path / "at.txt", 8_000_000)], limit=8_000_000)  # nothing raised


def test_build_refuses_it_in_one_line_and_leaves_the_output_alone(tmp_path, capsys):
    big = sparse(tmp_path / "big.txt", STATEMENT_MAX_BYTES + 1_000_000)
    out = tmp_path / "graph.ttl"
    out.write_text("previous content\n", encoding="utf-8")
    assert main(["build", str(big), "-o", str(out), "--no-cache"]) == 2
    err = capsys.readouterr().err
    limit = f"{STATEMENT_MAX_BYTES / 1e6:g} MB"
    size = f"{(STATEMENT_MAX_BYTES + 1_000_000) / 1e6:.1f} MB"
    assert err == f"balikg build: {big}: {size} is over the {limit} limit for one statement\n"
    assert out.read_text(encoding="utf-8") == "previous content\n"


def test_a_statement_with_more_triples_than_the_limit_is_refused_before_validation(tmp_path, capsys, monkeypatch):
    with pytest.raises(UserError) as refused:
        refuse_overfull({"a.txt": 60_000, "b.txt": 276_712}, limit=60_000)
    assert str(refused.value) == (
        "b.txt: 276,712 triples is over the 60,000-triple limit for one statement "
        "(is it several statements in one file?)"
    )
    monkeypatch.setattr("balikg.build.sources.STATEMENT_MAX_TRIPLES", 1_000)
    out = tmp_path / "graph.ttl"
    assert main(["build", str(SEED), "-o", str(out), "--no-cache"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == (
        "balikg build: sources/bali-2003-cochairs-statement.txt: 3,307 triples is over the 1,000-triple limit for "
        "one statement (is it several statements in one file?)"
    )
    assert not out.exists()
