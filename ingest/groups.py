"""What the text says of groups: where they were established and their mandates; and non-binding language."""

import re

from ingest.gazetteer import Gazetteer
from ingest.mentions import name_regex
from ingest.records import OtherEvent, Span
from ingest.text import sub_span

ESTABLISHED_AT = re.compile(r"\bestablished\s+at\s+the\s+(?P<event>[^,.;]+?Conference)\b")
MANDATE = re.compile(
    r"\b(?:was\s+established\s+to|the\s+mandate\s+of\s+(?P<group>.+?)\s+was\s+to)\s+(?P<mandate>[^;.]+?)(?=,\s+while|[;.]|$)"
)
NON_BINDING = re.compile(r"\bnon-binding\b")


def read_groups(
    sentences: list[Span], gazetteer: Gazetteer, events: list[OtherEvent]
) -> tuple[list[tuple], list[tuple]]:
    """(group, event key, span) for 'established at', (group, mandate span) for mandates."""
    families = {family: [gazetteer.actors[k] for k in keys] for family, keys in gazetteer.families.items()}
    singular = {a.label: a for members in families.values() for a in members}
    single = name_regex(list(singular)) if singular else None
    plural = name_regex([gazetteer.family_names[f] for f in families]) if families else None
    established, mandates = [], []
    for sentence in sentences:
        text = sentence.quote
        for match in ESTABLISHED_AT.finditer(text):
            name = " ".join(match["event"].replace("’", "'").split())
            name = re.sub(r"^the\s+", "", name)
            event = next((e for e in events if e.label.lower().startswith(name.lower())), None)
            if event is None or plural is None:
                continue
            groups_before = [m for m in plural.finditer(text[: match.start()])]
            if groups_before:
                family = gazetteer.family(groups_before[-1].group())
                for group in family or [gazetteer.lookup(groups_before[-1].group())]:
                    if group is not None:
                        established.append((group, event.key, sub_span(sentence, match.start(), match.end())))
        for match in MANDATE.finditer(text):
            named = [m for m in single.finditer(text[: match.start("mandate")])] if single else []
            if not named:
                continue
            group = gazetteer.lookup(named[-1].group())
            if group is not None:
                mandates.append((group, sub_span(sentence, match.start("mandate"), match.end("mandate"))))
    return established, mandates
