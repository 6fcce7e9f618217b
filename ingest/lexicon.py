"""Words the ingestion reads meaning from: modal verbs of commitment, invitation verbs."""

import re

# notation → the verb forms that express it; the order of strength lives in the ontology's scheme.
MODAL_VERBS: dict[str, str] = {
    "agree": r"agree[sd]?|decided?|resolved?",
    "urge": r"urged?",
    "call-on": r"call(?:ed|s)?\s+(?:up)?on",
    "recommend": r"recommend(?:ed|s)?",
    "encourage": r"encourage[sd]?",
    "support": r"support(?:ed|s)?",
}
MODAL = re.compile(
    r"^(?P<subject>.+?)\s+(?:also\s+|further\s+|jointly\s+)?(?P<verb>"
    + "|".join(f"(?P<{n.replace('-', '_')}>{v})" for n, v in MODAL_VERBS.items())
    + r")\b(?:\s+that)?[^:]*:$",
    re.IGNORECASE | re.DOTALL,
)
# passives whose subject is the one asked to act: "IOM be invited to …"
ADDRESSING_PASSIVES = {"invited", "asked", "requested", "encouraged", "urged", "called", "tasked", "mandated"}


def modality_of(lead_in: str) -> tuple[str, str] | None:
    """The modality notation and subject of a lead-in such as 'Ministers agree that:'."""
    match = MODAL.match(" ".join(lead_in.split()))
    if match is None:
        return None
    notation = next(n for n in MODAL_VERBS if match.group(n.replace("-", "_")))
    return notation, match["subject"]


# "the co-Chairs": the co-chairs of the statement's own meeting
CO_CHAIRS = re.compile(r"^the\s+co-?chairs?\b", re.IGNORECASE)
