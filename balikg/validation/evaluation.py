"""`balikg eval`: precision, recall and F1 per category of the graph against a hand-made reading (sources/gold/)."""

import json
import unicodedata
from collections import defaultdict
from pathlib import Path

from balikg.core import iris
from balikg.core.errors import UserError
from balikg.core.paths import EVAL_QUERIES
from balikg.core.tables import aligned
from balikg.core.vocab import BKG, NIF

BKG_SOURCE_PATH, NIF_IS_STRING = BKG.sourcePath, NIF.isString

FACTS = EVAL_QUERIES / "facts.rq"
CORPUS_FACTS = EVAL_QUERIES / "genre-facts.rq"


def expected(gold: dict) -> dict[str, set[tuple]]:
    """The gold reading as sets of fact tuples per category (the same shape as `found`)."""
    event = iris.local(gold["event"]["iri"])
    facts: dict[str, set[tuple]] = defaultdict(set)
    for role in ("co-chair", "participant", "observer"):
        for iso in gold[role]["states"]:
            facts["participation"].add((f"state/{iso}", role, event, ""))
        for key in gold[role]["others"]:
            facts["participation"].add((key, role, event, ""))
    for actor, role, at, subject in gold.get("roles", []):
        facts["participation"].add((actor, role, f"event/{at}", subject))
    facts["coordinator"] = {tuple(pair) for pair in gold["coordinators"]}
    for code, modality, paragraph, addressees in gold["obligations"]:
        facts["obligation"] |= {(code, modality, paragraph, a) for a in addressees}
    for code, modality, paragraph, bearers, auxiliaries, beneficiaries in gold.get("commitments", []):
        facts["obligation"] |= {(code, modality, paragraph, a) for a in bearers}
        facts["auxiliary"] |= {(code, modality, paragraph, a) for a in auxiliaries}
        facts["beneficiary"] |= {(code, modality, paragraph, a) for a in beneficiaries}
    items = {code: (modality, paragraph) for code, modality, paragraph, _ in gold["obligations"]}
    for code, actors in gold.get("auxiliaries", {}).items():
        facts["auxiliary"] |= {(code, *items[code], a) for a in actors}
    for category, field in (("condition", "conditions"), ("time frame", "time_frames")):
        for code, texts in gold.get(field, {}).items():
            facts[category] |= {(code, t) for t in texts}
    facts["meeting"] = {(f"event/{k}", s, e, p, c) for k, s, e, p, c in gold.get("meetings", [])}
    facts["instrument"] = {
        (f"instrument/{k}", kind, f"event/{at}" if at else "") for k, kind, at in gold.get("instruments", [])
    }
    facts["post"] = {(f"post/{k}", s) for k, s in gold.get("posts", [])}
    facts["group"] = {(g, p, f"event/{e}" if e else "", m) for g, p, e, m in gold.get("groups", [])}
    return dict(facts)


def found(store, source: str) -> dict[str, set[tuple]]:
    """The graph's facts for one source document, per category."""
    from balikg.query.bindings import bind
    from balikg.query.engines import run_oxigraph

    results = run_oxigraph(store, bind(FACTS.read_text(encoding="utf-8"), {"docPath": source}), str(FACTS))
    facts: dict[str, set[tuple]] = defaultdict(set)
    widths = {
        "participation": 4,
        "coordinator": 2,
        "obligation": 4,
        "auxiliary": 4,
        "beneficiary": 4,
        "condition": 2,
        "time frame": 2,
        "meeting": 5,
        "instrument": 3,
        "post": 2,
        "group": 4,
    }
    for row in results.rows:
        values = [iris.local("" if t is None else t.value) for t in row]
        category = values[0]
        if category in widths:
            facts[category].add(tuple(values[1 : 1 + widths[category]]))
    return dict(facts)


def score(gold: dict[str, set], got: dict[str, set]) -> list[dict]:
    """Precision, recall and F1 per category, with what was missed and what was extra."""
    rows = []
    for category in sorted(set(gold) | set(got)):
        g, f = gold.get(category, set()), got.get(category, set())
        tp = len(g & f)
        precision = tp / len(f) if f else (1.0 if not g else 0.0)
        recall = tp / len(g) if g else (1.0 if not f else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append(
            {
                "category": category,
                "gold": len(g),
                "found": len(f),
                "correct": tp,
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(f1, 3),
                "missing": sorted(g - f),
                "extra": sorted(f - g),
            }
        )
    return rows


def _actor(key: str) -> str:
    """A corpus reading's actor as the graph query gives it: ISO codes as they are, other keys as IRIs."""
    return key if "/" not in key else iris.actor(key)


def corpus_expected(gold: dict) -> dict[str, set[tuple]]:
    """A reading in the corpus format (tests/corpus/README.md) as fact tuples per category; commitments
    keep their cue, matched to obligations by corpus_found."""
    meeting = gold.get("meeting") or {}
    facts: dict[str, set[tuple]] = defaultdict(set)
    if meeting.get("place"):
        facts["meeting"].add(("place", _place(meeting["place"])))
    if meeting.get("country"):
        facts["meeting"].add(("country", meeting["country"]))
    if meeting.get("start"):
        facts["meeting"].add(("dates", meeting["start"], meeting.get("end") or meeting["start"]))
    facts["attendance"] = {(_actor(a), role) for a, role in gold.get("attendance", [])}
    facts["coordination"] = {(_actor(a), _actor(b)) for a, b in gold.get("coordination", [])}
    for m in gold.get("other_meetings", []):
        facts["other meeting"].add(
            (_place(m.get("place") or ""), m.get("country") or "", m.get("start") or "", m.get("end") or "")
        )
    return dict(facts)


def _place(name: str) -> str:
    """A place's name without its diacritics ('Hà Nội' and 'Ha Noi' are one place), its blanks single."""
    letters = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in letters if not unicodedata.combining(c)).split())


def corpus_found(store, gold: dict, text: str) -> dict[str, set[tuple]]:
    """The graph's facts for one statement, in corpus_expected's shape; each gold commitment's cue is matched
    to an obligation whose source holds it (the same modality first), and its addressees become facts of that
    obligation: an unmatched cue's facts can only be missed, an obligation no cue matches is extra."""
    from balikg.query.bindings import bind
    from balikg.query.engines import run_oxigraph

    query = bind(CORPUS_FACTS.read_text(encoding="utf-8"), {"docPath": gold["source"]})
    rows = [[("" if t is None else t.value) for t in row] for row in run_oxigraph(store, query, str(CORPUS_FACTS)).rows]
    facts: dict[str, set[tuple]] = defaultdict(set)
    obligations: dict[str, dict] = {}
    for category, a, b, c, d, e in rows:
        if category == "meeting":
            facts["meeting"] |= {("place", _place(a))} if a else set()
            facts["meeting"] |= {("country", b)} if b else set()
            facts["meeting"] |= {("dates", c, d)} if c else set()
        elif category == "attendance":
            facts["attendance"].add((a, b))
        elif category == "coordination":
            facts["coordination"].add((a, b))
        elif category == "other meeting":
            facts["other meeting"].add((_place(a), b, c, d))
        elif category == "commitment":
            entry = obligations.setdefault(a, {"modality": b, "begin": int(d), "end": int(e), "addressees": set()})
            entry["addressees"].add(c)
    used: set[str] = set()
    expected_commitments = set()
    for index, commitment in enumerate(gold.get("commitments", [])):
        at = text.find(commitment["cue"])
        holder = cue_holder(at, at + len(commitment["cue"]), commitment["modality"], obligations, used)
        name = holder if at >= 0 and holder else f"cue {index}: {commitment['cue']}"
        used.add(name)
        expected_commitments |= {(name, commitment["modality"], _actor(a)) for a in commitment["addressees"]}
    facts["commitment"] = {(o, v["modality"], a) for o, v in obligations.items() for a in v["addressees"]}
    return dict(facts), {"commitment": expected_commitments}


def cue_holder(begin: int, end: int, modality: str, obligations: dict[str, dict], used: set[str]) -> str | None:
    """The found commitment a gold cue at [begin, end) points to: of those not yet taken whose span the cue
    overlaps ('b) Encourage members …' overlaps the item's span after its label), one of the same modality
    first, then one the cue starts in, then the first."""
    holders = sorted(
        (o for o, v in obligations.items() if v["begin"] < end and begin < v["end"] and o not in used),
        key=lambda o: (
            obligations[o]["modality"] != modality,
            not obligations[o]["begin"] <= begin,
            obligations[o]["begin"],
            o,
        ),
    )
    return holders[0] if holders else None


def evaluate(graph_path: Path, gold_paths: list[Path]) -> dict[str, list[dict]]:
    """Score every gold file against the graph; the gold file's 'source' names the document. Readings in
    the seed's detailed format and in the corpus format (tests/corpus/README.md) are both read."""
    from balikg.core.rdffile import load_store

    store = load_store(graph_path)
    texts = None
    report = {}
    for path in gold_paths:
        try:
            gold = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise UserError(f"{path}: not a readable gold file ({exc})") from None
        source = gold.get("source") or f"sources/{Path(path).stem}.txt"
        if "attendance" in gold:
            texts = texts if texts is not None else _texts(store)
            if source not in texts:
                raise UserError(f"{path}: the graph has no statement read from {source}")
            got, matched = corpus_found(store, gold, texts[source])
            report[source] = score({**corpus_expected(gold), **matched}, got)
        else:
            report[source] = score(expected(gold), found(store, source))
    return report


def _texts(store) -> dict[str, str]:
    """Each statement's source path and full text, from the graph."""
    from balikg.query.engines import run_oxigraph

    query = "SELECT ?path ?text WHERE { ?doc <" + BKG_SOURCE_PATH + "> ?path ; <" + NIF_IS_STRING + "> ?text }"
    return {row[0].value: row[1].value for row in run_oxigraph(store, query, "statement texts").rows}


def totals(report: dict[str, list[dict]]) -> list[dict]:
    """Precision, recall and F1 per category over every document (counts summed before dividing)."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for rows in report.values():
        for r in rows:
            counts = sums[r["category"]]
            counts[0] += r["gold"]
            counts[1] += r["found"]
            counts[2] += r["correct"]
    out = []
    for category, (gold, got, correct) in sorted(sums.items()):
        precision = correct / got if got else (1.0 if not gold else 0.0)
        recall = correct / gold if gold else (1.0 if not got else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out.append(
            {
                "category": category,
                "gold": gold,
                "found": got,
                "correct": correct,
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(f1, 3),
            }
        )
    return out


def format_table(report: dict[str, list[dict]]) -> str:
    """Per document, one line per category; then what was missed or extra."""
    lines = []
    for source, rows in report.items():
        lines.append(source)
        table = [
            [r["category"], r["gold"], r["found"], f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}"]
            for r in rows
        ]
        lines += aligned(["category", "gold", "found", "P", "R", "F1"], table, right=(1, 2, 3, 4, 5), indent="  ")
        for r in rows:
            for fact in r["missing"]:
                lines.append(f"  missing {r['category']}: {fact}")
            for fact in r["extra"]:
                lines.append(f"  extra {r['category']}: {fact}")
    if len(report) > 1:
        rows = totals(report)
        table = [
            [r["category"], r["gold"], r["found"], f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}"]
            for r in rows
        ]
        lines += [f"all {len(report)} documents"]
        lines += aligned(["category", "gold", "found", "P", "R", "F1"], table, right=(1, 2, 3, 4, 5), indent="  ")
    return "\n".join(lines) + "\n"


def eval_command(graph_path: Path, gold_paths: list[Path], fmt: str = "table", strict: bool = False) -> int:
    """`balikg eval`: print the scores (default gold: sources/gold/*.json); with `strict`, exit 1 unless every
    category is perfect."""
    import sys

    from balikg.core.paths import GOLD

    golds = gold_paths or sorted(GOLD.glob("*.json"))
    if not golds:
        raise UserError(f"eval: no gold files ({GOLD}/*.json); pass --gold FILE")
    report = evaluate(graph_path, golds)
    if fmt == "json":
        document = {**report, "*": totals(report)} if len(report) > 1 else report
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False, default=list) + "\n")
    else:
        sys.stdout.write(format_table(report))
    perfect = all(r["f1"] == 1.0 for rows in report.values() for r in rows)
    return 0 if perfect or not strict else 1
