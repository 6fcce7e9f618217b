"""Who coordinates what: '… two Ad Hoc Experts' Groups, coordinated by X and Y respectively'."""

import re

from ingest.gazetteer import Gazetteer
from ingest.lexicon import CO_CHAIRS
from ingest.mentions import find_actor_mentions, name_regex, read_list
from ingest.records import Actor, Coordination, IngestWarning, Participation, Span
from ingest.text import sub_span

COORDINATED_BY = re.compile(r"\bco-?ordinated\s+by\s+", re.IGNORECASE)
GOVERNMENTS_OF = re.compile(r"^(?:the\s+)?governments?\s+of\s+", re.IGNORECASE)
RESPECTIVELY = re.compile(r",?\s+respectively\b")
THE_PROCESS = re.compile(r"\b[Tt]he\s+Process\b")


def _group_mentions(sentence: Span, gazetteer: Gazetteer) -> list[tuple[int, list[Actor], Span]]:
    """Where the sentence names a group family ('the two … Groups') or one group ('… Group II')."""
    out = []
    for family_key, keys in gazetteer.families.items():
        members = [gazetteer.actors[k] for k in keys]
        family_name = gazetteer.family_names[family_key]
        singular = family_name[:-1] if family_name.endswith("s") else family_name
        pattern = name_regex([singular], suffix=r"s?(?:\s+(?P<num>[IVX]+|\d+))?")
        for match in pattern.finditer(sentence.quote):
            number = match["num"]
            chosen = [a for a in members if number and a.label.endswith(f" {number}")] if number else members
            out.append((match.start(), chosen, sub_span(sentence, match.start(), match.end())))
    return out


def _process_anaphor(sentence: Span, text: str, gazetteer: Gazetteer) -> list[tuple[int, list[Actor], Span]]:
    """'The Process': the process most recently named before this sentence."""
    out = []
    for match in THE_PROCESS.finditer(sentence.quote):
        before = Span(sentence.source, 0, sentence.begin + match.start(), text[: sentence.begin + match.start()])
        named = find_actor_mentions(before, gazetteer, {"process"})
        if named:
            latest = max(named, key=lambda m: m.span.end)
            out.append((match.start(), [latest.actor], sub_span(sentence, match.start(), match.end())))
    return out


def read_coordination(
    sentences_: list[Span], text: str, gazetteer: Gazetteer, co_chairs: list[Participation]
) -> tuple[list[Coordination], list[IngestWarning]]:
    """Coordinations stated in any sentence, pairing groups and coordinators in order."""
    out: list[Coordination] = []
    warnings: list[IngestWarning] = []
    for sentence in sentences_:
        for phrase in COORDINATED_BY.finditer(sentence.quote):
            candidates = _group_mentions(sentence, gazetteer) + _process_anaphor(sentence, text, gazetteer)
            candidates += [
                (m.span.begin - sentence.begin, [m.actor], m.span)
                for m in find_actor_mentions(sentence, gazetteer, {"process", "group"})
            ]
            before = [c for c in candidates if c[0] < phrase.start()]
            if not before:
                warnings.append(IngestWarning("'coordinated by' with no group or process before it", sentence))
                continue
            coordinated = max(before, key=lambda c: (c[0], len(c[1])))[1]
            rest = sub_span(sentence, phrase.end(), len(sentence.quote))
            if m := CO_CHAIRS.match(rest.quote):
                mention = sub_span(rest, 0, m.end())
                coordinators = [(p.actor, mention) for p in co_chairs]
            else:
                cut = RESPECTIVELY.search(rest.quote)
                listed = sub_span(rest, 0, cut.start() if cut else len(rest.quote.rstrip(".")))
                if g := GOVERNMENTS_OF.match(listed.quote):
                    listed = sub_span(listed, g.end(), len(listed.quote))
                reading = read_list(listed, gazetteer, stop_at_unresolved=True)
                coordinators = [(m.actor, m.span) for m in reading.mentions]
            if not coordinators:
                warnings.append(IngestWarning("'coordinated by' names no actor the gazetteer knows", rest))
            elif len(coordinated) == len(coordinators):
                out += [Coordination(a, g, s, sentence) for (a, s), g in zip(coordinators, coordinated, strict=True)]
            elif len(coordinated) == 1:
                out += [Coordination(a, coordinated[0], s, sentence) for a, s in coordinators]
            else:
                warnings.append(IngestWarning("coordinators and coordinated groups do not pair up", sentence))
    return out, warnings
