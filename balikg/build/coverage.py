"""What each statement's reading covers, in words: one line per statement for `balikg build`, a table (or
JSON) for `balikg coverage`. The coverage itself is computed by the ingestion (ingest.coverage) and kept
with the record."""

import json

from balikg.core.tables import aligned

COLUMNS = ("attendance", "co-chairs", "coordination", "commitments", "other meetings")


def coverage_line(record) -> str:
    """'SOURCE: read 32 attendance (2 co-chairs), …; not related: 5 actor names, …' for one statement."""
    c = record.coverage
    counts = c.counts
    read = (
        f"{counts['attendance']} attendance ({counts['co-chairs']} co-chairs, {counts['hosts']} hosts, "
        f"{counts['observers']} observers), {counts['coordination']} coordination, {counts['commitments']} "
        f"commitments, {counts['other meetings']} other meetings"
    )
    gaps = []
    if c.unrelated_names:
        gaps.append(f"{len(c.unrelated_names)} actor names in no fact")
    if c.uncommitted_sentences:
        gaps.append(f"{len(c.uncommitted_sentences)} sentences with a commitment cue and no commitment")
    gaps += [f"{label}: no {missing}" for label, missing, _ in c.meetings_incomplete]
    return f"{c.source}: read {read}" + (f"; not related: {'; '.join(gaps)}" if gaps else "")


def empty_warning(record) -> str | None:
    """The loud warning for a statement that gave no attendance, no co-chairs and no commitments."""
    if not record.coverage.empty:
        return None
    return (
        f"{record.coverage.source}: warning: NOTHING READ: no attendance, no co-chairs and no commitments "
        "were found in this statement; see 'balikg coverage' for what it names"
    )


def coverage_table(records: list) -> str:
    """The coverage of every statement as a table, then what each one left unrelated, with spans."""
    header = ["source", *COLUMNS, "names in no fact", "cue sentences", "meetings incomplete"]
    rows = []
    for record in records:
        c = record.coverage
        rows.append(
            [
                c.source,
                *(str(c.counts[k]) for k in COLUMNS),
                str(len(c.unrelated_names)),
                str(len(c.uncommitted_sentences)),
                str(len(c.meetings_incomplete)),
            ]
        )
    out = aligned(header, rows, right=range(1, len(header)))
    for record in records:
        c = record.coverage
        details = [f"  {s.begin}-{s.end} name in no fact: {_short(s.quote)}" for s in c.unrelated_names]
        details += [f"  {s.begin}-{s.end} cue, no commitment: {_short(s.quote)}" for s in c.uncommitted_sentences]
        details += [
            f"  {s.begin}-{s.end} meeting without a {missing}: {label}" for label, missing, s in c.meetings_incomplete
        ]
        if record.coverage.empty:
            details.insert(0, "  NOTHING READ: no attendance, no co-chairs and no commitments")
        if details:
            out.append(f"\n{c.source}")
            out += details
    return "\n".join(out)


def coverage_json(records: list) -> str:
    """The coverage of every statement as JSON."""
    return json.dumps([r.coverage.as_json() | {"nothing_read": r.coverage.empty} for r in records], indent=2)


def _short(text: str, width: int = 100) -> str:
    """A quote on one line, cut to a width."""
    words = " ".join(text.split())
    return words if len(words) <= width else words[: width - 1] + "…"


def coverage_command(paths: list, output_format: str, cache) -> int:
    """`balikg coverage`: read the statements (from the cache when unchanged) and print their coverage."""
    from balikg.build.sources import GazetteerOnDemand, read_records

    records = read_records(paths, cache, GazetteerOnDemand())
    print(coverage_json(records) if output_format == "json" else coverage_table(records))
    return 0
