"""Who coordinates, chairs or co-chairs a group or process, as the text says it:

- after the group: '… Groups, coordinated by X and Y respectively', '… Working Group (co-chaired by X and
  Y)', '… (led by X)', '… Networks, co-chaired by X and Y,', 'The first, on …, will be coordinated by X';
- as a relative or main clause: 'The Bali Process, which Indonesia and Australia co-chair', 'X, which
  chairs the Budapest Process', 'Australia and Indonesia co-chair the Task Force';
- as an office: 'X, in its capacity as coordinator of G', 'with Hungary as Co-Chair of the Process',
  'X and Y, the two Co-Chairs of the Bali Process', 'the Co-Chairs of the Bali Process, X and Y',
  'X, which will hold the Presidency Pro Tempore';
- by order: '… two groups …, with X coordinating the first and Y the second';
- by theme, under a family named before: '… a Thematic Area Working Group for each: - fostering ethical
  recruitment practices (led by Bangladesh); …' is the family's member on Ethical Recruitment.

Chairing a meeting is attendance, not coordination: only groups and processes are coordinated.
"""

import re
from dataclasses import dataclass

from ingest.gazetteer import Gazetteer
from ingest.groups import themed_members
from ingest.lexicon import BODY_TO_CHAIR_GAP, MEETING_OF, ORDINAL_WORDS
from ingest.mentions import name_regex, scan_mentions
from ingest.parties import Parties
from ingest.records import Actor, Addressee, Coordination, IngestWarning, Span
from ingest.tables import Table
from ingest.text import read_on, sub_span

ROLE_WORDS = (
    (re.compile(r"co-?chair", re.IGNORECASE), "co-chair"),
    (re.compile(r"co-?ordinat", re.IGNORECASE), "coordinator"),
    (re.compile(r"chair|led|lead|presid|steer|holder|conven", re.IGNORECASE), "chair"),
)
BY = re.compile(
    r"\b(?:(?P<cue>co-?chaired|chaired|led|co-?ordinated|presided\s+over|steered|headed)\s+"
    r"(?:jointly\s+|this\s+year\s+|currently\s+|respectively\s+|at\s+[\w-]+(?:\s+[\w-]+)?\s+level\s+|"
    r"in\s+(?:19|20)\d\d\s+)?by|"  # '(SOMTC), which is chaired in 2015 by Malaysia'
    r"under\s+the\s+(?P<ship>co-?chair(?:man|person)?ship|chair(?:man|person)?ship|leadership)\s+of)\s+",
    re.IGNORECASE,
)
AND_BY = re.compile(  # an aside between: "by New Zealand (Ad Hoc Experts' Group I, on …) and by Thailand"
    r"(?:\s*\([^()]{1,120}\))?(?:\s+(?:in|from|since|until|between)\s+[\w\s–-]{1,30}?)?,?\s+and\s+(?:then\s+)?by\s+"
)
ORDINAL_BY = re.compile(
    # 'The first, on …, will be coordinated by', 'the first, coordinated by New Zealand, on …', 'The first experts'
    # group, on regional policy, will be coordinated by', 'the second, to be coordinated by Thailand'
    r"\b[Tt]he\s+(?P<ordinal>first|second|third|fourth|fifth)\b(?:\s+(?:[\w'’-]+\s+){0,2}?(?:group|body|one))?"
    r"(?:(?:,[^;]{1,160}?,)?\s+(?:will\s+be|is|was|would\s+be|are|were)|,\s+(?:to\s+be\s+)?)"
    r"\s*(?P<cue>co-?ordinated|co-?chaired|chaired|led)\s+by\s+"
)
GAPPED_BY_GAP = re.compile(r",?\s*(?:and\s+)?(?:the\s+)?")
GAPPED_BY = re.compile(r"\s+by\s+")
ORDINALS = {word: index for index, word in enumerate(ORDINAL_WORDS[:5])}  # the first … the fifth
WHICH_WHO = re.compile(  # '… (SOMTC), which Viet Nam presently chairs'
    # 'the Ad Hoc Group of the most affected countries, which Indonesia and Australia will co-chair'
    r"(?:\s+of\s+(?:the\s+)?[a-z][^,;()]{1,50}?(?=,))?"
    r"(?:\s*\([^()]{1,30}\)|\))?[\s,]*(?:which|that)\s+(?P<who>[^,;()]{2,120}?(?:,\s+[^,;()]{2,60}?,)?)\s+"
    r"(?:(?:will|would|shall)\s+)?"
    r"(?:(?:currently|presently|now|also|still|jointly)\s+)?(?:(?:have|has)\s+(?:(?:jointly|always)\s+)?)?"
    r"(?P<cue>co-?chair(?:s|ed)?|chair(?:s|ed)?|leads?|led|co-?ordinate[sd]?|convenes?)\b"
    r"(?!\s+(?:the|a|an|its)\b|\s+this\s+(?!year\b))"  # 'which Thailand chairs this year', not '… this meeting'
)
ACTIVE = re.compile(
    r"\b(?P<cue>co-?chair(?:s|ed)?|chair(?:s|ed)|(?<=will\s)chair|(?<=would\s)chair|(?<=to\s)chair|leads|led|"
    r"(?<=shall\s)chair|(?<=jointly\s)lead|(?<=jointly\s)chair|(?<=which\s)lead|(?<=will\s)lead|(?<=who\s)lead|(?<=which\s)chair|(?<=who\s)chair|co-?leads?|"
    r"co-?ordinate[sd]|(?<=which\s)co-?ordinate|(?<=who\s)co-?ordinate|presides\s+over|presided\s+over|steers|steered)"
    r"\s+(?:both\s+)?(?=(?:the\s+)?(?:[A-Z]|group\s+on\s|(?:first|second)\s+and\s+(?:the\s+)?(?:second|third)\s+[A-Z]))"
)
# chairing a meeting of a group: 'the Philippines and Australia jointly chaired the first meeting of the Technical
# Experts Group on Returns and Reintegration' (not of 'the Ad Hoc Group Senior Officials' Meeting', another meeting)
# the group's chairs set off after a meeting of it: 'The fourth meeting of the Working Group, co-chaired by …'
APPOSITION_BY = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*[,(]\s*")
CHAIRED_MEETING_OF = re.compile(
    r"\b(?P<cue>co-?chaired|chaired|co-?led|led)\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session)\s+of\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
MEETING_AFTER_GROUP = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[,.;:(]|$|\s+(?:in|at|on|held|from|over|which|and)\b)")
TOGETHER_WITH = re.compile(r",?\s+(?:together|jointly|along)\s+with\s+")  # a partner in the office, after the group
# a first office before the one read: 'as outgoing Chair of SADC and current Chair of MIDSA', 'as host country and …'
OFFICE_BEFORE_AND = (
    r"(?:the\s+)?(?:(?:(?:current|outgoing|incoming|new|next|present)\s+)?(?:co-?)?chair\s+of\s+[^,;]{1,80}?|"
    r"host(?:\s+(?:country|state|government|nation))?)\s+and\s+"
)
OFFICE_AFTER = re.compile(
    r"(?P<lead>,?\s+(?:in\s+(?:its|his|her|their|our|(?P<holder>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s)(?:\s+\w+['’]s?)?"
    # ', in the Chair of MIDSA,', ', in his quality of President in exercise of MIDWA'
    r"\s+(?:capacity|role|quality)\s+(?:as|of)|as|in(?=\s+the\s+(?:co-?)?chair\s+of\b))\s+)"
    rf"(?:{OFFICE_BEFORE_AND})?(?:the\s+)?(?:two\s+)?(?:(?:current|outgoing|incoming|new|next|present|first)\s+)?"
    r"(?:(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\s+)?"  # 'as 2019 Chair of the Global Forum …'
    r"(?P<cue>co-?chairs?|chairs?(?:[\s-]+in[\s-]+office)?|co-?ordinators?|presidency\s+pro\s+tempore|chairmanship|"
    r"president[\s-]+in[\s-]+(?:exercise|office)|"  # 'in his quality of President in exercise of MIDWA'
    r"lead\s+(?:country|countries|state|agency|nation)|holders?\s+of\s+the\s+(?:rotating\s+)?(?:presidency|chair(?:manship|personship)?)"
    r"(?=\s+(?:of|for)\s)|holders?(?=\s+of\s+(?:the\s+)?[A-Z][\w\s-]{1,60}?['’]s\s+(?:presidency|chair)))\s+(?:of|for)\s+",
    re.IGNORECASE,
)
OFFICE_APPOSITION = re.compile(  # also in brackets: 'the United Arab Emirates (Chair of the Abu Dhabi Dialogue)'
    r"(?:,\s+|\s*\(\s*)(?:the|our|its|their)?\s*(?:two\s+|fellow\s+)?(?:(?:current|outgoing|incoming|new|next|present)\s+)?"
    r"(?P<cue>Co-?Chairs?|Chair(?:man|person)?s?(?:[\s-]+in[\s-]+Office)?|Co-?ordinators?|Presidency(?:\s+Pro\s+Tempore)?|"
    r"(?:lead|leading)\s+(?:country|state|agency|nation))\s+of\s+",  # ', Chair-in-Office of the Colombo Process'
    re.IGNORECASE,
)
BRACKETED_OFFICE = re.compile(  # the holders, then their office, in brackets after the body: '(X and Y, co-chairs)'
    r"\s*\(\s*(?P<who>[^()]{2,120}?),?\s+(?:as\s+)?(?:the\s+)?(?P<cue>co-?chairs?|chairs?|co-?ordinators?|leads?)\s*\)",
    re.IGNORECASE,
)
CHAIR_LABEL = re.compile(  # a profile page's labelled line: 'Current Chair: Niger'
    r"(?:^|(?<=\n))[ \t]*(?:(?:Current|Past|Former|Previous|Incoming|Outgoing)\s+)?"
    r"(?P<cue>(?:Co-?)?Chair(?:s|manship|person)?(?:\s+in\s+Office)?|Presidency(?:\s+Pro\s+Tempore)?)[ \t]*:[ \t]*"
    r"(?:(?P<verb>(?i:co-?chaired|chaired|led))\s+by\s+)?"  # 'Chair: Co-chaired by Australia and Indonesia'
)
# the body the sentence before is about, as the object: 'It reports to the Ad Hoc Group, and Australia and
# Indonesia co-chair it'
ACTIVE_IT = re.compile(r"\b(?P<cue>co-?chair(?:s|ed)?|chair(?:s|ed)?|leads?|led|co-?ordinate[sd]?)\s+it\b")
FORMER_CHAIRS = re.compile(
    r"\b(?:the\s+)?(?:outgoing|incoming|former|previous|past)\s+(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+)?"
    r"(?P<cue>Co-?Chairs|Chairs)\s*,\s+",
    re.IGNORECASE,
)
ITS_OFFICE = re.compile(r",\s+(?:its|their)\s+(?:two\s+)?(?P<cue>Co-?Chairs|Chairs|Co-?ordinators)\s*,\s+")
OFFICE_BEFORE = re.compile(r"\b(?:the\s+)?(?P<cue>Co-?Chairs?|Chairs?|Co-?ordinators?)\s+of\s+", re.IGNORECASE)
PRESIDENCY = re.compile(
    r"[\s,]*(?:(?:which|who)\s+(?:currently\s+)?(?:(?:has|have|had)\s+(?:jointly\s+|also\s+)?)?|since\s+(?:it|they)\s+)?"
    r"(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:chosen|elected|designated|appointed|selected|nominated)\s+)?"
    r"(?:(?:will|would|to)\s+)?"
    r"(?:hold|holds|held|holding|assumes?|assumed|takes?\s+over|took\s+over|taken\s+over)\s+(?:the\s+)?"
    r"(?:(?:first|next|rotating)\s+)?(?:pro\s+tempore\s+)?(?P<cue>Presidency(?:\s+Pro\s+Tempore)?|chair(?:manship|personship)?)\b"
    r"(?:[\s-]+in[\s-]+office\b)?"  # 'which currently holds the Chair in Office of MIDSA'
    r"(?:\s+(?:of|for)\s+(?=(?:the\s+)?[A-Z]))?",
    re.IGNORECASE,
)
# the office after the name: 'Laos, which holds the SOMTC chairmanship this year'
HOLDS_NAMED = re.compile(
    r"(?:(?:which|who)\s+(?:currently\s+)?)?(?:(?:will|would|to)\s+)?"
    r"\b(?:hold|holds|held|holding|assumes?|assumed|takes?\s+over|took\s+over|taken\s+over)\s+the\s+"
    r"(?P<name>[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){0,4})\s+(?P<cue>chair(?:manship|personship)?|presidency)\b",
    re.IGNORECASE,
)
HANDED_TO = re.compile(
    r"\b(?:hand(?:s|ed)?|pass(?:es|ed)?|transfer(?:s|red)?)\s+(?:over\s+|on\s+)?the\s+(?:[\w-]+\s+){0,3}?(?:pro\s+tempore\s+)?"
    r"(?P<cue>chair(?:manship|personship)?|presidency(?:\s+pro\s+tempore)?)"
    r"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w'’ -]{1,60}?))?(?:\s+(?:over|on))?\s+to\s+",
    re.IGNORECASE,
)
PASSED_FROM = re.compile(  # 'the Chairmanship of the Rabat Process passed from Mali to Belgium'
    r"\b(?P<cue>chair(?:manship|personship)?|presidency(?:\s+pro\s+tempore)?)"
    r"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w'’ -]{1,60}?))?"
    r"\s+(?:passed|passes|went|moved|rotated|(?:was|is)\s+(?:handed|passed)(?:\s+over)?)\s+from\s+",
    re.IGNORECASE,
)
# 'took over the Chairmanship of the Dialogue from Kuwait', 'when it took over from Sri Lanka'
TOOK_OVER_FROM = re.compile(
    r"\b(?:(?:took|taken|takes|take|taking)\s+over|received|receives|inherited|assum(?:ed|es|e|ing))\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,3}?(?P<cue>chair(?:manship|personship)?|presidency|leadership)"
    r"(?:\s+pro\s+tempore)?(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w'’ -]{1,60}?))?\s+)?from\s+",
    re.IGNORECASE,
)
# an incoming chair: 'Tanzania is expected to take over the chair and to host the dialogue in 2020'
TAKES_OVER = re.compile(
    r"\s+(?:is|are)\s+(?:expected|due|set|scheduled|to)\s+(?:to\s+)?take\s+over\s+the\s+(?:rotating\s+)?"
    r"(?P<cue>chair(?:manship|personship)?|presidency)(?:\s+pro\s+tempore)?\b(?!\s+(?:of|from|for)\b)",
    re.IGNORECASE,
)
UNDER_PRO_TEMPORE = re.compile(  # 'met … under the Presidency Pro Tempore of Nicaragua' (an office of the process)
    r"\bunder\s+the\s+(?:Presidency\s+Pro\s+Tempore|Pro\s+Tempore\s+(?:Presidency|Chairmanship))\s+of\s+(?=(?:the\s+)?[A-Z])",
    re.IGNORECASE,
)
HOLDER_ALONE = re.compile(  # 'welcomed the United States of America as the next holder of the Presidency Pro Tempore'
    r"\s+as\s+(?:the\s+)?(?:(?:next|new|incoming|current|outgoing)\s+)?holders?\s+of\s+the\s+(?:rotating\s+)?"
    r"(?:pro\s+tempore\s+)?(?P<cue>presidency|chair(?:manship|personship)?)(?:\s+pro\s+tempore)?\b(?!\s+(?:of|for)\s)",
    re.IGNORECASE,
)
HANDED_OVER_TO = re.compile(  # 'Italy, the outgoing Chair, handed over to Eritrea' (the office said before)
    r",\s+the\s+(?:outgoing|current|present)\s+(?P<cue>Chair|Presidency),\s+(?:formally\s+)?(?:handed|passed)\s+over\s+to\s+",
    re.IGNORECASE,
)
# 'convened by the Government of Paraguay as Pro Tempore Presidency' (an office of the process, named alone)
AS_PRO_TEMPORE = re.compile(
    r"\s+as\s+(?:(?:the\s+)?host(?:\s+country)?\s+and\s+)?"  # 'convened by Uruguay as host and Pro Tempore Presidency'
    r"(?:the\s+)?(?:Pro\s+Tempore\s+(?:Presidency|Chair(?:manship)?)|Presidency\s+Pro\s+Tempore|"
    r"Chair[\s-]in[\s-]Office)\b(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)
# the office after the body's name, its holders after: 'the Bali Process Senior Official Co-Chairs, Australia and
# Indonesia,'
BODY_OFFICE = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}?)\s+(?:Senior\s+Officials?['’]?\s+|Ministerial\s+)?"
    r"(?P<cue>Co-?Chairs|Chairs|Co-?ordinators)\s*,\s+(?:namely\s+)?"
)
# an office of the process named alone, after its holder: 'Mexico, outgoing Chair, and Mauritius, incoming Chair,
# sat …', 'Italy, as outgoing Chair, co-chaired the meeting'
OFFICE_ALONE = re.compile(
    r",\s+(?:as\s+)?(?:the\s+)?(?P<cue>(?:outgoing|incoming|current|present)\s+(?:Co-?)?Chair)(?=\s*,|\s*\)|\s+and\b)",
    re.IGNORECASE,
)
# the process's co-chair after its chair: 'guided by Türkiye, which has chaired the Budapest Process since 2006, and by
# Hungary as Co-Chair'
BY_AS_CO_CHAIR = re.compile(
    r"\bby\s+(?P<who>[^,;]{2,60}?)\s+as\s+(?:its\s+|the\s+)?(?P<cue>Co-?Chair)\b(?!\s+(?:of|for)\b)"
)
# an office opening the sentence, its holder the subject after it: 'As Chair-in-Office, Sri Lanka is delighted …'
FRONTED_OFFICE = re.compile(
    r"^\W*As\s+(?:the\s+)?(?:current\s+)?(?P<cue>Chair(?:[\s-]in[\s-]Office)?|Co-?Chairs?|Presidency\s+Pro\s+Tempore|"
    r"Pro\s+Tempore\s+Presidency)(?P<of>\s+of\s+(?=(?:the\s+)?[A-Z]))?"
)
HOLDER_AFTER = re.compile(r",\s+(?:the\s+)?")
# a body of the process named last: 'Poland coordinates the Core Group of the Process', 'the Steering Committee of
# the Process'
GROUP_OF_THE = re.compile(r"(?P<head>(?:[A-Z][\w'’-]*\s+){1,3})of\s+$")
GROUP_OWNED = re.compile(r"['’]s\s+(?P<head>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
# the body's name inside the office: 'Angola, as the incoming MIDSA Chair, would convene …'
AS_BODY_OFFICE = re.compile(r",?\s+as\s+(?:the\s+)?(?:(?:current|outgoing|incoming|new|next|present)\s+)?(?=[A-Z])")
OFFICE_AFTER_BODY = re.compile(r"\s+(?P<cue>(?:Co-?)?Chair|Co-?ordinator)\b(?!\s+(?:of|for)\b)", re.IGNORECASE)
# a family's leads, then each lead with its theme: 'The lead countries of the Thematic Area Working Groups briefed
# Ministers …: Sri Lanka on Skills and Qualification Recognition, Bangladesh on Fostering Ethical Recruitment, and …'
FAMILY_LEADS = re.compile(
    r"\b(?P<cue>lead\s+countries|leads|co-?chairs|chairs|co-?ordinators)\s+of\s+(?:the\s+)?(?=[A-Z])", re.I
)
LEAD_ON_THEME = re.compile(
    r"(?P<who>(?:the\s+)?[A-Z][^,;:]{1,60}?)\s+on\s+(?P<theme>[^,;]{3,120}?)(?=,\s*(?:and\s+)?|[.;]?$)"
)
# a chair's predecessor: 'Nepal has held the chairmanship of the Colombo Process since March 2017, when it succeeded
# Sri Lanka'
SUCCEEDED = re.compile(r"\b(?:when|after)\s+(?:it|they)\s+succeeded\s+")
CHAIR_WORD = re.compile(r"\bchair|\bpresiden", re.IGNORECASE)
OFFER_OF = re.compile(  # 'the offer of Colombia to take over the Pro Tempore Chairmanship'
    r"\boffer\s+of\s+(?P<who>(?:the\s+)?[A-Z][^,;()]{1,80}?)\s+to\s+[^.;]{0,160}?\b"
    r"(?:assume|take\s+over|hold|exercise|hand\s+over\s+to\s+(?:it|them))\s+the\s+"
    r"(?:rotating\s+)?(?:pro\s+tempore\s+)?(?P<cue>presidency|chair(?:manship|personship)?)\b(?:\s+pro\s+tempore)?"
    r"(?:\s+(?:of|for)\s+(?=(?:the\s+)?[A-Z]))?",
    re.IGNORECASE,
)
HELD_BY = re.compile(  # 'its chairmanship has since rotated …, having been held by Kazakhstan, … and Türkiye'
    r"\b(?:chair(?:manship|personship)?|presidency)\b[^.;]{0,80}?\b(?:held|occupied|exercised)\s+by\s+", re.IGNORECASE
)
CHAIRMANSHIP_OF = (
    re.compile(  # 'It closed the two-year chairmanship of the Republic of Azerbaijan' (a term, not a meeting)
        r"\b(?:closed|ended|concluded|completed|began|opened)\s+the\s+(?:[\w-]+\s+){0,3}?"
        r"(?:chairmanship|presidency(?:\s+pro\s+tempore)?)\s+of\s+(?=(?:the\s+)?[A-Z])",
        re.IGNORECASE,
    )
)
POSSESSIVE_OFFICE = re.compile(r"['’]s\s+(?P<cue>Co-?Chair|Chair|Co-?ordinator)s?\b", re.IGNORECASE)
WITH_AS = re.compile(
    r"\bwith\s+(?P<who>(?:the\s+)?[A-Z][^,;()]{1,60}?)\s+(?:as|remaining|(?:serving|acting)\s+as)\s+(?:its\s+)?"
    r"(?P<cue>co-?chair|chair|vice-?chair|co-?ordinator)s?\b"
    r"(?!\s+of)",
    re.IGNORECASE,
)
WITH_AS_GAP = re.compile(  # '… Process since 2006, with …', '… Chair of the Budapest Process, together with …'
    r"^(?:\s+(?:since|from|in)\s+(?:19|20)\d\d)?[\s,]*(?:(?:together|jointly|along)\s*)?$"
)
WITH_ORDER = re.compile(
    r"\bwith\s+(?P<a>[A-Z][^,;]{1,60}?)\s+(?P<cue>co-?ordinating|chairing|leading|co-?chairing)\s+the\s+"
    r"(?P<o1>first|second|third)\s+and\s+(?P<b>[A-Z][^,;]{1,60}?)\s+the\s+(?P<o2>first|second|third)\b"
)
WE_THE = re.compile(r"\s*We,\s+(?P<np>[^;:]+?),\s+(?=[a-z])")  # 'We, the representatives of A and of B, issue …'
RESPECTIVELY = re.compile(r",?\s+respectively\b")
LIST_END = re.compile(
    r"\)|;|,\s+(?:which|who|and\s+(?:the|its|to)|to|for|in|with|as)\b|\.\s*$|\s+to\s+[a-z]|,\s+(?!(?:and|the|as)\b)[a-z]|"
    # a clause of its own after the list: '… co-chaired by Australia and Indonesia, and Thailand, New Zealand, IOM
    # and UNHCR sit with us on its steering group'
    r",\s+and\s+(?=[^.;:()]{2,120}?\s(?:sit|sits|serve|serves|are|is|were|was|have|has|will|also)\s)"
)
THE_PROCESS = re.compile(
    r"\b[Tt]he\s+(?P<head>Process|Dialogue|Conference|Forum)\b"
)  # 'the Conference': of one so named
THE_GROUP = re.compile(r"\b[Tt]he\s+Group\b(?!['’]s|\s+(?:of|on|for|I|II|III|IV|V)\b)")  # the group named last before
COORDINATED_KINDS = {"group", "process"}
COORDINATOR_KINDS = {"state", "territory", "organisation", "secretariat"}
# ' Foreign Minister Retno Marsudi', ', Retno Marsudi' (a name in apposition)
OFFICE_AND_NAME = r"(?:['’]s)?(?:,?\s+(?:[A-Z][\w.'’-]*|of|for|the))*"  # "Australia's Julie Bishop"
SUBJECT_GAP = re.compile(
    rf"{OFFICE_AND_NAME}(?:\s+(?:senior\s+)?(?:officials|ministers|delegations?|governments?))?(?:[\s,]*|\s*\(\s*(?=which|who))"
    r"(?:(?:the\s+)?(?:two\s+|three\s+)?(?:countries|states|governments|organi[sz]ations)\s+(?=that|which|who))?"
    # 'Italy, the outgoing Chair, handed …'
    r"(?:,\s+the\s+(?:outgoing|incoming|current|new|present)\s+(?:Co-?)?Chair,\s+)?"
    r"(?:,\s+(?:which|who)\s+[^,;()]{1,80}(?:,\s*|$))?"  # 'Mexico, which hosted the meeting, holds the Presidency …'
    r"(?:(?:which|who|that)\s+(?:(?:currently|also|jointly)\s+)*(?:had\s+|has\s+|have\s+|will\s+)?"
    r"(?:(?:currently|also|jointly)\s+)*|"  # 'the two countries that have jointly led the Bali Process'
    r"(?:has|have|had|having)(?:\s+(?:also|jointly))?\s*|"  # 'Namibia having taken over the Chairpersonship of …'
    r"(?:also|jointly|currently|formally|officially|today)(?:\s+|$)|for\s+its\s+\w+\s+|to\s+|"
    # 'Kazakhstan shall chair the Almaty Process', 'Indonesia and Australia will continue to co-chair the Bali Process'
    r"(?:will|shall|would)\s+(?:also\s+|jointly\s+)?(?:continue\s+to\s+)?|(?:continues?|continued)\s+to\s+|"
    # 'the Republic of Namibia, through the Ministry of …, in its capacity as …'
    r",\s+through\s+(?:the|its)\s+[^,;()]{1,80}(?:,\s+|$)|"
    r"(?:(?:has|have|had)\s+)?(?:offered|volunteered)(?:\s+|$))?"  # 'Namibia had offered to take over the Chair'
)
# 'Kazakhstan was chosen by the member states as the first Chair of the Process'
ELECTED_GAP = re.compile(
    r"\s+(?:was|were|has\s+been|had\s+been|is|are|will\s+be)\s+(?:(?:unanimously|formally|also)\s+)?"
    r"(?:chosen|elected|designated|appointed|selected|nominated|confirmed)(?:\s+by\s+(?:the\s+)?[\w\s'’-]{1,50}?)?\s*"
)
# 'which Egypt hosted as holder of …': ' hosted'; 'Australian Foreign Minister Marise Payne led the meeting as …'
CLAUSE_GAP = re.compile(  # 'Fiji is hosting the Conference as current Chair of the PIDC'
    rf"{OFFICE_AND_NAME}(?:\s+(?:[a-z][\w'’-]*|(?:Conference|Meeting|Forum|Summit|Consultation|Workshop)\b)){{1,4}},?\s*"
)
SENTENCE_SUBJECT = re.compile(r"\s*(?:The\s+)?")  # a name that opens its sentence
PRONOUN_BEFORE_BY = re.compile(r"\s*It\s+(?:is|was|has\s+been|will\s+be)\s+(?:(?:also|jointly|currently)\s+)?")
PROCESS_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})$")  # 'Bali Process ', 'Budapest Process '
ORDINAL_PAIR = re.compile(r"\s*(?:the\s+)?(?:first|second)\s+and\s+(?:the\s+)?(?:second|third)\s+")
GROUP_ON = re.compile(r"\b[Gg]roup\s+on\s+")
BODY_LIST_GAP = re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")
UNKNOWN_FIRST = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}\s+and\s+(?:the\s+)?")
LIST_GAP_BACK = re.compile(  # ', Penny Wong, and the Foreign Minister of the Republic of Indonesia'
    rf"{OFFICE_AND_NAME}\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)\s*(?:the\s+)?"
    # a person and office before the state: 'and H.E. Mrs. Retno Marsudi, Minister for Foreign Affairs of '
    r"(?:(?:[A-Z][\w.'’-]*\s+)+[A-Z][\w.'’-]*,\s+)?"
    r"(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:for|of)\s+(?:[A-Z][\w'’-]*\s+){1,3})?(?:of|for)\s+(?:the\s+)?)?"
)
# where a theme starts in a list item: after a bullet, a list mark, a colon or a semicolon
# or after the previous theme's parenthesis: 'Skills … (led by Sri Lanka), Ethical Recruitment (led by Bangladesh)'
THEME_START = re.compile(r"[;:•\n]|(?:^|\s)[-*–]\s|\(\s*(?:[ivx]+|[a-h]|\d{1,2})\s*\)|\)\s*,\s*(?:and\s+)?|\)\s+and\s+")
NAME_GOES_ON = re.compile(r"\s+(?:on|for|of)\s+(?:the\s+)?[A-Z]")  # 'the Working Group on Pre-departure …': another
DEFINITE_NAME = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*")


@dataclass(frozen=True)
class _Body:
    """A group or process named in a sentence (a family names several, in order)."""

    begin: int
    end: int
    actors: tuple[Actor, ...]


def read_coordination(
    sentences_: list[Span], gazetteer: Gazetteer, parties: Parties, tables: tuple[Table, ...] = ()
) -> tuple[list[Coordination], list[IngestWarning]]:
    """Every coordination the sentences and the tables of bodies with their chairs state, once per
    coordinator, group and role."""
    out: list[Coordination] = []
    seen: set[tuple] = set()
    warnings: list[IngestWarning] = []
    for c in _chairs_tables(tables, gazetteer):
        if (key := (c.coordinator.key, c.coordinated.key, c.role, c.sentence)) not in seen:
            seen.add(key)
            out.append(c)
    families_before: list[_Body] = []
    topic: _Body | None = None  # the group or process the sentence before is about ('The Bali Process … . It is …')
    for sentence in read_on(sentences_, parties.text):
        bodies = _bodies(sentence, parties)
        found, problems = _coordinations_in(sentence, bodies, families_before, parties, topic)
        families_before += [b for b in bodies if len(b.actors) > 1] + _families_in_singular(sentence, gazetteer)
        topic = next((b for b in bodies if SENTENCE_SUBJECT.fullmatch(sentence.quote[: b.begin])), None)
        warnings += problems
        found += _offices_apart(sentence, bodies, parties, found)
        for c in found:
            key = (c.coordinator.key, c.coordinated.key, c.role, c.sentence)
            if key not in seen:
                seen.add(key)
                out.append(c)
    return out, warnings


# a table of bodies with their chairs: '| Task Force on Planning and Preparedness | Australia / Indonesia |'
BODY_COLUMN = re.compile(
    r"(?:subsidiary\s+)?(?:bod(?:y|ies)|groups?|working\s+groups?|mechanisms?|task\s+forces?|processes?|forums?)"
)
CHAIRS_COLUMN = re.compile(
    r"(?:co-?)?chair(?:s|ed\s+by)?|co-?chaired\s+by|lead(?:s|\s+countr(?:y|ies)|\s+states?)?|led\s+by|"
    r"co-?ordinat(?:ors?|ed\s+by)|presidency"
)


def _chairs_tables(tables: tuple[Table, ...], gazetteer: Gazetteer) -> list[Coordination]:
    """The chairs of each group or process a table of bodies lists, in the role its column names."""
    out = []
    for table in tables:
        body_at, chairs_at = table.column(BODY_COLUMN), table.column(CHAIRS_COLUMN)
        if body_at is None or chairs_at is None:
            continue
        role = _role(table.columns[chairs_at])
        for cells, row in zip(table.rows, table.row_spans, strict=True):
            body, chairs = cells[body_at], cells[chairs_at]
            named = scan_mentions(body, gazetteer, COORDINATED_KINDS) if body is not None else []
            if not named or chairs is None:
                continue
            for chair in scan_mentions(chairs, gazetteer, COORDINATOR_KINDS):
                out.append(Coordination(chair.actor, named[0].actor, chair.span, row, role))
    return out


def _coordinations_in(
    sentence: Span, bodies: list[_Body], families_before: list[_Body], parties: Parties, topic: _Body | None = None
) -> tuple[list[Coordination], list[IngestWarning]]:
    """The coordinations of one sentence, by each form in turn."""
    text = sentence.quote
    out: list[Coordination] = []
    warnings: list[IngestWarning] = []

    def add(coordinators: list, groups: tuple[Actor, ...], cue: str, respectively: bool = False) -> None:
        """Pair coordinators with groups: one each, in order, or all of them with the one group."""
        role = _role(cue)
        # a group or process does not chair another: '… chaired by X, the Working Group on the Black Sea Region,
        # chaired by Bulgaria', '… chaired by Turkey, the Prague Process and …' name the next bodies, not more
        # chairs; nor does a collective ('which our two countries …')
        body_at = next((i for i, a in enumerate(coordinators) if a.actor.kind == "process"), len(coordinators))
        coordinators = [a for a in coordinators[:body_at] if a.actor.kind not in ("group", "collective")]
        if not coordinators or not groups:
            return
        if len(groups) == 1:
            out.extend(Coordination(a.actor, groups[0], a.mention, sentence, role) for a in coordinators)
        elif len(coordinators) == len(groups):
            pairs = zip(coordinators, groups, strict=True)
            out.extend(Coordination(a.actor, g, a.mention, sentence, role) for a, g in pairs)
        else:
            warnings.append(IngestWarning("coordinators and coordinated groups do not pair up", sentence))

    for match in ORDINAL_BY.finditer(text):
        family = _last_family(bodies, families_before, match.start())
        if family is not None and ORDINALS[match["ordinal"]] < len(family.actors):
            group = family.actors[ORDINALS[match["ordinal"]]]
            add(_listed(sentence, match.end(), parties), (group,), match["cue"])
    by_ordinal = {m.end() for m in ORDINAL_BY.finditer(text)}
    for match in BY.finditer(text):
        if match.end() in by_ordinal:
            continue
        cue = match["cue"] or match["ship"]
        body = _body_before(bodies, text, match.start(), BODY_TO_CHAIR_GAP)
        if body is None and PRONOUN_BEFORE_BY.fullmatch(text[: match.start()]):
            body = topic  # 'The Bali Process was set up in 2002 … . It is co-chaired by …'
        coordinators = _listed(sentence, match.end(), parties)
        if body is None and not text[: match.start()].strip():
            # fronted: 'Co-chaired by Australia and Indonesia, the Working Group reports annually …'
            first = next((i for i, a in enumerate(coordinators) if a.actor.kind in ("group", "process")), None)
            if first:
                named = coordinators[first].mention.begin - sentence.begin
                body = next((b for b in bodies if b.begin == named), None)
                coordinators = coordinators[:first]
        if body is None and coordinators:  # '- fostering ethical recruitment practices (led by Bangladesh)'
            body = _theme_member(text[: match.start()], _last_family(bodies, families_before, match.start()))
        if body is None or (
            MEETING_OF.search(text[: body.begin])
            and not (match["cue"] and APPOSITION_BY.fullmatch(text, body.end, match.start()))
        ):
            continue  # '… Meeting of the Bali Process Ad Hoc Group was chaired jointly by': the meeting's chairs
        while coordinators and (again := AND_BY.match(text, coordinators[-1].mention.end - sentence.begin)):
            more = _listed(sentence, again.end(), parties)  # '… by the Czech Republic in 2009-2010 and by Poland'
            if not more:
                break
            coordinators += more
        if not coordinators:
            warnings.append(IngestWarning(f"'{match.group().strip()}' names no actor the gazetteer knows", sentence))
        add(coordinators, body.actors, cue, bool(RESPECTIVELY.search(text, match.end())))
        # the verb left out after the first: '… is chaired by X, the Working Group on Y by Z, and … by W'
        coordinators = _before_a_body(coordinators)
        while coordinators and (gap := GAPPED_BY_GAP.match(text, coordinators[-1].mention.end - sentence.begin)):
            gapped = next((b for b in bodies if b.begin == gap.end()), None)
            by = GAPPED_BY.match(text, gapped.end) if gapped is not None else None
            coordinators = _before_a_body(_listed(sentence, by.end(), parties)) if by is not None else []
            if gapped is not None:
                add(coordinators, gapped.actors, cue)
    for body in bodies:
        if match := WHICH_WHO.match(text, body.end):
            who = sub_span(sentence, match.start("who"), match.end("who"))
            named = parties.read(who)
            if not named and re.fullmatch(r"they|we", who.quote):  # 'Indonesia and Australia, as Co-Chairs of the
                # Bali Process, will keep members informed through the Ad Hoc Group, which they also co-chair'
                named = _opening_named(sentence, parties)
            add(named, body.actors, match["cue"])
    for body in bodies:
        if match := BRACKETED_OFFICE.match(text, body.end):  # '… Networks (Malaysia and New Zealand, co-chairs)'
            named = [
                a
                for a in _listed(sentence, match.start("who"), parties)
                if a.mention.end <= sentence.begin + match.end("who")
            ]
            add(named, body.actors, match["cue"])
    for match in ACTIVE.finditer(text):
        listed = _bodies_listed(bodies, text, match.end())
        if not listed:
            continue
        # or the sentence's subject, the verb coordinated with its first: 'Poland has co-ordinated the … since
        # 2012 and also chairs the Core Group'
        subject = _subject_before(sentence, match.start(), parties) or _opening_subject(
            sentence, match.start(), parties
        )
        # a partner in a shared office: 'which co-chairs the … Group together with New Zealand' (not 'chairs …
        # together with Hungary, the Process's Co-Chair', who holds another office)
        partner = TOGETHER_WITH.match(text, listed[-1].end) if _role(match["cue"]) == "co-chair" else None
        if subject and partner:
            subject += [a for a in _listed(sentence, partner.end(), parties) if a.actor.kind in COORDINATOR_KINDS]
        for body in listed:
            add(subject, body.actors, match["cue"])
    for match in CHAIRED_MEETING_OF.finditer(text):
        body = next((b for b in bodies if _starts_at(text, b.begin, match.end())), None)
        if body is None or not MEETING_AFTER_GROUP.match(text, body.end):
            continue
        if any(a.kind != "group" or "steering" in a.key for a in body.actors):
            continue  # a group of its own (not the process's standing Steering Group), as above
        add(
            _subject_before(sentence, match.start(), parties) or _opening_subject(sentence, match.start(), parties),
            body.actors,
            match["cue"],
        )
    for match in ACTIVE_IT.finditer(text):
        if topic is not None:
            add(_subject_before(sentence, match.start(), parties), topic.actors, match["cue"])
    for match in OFFICE_AFTER.finditer(text):
        body = next((b for b in bodies if _starts_at(text, b.begin, match.end())), None)
        if body is None:
            continue
        if match["holder"]:  # 'jointly with Hungary, in Hungary's capacity as Co-Chair of the Process'
            holders = parties.read(sub_span(sentence, match.start("holder"), match.end("holder")))
        else:
            holders = (
                _subject_before(sentence, match.start(), parties)
                or _clause_subject(sentence, match.start(), parties)
                or _subject_before(sentence, match.start(), parties, ELECTED_GAP)
            )
        if not holders and " our " in f" {match['lead']} " and (we := WE_THE.match(text)):
            named = scan_mentions(sub_span(sentence, we.start("np"), we.end("np")), parties.gazetteer, {"state"})
            holders = [Addressee(m.actor, m.span) for m in named]  # 'We, the representatives of A and of B, …'
        add(holders, body.actors, match["cue"])
    for match in OFFICE_APPOSITION.finditer(text):
        body = next((b for b in bodies if _starts_at(text, b.begin, match.end())), None)
        if body is not None:
            add(_subject_before(sentence, match.start(), parties), body.actors, match["cue"])
    for match in OFFICE_BEFORE.finditer(text):
        body = next((b for b in bodies if _starts_at(text, b.begin, match.end())), None)
        after_body = (
            r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:for|in)\s+(?:19|20)\d\d)?\s*[,:]\s+(?:from\s+)?"  # '(GFMD) for 2019, '
        )
        if body is None or not (comma := re.match(after_body, text[body.end :])):
            continue
        listed = _listed(sentence, body.end + comma.end(), parties)
        if len(listed) > 1 or (listed and re.match(r"\s*,", text[listed[-1].mention.end - sentence.begin :])):
            add(listed, body.actors, match["cue"])
    for match in BODY_OFFICE.finditer(text):
        words = match["name"].split()  # the body's name ends the capitalised run: '… Meeting Bali Process'
        named = next(filter(None, (parties.gazetteer.resolve(" ".join(words[i:])) for i in range(len(words)))), None)
        if named is None or named.actor.kind not in COORDINATED_KINDS:
            continue
        listed = _listed(sentence, match.end(), parties)
        if len(listed) > 1 or (listed and re.match(r"\s*(?:,|$)", text[listed[-1].mention.end - sentence.begin :])):
            add(listed, (named.actor,), match["cue"])
    for match in OFFICE_ALONE.finditer(text):
        process = _process_of_office(parties, sentence, bodies, match.start())
        if process is not None:
            add(_subject_before(sentence, match.start(), parties), (process,), match["cue"])
    if fronted := FRONTED_OFFICE.match(text):
        named = next((b for b in bodies if _starts_at(text, b.begin, fronted.end())), None) if fronted["of"] else None
        process = named.actors if named else (_process_of_office(parties, sentence, bodies, fronted.start()),)
        comma = HOLDER_AFTER.search(text, named.end if named else fronted.end())
        if process[0] is not None and comma is not None and not text[fronted.end() : comma.start()].count(","):
            holders = [a for a in _listed(sentence, comma.end(), parties) if a.actor.kind in COORDINATOR_KINDS]
            add(holders[:1] if "Co" not in fronted["cue"] else holders, process, fronted["cue"])
    for match in BY_AS_CO_CHAIR.finditer(text):
        process = _process_of_office(parties, sentence, bodies, match.start())
        if process is not None:
            add(parties.read(sub_span(sentence, match.start("who"), match.end("who"))), (process,), match["cue"])
    for match in AS_BODY_OFFICE.finditer(text):
        body = next((b for b in bodies if b.begin == match.end()), None)
        office = OFFICE_AFTER_BODY.match(text, body.end) if body is not None else None
        if office is not None:
            holders = _subject_before(sentence, match.start(), parties) or _clause_subject(
                sentence, match.start(), parties
            )
            add(holders, body.actors, office["cue"])
    for match in FAMILY_LEADS.finditer(text):
        family = next((b for b in bodies if b.begin == match.end() and len(b.actors) > 1), None)
        colon = text.find(":", family.end) if family is not None else -1
        if colon < 0:
            continue
        for item in LEAD_ON_THEME.finditer(text, colon + 1):
            themed = themed_members(item["theme"], family.actors)
            if len(themed) == 1:
                who = sub_span(sentence, item.start("who"), item.end("who"))
                add([a for a in parties.read(who) if a.actor.kind in COORDINATOR_KINDS], (themed[0],), match["cue"])
    for match in SUCCEEDED.finditer(text):
        if CHAIR_WORD.search(text[: match.start()]) and (
            process := _last_process(parties, sentence.begin + match.start())
        ):
            add(
                [a for a in _listed(sentence, match.end(), parties) if a.actor.kind in ("state", "territory")][:1],
                (process,),
                "chair",
            )
    for match in ITS_OFFICE.finditer(text):  # 'the tenth anniversary of the Bali Process, its Co-Chairs, A and B,'
        named = [b for b in bodies if b.end <= match.start()]
        listed = _listed(sentence, match.end(), parties)
        if named and listed and re.match(r"\s*,", text[listed[-1].mention.end - sentence.begin :]):
            add(listed, named[-1].actors, match["cue"])
    for match in CHAIR_LABEL.finditer(text):  # 'Current Chair: Niger' / 'Past Chairs: Nigeria, Togo, Liberia'
        process = _process_of_office(parties, sentence, bodies, match.start())
        listed = [a for a in _listed(sentence, match.end(), parties) if a.actor.kind in COORDINATOR_KINDS]
        if process is not None and listed:
            add(listed, (process,), match["verb"] or match["cue"])
    for match in FORMER_CHAIRS.finditer(text):  # 'the outgoing 2017-2018 Co-Chairs, Germany and Morocco'
        process = _process_of_office(parties, sentence, bodies, match.start())
        listed = _listed(sentence, match.end(), parties)
        if process is not None and len(listed) > 1:
            add(listed, (process,), match["cue"])
    for match in PRESIDENCY.finditer(text):
        holders = _subject_before(sentence, match.start(), parties)
        named = next((b for b in bodies if _starts_at(text, b.begin, match.end())), None)
        if named is not None:
            add(holders, named.actors, "chair")
        elif re.search(r"\s(?:of|for)\s+$", match.group()):
            continue  # 'takes over the Presidency of the Council of the European Union': not a process
        elif (process := _process_of_office(parties, sentence, bodies, match.start())) is not None:
            add(holders, (process,), "chair")
    for match in HOLDS_NAMED.finditer(text):
        named = next((b for b in bodies if b.begin == match.start("name")), None)
        if named is not None:
            add(_subject_before(sentence, match.start(), parties), named.actors, "chair")
    for match in HANDED_TO.finditer(text):  # 'Pakistan handed over the Chairmanship to the Sultanate of Oman'
        process = _office_of(match, bodies, text, parties, sentence)
        if process[0] is not None:
            add(_listed(sentence, match.end(), parties), process, "chair")
            add(_subject_before(sentence, match.start(), parties), process, "chair")  # the outgoing chair
    for match in HANDED_OVER_TO.finditer(text):
        process = _last_process(parties, sentence.begin + match.start())
        if process is not None:
            add(_listed(sentence, match.end(), parties), (process,), "chair")
            add(_subject_before(sentence, match.start(), parties), (process,), "chair")
    for match in AS_PRO_TEMPORE.finditer(text):
        process = _process_of_office(parties, sentence, bodies, match.start())
        if process is not None:
            add(_subject_before(sentence, match.start(), parties), (process,), "chair")
    for match in PASSED_FROM.finditer(text):  # both the outgoing and the incoming chair
        process = _office_of(match, bodies, text, parties, sentence)
        if process[0] is None:
            continue
        outgoing = _listed(sentence, match.end(), parties)
        add(outgoing, process, "chair")
        if outgoing and (to := re.match(r"\s+to\s+", text[outgoing[-1].mention.end - sentence.begin :])):
            add(_listed(sentence, outgoing[-1].mention.end - sentence.begin + to.end(), parties), process, "chair")
    if CHAIR_WORD.search(text):
        for match in TOOK_OVER_FROM.finditer(text):  # the outgoing chair
            process = _office_of(match, bodies, text, parties, sentence)
            if process[0] is not None:
                listed = _listed(sentence, match.end(), parties)
                outgoing = [a for a in listed if a.actor.kind in ("state", "territory")]
                add(outgoing, process, "chair")
                # the incoming chair: 'New Zealand and Viet Nam, which took over the leadership of the Group from …'
                taker = _subject_before(sentence, match.start(), parties) or _opening_subject(
                    sentence, match.start(), parties
                )
                add(taker, process, "chair")
    for match in OFFER_OF.finditer(text):
        named = next((b for b in bodies if _starts_at(text, b.begin, match.end())), None)
        # '… the offer of Bolivia to host the Fifth South American Conference … and to hand over to it the Pro
        # Tempore Presidency': the process the offer names
        named = named or next(
            (b for b in bodies if match.start() <= b.begin < match.end() and b.actors[0].kind == "process"), None
        )
        process = named.actors if named else (_process_of_office(parties, sentence, bodies, match.start()),)
        if process[0] is not None:
            add(parties.read(sub_span(sentence, match.start("who"), match.end("who"))), process, "chair")
    for match in TAKES_OVER.finditer(text):
        process = _process_of_office(parties, sentence, bodies, match.start())
        if process is not None:
            add(_subject_before(sentence, match.start(), parties), (process,), "chair")
    for match in HOLDER_ALONE.finditer(text):
        process = _process_of_office(parties, sentence, bodies, match.start())
        holders = _subject_before(sentence, match.start(), parties) or _clause_subject(sentence, match.start(), parties)
        if process is not None:
            add(holders, (process,), "chair")
    for match in UNDER_PRO_TEMPORE.finditer(text):
        process = _last_process(parties, sentence.begin + match.start())
        holders = [a for a in _listed(sentence, match.end(), parties) if a.actor.kind in ("state", "territory")]
        if process is not None:
            add(holders[:1], (process,), "chair")
    for match in HELD_BY.finditer(text):
        process = _last_process(parties, sentence.begin + match.start())
        if process is not None:
            add(_listed(sentence, match.end(), parties), (process,), "chair")
    for match in CHAIRMANSHIP_OF.finditer(text):
        holders = [a for a in _listed(sentence, match.end(), parties) if a.actor.kind in ("state", "territory")]
        process = _last_process(parties, sentence.begin + match.start())
        if holders and process is not None:
            add(holders[:1], (process,), "chair")
    for body in bodies:  # 'Hungary, the Process's Co-Chair', 'Hungary is the Process's co-chair'
        office = POSSESSIVE_OFFICE.match(text, body.end)
        comma = re.search(r"(?:,|\s+(?:is|was|remains|has\s+been|will\s+be))\s+$", text[: body.begin])
        if office and comma:
            add(_subject_before(sentence, comma.start(), parties), body.actors, office["cue"])
    for match in WITH_AS.finditer(text):
        body = _body_before(bodies, text, match.start(), WITH_AS_GAP)
        if body is not None:
            add(parties.read(sub_span(sentence, match.start("who"), match.end("who"))), body.actors, match["cue"])
    for match in WITH_ORDER.finditer(text):
        family = _last_family(bodies, families_before, match.start())
        if family is None:
            continue
        for who, ordinal in (("a", "o1"), ("b", "o2")):
            index = ORDINALS[match[ordinal]]
            if index < len(family.actors):
                named = parties.read(sub_span(sentence, match.start(who), match.end(who)))
                add(named, (family.actors[index],), match["cue"])
    return out, warnings


# a pair's office named apart from its holders: '…, the two countries being the Co-Chairs of the Bali Process',
# 'speaking as the two Co-Chairs of …', 'the Bali Process Senior Official Co-Chairs of Australia and Indonesia'
PAIR_OFFICE_BEFORE = re.compile(
    r"(?:(?:\bas|,|\bbeing|\bcapacity\s+as)\s+(?:the\s+)?(?:two\s+)?(?:[A-Z][\w'’-]*\s+){0,3}Co-?Chairs\s+of"
    r"|\b(?:two|both)\s+(?:countries|governments|states)\s+(?:that|which)\s+(?:jointly\s+)?co-?chair)\s+(?:the\s+)?$"
)
PAIR_OFFICE_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,3}Co-?Chairs\s+of\s+(?=[A-Z])")
OUR_TWO = re.compile(  # 'The Bali Process, which our two countries have co-chaired since its founding'
    r",?\s+which\s+(?P<pair>(?:our|the|these)\s+two\s+(?:countries|governments))\s+(?:(?:still|also|now|continue\s+to)\s+)?"
    r"(?:have\s+|has\s+)?(?:jointly\s+)?co-?chair"
)
# the pair as the subject, the process the object: 'as our two countries have co-chaired the Bali Process since 2002',
# 'Our two countries have led the Bali Process together'
OUR_TWO_BEFORE = re.compile(
    r"\b(?P<pair>(?:our|the|these)\s+two\s+(?:countries|governments|nations))\s+(?:(?:have|has|will)\s+)?"
    r"(?:(?:also|jointly|long|still|continue\s+to)\s+)?(?:co-?chair(?:ed)?|led|lead)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# one state's office: 'the Indonesian Senior Official Co-Chair of the Bali Process', 'Australia, our fellow Co-Chair
# of the Bali Process'
ONE_OFFICE_BEFORE = re.compile(r"\bCo-?Chair\s+of\s+(?:the\s+)?$")
ONE_OFFICE_GAP = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}\s+|,\s+(?:our|its|their)\s+(?:fellow\s+)?")


def _two_states_before(parties: Parties, sentence: Span) -> list:
    """The two states the sentence before names, when it names exactly two (who 'our two countries' are)."""
    before = [m for m in parties.named if sentence.begin - 400 <= m.span.begin < sentence.begin]
    start = parties.text.rfind(".", 0, max(0, sentence.begin - 2)) + 1
    states = [m for m in before if m.span.begin >= start and m.actor.kind == "state"]
    distinct = list({m.actor.key: m for m in states}.values())
    return distinct if len(distinct) == 2 else []


def _offices_apart(
    sentence: Span, bodies: list[_Body], parties: Parties, found: list[Coordination]
) -> list[Coordination]:
    """The co-chairs of a process whose office the sentence names apart from them: the two states it names, or
    for 'our two countries' the meeting's two co-chairs; one state before its singular office."""
    text = sentence.quote
    done = {(c.coordinator.key, c.coordinated.key) for c in found}
    states = [m for m in parties.named if sentence.begin <= m.span.begin < sentence.end and m.actor.kind == "state"]
    distinct = list({m.actor.key: m for m in states}.values())
    out: list[Coordination] = []
    for body in bodies:
        if len(body.actors) != 1 or body.actors[0].kind != "process":
            continue
        process = body.actors[0]
        before = text[: body.begin]
        if PAIR_OFFICE_BEFORE.search(before) or PAIR_OFFICE_AFTER.match(text, body.end):
            if len(distinct) == 2:
                out += [Coordination(m.actor, process, m.span, sentence, "co-chair") for m in distinct]
        elif (pair := OUR_TWO.match(text, body.end) or OUR_TWO_BEFORE.search(before)) and len(distinct) in (0, 2):
            if not distinct and not parties.co_chairs:  # 'Twenty years ago Australia and Indonesia set out to …'
                distinct = _two_states_before(parties, sentence)
            # the two the sentence names ('Since Australia and Indonesia first convened …, the Bali Process, which
            # our two countries co-chair'), or else the meeting's two co-chairs
            chairs = (
                [m.actor for m in distinct]
                if distinct
                else list({p.actor.key: p.actor for p in parties.co_chairs if p.actor.kind == "state"}.values())
            )
            phrase = sub_span(sentence, pair.start("pair"), pair.end("pair"))
            if len(chairs) == 2:
                out += [Coordination(actor, process, phrase, sentence, "co-chair") for actor in chairs]
        elif office := ONE_OFFICE_BEFORE.search(before):
            holder = [m for m in states if m.span.end - sentence.begin <= office.start()]
            if holder and ONE_OFFICE_GAP.fullmatch(text, holder[-1].span.end - sentence.begin, office.start()):
                out.append(Coordination(holder[-1].actor, process, holder[-1].span, sentence, "co-chair"))
    return [c for c in out if (c.coordinator.key, c.coordinated.key) not in done]


def _role(cue: str) -> str:
    """The role a cue word names: co-chair, coordinator or chair."""
    return next(role for pattern, role in ROLE_WORDS if pattern.search(cue))


def _listed(sentence: Span, at: int, parties: Parties) -> list:
    """The actors listed from `at` ('the Governments of New Zealand and Thailand respectively')."""
    rest = sub_span(sentence, at, len(sentence.quote))
    end = LIST_END.search(rest.quote)
    cut = RESPECTIVELY.search(rest.quote)
    stop = min([m.start() for m in (end, cut) if m] or [len(rest.quote)])
    return parties.read(sub_span(rest, 0, stop))


def _subject_before(sentence: Span, at: int, parties: Parties, gap: re.Pattern = SUBJECT_GAP) -> list[Addressee]:
    """The states and organisations named right before `at`, with only `gap` between: a list ending there
    ('Australia and Indonesia co-chair …', 'Australian Foreign Minister Julie Bishop and Indonesian Foreign
    Minister Retno Marsudi co-chaired …')."""
    text = sentence.quote
    mentions = scan_mentions(sub_span(sentence, 0, at), parties.gazetteer, COORDINATOR_KINDS)
    if not mentions or not gap.fullmatch(text[mentions[-1].span.end - sentence.begin : at]):
        return []
    chosen = [mentions[-1]]
    for mention in reversed(mentions[:-1]):
        if not LIST_GAP_BACK.fullmatch(text[mention.span.end - sentence.begin : chosen[0].span.begin - sentence.begin]):
            break
        chosen.insert(0, mention)
    return [Addressee(m.actor, m.span) for m in chosen]


def _opening_named(sentence: Span, parties: Parties) -> list[Addressee]:
    """The first states and organisations the sentence lists ('Indonesia and Australia, as Co-Chairs …', 'The
    Statement notes that Indonesia and Australia …'): who 'they' are after them."""
    return _list_from_first(sentence, scan_mentions(sentence, parties.gazetteer, COORDINATOR_KINDS))


def _list_from_first(sentence: Span, mentions: list) -> list[Addressee]:
    """The first of the mentions and those listed right after it ('Indonesia and Australia')."""
    if not mentions:
        return []
    chosen = [mentions[0]]
    for mention in mentions[1:]:
        if not LIST_GAP_BACK.fullmatch(
            sentence.quote[chosen[-1].span.end - sentence.begin : mention.span.begin - sentence.begin]
        ):
            break
        chosen.append(mention)
    return [Addressee(m.actor, m.span) for m in chosen]


def _opening_subject(sentence: Span, at: int, parties: Parties) -> list[Addressee]:
    """The states and organisations that open the sentence, when the verb at `at` is coordinated with the
    sentence's first ('Côte d'Ivoire hosted the meeting, which ran …, and took over the chairmanship …')."""
    text = sentence.quote
    if not re.search(r",?\s+and\s+(?:also\s+)?$", text[:at]):
        return []
    opening = SENTENCE_SUBJECT.match(text)
    mentions = scan_mentions(sub_span(sentence, 0, at), parties.gazetteer, COORDINATOR_KINDS)
    if not mentions or mentions[0].span.begin - sentence.begin != opening.end():
        return []
    return _list_from_first(sentence, mentions)


def _clause_subject(sentence: Span, at: int, parties: Parties) -> list[Addressee]:
    """The states and organisations that end a few lower-case words before `at` ('which Egypt hosted as …',
    '… Department shared the chair, in their capacity as …'), as a list."""
    return _subject_before(sentence, at, parties, CLAUSE_GAP)


def _before_a_body(listed: list[Addressee]) -> list[Addressee]:
    """The actors listed before the first group or process among them (the next clause's subject)."""
    first = next((i for i, a in enumerate(listed) if a.actor.kind in COORDINATED_KINDS), len(listed))
    return listed[:first]


def _bodies_listed(bodies: list[_Body], text: str, at: int) -> list[_Body]:
    """The groups and processes listed from `at` ('both the AMMTC and the SOMTC', 'the Task Force and the
    Working Group'); a first name the gazetteer does not know is passed over."""
    first = next((b for b in bodies if _starts_at(text, b.begin, at)), None)
    if first is None and (pair := ORDINAL_PAIR.match(text, at)):  # 'the first and the second … Groups': a family
        first = next((b for b in bodies if b.begin == pair.end() and len(b.actors) > 1), None)
    if first is None and (unknown := UNKNOWN_FIRST.match(text, at)):
        first = next((b for b in bodies if b.begin == unknown.end()), None)
    listed = [first] if first else []
    while listed:
        after = BODY_LIST_GAP.match(text, listed[-1].end)
        following = next((b for b in bodies if after and b.begin == after.end()), None)
        if following is None:
            break
        listed.append(following)
    return listed


NAME_TAIL = re.compile(r"\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the|on|for|in))*")


def _name_end(text: str, end: int, actor: Actor) -> int:
    """Where a group's name ends when the text spells it longer than the gazetteer ('Working Group on
    Disruption' + ' of Criminal Networks'), so that ', which A and B co-chair' follows it."""
    tail = NAME_TAIL.match(text, end) if actor.kind == "group" else None
    return tail.end() if tail and re.match(r"\s*,", text[tail.end() :]) else end


def _bodies(sentence: Span, parties: Parties) -> list[_Body]:
    """The groups and processes a sentence names: by name, as a family ('the two Ad Hoc Experts' Groups'),
    as a family member named elliptically ('the … Working Groups on Skills … and on Ethical Recruitment'),
    'the Process' for the process named last before, and short names of one named before ('the Task
    Force')."""
    gazetteer = parties.gazetteer
    bodies = [
        _Body(
            m.span.begin - sentence.begin, _name_end(sentence.quote, m.span.end - sentence.begin, m.actor), (m.actor,)
        )
        for m in scan_mentions(sentence, gazetteer, COORDINATED_KINDS)
    ]
    for family_key, keys in gazetteer.families.items():
        name = gazetteer.family_names[family_key]
        members = tuple(gazetteer.actors[k] for k in keys)
        for match in re.compile(name_regex([name]).pattern, re.IGNORECASE).finditer(sentence.quote):
            bodies.append(_Body(match.start(), match.end(), members))
            singular = name[:-1] if name.endswith("s") else name
            for member in members:
                suffix = member.label[len(singular) :].strip() if member.label.startswith(singular) else ""
                if re.match(r"(?:on|for|of|in)\s", suffix):
                    for part in name_regex([suffix]).finditer(sentence.quote, match.end()):
                        bodies.append(_Body(part.start(), part.end(), (member,)))
    if GROUP_ON.search(sentence.quote):  # 'which leads the group on Skills and Qualification Recognition'
        for keys in gazetteer.families.values():
            for member in (gazetteer.actors[k] for k in keys):
                suffix = re.search(r"\s(?:on|for)\s+(.+)$", member.label)
                if suffix is None:
                    continue
                for match in GROUP_ON.finditer(sentence.quote):
                    part = name_regex([suffix.group(1)]).match(sentence.quote, match.end())
                    if part:
                        bodies.append(_Body(match.start(), part.end(), (member,)))
    for match in THE_PROCESS.finditer(sentence.quote):
        named = parties.names_before.last(sentence.begin + match.start(), {"process"}, match["head"])
        if named is not None and (match["head"] in ("Process", "Dialogue") or match["head"] in named.label):
            head = GROUP_OF_THE.search(sentence.quote, 0, match.start())
            group = gazetteer.group_of(named, head["head"]) if head else None
            if group is not None:
                bodies.append(_Body(head.start(), match.end(), (group,)))
            elif (owned := GROUP_OWNED.match(sentence.quote, match.end())) and (
                group := gazetteer.group_of(named, owned["head"])
            ):  # "the Dialogue's Steering Committee"
                bodies.append(_Body(match.start(), owned.end(), (group,)))
            else:
                bodies.append(_Body(match.start(), match.end(), (named,)))
    for match in THE_GROUP.finditer(sentence.quote):  # 'New Zealand, which coordinates the Group'
        named = parties.names_before.last(sentence.begin + match.start(), {"group"})
        if named is not None and not any(b.begin <= match.start() < b.end for b in bodies):
            bodies.append(_Body(match.start(), match.end(), (named,)))
    for match in DEFINITE_NAME.finditer(sentence.quote):
        if any(b.begin <= match.start() + 4 < b.end for b in bodies) or NAME_GOES_ON.match(sentence.quote, match.end()):
            continue
        named = parties.read(sub_span(sentence, match.start(), match.end()))
        if len(named) == 1 and named[0].actor.kind in COORDINATED_KINDS:
            mention = named[0].mention
            bodies.append(_Body(mention.begin - sentence.begin, mention.end - sentence.begin, (named[0].actor,)))
    bodies.sort(key=lambda b: (b.begin, -b.end))
    for index, body in enumerate(bodies):  # 'the Bali Process Working Group on …': the group, named after its process
        if body.actors[0].kind == "group" and (named := PROCESS_BEFORE.search(sentence.quote, 0, body.begin)):
            found = gazetteer.resolve(named["name"])
            if found is not None and found.actor.kind == "process":
                bodies[index] = _Body(named.start("name"), body.end, body.actors)
    return [
        b
        for b in bodies
        if not any(o.begin <= b.begin and b.end <= o.end and o != b and len(o.actors) <= len(b.actors) for o in bodies)
    ]


def _families_in_singular(sentence: Span, gazetteer: Gazetteer) -> list[_Body]:
    """The families a sentence names in the singular ('to activate a Thematic Area Working Group for each'):
    the groups a list of themes after it picks from."""
    found = []
    for family_key, keys in gazetteer.families.items():
        name = gazetteer.family_names[family_key]
        if not name.endswith("s"):
            continue
        for match in re.compile(rf"\b(?:a|an|one|each)\s+{name_regex([name[:-1]]).pattern}\b").finditer(sentence.quote):
            found.append(_Body(match.start(), match.end(), tuple(gazetteer.actors[k] for k in keys)))
    return sorted(found, key=lambda b: b.begin)


def _body_before(bodies: list[_Body], text: str, at: int, gap: re.Pattern) -> _Body | None:
    """The group or process that ends right before `at`, with only the given gap between."""
    before = [b for b in bodies if b.end <= at and gap.match(text[b.end : at])]
    return max(before, key=lambda b: b.end) if before else None


def _starts_at(text: str, begin: int, at: int) -> bool:
    """Whether a name starting at `begin` follows `at` with at most 'the' between."""
    return begin >= at and re.fullmatch(r"\s*(?:the\s+)?", text[at:begin]) is not None


def _last_family(bodies: list[_Body], families_before: list[_Body], at: int) -> _Body | None:
    """The family of groups named last before `at` (in this sentence, else in an earlier one)."""
    here = [b for b in bodies if len(b.actors) > 1 and b.end <= at]
    if here:
        return here[-1]
    return families_before[-1] if families_before else None


def _theme_member(before: str, family: _Body | None) -> _Body | None:
    """The member of a family whose theme a list item names before its chair: every content word of the
    member's theme ('on Ethical Recruitment') is in the item's words, and no other member fits as well."""
    if family is None:
        return None
    starts = [m.end() for m in THEME_START.finditer(before)]
    item = before[starts[-1] if starts else 0 :]
    if re.search(r"[A-Z]", item[:1]) and re.search(r"\b(?:the|was|is|are|were)\b", item):
        return None  # a clause, not a theme
    themed = themed_members(item, family.actors)
    return _Body(family.begin, family.end, (themed[0],)) if len(themed) == 1 else None


def _office_of(match: re.Match, bodies: list[_Body], text: str, parties: Parties, sentence: Span) -> tuple:
    """What a chairmanship named in a match ('the chairmanship of the Rabat Process', 'the chair') is of: the
    group or process its 'of' names, else the process named last; (None,) when its 'of' names something
    else ('the presidency of the Council of the European Union')."""
    if match["of"]:
        named = next((b for b in bodies if _starts_at(text, b.begin, match.start("of"))), None)
        return named.actors if named else (None,)
    return (_last_process(parties, sentence.begin + match.start()),)


def _process_of_office(parties: Parties, sentence: Span, bodies: list[_Body], at: int) -> Actor | None:
    """The process whose office a sentence names alone: one named earlier in the sentence, else the one the
    statement names most."""
    named = [b for b in bodies if b.end <= at and b.actors[0].kind == "process"]
    if named:
        return named[-1].actors[0]  # 'The Conference accepted the offer of Colombia to take over …'
    return parties.most_named("process", sentence.begin + at)


def _last_process(parties: Parties, at: int) -> Actor | None:
    """The process named last before an offset of the document."""
    return parties.last_named("process", at)
