"""Derive territories.jsonl (the fields balikg uses) from OpenSanctions' rigour territories file.

Run by hand from a checkout that has the shared data beside it:
    python sources/gazetteer/derive_territories.py ../shared/data/territories.jsonl
The output keeps the upstream MIT licence (territories.LICENSE, beside it).
"""

import json
import sys
from pathlib import Path

KEPT = ("code", "alpha3", "qid", "name", "full_name", "names_strong", "parent", "is_country", "is_historical")
# not places a meeting is held in or a delegation comes from: 'Cyberspace' (named 'Online', 'Internet') and
# 'Global' would make an online meeting a territory's
NOT_PLACES = ("ip", "zz")


def main(upstream: str) -> None:
    """Write the trimmed copy next to this script, one territory per line, in upstream order."""
    out = Path(__file__).with_name("territories.jsonl")
    lines = []
    for line in Path(upstream).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["code"] in NOT_PLACES:
            continue
        lines.append(json.dumps({k: row[k] for k in KEPT if k in row}, ensure_ascii=False, sort_keys=True))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
