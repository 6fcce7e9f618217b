"""Statement texts → records: each source read by the ingestion, or taken from the cache when its text, its
path and the code version are unchanged."""

import hashlib
import pickle
from pathlib import Path

from balikg.core.errors import UserError
from balikg.core.paths import GAZETTEER, ROOT, SOURCES
from balikg.runtime.cachedir import Cache
from balikg.runtime.policy import STATEMENT_MAX_BYTES, STATEMENT_MAX_TRIPLES
from balikg.runtime.version import code_version


def default_sources() -> list[Path]:
    """Every sources/*.txt, in name order."""
    found = sorted(SOURCES.glob("*.txt"))
    if not found:
        raise UserError(f"{SOURCES}: no statement texts (*.txt) found")
    return found


class GazetteerOnDemand:
    """The gazetteer, loaded on first use (a build whose records are all cached does not need it)."""

    def __init__(self):
        self.value = None

    def get(self):
        """The loaded gazetteer."""
        from ingest.gazetteer import load_gazetteer

        if self.value is None:
            self.value = load_gazetteer(GAZETTEER)
        return self.value


def refuse_oversized(paths: list[Path], limit: int = STATEMENT_MAX_BYTES) -> None:
    """Refuse, before any is read, a statement file larger than the limit (a missing or unreadable file is
    left to the reader, which names its problem)."""
    for path in paths:
        try:
            size = Path(path).stat().st_size
        except OSError:
            continue
        if size > limit:
            shown = f"{size / 1e6:.1f} MB" if round(size / 1e6, 1) > limit / 1e6 else f"{size:,} bytes"
            raise UserError(f"{path}: {shown} is over the {limit / 1e6:g} MB limit for one statement")


def refuse_overfull(counts: dict[str, int], limit: int | None = None) -> None:
    """Refuse, before they are validated, a statement's triples when there are more than the limit
    (`counts`: each statement's source path and its number of triples)."""
    limit = STATEMENT_MAX_TRIPLES if limit is None else limit
    for source, count in counts.items():
        if count > limit:
            raise UserError(
                f"{source}: {count:,} triples is over the {limit:,}-triple limit for one statement "
                "(is it several statements in one file?)"
            )


def read_records(paths: list[Path], cache: Cache, gazetteer: GazetteerOnDemand) -> list:
    """One DocumentRecord per source, from the cache when the text, its path and the code are unchanged."""
    from ingest.read import read_text
    from ingest.source import read_source

    refuse_oversized(paths)
    records = []
    for path in paths:
        source = read_source(Path(path), ROOT)
        key = f"{source.sha256}-{code_version()}-{hashlib.sha256(source.path.encode()).hexdigest()[:12]}"
        record = cache.load("records", key, pickle.loads)
        if record is None:
            record = read_text(source, gazetteer.get())
            cache.put("records", key, pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        records.append(record)
    stems = [r.stem for r in records]
    if len(set(stems)) != len(stems):
        duplicate = next(s for s in stems if stems.count(s) > 1)
        raise UserError(f"{duplicate}: two sources share this file name; document IRIs would collide")
    return records
