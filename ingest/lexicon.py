"""Words the ingestion reads meaning from: modal verbs of commitment, invitation verbs."""

import re

# notation → the verb forms that express it; the order of strength lives in the ontology's scheme.
MODAL_VERBS: dict[str, str] = {
    "agree": r"agree[sd]?|decide[sd]?|resolve[sd]?|commit(?:ted|s)?|pledge[sd]?|undert(?:ook|akes?)",
    "urge": r"urge[sd]?|exhort(?:ed|s)?",  # 'exhort', as translations of 'exhortar' and 'exhorter' say it
    "call-on": r"call(?:ed|s)?\s+(?:up)?on|appeal(?:ed|s)\s+to",  # not the noun: 'a funding appeal to support'
    "request": r"request(?:ed|s)?|ask(?:ed|s)?|task(?:ed|s)?(?!\s+(?i:force|team)\b)|invite[sd]?|mandate[sd]?|"
    r"instruct(?:ed|s)?|authori[sz]e[sd]?|direct(?:ed|s)?|entrust(?:ed|s)?",  # not 'Task Force members:'
    "recommend": r"recommend(?:ed|s)?",
    "encourage": r"encourage[sd]?",
    "support": r"support(?:ed|s)?",
}
MODAL_LEAD_IN = re.compile(
    r"^(?:(?P<subject>.+?)\s+)?(?:also\s+|further\s+|jointly\s+)?(?P<verb>"  # no subject: 'Commit ourselves to:'
    + "|".join(f"(?P<{n.replace('-', '_')}>{v})" for n, v in MODAL_VERBS.items())
    + r")\b(?:\s+that)?[^:]*:$",
    re.IGNORECASE | re.DOTALL,
)
LAST_MODAL = re.compile(
    r"\b(?:and\s+|,\s*)(?:also\s+|further\s+)?(?P<verb>"
    + "|".join(f"(?P<{n.replace('-', '_')}>{v})" for n, v in MODAL_VERBS.items())
    + r")\b(?:\s+that)?[^:,]*:$",
    re.IGNORECASE,
)
# between a group's or process's name and its chairs' "by": ', which was founded in 2002 and is co-chaired by'
BODY_TO_CHAIR_GAP = re.compile(
    r"^(?:\s+(?:on|for)\s+[a-z][^,;()]{1,80}?,)?"  # "Ad Hoc Experts' Group II on legal frameworks …, is coordinated by"
    r"[\s,()–—-]*(?:(?:which|that)\s+(?:[\w-]+\s+){0,8}?)?"
    # ', created in 2002, is', ', founded in 2002 and'
    r"(?:(?:created|established|launched|founded|set\s+up)\b[^,;()]{1,60}?(?:,\s+|\s+and\s+))?"
    # 'was launched in Perth, Australia, in August 2017 and is co-chaired by'
    r"(?:(?:was|is|has\s+been)\s+(?:created|established|launched|founded|set\s+up)\b[^;()]{0,80}?\s+and\s+)?"
    r"(?:itself\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|will\s+be|"
    r"would\s+be|to\s+be|being)\s+)?(?:(?:also|currently|jointly|then)\s+)?$",
    re.IGNORECASE,
)
# a meeting of the body named next: its chairs are the meeting's, not the body's
MEETING_OF = re.compile(
    r"\b(?:Conference|Meeting|Consultation|Summit|Forum|Dialogue|Session|Workshop)(?:\s*\([^()]{1,15}\))?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# passives whose subject is the one asked to act: "IOM be invited to …"
ADDRESSING_PASSIVES = {"invited", "asked", "requested", "encouraged", "urged", "called", "tasked", "mandated"}


def notation_of_verb(verb: str) -> str | None:
    """The modality a verb of commitment expresses ('requested' → 'request'), or None."""
    words = " ".join(verb.split())
    return next((n for n, forms in MODAL_VERBS.items() if re.fullmatch(forms, words, re.IGNORECASE)), None)


# 'agreed to recommend that Ministers …' recommends (not 'agreed to recommend the draft to Ministers': their own act)
TO_RECOMMEND = re.compile(r"\s+(?:also\s+|further\s+)?to\s+(?P<verb>recommend)(?=\s+(?:to\s+[^,;:]{1,80}?\s+)?that\b)")


LAST_COMMA = re.compile(r",\s+(?=[^,]*$)")  # before the subject: 'Concerned by …, the Ministers'
COORDINATING_END = re.compile(  # '…, and:', '… and, among others:', '… adopted the Rome Declaration and, in it:'
    # and with no colon, a lead-in running on into its items: '… welcomed the RSO's draft work plan, and' over '(i) …'
    r"(?:,\s*|\s)and(?:\s+(?:also|further))?(?:,?\s+(?:among\s+others|inter\s+alia|in\s+(?:it|them|doing\s+so|so\s+doing)|"
    r"therein|thereby),?)?\s*:?$",
    re.IGNORECASE,
)


WE_SHALL = re.compile(
    r"\b(?:that\s+)?[Ww][Ee]\s+(?:shall|will)(?:\s+(?:also|jointly|further|together))?(?:,[^,:]{1,40},?)?\s*:$"
)


def modality_of(lead_in: str) -> tuple[str, str] | None:
    """The modality notation and subject of a lead-in such as 'Ministers agree that:'. When it holds two
    verbs ('Participants agreed to give priority to rescue and recommended:'), the items follow the last."""
    text = " ".join(lead_in.split())
    if WE_SHALL.search(text) and not MODAL_LEAD_IN.match(text):
        return "agree", ""  # 'Hereby declare that we shall:' over '(a) pilot …': the speakers commit themselves
    match = MODAL_LEAD_IN.match(text)
    if match is None:
        return None
    last = LAST_MODAL.search(text)
    chosen = last if last is not None and last.start() > match.start("verb") else match
    notation = next(n for n in MODAL_VERBS if chosen.group(n.replace("-", "_")))
    if notation == "agree" and TO_RECOMMEND.match(text, chosen.end("verb")):
        notation = "recommend"  # 'Officials agreed to recommend that Ministers:'
    return notation, match["subject"] or ""


# a lead-in whose verb has its object, and whose items list what that object is made of: 'The participating
# states agree to develop their cooperation along five pillars:' (the items name the pillars, they commit nothing)
ENUMERATING_LEAD_IN = re.compile(
    r"\b(?:to\s+(?!the\b)[a-z]+|that\s+[^:]*?\s(?!the\b)[a-z]{3,}|(?<=agreed\s)on|(?<=agree\s)on)\b[^:]*?\b"
    r"(?:the\s+following|these|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:pillars|areas|themes|topics|priorities|fields|sectors|issues|principles|elements|"
    r"components|lines|axes|dimensions|thematic\s+areas)\b[^:]*:$",
    re.IGNORECASE,
)
OPEN_END = re.compile(r"\b(?:to|that|namely|by|as\s+follows)\s*:$", re.IGNORECASE)  # '… in four areas, namely to:'
VERB_LED_ITEM = re.compile(r"^\s*(?:to|that)\s", re.IGNORECASE)


def enumerates(lead_in: str) -> bool:
    """Whether a lead-in commits by itself and its items only list the parts of its object."""
    text = " ".join(lead_in.split())
    return ENUMERATING_LEAD_IN.search(text) is not None and not OPEN_END.search(text)


# "the co-Chairs": the co-chairs of the statement's own meeting
CO_CHAIRS = re.compile(r"^the\s+co-?chairs?\b", re.IGNORECASE)


# qualifiers of an obligation: conditions on it, and the time it is set for
def _phrases(*alternatives: str) -> re.Pattern:
    """Phrases whose spaces may be any white space (the statements break lines anywhere)."""
    return re.compile(r"\b(?:" + "|".join(a.replace(" ", r"\s+") for a in alternatives) + r")\b")


CONDITIONS = _phrases(
    "subject to domestic laws?",
    "according to their (?:respective )?national (?:circumstances|laws)",
    "as appropriate",
    "where appropriate",
    "in accordance with (?:domestic|national) laws?",
    "consistent with their respective mandates",
    "taking into account its [a-z ,-]+?characteristics",
)
TIME_FRAMES = _phrases(
    "after approximately [a-z -]+? years?",
    "in approximately [a-z -]+? years?",
    "after (?:a )?\\d+ month period",
    "for the time being",
    "within (?:one|two|three|\\d+) (?:months?|years?)",
)
# who helps, and who is helped: cue phrases before an actor list
AUXILIARY_CUES = re.compile(
    _phrases("provided by", "in (?:close )?cooperation with", "together with", "supported by", "assisted by").pattern
    + r"\s+"
)
BENEFICIARY_CUES = re.compile(
    _phrases("to assist", "assistance to", "support(?:ed)? the efforts of", "and to").pattern + r"\s+"
)
# topics of the topic scheme (ontology/balikg.ttl) and the words that signal them
TOPIC_WORDS: dict[str, str] = {
    "root-causes": r"root causes",
    "legislation": r"legislation|criminalis|domestic laws?|legal frameworks?",
    "law-enforcement": r"law enforcement|prosecution",
    "information-sharing": r"information|intelligence",
    "capacity-building": r"capacity building|capabilities",
    "legal-migration": r"legal migration|legal channels|labour market|orderly flow of migration",
    "return": r"\breturn",
    "refugees": r"refugee|asylum",
    "border-security": r"border",
    "funding": r"funding",
    "regional-cooperation": r"cooperation|inter-?regional|dialogue",
    "public-awareness": r"public awareness",
    "victim-protection": r"victims|women and children",
    "follow-up": r"follow-up|continued|review the progress|report to|convened|continuing the work",
}


def topics_of(text: str) -> tuple[str, ...]:
    """The topics whose signal words occur in the text, in scheme order."""
    lowered = " ".join(text.split()).lower()
    return tuple(t for t, words in TOPIC_WORDS.items() if re.search(rf"\b(?:{words})", lowered))


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}  # 'a three-day meeting', 'the two groups'
ORDINAL_WORDS = [
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
    *("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth"),
    *("eighteenth", "nineteenth", "twentieth"),
]
ORDINAL = re.compile(
    r"(?<![\w-])(?:(?P<number>\d+)(?:st|nd|rd|th)|(?P<word>" + "|".join(ORDINAL_WORDS) + r"))\b", re.IGNORECASE
)


def ordinal_number(text: str) -> int | None:
    """The first ordinal a meeting's name gives ('Second', '45th' → 2, 45), or None."""
    match = ORDINAL.search(text)
    if match is None:
        return None
    return int(match["number"]) if match["number"] else ORDINAL_WORDS.index(match["word"].lower()) + 1
