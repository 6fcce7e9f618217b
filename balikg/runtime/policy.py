"""Every performance threshold and switch, in one place; the commands that use them ask here.

What each piece of machinery gains, at which size, is measured by `python bench/machinery.py` (results
in bench/results/machinery.json and the README's Performance section); figures are not repeated here.

Switches: $BALIKG_OFF turns pieces off, comma-separated, for measuring them side by side:
    pool       validation units checked in worker processes (else one after another, here)
    forks      the Turtle written and the violation queries run in forked processes beside the units
    stores     large graph files loaded once into an on-disk Oxigraph store for queries
    answers    printed query answers kept beside the on-disk store
"""

import os

SWITCHES = ("pool", "forks", "stores", "answers")

# N-Triples characters of the whole graph: above this, the violation queries and the Turtle writer run
# in forked processes beside the validation units (below, forking costs more than it saves).
FORK_BESIDE_ABOVE = 5_000_000
# Statements in a build: up to this many, the validation workers are forked at the start (to import
# pySHACL while the sources are read); above, most units of a rebuild come from the cache.
WARM_WORKERS_UP_TO = 8
# One statement's size: `balikg build` refuses a file of more bytes before reading it (reading a file at
# the limit stays within the budget bench/large.py holds builds to), and a statement that gives more
# triples before validating them (validating them at the limit stays within it too).
STATEMENT_MAX_BYTES = 2_000_000
STATEMENT_MAX_TRIPLES = 60_000
# Bytes of RDF text: above this, queries open an on-disk store instead of parsing the file.
PERSIST_STORE_ABOVE = 2_000_000
# Triples per Graph Store request when pushing ($BALIKG_PUSH_CHUNK sets another size, e.g. for tests).
PUSH_CHUNK = 50_000


def enabled(switch: str) -> bool:
    """Whether a piece of machinery is on (all are, unless $BALIKG_OFF names it)."""
    if switch not in SWITCHES:
        raise ValueError(f"unknown switch {switch!r}")
    off = {s.strip() for s in os.environ.get("BALIKG_OFF", "").split(",")}
    return switch not in off


def jobs(requested: int | None = None) -> int:
    """Worker processes: the number asked for, else $BALIKG_JOBS, else the number of cores; 1 without
    the pool."""
    if not enabled("pool"):
        return 1
    if requested:
        return max(1, requested)
    value = os.environ.get("BALIKG_JOBS", "")
    return int(value) if value.isdigit() and int(value) > 0 else os.cpu_count() or 1


def workers_at_start(sources: int, requested: int | None = None) -> int:
    """How many validation workers a build forks before it reads its sources (1: none, made later if
    needed)."""
    return jobs(requested) if sources <= WARM_WORKERS_UP_TO else 1


def beside(size: int, can_fork: bool) -> bool:
    """Whether work on a graph of `size` N-Triples characters runs in a forked process beside the units."""
    return enabled("forks") and can_fork and jobs() > 1 and size >= FORK_BESIDE_ABOVE


def parts_per_unit(units: int, processes: int) -> int:
    """Into how many parts each unit to check is cut: enough to keep every process busy when there are
    fewer units than twice the processes (one statement's build), else none."""
    if processes <= 1 or units == 0 or units >= 2 * processes:
        return 1
    return max(1, -(-2 * processes // units))


def chunk_size(jobs_: int, processes: int) -> int:
    """Units sent to a worker at a time."""
    return max(1, min(16, jobs_ // (processes * 8)))


def push_chunk() -> int:
    """Triples per Graph Store request: $BALIKG_PUSH_CHUNK when it is a positive integer, else PUSH_CHUNK."""
    value = os.environ.get("BALIKG_PUSH_CHUNK", "")
    return int(value) if value.isdigit() and int(value) > 0 else PUSH_CHUNK


def persist_store(size: int) -> bool:
    """Whether a graph file of `size` bytes is queried through an on-disk store."""
    return enabled("stores") and size > PERSIST_STORE_ABOVE
