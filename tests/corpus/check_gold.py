#!/usr/bin/env python3
"""Check the hand-made gold readings of the fixture corpus (standard library only).

For every tests/corpus/*.gold.json this verifies:
  * the JSON structure (exact top-level keys, types, allowed roles and modalities);
  * that its source text exists, is UTF-8 and is 1,500-6,000 characters long;
  * that every `cue` is an exact substring of the text (decoded without newline
    translation) and occurs exactly once; commitment cues are 3-8 words;
  * that every ISO 3166-1 alpha-3 code exists in sources/gazetteer/territories.jsonl;
  * that every org/, process/, group/ and collective/ id exists in the gazetteer tables
    or in some file's `gazetteer_additions` (with a matching type);
  * that every date is valid ISO (YYYY, YYYY-MM or YYYY-MM-DD) and start <= end;
  * that gazetteer additions are well formed, new, and consistent across files.

Usage:  python3 tests/corpus/check_gold.py        (exit status 0 when everything passes)
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GAZ = ROOT / "sources" / "gazetteer"

TOP_KEYS = [
    "source",
    "about",
    "meeting",
    "attendance",
    "coordination",
    "commitments",
    "other_meetings",
    "gazetteer_additions",
]
PLACE_KEYS = {"place", "country", "start", "end"}
ROLES = {"co-chair", "participant", "observer", "host"}
MODALITIES = {"agree", "urge", "call-on", "recommend", "encourage", "support", "request"}
ADD_TYPES = {"organisation", "secretariat", "process", "group", "collective"}
PREFIX_OF_TYPE = {
    "organisation": "org",
    "secretariat": "org",
    "process": "process",
    "group": "group",
    "collective": "collective",
}
ISO3 = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def load_tables():
    codes = set()
    with open(GAZ / "territories.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("alpha3"):
                codes.add(row["alpha3"].upper())
    ids = {}
    with open(GAZ / "organisations.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            ids[f"{PREFIX_OF_TYPE[r['type']]}/{r['id']}"] = r["type"]
    with open(GAZ / "groups.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            ids[f"group/{r['id']}"] = "group"
    with open(GAZ / "collectives.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            ids[f"collective/{r['id']}"] = "collective"
    return codes, ids


def parse_date(s):
    """Return (lower, upper) date bounds of an ISO date of year, month or day precision."""
    m = DATE.match(s) if isinstance(s, str) else None
    if not m:
        raise ValueError(f"not an ISO date: {s!r}")
    y, mo, d = m.groups()
    y = int(y)
    if mo is None:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    mo = int(mo)
    if d is None:
        first = dt.date(y, mo, 1)
        last = dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
        return first, last
    day = dt.date(y, mo, int(d))
    return day, day


def occurrences(text, sub):
    n, i = 0, text.find(sub)
    while i != -1:
        n += 1
        i = text.find(sub, i + 1)
    return n


def main() -> int:
    codes, base_ids = load_tables()
    golds = sorted(HERE.glob("*.gold.json"))
    errors: list[str] = []
    docs = {}
    for p in golds:
        try:
            docs[p] = json.loads(p.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{p.name}: invalid JSON ({exc})")

    # Pass 1: collect additions from every file.
    added: dict[str, dict] = {}
    for p, g in docs.items():
        for a in g.get("gazetteer_additions", []) if isinstance(g, dict) else []:
            err = lambda msg, p=p, a=a: errors.append(f"{p.name}: addition {a.get('id')!r}: {msg}")  # noqa: E731
            need = {"id", "name", "acronym", "type", "aliases", "evidence"}
            t = a.get("type")
            if t == "group":
                need |= {"family", "numeral", "parent"}
            if t == "collective":
                need |= {"definition"}
            allowed = need | ({"parent"} if t in {"organisation", "secretariat", "process"} else set())
            if not need <= set(a):
                err(f"missing keys {sorted(need - set(a))}")
                continue
            if set(a) - allowed:
                err(f"unexpected keys {sorted(set(a) - allowed)}")
            if t not in ADD_TYPES:
                err(f"bad type {t!r}")
                continue
            if not SLUG.match(a["id"]):
                err("id is not a lower-case slug")
            if not isinstance(a["aliases"], list) or not all(isinstance(x, str) for x in a["aliases"]):
                err("aliases must be a list of strings")
            if any("qid" in k.lower() or "wikidata" in k.lower() for k in a):
                err("additions must not carry Wikidata QIDs")
            if "tests/corpus/" not in a["evidence"]:
                err("evidence must name a fixture under tests/corpus/")
            full = f"{PREFIX_OF_TYPE[t]}/{a['id']}"
            # an addition the gazetteer has taken up since is fine: it only has to be known
            key = {k: a[k] for k in ("name", "acronym", "type")}
            if full in added and added[full]["key"] != key:
                err(f"inconsistent with another file's addition of {full}")
            added.setdefault(full, {"key": key, "rec": a, "file": p.name})
    all_ids = dict(base_ids)
    all_ids.update({k: v["key"]["type"] for k, v in added.items()})
    for full, v in added.items():
        a = v["rec"]
        if a["type"] == "group" or "parent" in a:
            par = a["parent"]
            if not any(k.split("/", 1)[1] == par and k.split("/", 1)[0] in {"process", "org"} for k in all_ids):
                errors.append(f"{v['file']}: addition {full}: parent {par!r} is not a known process or organisation")

    def check_actor(pname, where, actor):
        if not isinstance(actor, str):
            errors.append(f"{pname}: {where}: actor {actor!r} is not a string")
        elif "/" in actor:
            if actor not in all_ids:
                errors.append(f"{pname}: {where}: unknown id {actor!r}")
        elif not ISO3.match(actor) or actor not in codes:
            errors.append(f"{pname}: {where}: {actor!r} is not an ISO 3166-1 alpha-3 code in territories.jsonl")

    def check_place(pname, where, m):
        if not isinstance(m, dict) or set(m) != PLACE_KEYS:
            errors.append(f"{pname}: {where}: keys must be exactly {sorted(PLACE_KEYS)}")
            return
        if m["place"] is not None and not (isinstance(m["place"], str) and m["place"].strip()):
            errors.append(f"{pname}: {where}: place must be a non-empty string or null")
        c = m["country"]
        if c is not None and (not isinstance(c, str) or not ISO3.match(c) or c not in codes):
            errors.append(f"{pname}: {where}: country {c!r} is not an upper-case alpha-3 code in territories.jsonl")
        bounds = []
        for k in ("start", "end"):
            if m[k] is None:
                bounds.append(None)
                continue
            try:
                bounds.append(parse_date(m[k]))
            except ValueError as exc:
                errors.append(f"{pname}: {where}.{k}: {exc}")
                bounds.append(None)
        if bounds[0] and bounds[1] and bounds[0][0] > bounds[1][1]:
            errors.append(f"{pname}: {where}: start {m['start']} is after end {m['end']}")

    for p, g in docs.items():
        pn = p.name
        if not isinstance(g, dict) or list(g) != TOP_KEYS:
            errors.append(f"{pn}: top-level keys must be exactly, in order, {TOP_KEYS}")
            if not isinstance(g, dict):
                continue
        stem = pn[: -len(".gold.json")]
        if g.get("source") != f"tests/corpus/{stem}.txt":
            errors.append(f"{pn}: source must be 'tests/corpus/{stem}.txt'")
        src = ROOT / str(g.get("source", ""))
        if not src.is_file():
            errors.append(f"{pn}: source text {src} not found")
            continue
        text = src.read_bytes().decode("utf-8")
        if not 1500 <= len(text) <= 6000:
            errors.append(f"{pn}: text has {len(text)} characters (want 1,500-6,000)")
        if not isinstance(g.get("about"), str) or not g["about"].strip() or "\n" in g["about"]:
            errors.append(f"{pn}: about must be one non-empty line")
        check_place(pn, "meeting", g.get("meeting"))

        seen = set()
        for i, row in enumerate(g.get("attendance", [])):
            if not (isinstance(row, list) and len(row) == 2):
                errors.append(f"{pn}: attendance[{i}] must be [actor, role]")
                continue
            check_actor(pn, f"attendance[{i}]", row[0])
            if row[1] not in ROLES:
                errors.append(f"{pn}: attendance[{i}]: role {row[1]!r} not in {sorted(ROLES)}")
            if tuple(row) in seen:
                errors.append(f"{pn}: attendance[{i}]: duplicate {row}")
            seen.add(tuple(row))

        seen = set()
        for i, row in enumerate(g.get("coordination", [])):
            if not (isinstance(row, list) and len(row) == 2):
                errors.append(f"{pn}: coordination[{i}] must be [coordinator, coordinated]")
                continue
            check_actor(pn, f"coordination[{i}]", row[0])
            if not (isinstance(row[1], str) and row[1].split("/", 1)[0] in {"group", "process"}):
                errors.append(f"{pn}: coordination[{i}]: coordinated {row[1]!r} must be a group/ or process/ id")
            check_actor(pn, f"coordination[{i}]", row[1])
            if tuple(row) in seen:
                errors.append(f"{pn}: coordination[{i}]: duplicate {row}")
            seen.add(tuple(row))

        cues = []
        for i, c in enumerate(g.get("commitments", [])):
            where = f"commitments[{i}]"
            if not isinstance(c, dict) or set(c) != {"modality", "addressees", "cue"}:
                errors.append(f"{pn}: {where}: keys must be exactly modality, addressees, cue")
                continue
            if c["modality"] not in MODALITIES:
                errors.append(f"{pn}: {where}: modality {c['modality']!r} not in {sorted(MODALITIES)}")
            if not isinstance(c["addressees"], list) or not c["addressees"]:
                errors.append(f"{pn}: {where}: addressees must be a non-empty list")
            else:
                if len(set(c["addressees"])) != len(c["addressees"]):
                    errors.append(f"{pn}: {where}: duplicate addressee")
                for a in c["addressees"]:
                    check_actor(pn, where, a)
            nwords = len(str(c["cue"]).split())
            if not 3 <= nwords <= 8:
                errors.append(f"{pn}: {where}: cue {c['cue']!r} has {nwords} words (want 3-8)")
            cues.append((where, c["cue"]))

        for i, o in enumerate(g.get("other_meetings", [])):
            where = f"other_meetings[{i}]"
            if not isinstance(o, dict) or set(o) != PLACE_KEYS | {"cue"}:
                errors.append(f"{pn}: {where}: keys must be exactly cue, place, country, start, end")
                continue
            check_place(pn, where, {k: o[k] for k in PLACE_KEYS})
            if o["start"] is None and o["place"] is None and o["country"] is None:
                errors.append(f"{pn}: {where}: another meeting needs at least a date or a place")
            cues.append((where, o["cue"]))

        for where, cue in cues:
            if not isinstance(cue, str) or not cue:
                errors.append(f"{pn}: {where}: cue must be a non-empty string")
                continue
            if "\n" in cue or "\r" in cue:
                errors.append(f"{pn}: {where}: cue {cue!r} spans a line break")
            n = occurrences(text, cue)
            if n != 1:
                errors.append(f"{pn}: {where}: cue {cue!r} occurs {n} times in the text (want exactly 1)")

        for k in ("attendance", "coordination", "commitments", "other_meetings", "gazetteer_additions"):
            if not isinstance(g.get(k), list):
                errors.append(f"{pn}: {k} must be a list")

    for t in sorted(HERE.glob("*.txt")):
        if not (HERE / f"{t.stem}.gold.json").is_file():
            errors.append(f"{t.name}: no gold reading {t.stem}.gold.json")

    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s) in {len(golds)} gold file(s)")
        return 1
    totals = {
        k: sum(len(g[k]) for g in docs.values())
        for k in ("attendance", "coordination", "commitments", "other_meetings")
    }
    print(
        f"OK: {len(golds)} gold files; meetings {len(golds)}, "
        + ", ".join(f"{k} {v}" for k, v in totals.items())
        + f"; gazetteer additions {len(added)} distinct"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
