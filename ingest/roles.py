"""Further roles at the statement's meeting: host, reporters (through their posts), and the posts of co-chairs."""

import re

from balikg.core import iris
from ingest.gazetteer import Gazetteer
from ingest.mentions import name_regex, read_list
from ingest.records import Actor, Post, RoleAtEvent, Span
from ingest.text import squash, sub_span

HOST = re.compile(r"\b(?:the\s+)?host\s+Governments?\s+of\s+(?P<list>[A-Z][^,;.]*?)(?=\s+for\b|\s*[,;.]|$)")
HOSTED_BY = re.compile(r"\bhosted\s+by\s+(?:the\s+Governments?\s+of\s+)?(?P<list>[A-Z][^,;.]*)")
SELF = re.compile(r"\b(?:the|this)\s+(?:Conference|Meeting)\b")
OFFICE = r"(?P<office>(?:Vice\s+|Deputy\s+)?(?:Foreign\s+)?Minister(?:\s+(?:of|for)\s+Foreign\s+Affairs)?)"
REPORT = re.compile(
    rf"\bReport\s+on\s+the\s+work\s+of\s+(?P<group>.+?)\s+by\s+the\s+{OFFICE}\s+of\s+(?P<state>[A-Z][^,;.]*)", re.DOTALL
)
CO_CHAIR_OFFICE = re.compile(r"\bWe,\s+the\s+(?P<office>.+?)\s+of\s+(?P<list>.+?),\s+(?:had|have)\s+", re.DOTALL)
OFFICE_KEYS = {
    "minister of foreign affairs": "foreign-minister",
    "minister for foreign affairs": "foreign-minister",
    "foreign minister": "foreign-minister",
    "vice minister for foreign affairs": "vice-foreign-minister",
    "vice minister of foreign affairs": "vice-foreign-minister",
    "vice foreign minister": "vice-foreign-minister",
}


def post(office: str, state: Actor, mention: Span) -> Post:
    """The post of `office` in `state`; synonyms ('Minister of Foreign Affairs', 'Foreign Minister') share a key."""
    office = squash(office)
    singular = re.sub(r"\bMinisters\b", "Minister", office)
    office_key = OFFICE_KEYS.get(singular.lower(), iris.slug(singular))
    return Post(iris.post_key(state.iso3, office_key), f"{singular} of {state.label}", state, mention)


def read_roles(
    sentences: list[Span], gazetteer: Gazetteer, co_chair_sentence: Span | None
) -> tuple[list[RoleAtEvent], list[Post]]:
    """Hosts of the statement's meeting, reporters on groups, and the posts the text names."""
    roles: list[RoleAtEvent] = []
    posts: list[Post] = []
    groups = [a for a in gazetteer.actors.values() if a.kind == "group"]
    group_pattern = name_regex([g.label for g in groups]) if groups else None
    for sentence in sentences:
        text = sentence.quote
        if SELF.search(text):
            for pattern in (HOST, HOSTED_BY):
                for match in pattern.finditer(text):
                    block = sub_span(sentence, match.start("list"), match.end("list"))
                    for mention in read_list(block, gazetteer, stop_at_unresolved=True).mentions:
                        roles.append(RoleAtEvent(mention.actor, "host", mention.span, sentence))
        for match in REPORT.finditer(text):
            state = gazetteer.lookup(match["state"])
            found = group_pattern.search(match["group"]) if group_pattern else None
            group = gazetteer.lookup(found.group()) if found else None
            if state is None or group is None:
                continue
            mention = sub_span(sentence, match.start("office"), match.end("state"))
            held = post(match["office"], state, mention)
            posts.append(held)
            roles.append(RoleAtEvent(state, "reporter", mention, sentence, held, group))
    if co_chair_sentence is not None and (match := CO_CHAIR_OFFICE.search(co_chair_sentence.quote)):
        block = sub_span(co_chair_sentence, match.start("list"), match.end("list"))
        for mention in read_list(block, gazetteer, stop_at_unresolved=True).mentions:
            if mention.actor.kind == "state":
                posts.append(post(match["office"], mention.actor, mention.span))
    return roles, posts
