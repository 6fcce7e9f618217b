"""What the text says of groups: where they were established and their mandates; and non-binding language."""

import re

from ingest.gazetteer import Gazetteer
from ingest.mentions import name_regex
from ingest.records import Actor, OtherEvent, Span
from ingest.text import sub_span

ESTABLISHED_AT = re.compile(r"\bestablished\s+at\s+the\s+(?P<event>[^,.;]+?Conference)\b")
MANDATE = re.compile(
    r"\b(?:was\s+established\s+to|the\s+mandate\s+of\s+(?P<group>.+?)\s+was\s+to)\s+(?P<mandate>[^;.]+?)(?=,\s+while|[;.]|$)"
)
NON_BINDING = re.compile(r"\bnon-binding\b")
THEME_WORD = re.compile(r"[^\W\d_]{4,}")  # a content word of a theme ('on', 'and', 'the' are not)


def _stems(text: str) -> set[str]:
    """The content words of a text, cut to their first six letters ('recognition processes' → recogn, proces)."""
    return {w.casefold()[:6] for w in THEME_WORD.findall(text)}


def _theme(member: Actor) -> set[str]:
    """The content words of a group's theme, after 'on' or 'for' in its name ('… Working Group on Ethical
    Recruitment'); none for a name without a theme."""
    theme = re.search(r"\s(?:on|for)\s+(.+)$", member.label)
    return _stems(theme.group(1)) if theme else set()


def themes_named(text: str, members: list[Actor] | tuple[Actor, ...]) -> list[Actor]:
    """The members of a family whose theme a text names in its own words: every content word of the theme
    is in the text ('fostering ethical recruitment practices' names the one on Ethical Recruitment)."""
    said = _stems(text)
    return [m for m in members if (words := _theme(m)) and words <= said]


def themed_members(text: str, members: list[Actor] | tuple[Actor, ...]) -> list[Actor]:
    """The members whose theme a text names (see themes_named), those with the longest theme when several fit."""
    named = themes_named(text, members)
    best = max((len(_theme(m)) for m in named), default=0)
    return [m for m in named if len(_theme(m)) == best]


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
