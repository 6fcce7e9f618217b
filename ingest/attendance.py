"""Who attended the statement's meeting, and as what: co-chairs, hosts, participants, observers.

Every sentence (a sentence ending in ':' is read with the one it introduces; a bullet with its lead-in) is
cut into clauses; each list of actors in a clause takes the role of the nearest attendance cue in it
('attended by', 'took part', 'In attendance were', 'We, the Ministers of … convened', 'as observers',
'co-chaired', 'hosted by', …). A clause about another meeting (one with a date that is not the
meeting's own) gives no roles at this meeting; 'co-chaired by' right after a group's or a process's name
is coordination, not attendance.
"""

import re
from dataclasses import dataclass, replace

from ingest.dates import YEAR_ALONE, find_dates, overlap
from ingest.gazetteer import Gazetteer
from ingest.lexicon import BODY_TO_CHAIR_GAP, MEETING_OF, MODAL_VERBS, ORDINAL_WORDS
from ingest.lists import OFFICE_AFTER_POSSESSIVE, ROLE_MARK, ActorList, actor_lists
from ingest.mentions import Mention, scan_mentions
from ingest.records import Actor, Event, IngestWarning, Paragraph, Participation, Span, Structure
from ingest.tables import RULE, Table
from ingest.text import WIRE_DATELINE, read_on, sentences, sub_span

# and the two collectives that take part as such: 'the private sector and civil society attended as observers'
ATTENDING_KINDS = {
    "state", "territory", "organisation", "secretariat", "process", "collective/business", "collective/civil-society"
}  # fmt: skip
FORWARD, BACKWARD, BOTH = "forward", "backward", "both"  # the list comes after the cue, before it, either


MEETING_NOUNS = r"(?:proceedings|meeting|conference|session|discussions)"


def _cue(pattern: str) -> re.Pattern:
    """A cue phrase whose spaces may be any white space."""
    return re.compile(pattern.replace(" ", r"\s+"), re.IGNORECASE)


# signing the meeting's own text ('signed the Rome Declaration'), not an earlier treaty ('had signed the Protocol')
SIGNED = (
    r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bwhich\s)(?<!\bwho\s)\bsigned (?:the|this) (?:[\w'’-]+ ){0,4}?"
    r"(?:Declaration|Communiqu[eé]|Joint Statement|Statement|Conclusions)\b"
)
HOST_OF_PEOPLE = (  # a host of people, not of the meeting: 'support to Bangladesh as host of the displaced population',
    # 'assistance to Turkey, Lebanon and Jordan in hosting refugees from Syria'
    r"(?! (?:(?:of|to) )?(?:the |some |over |more than |large numbers of |(?:many|the) )?(?:displaced|refugees?|"
    r"migrants?|asylum|victims|millions?|thousands|hundreds|\d))"
)
CUES = [
    # 'Officials from France and from INTERPOL observed the proceedings'
    (
        "observer",
        BACKWARD,
        _cue(r"\bobserved the (?:proceedings|meeting|discussions|deliberations|session|conference)\b"),
    ),
    # 'present as observers' looks back only: '…, and X was invited as a special guest' is not governed by it
    # not 'the presence as observers of the EU': that looks forward
    (
        "observer",
        BACKWARD,
        _cue(r"(?<!presence\s)(?<!participation\s)\bas (?:an? )?(?:[\w-]+ )?observers?\b|\bobserver capacity\b"),
    ),
    # not 'the Member States and Observers of the United Nations' (their status there)
    # nor 'to all Members and Observers' (the addressees of a request, not a role at the meeting)
    (
        "observer",
        BOTH,
        _cue(
            # not a row's own mark: 'IOM (observer)    Chief of Mission' (read as the row's role)
            r"(?<!\bas\s)(?<!\bas\san\s)(?<!\bas\sa\s)(?<![Mm]embers\sand\s)(?<!\ball\s)(?<!\bnumber\sof\s)(?<!\()"
            r"\bobservers?\b"
            r"(?! of the United Nations)"
            # the subject of a clause of its own: '…, and observer states have also been invited'
            r"(?!\s+(?:states|countries|organi[sz]ations|delegations)\s+(?:have|has|had|were|are|will|also)\b)"
            # the addressees of a request: 'encouraged the observer organisations to align their offers with …'
            r"(?!\s+(?:states|countries|organi[sz]ations|delegations)\s+to\s)"
            # a standing status elsewhere: 'the United Arab Emirates, an active observer of the Colombo Process'
            r"(?!\s+of\s+the\s+(?:[A-Z][\w-]*\s+){1,3}(?:Process|Dialogue)\b)"
        ),
    ),
    # both sides of a table: 'the Colombo Process countries - A, B and C - sat down with D, E and F'
    ("participant", BOTH, _cue(r"\bsat (?:down )?(?:together )?with\b|\bheld talks with\b")),
    ("observer", FORWARD, _cue(r"\battended,? as (?:an? )?observers?,? by\b")),  # 'was also attended, as observers, by'
    # 'Attending as observers were the European Commission, …', 'Among the observers were …'
    (
        "observer",
        FORWARD,
        _cue(
            r"\b(?:attending|present|participating|taking part|represented) as (?:an? )?observers?,? "
            r"(?:were|was|are|is)\b|"
            r"\bamong the observers (?:were|are)\b"
        ),
    ),
    # 'Representatives of observer organisations also attended: the Oceania Customs Organisation, IOM, …'
    (
        "observer",
        FORWARD,
        _cue(r"\bobserver (?:organi[sz]ations|states|countries|delegations|agencies)\b[^.;:]{0,40}:"),
    ),
    # 'The Conference also welcomed, as observers, representatives of the Pacific Islands Chiefs of Police, …'
    (
        "observer",
        FORWARD,
        _cue(r"\bas (?:an? )?observers?,? (?:the )?(?:representatives|delegations|delegates|officials) (?:of|from)\b"),
    ),
    # 'With the presence, as observers, of Mexico and Spain'
    ("observer", FORWARD, _cue(r"\b(?:presence|participation),? as (?:an? )?observers?,? of\b")),
    (
        "co-chair",
        FORWARD,
        _cue(
            r"\b(?:co-?|jointly )?chaired (?:jointly |at [\w-]+(?: [\w-]+)? level |on the [\w-]+ side )?by\b|"
            r"\bhosted and (?:co-?)?chaired by\b|"
            # 'The Government co-chairs were the Minister for Foreign Affairs of Indonesia … and …'
            r"(?:^|(?<=[.;]\s))(?:the )?(?:(?:government|meeting['’]s|two) )?co-?chairs (?:were|are)"
            r"(?= (?:the )?(?-i:[A-Z]))|"
            r"\bunder the (?:joint |co-)?chair(?:man|person)?ship of\b|"
            rf"\b{MEETING_NOUNS} (?:was|were) (?:jointly )?"
            r"(?:conducted|steered) by\b|"
            r"\b(?:co-?)?presided (?:over )?(?:jointly )?by\b|\bjointly led by\b|"
            r"\bco-?chaired (?:it |the meeting )?with\b|"
            r"\b(?:presided over|preside over|chaired|chair) "
            r"(?:it|the (?:[\w-]+ ){0,2}?(?:meeting|session|conference|consultation)) "
            r"(?:together |jointly )?with\b"
        ),
    ),
    (
        "co-chair",
        BACKWARD,
        _cue(
            # a verb, not the office ('sat alongside those of the two Co-Chairs')
            # nor a body's office ('TWG Chair: Mali', 'ASEAN Chair')
            r"(?<!-)(?<!\bthe\s)(?<!\bthat\s)(?<!\btwo\s)(?<!\bboth\s)(?<!\bof\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!(?-i:[A-Z][A-Z])\s)(?<![’']s\s)"
            # an office held before or after: 'Germany and Morocco, the previous Co-Chairs, took part'
            r"(?<!\bprevious\s)(?<!\bformer\s)(?<!\bpast\s)(?<!\bincoming\s)(?<!\bnext\s)(?<!\boutgoing\s)"
            r"(?<!\bhosts\sand\s)(?<!\bhost\sand\s)"  # the office as an object: 'joined the hosts and Co-Chairs'
            r"\b(?:co-?|jointly )?chair(?:ed|s|ing)?\b(?! (?:by|jointly by|of))(?!-in-office)|"
            r"(?<=(?-i:[A-Z][A-Z])\s)(?:co-?|jointly )?chaired\b(?! (?:by|jointly by|of))|"  # 'and of IOM co-chaired'
            r"\b(?:co-?)?presided\b(?! (?:over )?(?:jointly )?by)|\b(?:shared|took) the chair\b|"
            r"\b(?:presides|preside) over (?:the|this) "
            r"(?:(?:ministerial|plenary|opening|closing|high-level|senior officials['’]?) )?"
            r"(?:meeting|session|conference|consultation|summit|forum)\b|"
            # 'South Africa, in the Chair of MIDSA, led the proceedings'
            # 'Indonesia and Australia, as Co-Chairs of the Bali Process, led a virtual meeting of the Ad Hoc Group'
            r"\b(?:led|chaired) (?:the|a|an) (?:(?:virtual|hybrid|online|special|joint|two-day|one-day) )?"
            r"(?:proceedings|deliberations|discussions|meeting|session|conference)\b|"
            # convening the meeting as its chairs: 'X and Y, as Co-Chairs of …, convened the Group's second meeting'
            # (only after such an apposition, see _role), not an earlier one ('had convened')
            r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\bconvened (?:the|this) (?:[\w-]+['’]s )?(?:[\w-]+ ){0,3}?"
            r"(?:meeting|session|gathering|workshop|conference)\b"
        ),
    ),
    (
        "host",
        FORWARD,
        _cue(
            r"\b(?:co-?)?hosted (?:jointly )?(?:and (?:co-?)?chaired )?by\b|\bat the invitation of\b|"
            r"\b(?:co-?)?hosted (?:in|at|on) [^;:]{1,80}? by\b|"  # 'was hosted in Bali, Indonesia, on 10 March by'
            r"\bhost (?:governments?|country|countries) of\b|"
            # 'As host country, Burkina Faso …'
            r"(?:^|(?<=[.;]\s))(?-i:As) (?:the )?host(?: country| government| state)?, |"
            # 'joined host Nepal'
            r"\b(?:joined|joining|thanked|welcomed) (?:the )?host(?: country| government)? (?=(?-i:[A-Z]))"
        ),
    ),
    (
        "host",
        FORWARD,
        _cue(r"(?:^|(?<=\n))[ \t]*(?i:host(?:s|\s+country|\s+government)?|hosted\s+by)\s*:"),
    ),  # 'Host: …'
    # 'To thank the Government of Brazil for its hospitality', 'Indonesia was proud to host the Conference'
    (
        "host",
        BACKWARD,
        _cue(
            r"\bfor (?:its|their|the) (?:(?:warm|generous|kind|excellent|gracious) )*hospitality\b|"
            r"\b(?:proud|honou?red|pleased|delighted|privileged|glad) to (?:co-?)?host (?:the|this)\b|"
            r"\bprovided the venue\b(?! for (?:an?|its|their) )"  # 'Thailand provided the venue.'
        ),
    ),
    (
        "host",
        BACKWARD,
        _cue(
            r"(?<!\bto[\s])(?<!\(\s)(?<!\()(?<!alongside\sthe\s)(?<!along\swith\sthe\s)(?<!with\sthe\s)(?<!and\sthe\s)"
            # 'as well as the host', 'besides the host', 'those of the host': the host named, not a role given
            r"(?<!well\sas\sthe\s)(?<!besides\sthe\s)(?<!of\sthe\s)(?<!apart\sfrom\sthe\s)(?<!including\sthe\s)"
            # the host as an object: 'Angola, Botswana … joined the host', 'thanked the host'
            r"(?<!joined\sthe\s)(?<!thanked\sthe\s)(?<!welcomed\sthe\s)(?<!joining\sthe\s)(?<!joined\s)(?<!joining\s)"
            # not a title before a name: '…, as did host Cambodia'
            rf"\b(?:co-?)?host(?:(?:ed|s|ing)\b|\b(?! (?-i:[A-Z])))"
            rf"(?! by| governments?| country| delegations?){HOST_OF_PEOPLE}"
            # to contain, not to receive a meeting: '…, whose waters host large distant-water fleets'
            r"(?! (?:large|many|several|numerous|sizeable|significant|growing|most|thousands|millions|hundreds|"
            r"an? (?:large|growing|significant|sizeable|number))\b)"
            # housing a body, not hosting the meeting: 'IOM, which hosts the Technical Support Unit of the Process'
            r"(?! the (?:[\w-]+ ){0,2}(?:Secretariat|Support Unit|Office|Unit|secretariat|office|unit)\b)|"
            rf"(?<!well\s)\bas (?:the )?host\b{HOST_OF_PEOPLE}|"
            r"\bas Chair-in-Office\b|"
            # 'invited the delegations to Madrid': the host
            r"\binvited (?:the )?(?:delegations|participants|members|officials|ministers|partners|delegates) "
            r"to (?-i:[A-Z])|"
            # 'welcomed senior officials of the member states to Kathmandu': the host
            r"\bwelcomed (?:the )?(?:senior )?(?:delegations|participants|members|officials|ministers|partners|"
            r"delegates|guests|representatives)\b(?: (?:of|from) [^.;:,]{1,60}?)? to (?-i:[A-Z])"
        ),
    ),
    (
        "participant",
        FORWARD,
        _cue(
            r"\battended by\b|\bjoined(?:,? as (?:special )?guests?,?)? by\b|"
            r"\b(?:interventions|statements) were (?:made|delivered|given) by\b|"  # 'Interventions were made by A, B'
            r"\b(?:met|meet|meets|joined)\s+(?:with\s+)?(?:their\s+)?counterparts\s+(?:from|of)\b|"  # '… met with
            # their counterparts from China, Japan and the Republic of Korea'
            # 'Sixty-eight participants were registered, representing …, together with the European Union, …'
            r"\b(?:participants|delegates|officials|experts) (?:were registered|took part|attended),? representing\b|"
            # 'Taking part from the countries of origin are Bangladesh, …'
            r"\b(?:in attendance|taking part|present|represented|(?:at|around) the table)"
            r"(?: this year| (?:from|for|on) (?:the )?[a-z][^,;:]{1,50}?)? (?:were|are|will be)\b|"
            r"\b(?:at|around) the table (?:sat|were seated)\b|"
            r"\bparticipants? (?:were|included)\b|\bparticipating (?:countries|states|members)(?: [a-z]+){0,2} "
            r"(?:were|included)\b|\bincluded\b|"
            r"\b(?:representatives?|delegations?|delegates) (?:(?:have|had|has) (?:connected|come|travelled) )?"
            r"(?:of|from)\b|"
            r"\b(?:ministers|officials|representatives|members|heads of delegation|experts|delegates|specialists|"
            r"colleagues|counterparts|"
            r"participants|(?:business|industry|government|community) leaders|practitioners|prosecutors|investigators|"
            r"inspectors)"
            # not 'Ministers from across the Asia-Pacific': a region, not the list
            r"(?: (?![\w-]*ed\b)(?!to\b)[\w-]+){0,8}? (?:of|from)\b(?! across\b)|\b(?:also )?came from\b|"
            r"\battended from\b|"  # 'Ministers, officials and business leaders attended from Afghanistan, …'
            r"\b(?-i:friends) from\b(?! across)|"  # 'to greet in particular our friends from Afghanistan, …'
            # 'On the receiving side, delegations are expected from Bahrain, …'
            r"\b(?:delegations?|delegates|participants|ministers|officials) (?:are|were|is|was) (?:also )?"
            r"expected from\b|"
            r"\b(?:they|[Dd]elegates|[Pp]articipants) (?:all )?come from\b|"
            # 'Some 60 participants took part, drawn from the law enforcement services of Cambodia, …'
            r"\bdrawn from (?:the )?(?:(?-i:[a-z])[\w-]* ){0,6}?(?:of|from)\b|\bdrawn from\b|"
            r"\bnamely\b|\bthe following(?: [\w-]+){0,3} (?:took part|attended|participated)\b|"
            rf"\brepresented\s*[-–—:(]|{SIGNED}(?: together with| along with| with)\b|"
            r"\bamong (?:them|those represented|the (?:delegations|participants|countries)(?: present)?) were\b|"
            # 'Among the governments that spoke in the opening segment were those of Colombia, …'
            r"\bamong the (?:governments|delegations|participants|countries|states|speakers)\b[^.;:]{0,80}? were"
            r"(?: those of)?\b|"
            r"\battended, among them\b|\bwere\s*:|\bpresent were\b|"
            r"\b(?:took (?:an? (?:active |full )?)?part|attended|participated)(?: in [^,.;]{1,60}?)?,? "
            r"(?:together with|along with|with|as well as|as did|joined by)\b|"
            r"\b(?:list of )?(?:delegations|participants|attendees)\s*:?\s*$|"
            r"(?:^|(?<=\n))[ \t]*(?i:attending|in\s+attendance|present)\s*:|"  # 'Attending: Australia; Bangladesh; …'
            r"\b(?:include|includes) those of\b|"  # 'Delegations confirmed so far include those of Afghanistan, …'
            # 'Among the states that have confirmed ministerial participation are Afghanistan, …'
            r"\b(?:have|has) confirmed (?:their |its )?(?:[\w-]+ )?(?:participation|attendance) (?:are|include)\b|"
            r"\b(?:participating|attending) (?:countries|states|delegations|members|governments|organi[sz]ations)"
            r"(?:\s*:|(?=[ \t]*\r?\n))|"
            # the labels of an annex of delegations: 'Partner countries: …', 'Organisations: …'
            # 'Members: Afghanistan; Australia; …', not 'Members: Agreed to ask IOM …'
            r"(?:^|(?<=\n))[ \t]*members(?=\s*:[ \t]*(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*[;,(\r\n])\s*:|"
            r"(?:^|(?<=\n))[ \t]*members (?:present|attending|participating|represented)\s*:|"  # 'Members attending:'
            # 'Labour-sending member states: …'
            r"(?:^|(?<=\n)|(?<=[.;]\s))[ \t]*(?:[a-z]+-)?(?:(?:partner|member|participating|attending|other|regional|"
            r"international|intergovernmental|invited|sending|receiving|origin|destination|transit|host|donor|"
            r"neighbouring) )*"
            r"(?:countries|states|governments|organi[sz]ations|agencies|delegations|"
            r"institutions|bodies)(?: of (?:origin|destination|transit))?"
            r"(?: (?:present|attending|participating|represented))?"
            r"(?:\s*\([^()\n]{1,60}\))?\s*:|"
            # 'The consultation, held under the chairmanship of …, which hosts the event, brings together …'
            r"\b(?:meeting|conference|consultation|session|forum|dialogue|workshop|seminar|roundtable|event|round|it|"
            r"group|committee)"
            r"(?:\s*\([A-Z]{2,10}\))?(?:,[^;]{1,160}?,)? (?:also |will )?(?:brought|brings|bring) together\b|"
            # 'held consultations with its dialogue partners: China, Japan, …'
            r"\bheld (?:its |their )?(?:[\w-]+ )?consultations? with\b|"
            # 'Consultations were held during the meeting with Australia, …', 'also met representatives of UNODC'
            r"\bconsultations were held (?:during the meeting )?with\b|\bmet (?:with )?representatives of\b|"
            # 'with the participation of the Member Countries: …', 'delegates attended, representing the …'
            r"\bwith the participation of(?: (?:the )?(?:[\w-]+ ){0,2}(?:countries|states|members)\s*:)?|"
            r"\b(?:noting|noted|welcom(?:ed|ing))(?: with (?:appreciation|satisfaction))? the (?:active )?"
            r"participation of\b|"
            r"\battended,? representing\b|"
            r"\b(?:had|have|has) taken part\b[^.;:]{0,100}:\s|"
            r"\b(?:sides?|groups?|regions?|countries|states|members|organi[sz]ations|governments|agencies|processes|"
            r"bodies)(?: of (?:origin|destination|transit|employment))? "
            # 'Regional consultative processes were represented in a dedicated session by the Budapest Process, …'
            r"(?:was|were|is|are|will be) (?:also )?represented(?: (?:in|at) [^.;:,]{1,40}?)? by\b|"
            # 'Officials joined from A, B'
            # 'Officials responsible for returns and reintegration joined from A, B'
            r"\b(?:officials|delegates|participants|experts)(?: (?![\w-]*ed\b)[\w-]+){0,6}? "
            r"(?:joined|connected|logged on) from\b|"
            # those who spoke at it: 'heard interventions from Australia, Indonesia, …'
            r"\bheard (?:national )?(?:interventions|statements|presentations|reports|briefings|updates) "
            r"(?:from|by)\b|"
            # 'The Meeting welcomed a presentation from IOM'
            r"\b(?:welcomed|noted|heard) (?:an? |the )?presentations? (?:from|by)\b"
        ),
    ),
    (
        "participant",
        BACKWARD,
        _cue(
            r"\b(?:also )?(?:attended|participated|took (?:an? (?:active |full )?)?part|taken part|"
            r"(?:each |also )?took the floor|opened the (?:meeting|conference|session|workshop|forum|consultation)|"
            r"joined (?:a|the) panel|joined (?:one|a|the|some|two|several) (?:[\w-]+ )?sessions?|"
            # 'The Ugandan delegation was made up of senior officials of …'
            r"delegations? (?:was|were) (?:made up of|composed of|led by|headed by)|"
            r"delegations? (?:to|at) (?:the|this)\b|"  # 'led the Thai delegation to the 8th Ministerial Conference'
            r"(?:was|were) (?:also )?(?:present|in attendance)|"
            # 'the many international organisations present, among them IOM, UNHCR, …'
            r"(?:organi[sz]ations|delegations|states|countries|governments|partners) present(?=,? (?:among|including))|"
            # joining a process as a member is membership: 'Uganda joined the Process as a Member'
            r"joined (?:the|as|in|them)\b(?! (?-i:(?:[A-Z][\w'’-]* ){0,4}(?:Process|Dialogue)) as (?:an? )?"
            r"(?:full |new )?(?:member|participant|observer)s?\b)|"
            r"sent (?:(?:a|their|high-level|senior) )?"
            r"(?:delegations?|experts|officials|representatives|delegates))\b(?! by)|"
            r"\b(?:are|is|were|was) (?:also )?(?:among (?:those|the (?:countries|delegations|states|members)) )?"
            r"(?:taking part|participating|attending)\b|"
            r"(?<!\bto\s)\b(?:take|takes) part\b|"
            rf"{SIGNED}|\bspecial guests?\b|"
            r"\bassisted the (?:presidency|chair|co-?chairs|meeting|conference)\b|"
            # the meeting's secretariat and its briefers were there: 'IOM served as secretariat to the Consultation'
            r"\b(?:served|serves|acted|acts|serving|acting) as (?:the |its |their )?(?:technical )?secretariat\b|"
            r"\bin (?:its|their) (?:role|capacity) as (?:the )?(?:technical )?secretariat\b|"
            r"\bprovided (?:the )?(?:technical )?secretariat(?: (?:support|services))?\b|"
            r"\b(?:organi[sz]ed|serviced|facilitated|moderated) the (?:[\w-]+ )?"
            r"(?:meeting|conference|event|workshop|session|consultation|panel)\b|"
            r"\bbriefed (?:the )?(?:meeting|members|participants|delegates|delegations|ministers|senior officials)\b|"
            r"\baddressed the (?:[\w-]+ )?(?:session|meeting|conference|forum|summit|plenary|participants|delegates|"
            r"ceremony|consultation|workshop|dialogue)\b|"
            r"\bpresented (?:the|its|their|a|an)\b|\bmade (?:a |their |its )?presentations?\b|"
            r"\breported (?:on|to the meeting on) (?:its|their|the)\b|\bcontributed as (?:member |observer )?"
            r"(?:organi[sz]ations|states|members)\b|"
            r"\bas (?:an? )?resource (?:organi[sz]ations?|persons?|agencies|institutions)\b|"
            r"\b(?:was|were|is|are|will be) (?:also |all |both )?represented\b|"
            r"\bas (?:new )?members?\b|\bguest of honou?r\b|"
            r"\bgathered\b|"
            # 'The Governments of A, B and C, meeting in the city of Cochabamba on the occasion of …'
            r"(?<=,\s)meeting (?:in|at)\b|"
            # 'delegations from all ten ASEAN Member States have confirmed their participation'
            r"\b(?:have|has) confirmed (?:their |its )?(?:participation|attendance)\b(?! (?:are|include)\b)|"
            r"\bconvened\b|\bmet\b"
        ),
    ),
]
PRIORITY = {"observer": 0, "co-chair": 1, "host": 2, "participant": 3}
REACH = {FORWARD: 110, BACKWARD: 70}  # characters between a cue and the list it governs
AS_DID = re.compile(  # 'attended as observers, as did UN Women', 'alongside Canada', 'as did the Director General of'
    r"^[\w -]{0,30}?,?\s*(?:as did|as were|as was|as are|as is|as do|as will|as have|as has|and so (?:did|were|was)|"
    r"alongside|"
    r"along with|together with)\s+"
    r"(?:also\s+)?(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){1,4}(?:of|for)\s+(?:the\s+)?|"
    r"(?:colleagues|counterparts|experts|officials|representatives|delegates)\s+(?:from|of)\s+(?:the\s+)?)?$"
)
AMONG = re.compile(  # 'Over 40 delegations were represented, among them Cameroon, …'
    r"^\s*,?\s*(?:among\s+(?:them|whom|others)|including|namely|notably|in\s+particular)\s*:?\s*(?:the\s+)?$"
)
REACH_RELATIVE = 220  # a cue after a relative clause about the list ('X, which … , hosted')
JOINT = re.compile(r",?\s+(?:together\s+with|as\s+well\s+as|along\s+with|alongside)\s+")
APPOSITION_GAP = re.compile(r"\s*,\s*(?:as|the|its|their|our|[a-z]+ed)\s[^;]*,\s*$")  # 'X, the Co-Chairs of …, chaired'
CHAIR_OFFICE = re.compile(r"\b(?:Co-?)?Chairs?\b", re.IGNORECASE)
# 'X, which chairs ASEAN in 2017, hosted', 'The Philippines, this year's ASEAN chair, hosted'
# '…, Bali Process members that do not sit on the Working Group, followed the meeting as observers'
MEMBERS_THAT = (
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:members|countries|states|partners)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5})?\s*(?:that|which|who)\s"  # '…, members of the X that do not …,'
)
RELATIVE_ASIDE = re.compile(
    r"\s*,\s*(?:(?:which|who)\s|(?:this\s+year['’]s|the\s+(?:current|outgoing|incoming))\s|"
    rf"{MEMBERS_THAT})[^,;]*,\s*"
)
RELATIVE_GAP = re.compile(rf"\s*,\s*(?:(?:which|who)\s|{MEMBERS_THAT})[^;]*$")
COORDINATED = re.compile(
    # past an aside on the first: 'A, B and C, as countries of destination, together with D and E, joined … as'
    r"^(?:\s*,\s*as\s+[^,;()]{1,60},)?"
    r"\s*,?\s*(?:and|as\s+well\s+as|together\s+with|along\s+with)\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,4}(?:of|from)\s+(?:the\s+)?)?"
    # a descriptor before a name: '… and the German development agency GIZ, both of which took part'
    r"(?:(?:[A-Z]{2,}\s+|[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,2}(?:agency|organi[sz]ation|body|office|programme)\s+)?$"
)
HOST_AS_OBJECT = re.compile(
    r"\b(?:joined|joining|thanked|welcomed|met)\s+(?:their|the|its|our)\s+(?:[A-Z][\w'’-]*\s+)?$"
)
GAP_VERB = re.compile(  # a verb, or a participle of another's office: '… from the two groups, coordinated by X and Y'
    r"\b(?:spent|met|gathered|discussed|reviewed|visited|travelled|convened|co-?ordinated|co-?chaired|chaired|led)\b"
)
# a clause with a verb of its own says something else of the list than the lead-in's role: 'Participants' over
# '(1) … presided as co-chairs. Indonesia and Australia have jointly led the Bali Process since 2002.'
OWN_VERB = re.compile(  # not a participle in apposition: '* the Colombo Process, then chaired by Bangladesh'
    GAP_VERB.pattern + r"(?!\s+by\b)|\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?!been\b)[a-z]+ed\b"
)
INITIATIVE_OF = re.compile(  # whose initiative, not who acted: 'at the joint initiative of Morocco, Spain and France'
    r"\b(?:initiative|invitation|request|proposal|suggestion|behest)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
TOPIC_THEN_DASH = re.compile(r"^\W*[A-Z][^.;:()]{2,80}?\s[-–—]\s*$")  # 'Ethical Recruitment - ' before its chairs
DELEGATES_OF = re.compile(
    r"\b(?i:(?:vice-?)?ministers|heads\s+of\s+delegations?|delegations|delegates|representatives|officials)\s+"
    r"(?:(?:and|of|from)\s+(?:[\w-]+\s+){0,3}?)?(?:of|from)\s"
)
VERB_AFTER_LIST = re.compile(
    r"\s+(?:also\s+)?(?!(?:attended|participated|joined|observed|represented)\b)(?:[a-z]+ed|provided|served|gave|"
    r"took|made|sent|held|led|ran|spoke|briefed)\b"
)
RELATIVE_WORD = re.compile(r"\b(?:which|who)\b")
ONE_RELATIVE = re.compile(r"(?<!\bof\s)\b(?:which|who)\b")  # not 'both of which took part': all of them
STANDING_OBSERVERS = re.compile(r"\bfollows?\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Process|Dialogue)\s*$")
COLON_END = re.compile(r":\s*(?:the\s+)?$")
NOT_GOVERNED = re.compile(r"\b(?:such as|those(?! of\b)|other)\b", re.IGNORECASE)
# 'were strongly represented, some at a senior level: A, B and C', 'took part: on the sending side A, B'
LEAD_COLON = re.compile(r"^[^.;]*:\s*(?:(?:on|from)\s+the\s+[a-z][\w-]*\s+side,?\s+)?(?:the\s+)?$")
CONTINUES = re.compile(r"^\s*(?:and\s+)?(?:of|from|by|on\s+the\s+[a-z][\w-]*\s+side)\b")  # '…; of the following …'

PARENTHESIS = re.compile(r"\([^()]*\)")
# a relative clause about an actor, not a meeting: '…, which has held the Chairmanship since …', '…, which took
# over the leadership of the Working Group … in April 2021'
RELATIVE_TAIL = re.compile(
    r",\s*(?:which|who)\s+(?:has|have|had|took|takes|assumed|succeeded|replaced|holds|held\s+the)\b.*$", re.DOTALL
)
PARTNER_BEFORE = re.compile(r",\s*(?:working|acting|cooperating|partnering)\s+(?:closely\s+)?with\s+(?:the\s+)?$")
RELATIVE_BEFORE = re.compile(r",\s*(?:which|who)\s+[^,;]*$")
INHERITS = re.compile(
    r"^[\s,–—-]*(?:and|as\s+well\s+as|together\s+with|alongside|along\s+with|among\s+(?:them|whom|others)|including|"
    r"notably|in\s+particular)"
    r":?\s+(?:also\s+)?(?:(?:by|of|from)\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+(?:of|for)\s+(?:the\s+)?)?"
    # '… - and from the receiving countries the UAE, Bahrain …': a second list under its label
    r"(?:(?:[A-Za-z][\w-]*\s+){0,3}(?:countries|states|nations|governments|partners)(?:\s+of\s+[a-z]+)?"
    r"\s*[-–—:,]?\s*(?:the\s+)?)?$"
)
# a point in time is a clause of its own: 'Myanmar hosted the meeting for the first time | since the Second …'
# another meeting the same day or week: 'Earlier that morning the 9th AMMTC+China Consultation was held online …'
SAME_DAY_OTHER = re.compile(
    r"\b(?:earlier|later)\s+(?:that|the\s+same|on\s+the\s+same)\s+(?:morning|day|afternoon|evening|week)\b|"
    # 'The Ministers also met their counterparts from China, Japan and Korea in the … Consultation': another
    # (but 'The Foreign Ministers of A and B met with their counterparts from C and D' is the meeting itself)
    r"\balso\s+met\s+(?:with\s+)?(?:their|our|its)\s+(?:[\w-]+\s+)?counterparts\b|"
    # 'held its annual consultations with its counterparts from China, …', 'meet their counterparts from A, B and C
    # for the 8th AMMTC+3 Consultation': a consultation of its own
    r"\bconsultations?\s+with\s+(?:their|our|its)\s+(?:[\w-]+\s+)?counterparts\b|"
    r"\bcounterparts\b[^.;]{0,120}?\bfor\s+the\s+(?:\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\s",
    re.IGNORECASE,
)
NOT_PRESENT = re.compile(  # 'Thailand and the United Arab Emirates sent apologies': named, and absent
    r"\b(?:sent\s+(?:their\s+)?(?:apologies|regrets)|(?:was|were)\s+unable\s+to\s+(?:attend|participate|join|be\s+present)|"
    r"could\s+not\s+(?:attend|participate|join|be\s+present)|did\s+not\s+(?:attend|participate|take\s+part)|"
    # invited, not yet said to come: 'Invitations have gone to … all the member states (A, B, …)'
    r"invitations?\s+(?:have|has|had|were|was)\s+(?:been\s+)?(?:gone|sent|extended|issued)\s+to)\b",
    re.IGNORECASE,
)
FUTURE_MEETING = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:expected\s+)?to)\s+(?:(?:also|then|next)\s+)?"
    # 'Myanmar will chair and host the 12th AMMTC in 2018'
    r"(?:(?:co-?)?chair\s+and\s+)?(?:meet|convene|gather|hold|host|take\s+place|be\s+(?:convened|held|hosted))\b|"
    # 'The Steering Committee shall be chaired in its first year by Italy, and Egypt shall chair it'
    r"\b(?:will|shall)\s+(?:be\s+)?(?:co-?)?chair(?:ed)?\s+(?:it|in\s+(?:its|the)\s+(?:first|second|next|following))\b|"
    r",\s+to\s+be\s+hosted\s+by\b|"  # 'We look forward to the 12th AMMTC, to be hosted by Myanmar in 2019'
    # 'looked forward to meeting our counterparts from China, Japan and … the following day'
    r"\blook(?:ed|s|ing)?\s+forward\s+to\s+(?:meeting|seeing|welcoming)\b|"
    # 'resolved to hold the fifteenth Conference in Santiago': another meeting, later
    r"\b(?:agreed|resolved|decided|offered|proposed)\s+to\s+(?:hold|host|convene)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:next|following|[a-z]+(?:th|st|nd|rd)|\d+(?:th|st|nd|rd))\b|"
    # 'to accept the offer of Chile to assume the Pro Tempore Presidency and host the XII Conference'
    r"\boffers?\s+of\s+[^.;]{1,80}?\s+to\s+(?:[^.;]{0,80}?\s)?(?:host|convene)\b"
)
CLAUSE = re.compile(
    # not before the office that opens a list ('its six members: the two Co-Chairs, Thailand, …')
    r";|:\s(?=[a-z])(?!(?:on|from)\s+the\s+[a-z][\w-]*\s+side\b)(?!the\s+[A-Z])(?!(?:the\s+)?(?:two\s+)?(?i:co-?chairs?)\b)|"
    r"(?<=\btime)\s(?=since\s+(?:the|its|their)\s)|"
    # a second verb with its own object: '… thanked Indonesia for hosting the Conference and agreed that the next …'
    r",?\s+and\s+(?=(?:also\s+)?(?:agreed|decided|resolved|noted|welcomed|requested|looked\s+forward)\b)|"
    # a clause of its own: '… were in attendance, while a delegation of MIDWA joined as an observer'
    r",\s+(?=(?:while|whereas)\s)|"
    # a preamble's next clause on a line of its own: ',\nJoined by …', ',\nTaking note of …'
    r",[ \t]*(?:\r\n|\r|\n)[ \t]*(?=[A-Z][a-z]+(?:ing|ed)\b)"
)
# 'Participating countries: A; B; C.' (an annex, a list of delegations): one list, its ';' do not cut clauses
LABEL_THEN_LIST = re.compile(r"^(?:[A-Z][\w'’ -]{2,40}(?::|[ \t]*\r?\n)\s*){1,2}[A-Z][^.:]*\.?$")
OWNER_BEFORE = re.compile(
    r"\b(?:member (?:countries|states)|members|co-?chairs?|chair(?:man|person)?|secretariat|officials|meeting|"
    r"conference|presidency(?: pro tempore| of the council)?|chair-in-office|capacity|work|behalf)\s+of\s+(?:the\s+)?"
    r"(?:(?:[a-z]+(?:st|nd|rd|th)|\d+(?:st|nd|rd|th))\s+)?$".replace(" ", r"\s+"),
    re.IGNORECASE,
)
SENT_BY_OWNER = re.compile(r"\bofficials\s+of\s+(?:the\s+)?$", re.IGNORECASE)  # 'senior officials of UNHCR' came


def _owner_before(actor: Actor, before: str, gazetteer: Gazetteer) -> bool:
    """Whether the text before a name makes it the owner of what precedes ('the Co-Chairs of the Bali Process',
    'Senior Officials of the Bali Process', 'officials of ASEAN': its members' officials), not an attendee
    ('senior officials of UNHCR' stand for UNHCR, an agency with no members or secretariat of its own)."""
    if actor.kind not in ("process", "organisation") or not OWNER_BEFORE.search(before):
        return False
    agency = actor.key not in gazetteer.memberships and gazetteer.listed_secretariat_of(actor) is None
    return actor.kind == "process" or not (agency and SENT_BY_OWNER.search(before))


OFFICE_AFTER_OWNER = re.compile(r"\s+(?i:chair(?:man|person)?(?:ship)?|presidency|chair-in-office)\b")
# the object of a request to act: 'call upon the participating States of the region, namely A, B, to designate'
ASKED_TO_ACT = re.compile(
    r"\b(?i:call(?:ed|s)?\s+(?:up)?on|urge[sd]?|request(?:ed|s)?)\s+(?P<object>[^.;:]{1,300}?)\s+to\s+"
    r"(?!(?:take\s+part|participate|attend|join)\b)[a-z]"
)
PRESENT_ASIDE = re.compile(r"\b(?:present|attended|took\s+part|participated|observers?)\b")  # '…, who were present …,'
# the object of a request to attend, later: 'invited Japan to participate as an observer'
INVITED_TO_ATTEND = re.compile(
    r"\b(?i:invite[sd]?|encourage[sd]?|urge[sd]?|ask(?:ed|s)?|call(?:ed|s)?\s+(?:up)?on)\s+"
    r"(?P<object>[^.;:]{1,300}?)\s+to\s+(?:take\s+part|participate|attend|join)\b"
)
COLLECTIVE_AS_MODIFIER = re.compile(r"\s+(?i:co-?chairs?|chairs?|forum|track|mechanism|sessions?|dialogue|side)\b")
MET_WITH_BEFORE = re.compile(
    r"\b(?i:dialogue|sessions?|consultations?|meetings?|exchanges?|round\s*tables?|discussions?)\s+with\s+(?:the\s+)?$"
)
OWN_OBSERVERS_AFTER = re.compile(r"\s+(?i:observers|partners|partner\s+(?:organi[sz]ations|countries|states))\b")
# a process named with its meeting's ordinal is the meeting: 'meeting at the third Ministerial-level Migration
# Dialogue for Southern Africa'
ORDINAL_BEFORE = re.compile(
    rf"\bthe\s+(?:\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(ORDINAL_WORDS)}|(?-i:[IVXL]{{2,6}}))\s+(?:[A-Z][\w-]*\s+){{0,2}}$",
    re.IGNORECASE,
)  # 'the Fifth Bali Process …', 'the XVIII South American Conference on Migration (SACM) met': the meeting
# 'in Bali, Indonesia', 'sit in the RCM' (not 'at the Regional Support Office': a body receiving the meeting)
LOCATION_BEFORE = re.compile(r"\b(?:in\s+(?:the\s+)?|at\s+)(?:(?:the\s+)?[A-Z][\w'’.-]*[\s,]*)*$")
MEETING_CUE = re.compile(rf"{MEETING_NOUNS}\b", re.IGNORECASE)  # a cue about the meeting, not a group
CHAIRS_A_BODY = re.compile(  # 'which chairs MIDSA', 'will chair the Forum'; not 'co-chair the … Officials' Meeting'
    r"(?:(?i:co-?)?chairs?|(?<=(?:has|ave|had)\s)(?i:co-?)?chaired)\s+(?:the\s+)?"
    r"(?:(?!(?:[\w'’-]+\s+){0,7}?(?:Meeting|Conference|Session|Consultation|Workshop|"
    r"Summit|Retreat|Seminar|Symposium|Gathering)\b)(?!(?:Ministerial|Senior|Dialogue)\b)[A-Z]|"
    # a standing office, whatever the body's name: 'which chairs the ASEAN Senior Officials Meeting on … this year'
    r"[A-Z][^,;.]{2,100}?\s+(?:this\s+year|in\s+(?:19|20)\d\d)\b)"
)
# the co-chair of the body just named: '…, which chairs the Budapest Process, with Hungary as Co-Chair'
BODY_CO_CHAIR = re.compile(
    r"\b(?i:co-?)?chair(?:s|ed)?\s+(?:the\s+)?"
    r"(?!(?:[\w'’-]+\s+){0,7}?(?:Meeting|Conference|Session|Consultation|Workshop|Summit|Seminar)\b)"
    r"[A-Z][^,;.()]{1,80},?\s+(?:with|and)\s+[^,;.()]{1,60}?\s+as\s+(?:its\s+)?$"
)
VERB_ITEM = re.compile(  # an item that opens on its own verb: '• ask the Regional Support Office to build …'
    r"\s*(?:[-–—•*·▪]\s*)?(?:[a-z]+ed|welcome|note|"
    + "|".join(f"(?-i:{v})" for v in MODAL_VERBS.values())
    + r"|"
    # or a verb in capitals: 'D. INVITE the European Union to …', 'ENCOURAGE IOM, UNHCR and UNODC to …'
    + "|".join(f"(?=[A-Z]{{3,}}\\b)(?i:{v})" for v in MODAL_VERBS.values())
    + r")\b"
)
GROUP_BEFORE = re.compile(
    # not past a verb of its own: 'the Budapest Process, hosted the meeting and presided over it jointly with'
    # nor past the meeting's own verb: '… of the Khartoum Process met in Asmara under the chairmanship of'
    r"(?:Group|Process|Forum|Force|Mechanism|Committee)\b(?![^.;]*,\s+[a-z]+ed\b[^.;]*$)"
    r"(?![^.;]*\b(?:met|was\s+held|were\s+held|took\s+place|convened|gathered)\b)[^.;]{0,40}?\(?\s*"
    r"(?:which\s+)?(?:is\s+)?$|\(\s*$|"
    # a group still to be set up: 'to set up an ad hoc working group on …, to be co-chaired by Germany and Morocco'
    r"\b(?i:group|task\s+force|committee)\b[^.;]{0,80}?,?\s*(?:to\s+be|which\s+will\s+be|that\s+will\s+be)\s+$|"
    # a group named by its theme: 'the group on border management and cross-border crime, chaired by Mali'
    r"\b(?i:(?:working\s+)?group\s+(?:on|for))\s+[^.;,()]{3,80},\s*$"
)


ROSTER_HEAD = re.compile(  # 'ANNEX – LIST OF DELEGATIONS', 'Annex 3: MIDSA Participants'
    r"(?:annex(?:\s+(?:[ivx\d]+|[a-z]))?\s*[-–—:]\s*)?(?:list\s+of\s+)?(?:[A-Z][\w-]*\s+){0,2}?(?:participating\s+)?"
    r"(?:delegations|participants|heads\s+of\s+delegation|participating\s+(?:states|countries|governments))"
    r"(?:\s+and\s+(?:international\s+)?organi[sz]ations)?(?:\s*\([^()]*\))?\s*:?",
    re.IGNORECASE,
)
DASH_SEPARATOR = re.compile(r"\s[—–]\s")  # names set apart by dashes on a roster's line
ANNEX_LINE = re.compile(
    r"(?:annex|appendix|attachment)(?:\s+(?:[ivx\d]+|[a-z]))?\s*[-–—:.]?", re.IGNORECASE
)  # 'ANNEX A'
MEMBERS_PRESENT = re.compile(  # a roster's title under its annex line: 'MEMBERS OF THE AD HOC GROUP PRESENT'
    r"(?i:(?:list\s+of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:members|states|countries|delegations|participants|"
    r"organi[sz]ations)(?:\s+(?:of|to)\s+(?:the\s+)?[\w'’ -]{1,50}?)?\s+(?:present|attending|participating|"
    r"represented|in\s+attendance))\s*:?"
)
ROSTER_LABEL = re.compile(  # 'Members:', 'Steering Group members', 'Most affected countries'
    r"(?:[A-Z][\w'’-]*\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}(?:[Mm]embers?|[Pp]articipants|[Oo]bservers|[Dd]elegations|"
    r"[Ss]tates|[Cc]ountries|[Oo]rgani[sz]ations|[Pp]artners?|[Ss]ecretariat|[Gg]uests?)\s*:?"
)
OBSERVER_LABEL = re.compile(r"\s*[^:;]{0,40}\bobservers?\b[^:;]{0,20}:", re.IGNORECASE)  # 'Observer States: …'
ROSTER_KINDS = {"state", "territory", "organisation", "secretariat"}  # a process opens a running header
ROSTER_LEADER = re.compile(
    r"\s*\([^()]{1,40}\)\s|(?:\s*\([^()]{1,40}\))?(?:\s*\.{3,}|\s*…+|\t|\s{3,}|\s+[–—-]\s|\s*:|\s*,\s|\s*[.;]?\s*$)"
)
ROLE_SUBHEAD = re.compile(
    r"(?i:(?:the\s+)?(?:co-?chairs?|chairs?|co-?presidency|(?:co-?)?hosts?(?:\s+(?:country|countries|government))?|"
    r"observers?|in\s+attendance))\s*:?"
)
BAR_LABEL = re.compile(r"\s*(?P<label>[A-Za-z][\w'’ -]{1,40}?)\s*\|\s*(?=\S)(?![^|]*\|)")  # 'Observers | A; B'
ROSTER_CELL = re.compile(r"\S.*?(?=[ ]{3,}|\t|$)")  # a column of a roster laid out in columns
ROSTER_SUBHEAD = re.compile(r"(?=[^a-z]*$)[A-Z][A-Z'’ -]{2,60}:?")  # MEMBER STATES, OBSERVERS


@dataclass(frozen=True)
class _Unit:
    """A stretch of text read for attendance: a sentence (with the one it introduces), or a bullet."""

    span: Span
    lead: Span | None = None  # the lead-in of a bullet or the sentence ending in ':'


def _past_tables(unit: _Unit, tabled: list[Span]) -> _Unit | None:
    """A unit with the tables read in it cut off: what follows the last (a sentence run on from its last row,
    'Observers: the United Arab Emirates …'), or None when nothing does."""
    overlapping = [t for t in tabled if unit.span.begin < t.end and t.begin < unit.span.end]
    if not overlapping:
        return unit
    end = max(t.end for t in overlapping)
    if unit.span.end <= end or not unit.span.quote[end - unit.span.begin :].strip():
        return None
    return replace(unit, span=sub_span(unit.span, end - unit.span.begin, len(unit.span.quote)))


def _rosters(paragraphs: tuple[Paragraph, ...], sentences_: list[Span], gazetteer: Gazetteer) -> list[Participation]:
    """The delegations of a roster under its heading ('ANNEX – LIST OF DELEGATIONS' over 'Albania ....
    Mr A. B., Ministry of Interior'), over one paragraph or several, with upper-case sub-headings ('MEMBER
    STATES', 'OBSERVERS') that give the role of the lines below: each line that opens with an actor's name
    set off by leaders, a tab, a wide gap, a dash, a colon or a comma, or standing alone; a line 'Observers:
    …' is left to the cues."""
    out = []
    role = None  # None outside a roster
    for paragraph in paragraphs:
        lines_ = list(re.finditer(r"[^\r\n]+", paragraph.span.quote))
        read_here = False
        if heading := _roster_heading([line.group() for line in lines_]):
            role, lines_ = "participant", lines_[heading:]
            read_here = not lines_  # a heading standing alone: its roster is in the paragraphs below
        elif role is None:
            continue
        if (
            lines_
            and ";" in lines_[0].group()
            and not OBSERVER_LABEL.match(lines_[0].group())
            and not ((bar := BAR_LABEL.match(lines_[0].group())) and gazetteer.resolve(bar["label"]) is None)
        ):
            out += _roster_list(paragraph.span, lines_[0].start(), role, sentences_, gazetteer)  # 'A; B; C'
            read_here = True
            continue
        cued = False  # within a labelled line of observers and the lines it runs on to: left to the cues
        dashes_on = False  # the line before ended with a dash: its list of names goes on
        for line in lines_:
            stripped = line.group().strip()
            # 'OBSERVERS', 'Members:', 'Co-Chairs', 'In attendance'
            if (
                ROSTER_SUBHEAD.fullmatch(stripped)
                or ROSTER_LABEL.fullmatch(stripped)
                or ROLE_SUBHEAD.fullmatch(stripped)
            ):
                role = _subhead_role(stripped)
                read_here, cued = True, False
                continue
            if re.match(r"observers?\s*(?:\([^()]{1,30}\)\s*)?:", stripped, re.IGNORECASE):
                cued = not LINE_ENDS_SENTENCE.search(
                    stripped
                )  # 'Observers (alphabetical): A; B; European' / 'Union; C.'
                continue
            if cued:
                cued = not LINE_ENDS_SENTENCE.search(stripped)
                continue
            line_span = sub_span(paragraph.span, line.start(), line.end())
            labelled = BAR_LABEL.match(line.group())
            if labelled and _is_role_label(labelled["label"]) and gazetteer.resolve(labelled["label"]) is None:
                # 'Observers | Canada; Germany; ICRC': the row's label gives the role of the names after it
                cells = sub_span(paragraph.span, line.start() + labelled.end(), line.end())
                out += _roster_list(cells, 0, _subhead_role(labelled["label"]), sentences_, gazetteer)
                read_here = True
                continue
            # 'Australia; Bangladesh; …' under 'Members:'; 'Afghanistan, Austria, Bangladesh,' under 'PARTICIPATING
            # STATES'
            # 'Afghanistan — Australia — Bangladesh —' over 'Fiji — IOM'
            dashed = len(DASH_SEPARATOR.findall(f" {stripped} ")) >= (1 if dashes_on else 2)
            dashes_on = dashed and stripped.endswith(("—", "–"))
            if ((";" in stripped or dashed) and not OBSERVER_LABEL.match(stripped)) or _comma_list(
                line_span, gazetteer
            ):
                out += _roster_list(line_span, 0, role, sentences_, gazetteer)
                read_here = True
                continue
            if stripped.count("|") >= 1 and not SEPARATOR_ROW.fullmatch(stripped):
                # a table flattened to text: ' 2  | Australia (Co-Chair) |  9  | Pakistan', a cell going on below
                # (' 12 | International Organization for' over '    | Migration (IOM)'), read cell by cell
                out += _table_row(paragraph.span, line, role, sentences_, gazetteer)
                read_here = True
                continue
            if (taken := _roster_line(paragraph.span, line, role, sentences_, gazetteer)) is not None:
                out.append(taken)
                read_here = True
                # 'Afghanistan          Myanmar': a roster in columns names a delegation in each
                cells = list(ROSTER_CELL.finditer(paragraph.span.quote, line.start(), line.end()))[1:]
                out += [c for cell in cells if (c := _roster_line(paragraph.span, cell, role, sentences_, gazetteer))]
            elif len(cells := list(ROSTER_CELL.finditer(paragraph.span.quote, line.start(), line.end()))) >= 2 and (
                taken := _roster_line(paragraph.span, cells[-1], role, sentences_, gazetteer)
            ):
                out.append(taken)  # 'Divisional Manager, Immigration Policy      New Zealand': its last column
                read_here = True
            elif RULE.fullmatch(stripped) or (read_here and line.group()[:1].isspace()):
                read_here = True  # a rule under a header, or a cell going on from the line above
        if not read_here:
            role = None  # the roster has ended
    return out


LINE_ENDS_SENTENCE = re.compile(r"[.;!?][\"'”’)\]]*$")
BARRED_ROW = re.compile(r"(?m)^[^|\n]*\S[^|\n]*\|[^|\n]*\|")  # ' 2  | Australia (Co-Chair) |  9  | Pakistan'
SEPARATOR_ROW = re.compile(r"[-+=|: ]+")  # '-----+-------': a table's rule
TABLE_CELL = re.compile(r"[^|]+")


# a table of delegations with their status: '| 1 | Australia | Co-Chair |', '| 3 | Thailand | Host/Member |'
NAME_COLUMN = re.compile(
    r"(?:participating\s+|member\s+)?(?:delegations?|countr(?:y|ies)|members?|states?|governments?|"
    r"organi[sz]ations?|participants?|names?|entit(?:y|ies)|institutions?|agenc(?:y|ies))"
)
STATUS_COLUMN = re.compile(
    r"status|role|capacity|category|participation|attended\s+as|participating\s+as|remarks?|notes?"
)
REMARKS_COLUMN = re.compile(r"remarks?|notes?")  # a delegation listed there took part, whatever else it says
ABSENT = re.compile(r"(?i)\b(?:did\s+not\s+attend|absent|apologies|not\s+represented|unable\s+to\s+attend)\b")
STATUS_ROLES = (
    (re.compile(r"(?:co-?)?chair(?:man|person)?s?|co-?presidency|presidency", re.IGNORECASE), "co-chair"),
    (re.compile(r"(?:co-?)?host(?:\s+(?:country|state|government))?", re.IGNORECASE), "host"),
    (re.compile(r"observers?(?:\s+(?:country|state|organi[sz]ation))?", re.IGNORECASE), "observer"),
    (
        re.compile(
            r"(?:full\s+|new\s+)?(?:member(?:\s+(?:country|state|organi[sz]ation))?|participant|delegat(?:e|ion)|"
            r"in\s+attendance|attend(?:ed|ing|ee)|participating|partner|guest|invited|speaker|resource\s+\w+|"
            r"secretariat|present)",
            re.IGNORECASE,
        ),
        "participant",
    ),
)
STATUS_SPLIT = re.compile(r"\s*(?:/|,|&|\+|\band\b)\s*")


DELEGATIONS_HEAD = re.compile(  # a column of those who took part: 'Member States', 'Delegation' (not its head)
    r"^(?!heads?\s+of\b).*\b(?:states|countries|governments|delegations?|participants|members|organi[sz]ations|"
    r"observers)\b"
)
# a one-cell heading over a grid of names: 'participating states', 'organisations attending as observers'
GRID_HEAD = re.compile(
    r"\b(?:states|countries|governments|delegations|participants|members|organi[sz]ations|observers)\b"
)


def _status_tables(
    tables: tuple[Table, ...], gazetteer: Gazetteer
) -> tuple[list[Participation], list[IngestWarning], list[Span]]:
    """The delegations of tables with a name and a status column, each in the roles its status names, the
    statuses and names not read as warnings; and the tables read, which no other reading takes again."""
    out: list[Participation] = []
    warnings: list[IngestWarning] = []
    read: list[Span] = []
    for table in tables:
        if len(table.columns) == 1 and table.ruled and GRID_HEAD.search(table.columns[0]):
            # '| Organisations attending as observers |' over '| IOM | UNHCR |': every name in the heading's role
            read.append(table.span)
            role = _subhead_role(table.columns[0])
            for cells, row in zip(table.rows, table.row_spans, strict=True):
                for cell in (c for c in cells if c is not None):
                    if (mention := _cell_actor(cell, gazetteer, warnings)) is not None:
                        out.append(Participation(mention.actor, role, mention.span, row, mention.represents))
            continue
        labelled = [BAR_LABEL.match(line.group()) for line in re.finditer(r"[^\r\n]+", table.span.quote)]
        if len(table.columns) == 2 and all(m and _is_role_label(m["label"]) for m in labelled):
            # 'Co-Chairs | Indonesia; Australia' over 'Observers | Canada; ILO': each row's label gives its names' role
            read.append(table.span)
            for line, label in zip(re.finditer(r"[^\r\n]+", table.span.quote), labelled, strict=True):
                row = sub_span(table.span, line.start(), line.end())
                role = _subhead_role(label["label"])
                for mention in scan_mentions(sub_span(row, label.end(), len(row.quote)), gazetteer, ROSTER_KINDS):
                    out.append(Participation(mention.actor, role, mention.span, row, mention.represents))
            continue
        name_at, status_at = table.column(NAME_COLUMN), table.column(STATUS_COLUMN)
        listing = [k for k, column in enumerate(table.columns) if DELEGATIONS_HEAD.search(column)]
        if name_at is not None and status_at is None and listing:
            # 'Member States | Head of delegation' over 'Afghanistan | Deputy Minister of Labour', 'Sri Lanka (Chair)
            # | …'; 'Bali Process members | Organisations': every delegation in its column's role, and in the role
            # its own mark names
            read.append(table.span)
            for k, (cells, row) in (
                (k, pair) for k in listing for pair in zip(table.rows, table.row_spans, strict=True)
            ):
                name, role = cells[k], _subhead_role(table.columns[k])
                if name is None or (mention := _cell_actor(name, gazetteer, warnings)) is None:
                    continue
                marked = _marked_role(name, mention.span)  # 'Regional Support Office (observer)': that alone
                if marked != "observer":
                    out.append(Participation(mention.actor, role, mention.span, row, mention.represents))
                if marked and marked != role:
                    out.append(Participation(mention.actor, marked, mention.span, row, mention.represents))
            continue
        if name_at is None or status_at is None:
            continue
        read.append(table.span)
        for cells, row in zip(table.rows, table.row_spans, strict=True):
            name, status = cells[name_at], cells[status_at]
            if name is None:
                continue
            if (mention := _cell_actor(name, gazetteer, warnings)) is None:
                continue
            remarks = REMARKS_COLUMN.fullmatch(table.columns[status_at]) is not None
            if remarks and status is not None and ABSENT.search(status.quote):
                continue  # '4  China  -  did not attend'
            roles = []
            for part in STATUS_SPLIT.split(status.quote) if status is not None else []:
                role = _status_role(part)
                if role is None and not remarks:
                    warnings.append(IngestWarning(f"status {part!r} of {name.quote!r} names no role", status))
                elif role is not None and role not in roles:
                    roles.append(role)
            if remarks and "observer" not in roles:
                roles.append("participant")  # '6  Nepal  Secretary  Chair / host': a delegation in the table
            for role in roles:
                out.append(Participation(mention.actor, role, mention.span, row, mention.represents))
    return out, warnings, read


def _cell_actor(cell: Span, gazetteer: Gazetteer, warnings: list[IngestWarning]) -> Mention | None:
    """The actor a table cell opens with, or None with a warning naming the cell."""
    named = scan_mentions(cell, gazetteer, ROSTER_KINDS)
    if not named or named[0].span.begin != cell.begin:
        warnings.append(IngestWarning(f"unresolved participant {cell.quote!r}: not in the gazetteer", cell))
        return None
    return named[0]


def _roster_heading(lines_: list[str]) -> int:
    """How many of a paragraph's first lines head a roster of delegations: 'ANNEX – LIST OF DELEGATIONS' (one),
    'ANNEX A' over 'MEMBERS OF THE AD HOC GROUP PRESENT' (two); 0 when they head none."""
    first = lines_[0].strip() if lines_ else ""
    if ROSTER_HEAD.fullmatch(first):
        return 1
    second = lines_[1].strip() if len(lines_) > 1 else ""
    if ANNEX_LINE.fullmatch(first) and (ROSTER_HEAD.fullmatch(second) or MEMBERS_PRESENT.fullmatch(second)):
        return 2
    return 0


def _is_role_label(label: str) -> bool:
    """Whether a row's label names the role of a roster's lines ('Co-Chairs', 'Members', 'Observer States')."""
    return any(p.fullmatch(label.strip()) for p in (ROSTER_SUBHEAD, ROSTER_LABEL, ROLE_SUBHEAD))


def _subhead_role(label: str) -> str:
    """The role a roster's sub-heading gives the lines under it: 'Observer States' observers, 'Co-Chairs'
    co-chairs, 'Host country' the host, any other ('Members', 'In attendance') participants."""
    label = label.strip().rstrip(":").strip()
    if re.match(r"observers?\b", label, re.IGNORECASE) or re.search(r"\bobservers?$", label, re.IGNORECASE):
        return "observer"
    role = _status_role(label)
    return role if role in ("co-chair", "host") else "participant"


def _status_role(status: str) -> str | None:
    """The role one status word names ('Co-Chair', 'Host', 'Observer', 'Member', 'In attendance'), or None."""
    return next((role for pattern, role in STATUS_ROLES if pattern.fullmatch(status)), None)


def _table_row(
    paragraph: Span, line: re.Match, role: str, sentences_: list[Span], gazetteer: Gazetteer
) -> list[Participation]:
    """The delegations of one row of a table flattened with bars: the first actor each cell names, at its start
    or, in a cell going on from the row above, anywhere in it (its acronym: 'Migration (IOM)')."""
    out = []
    row = sub_span(paragraph, line.start(), line.end())
    for cell in TABLE_CELL.finditer(row.quote):
        text = cell.group()
        if not text.strip() or re.fullmatch(r"\s*(?:\d{1,3}\.?|No\.?)\s*", text):
            continue
        span = sub_span(row, cell.start(), cell.end())
        text = span.quote  # the cell without the blanks around it
        named = scan_mentions(span, gazetteer, ROSTER_KINDS)
        if not named:
            continue
        first = named[0]
        at_start = not text[: first.span.begin - span.begin].strip()
        goes_on = text[:1].islower()  # 'ka' under 'Sri Lan-'
        if not at_start and not goes_on and not re.fullmatch(r"[^()]*\(\s*", text[: first.span.begin - span.begin]):
            continue
        sentence = next((s for s in sentences_ if s.begin <= first.span.begin and first.span.end <= s.end), None)
        if sentence is not None:
            out.append(Participation(first.actor, role, first.span, sentence, first.represents))
    return out


SIGNATORY = re.compile(r"[ \t]*For\s+(?P<name>[^:\n]{2,80}?)\s*:")  # 'For the Kingdom of Thailand: Minister of …'


def _signatories(
    paragraphs: tuple[Paragraph, ...], sentences_: list[Span], gazetteer: Gazetteer
) -> list[Participation]:
    """The states of a signature block: a paragraph of two or more lines, each 'For <State>: <office or name>'."""
    out = []
    for paragraph in paragraphs:
        lines_ = [m for m in re.finditer(r"[^\r\n]+", paragraph.span.quote) if m.group().strip()]
        signed = [SIGNATORY.match(line.group()) for line in lines_]
        if len(lines_) < 2 or not all(signed):
            continue
        for line, match in zip(lines_, signed, strict=True):
            name = sub_span(paragraph.span, line.start() + match.start("name"), line.start() + match.end("name"))
            named = [m for m in scan_mentions(name, gazetteer, {"state", "territory"}) if m.span.end == name.end]
            sentence = next((s for s in sentences_ if s.begin <= name.begin and name.end <= s.end), None)
            if named and sentence is not None:
                out.append(Participation(named[0].actor, "participant", named[0].span, sentence, named[0].represents))
    return out


COMMA_GAP = re.compile(r"\s*[,•·]\s*(?:and\s+)?(?:the\s+)?")


def _comma_list(line: Span, gazetteer: Gazetteer) -> bool:
    """Whether a roster line lists delegations with commas or dots from its start ('Afghanistan, Austria,
    Bangladesh,', 'Armenia • Austria • Azerbaijan •')."""
    named = scan_mentions(line, gazetteer, ROSTER_KINDS)
    return (
        len(named) >= 2
        and not line.quote[: named[0].span.begin - line.begin].strip()
        and COMMA_GAP.fullmatch(line.quote[named[0].span.end - line.begin : named[1].span.begin - line.begin])
        is not None
    )


def _roster_list(
    paragraph: Span, begin: int, role: str, sentences_: list[Span], gazetteer: Gazetteer
) -> list[Participation]:
    """The delegations of a roster written as one list over its lines ('Republic of Angola; Republic of
    Botswana; … Kingdom\nof Lesotho; …')."""
    out = []
    for mention in scan_mentions(sub_span(paragraph, begin, len(paragraph.quote)), gazetteer, ROSTER_KINDS):
        sentence = next((s for s in sentences_ if s.begin <= mention.span.begin and mention.span.end <= s.end), None)
        if sentence is not None:
            out.append(Participation(mention.actor, role, mention.span, sentence, mention.represents))
    return out


def _roster_line(
    paragraph: Span, line: re.Match, role: str, sentences_: list[Span], gazetteer: Gazetteer
) -> Participation | None:
    """The delegation a roster line opens with, if it opens with one."""
    named = scan_mentions(sub_span(paragraph, line.start(), line.end()), gazetteer, ROSTER_KINDS)
    if not named:
        return None
    first = named[0]
    at, end = first.span.begin - paragraph.begin, first.span.end - paragraph.begin
    if paragraph.quote[line.start() : at].strip() != "" or not ROSTER_LEADER.match(paragraph.quote[: line.end()], end):
        return None
    sentence = next((s for s in sentences_ if s.begin <= first.span.begin and first.span.end <= s.end), None)
    if sentence is None:
        return None
    mark = ROLE_MARK.match(paragraph.quote[: line.end()], end)
    if mark and mark["observer"] and not paragraph.quote[mark.end() : line.end()].strip():
        role = "observer"  # 'Office of the United Nations High Commissioner for Refugees (observer)'
    return Participation(first.actor, role, first.span, sentence, first.represents)


def _relative_tail(clause: str, actor_list, at: int, others: tuple) -> tuple[int | None, tuple | None]:
    """When a cue after a list governs it across a relative clause on the list's last part ('A, B, together
    with C, which sits … as an observer'), where that part starts, and the role of the part before it."""
    if at < actor_list.end or not RELATIVE_GAP.match(clause[actor_list.end : at]):
        return None, None
    joints = list(JOINT.finditer(clause, actor_list.begin, actor_list.end))
    if not joints:
        return None, None
    joint = joints[-1]
    return joint.start(), _role(clause, actor_list.begin, joint.start(), (*others, (joint.end(), actor_list.end)))


def _marked_role(clause: Span, mention: Span) -> str | None:
    """The role a mark after a name gives ('Australia (Co-Chair)', 'IOM (observer)'), whether the mention took it
    in or not."""
    at = re.search(r"\s*\([^()]*\)$", mention.quote)
    mark = (
        ROLE_MARK.match(mention.quote, at.start()) if at else ROLE_MARK.match(clause.quote, mention.end - clause.begin)
    )
    if mark is None:
        return None
    return "host" if mark["host"] else "co-chair" if mark["chair"] else "observer"


ROLL_WORD = re.compile(  # a word of attendance somewhere in a clause that holds a list no cue governs
    r"(?i)\b(?:attend|participat|present|represent|delegat|join|t[oa]ok\s+part|taking\s+part|gather|together|"
    r"welcom|includ|among|comprising|namely)\w*|"
    r"\b(?:from|of)\s+the\s+countries\s+of\s+(?:origin|destination|transit)\s*:"  # 'From the countries of origin: A, B'
)
ROLL_EXCEPT = re.compile(  # a clause that says what a list of actors does or is asked to do, or who leads: not a roll
    r"(?i)\b(?:chair|presid|coordinat|lead|led|host|organi[sz]|convene|urg|call|encourag|request|invit|task|"
    r"recommend|agree|support|commend|thank|congratulat|acknowledg|appreciat|commit|decid|note)\w*"
)
ROLL_SIZE = 3  # a list of this many states or organisations at least


def _unclaimed_roll(clause: str, actor_list: ActorList, lead: Span | None) -> bool:
    """Whether a list that no cue governs still reads as who took part: three or more states or organisations,
    in a clause (or under a lead-in) with a word of attendance, and no verb of leading or asking in the clause
    ('Joining them in Istanbul: A, B, C and D'); its actors take part only when nothing else gives them a role."""
    named = {m.actor.key for m in actor_list.mentions if m.actor.kind in ("state", "territory", "organisation")}
    if len(named) < ROLL_SIZE or ROLL_EXCEPT.search(clause):
        return False
    return ROLL_WORD.search(clause) is not None or (lead is not None and ROLL_WORD.search(lead.quote) is not None)


# a heading of one line that names the list under it: 'States participating in the Ministerial Conference'
ROSTER_TITLE = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?i:states|countries|delegations|governments|organi[sz]ations|observers|members)\s+"
    r"(?i:participating|taking\s+part|represented|present|attending|in\s+attendance)\b[^.:;\n]{0,60}"
)


def _units(structure: Structure) -> list[_Unit]:
    """Sentences of every paragraph (one ending in ':' joined to the next), then every item with its
    lead-in or host paragraph."""
    out = []
    label = None  # a paragraph ending in ':' ('Delegations present:') over the list that the next one holds
    with_items = {item.paragraph for item in structure.items}
    for paragraph in structure.paragraphs:
        parts = sentences(paragraph.span)
        joined = read_on(parts, paragraph.span.quote, paragraph.span.begin)
        out += [_Unit(sentence, label if index == 0 else None) for index, sentence in enumerate(joined)]
        if parts and parts[-1].quote.endswith(":") and paragraph.label not in with_items:
            label = parts[-1]  # not when its items follow: they are its list
        elif paragraph.label not in with_items and ROSTER_TITLE.fullmatch(paragraph.span.quote.strip()):
            label = paragraph.span  # 'States participating in the Ministerial Conference' over the list of names
        elif not paragraph.span.quote.endswith(";"):  # a list cut over paragraphs goes on under its label
            label = None
    hosts = {p.label: p.span for p in structure.paragraphs}
    for item in structure.items:
        out.append(_Unit(item.span, item.lead_in or hosts.get(item.paragraph)))
    return out


MEMBER_STATES_AFTER = re.compile(r"\s+(?i:member\s+(?:states|countries|nations))\b")
MEMBER_STATES_BEFORE = re.compile(r"(?i:\bmember\s+(?:states|countries|nations)\s+of\s+(?:the\s+)?)$")


def _members_named(clause: Span, mention: Mention, gazetteer: Gazetteer, day: str) -> list[tuple[Actor, Span]] | None:
    """'the ten ASEAN member states', 'the Member States of ASEAN': the states that were members of the
    organisation on the meeting's day, each with the phrase as its mention (none when the gazetteer does
    not know them); None for any other name."""
    begin, end = mention.span.begin - clause.begin, mention.span.end - clause.begin
    if after := MEMBER_STATES_AFTER.match(clause.quote, end):
        end = after.end()
    elif before := MEMBER_STATES_BEFORE.search(clause.quote[:begin]):
        begin = before.start()
    else:
        return None
    members = gazetteer.members_on(mention.actor.key, day)
    return [(a, sub_span(clause, begin, end)) for a in members]


def _own_dates(event: Event) -> list[tuple[str, str]]:
    """The meeting's own date ranges."""
    return [(r.start, r.end) for r in event.readings if r.start]


def _other_meeting_clause(clause: str, own: list[tuple[str, str]], year: str, preview: bool = False) -> bool:
    """Whether a clause speaks of another meeting: one still to be held (unless the statement previews its
    own: 'New Zealand will host officials … in Wellington next week'), or one its first date dates."""
    later = preview and (
        LATER_STILL.search(clause) or any(y != year for y in YEAR_ALONE.findall(SINCE_YEAR.sub("", clause)))
    )
    if SAME_DAY_OTHER.search(clause) or (FUTURE_MEETING.search(clause) and (not preview or later)):
        return True  # 'The ASEAN ministers will meet their counterparts from China, Japan and … on Saturday'
    return _dated_elsewhere(clause, own, year)


RUN_INTO_DATE = re.compile(r"(?<=[A-Za-z])(?=\d)")
SINCE_YEAR = re.compile(  # a term's start: 'since 2006', 'since it was launched in 2008'
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+|(?:it|they|its|their)\s+[^.;,()]{0,40}?)?(?:19|20)\d\d\b"
)
LATER_STILL = re.compile(r"\bagain\b|\b(?:next|following)\s+(?:year|meeting|conference|session|round)\b")


def _previews(structure: Structure, own: list[tuple[str, str]]) -> bool:
    """Whether the statement was issued before its meeting began (a preview: its meeting is still to come), by
    its publication line, its heading's dates or its press dateline ('DUBAI, 9th February 2024 (WAM) -- …')."""
    lines = [structure.issued, *structure.datelines] if structure.issued is not None else [*structure.datelines]
    if structure.paragraphs and (dateline := WIRE_DATELINE.match(structure.paragraphs[0].span.quote)):
        lines.append(sub_span(structure.paragraphs[0].span, 0, dateline.end()))
    # a date run into the words before it ('NewsBudapest Process15 February 2019') is read apart from them
    dates = [
        d
        for line in lines
        for _, d in find_dates(RUN_INTO_DATE.sub(" ", line.quote), "")
        if d.year_given and len(d.end) == 10
    ]
    return bool(own and dates) and min(start for start, _ in own) > max(d.end for d in dates)


def _dated_elsewhere(clause: str, own: list[tuple[str, str]], year: str) -> bool:
    """Whether a clause's first date is not the meeting's own (so it speaks of another meeting); a
    relative clause about an actor ('…, which has held the Chairmanship since … 2021') and a parenthesis
    ('admitted at the Fifth Ministerial Consultation (Colombo, 25 August 2016), was represented') do not count."""
    clause = PARENTHESIS.sub("", RELATIVE_TAIL.sub("", clause))
    for _, dates in find_dates(clause, year):
        # the first date speaks: 'gathered at the Fifth Conference, held on 25 and 26 November 2004 …, as a
        # continuation of the Fourth, held in Montevideo in November 2003' is this meeting's clause
        return not any(overlap((dates.start, dates.end), days, precision=7) for days in own)
    return False


WHICH_AFTER_GROUP = re.compile(
    r"\b(?:Group|Groups|Force|Networks?|Committee)\b(?:\s+(?:on|of|for)\s+[^.;,()]{1,80}?)?(?:\s*\([^()]{1,20}\))?,?\s+(?:which|that)\s+$"
)
RELATIVE_AFTER_BODY = re.compile(r"(?:\s*\([^()]{1,20}\))?,?\s+(?:which|that)\s+")
CO_CHAIRS_BEFORE = re.compile(  # 'The Co-Chairs of the Bali Process, A and B': the list may hold the process's name
    r"(?i:\bthe\s+(?:two\s+)?co-?chairs)(?:\s+of(?:\s+the)?\s*|(?:\s+of\s+[^,;()]{1,120})?,\s*)$|"
    # 'As Co-Chairs of the Bali Process, Indonesia and Australia convened …'
    r"(?:^|[.;]\s+)(?i:as\s+(?:the\s+)?(?:two\s+)?co-?chairs)(?:\s+of(?:\s+the)?\s*|(?:\s+of\s+[^,;()]{1,120})?,\s*)$"
)
# a part of the meeting as the subject of its chairs: not the meeting's chairs
SESSION_SUBJECT = re.compile(  # 'the session on diasporas', 'a panel', 'Roundtable 2', not 'the opening session'
    r"(?i:\b(?:sessions?\s+(?:on|devoted\s+to|between|with)|(?:thematic|parallel|breakout|working)\s+sessions?|"
    r"panels?|round\s*tables?|(?:working\s+)?tables|side\s+events?)\b|\b[A-Z][\w+]*-[A-Z][\w+]*\s+sessions?\b)[^.;]*$"
)
SESSION_OBJECT = re.compile(  # 'Singapore and the EU presided over the SOMTC-EU session'
    r"\s+(?:over\s+)?(?:the|a)\s+(?!(?:opening|closing|plenary|final|first|main|whole|ministerial|high-level|senior)\b)(?:[\w+-]+\s+){1,3}?"
    r"(?:session|panel|round\s*table|side\s+event)s?\b",
    re.IGNORECASE,
)


OFFICE_NOUN_BEFORE = re.compile(r"\b(?i:the|that|two|both|of|its|their|our)\s*\n\s*$")  # the cue's look-behind, broken
EXAMPLES_GAP = re.compile(r"\s*,?\s*(?:such\s+as|including|namely|among\s+them)\s*")
ATTENDED_NEARER = re.compile(r"(?:,|\band)\s+(?:was\s+|were\s+)?(?:also\s+)?attended\s+by\b|\bbrought\s+together\b")


# a verb whose object the list is
OBJECT_OF_VERB = re.compile(
    r"\b(?:chairs|chaired|chairing|co-chairs|co-chaired|leads|heads|coordinates)\s+(?:the\s+)?$"
)
LINE_LABEL_BEFORE = re.compile(r"(?:\r\n|\r|\n)[ \t]*[-•*·]?[ \t]*$")  # a cue at the start of its line
LABEL_COLON = re.compile(r"[^\r\n:.;,]{0,30}:")  # … that ends in a colon: a label


def _role(clause: str, begin: int, end: int, others: tuple[tuple[int, int], ...] = ()) -> tuple[str, int] | None:
    """The role a list at [begin, end) of its clause takes: of the cues that govern it (a cue before the
    list that looks forward, or after it that looks back, close enough, with nothing between them that
    makes the list another's: 'such as those'), the strongest role, then the nearest; and the cue's offset."""
    best = None
    hosts: list[int] = []
    # 'chaired by the Chief of …, and attended by A, B': the nearer cue of attendance governs the list
    attended_before = [m.start() for m in ATTENDED_NEARER.finditer(clause, 0, begin)]
    for role, direction, pattern in CUES:
        for match in pattern.finditer(clause):
            if begin <= match.start() < end:
                continue
            before = match.end() <= begin
            if before and role in ("co-chair", "host") and any(match.end() <= a for a in attended_before):
                continue
            gap = clause[match.end() : begin] if before else clause[end : match.start()]
            if before and (office := OFFICE_FIRST.search(gap)):
                gap = gap[: office.start()]  # 'brought together its members: the two Co-Chairs, Thailand, …'
            if before and direction == BACKWARD and not any(p.match(gap) for p in (LEAD_COLON, AS_DID, AMONG)):
                continue  # a cue that looks back governs what follows only across a lead-in's colon or 'as did'
            if not before and direction == FORWARD:
                continue
            if not before and OBJECT_OF_VERB.search(clause, 0, begin) and role in ("co-chair", "host"):
                continue  # another verb's object does not chair: '… chairs the Abu Dhabi Dialogue and will preside'
            if (
                not before
                and LINE_LABEL_BEFORE.search(clause, 0, match.start())
                and LABEL_COLON.match(clause, match.end())
            ):
                continue  # 'Countries of destination: A, B\n  Observers: IOM': a label is its own line's, not the last
            # not when the list ends in the office it holds: 'which Australia and Indonesia, the Co-Chairs of the Bali
            # Process, chaired together'
            chairs_aside = APPOSITION_GAP.match(gap) and CHAIR_OFFICE.search(gap)  # ', as Co-Chairs of …,'
            office_aside = chairs_aside or (not gap.strip(" ,") and re.search(r"\b(?:which|who)\s+$", clause[:begin]))
            if not before and RELATIVE_BEFORE.search(clause[:begin]) and re.search(r",", gap) and not office_aside:
                continue  # 'X, which chairs ASEAN in 2017, hosted …': ASEAN is not the one who hosted
            if not before and PARTNER_BEFORE.search(clause[:begin]) and re.search(r",", gap):
                continue  # 'Venezuela, working with IOM in its role of Technical Secretariat, hosted …'

            reach = REACH[FORWARD if before else BACKWARD]
            if role == "co-chair" and not before and OFFICE_NOUN_BEFORE.search(clause, 0, match.start()):
                continue  # the office across a line break ('… and REQUEST the\n   Co-Chairs to convene'), a noun
            if role == "co-chair" and before and TOPIC_THEN_DASH.match(clause[: match.start()]):
                continue  # '- Ethical Recruitment - co-chaired by the Philippines and Bangladesh;': a theme's group
            if role == "co-chair" and not before and CHAIRS_A_BODY.match(clause, match.start()):
                continue  # 'Malawi, which chairs MIDSA in 2022, hosted …': the process's chair (coordination)
            if role == "co-chair" and not before and BODY_CO_CHAIR.search(clause[: match.start()]):
                continue  # 'Turkey, which chairs the Budapest Process, with Hungary as Co-Chair': the process's
            chairs_before = CO_CHAIRS_BEFORE.search(clause[:begin])  # 'The Co-Chairs of …, A and B, convened'
            if role == "co-chair" and match.group().startswith("convened") and not (chairs_aside or chairs_before):
                continue  # 'IOM, which convened the meeting with the host, served as secretariat': not a chair
            if not before and (RELATIVE_GAP.match(gap) or APPOSITION_GAP.match(gap)):
                reach = REACH_RELATIVE  # 'Costa Rica, which holds the Presidency … and which hosted …, presided'
            lo, hi = (match.end(), begin) if before else (end, match.start())
            # a list inside a relative clause about this one stands aside: 'Malawi, which chairs MIDSA in 2022, hosted'
            aside = RELATIVE_ASIDE.match(gap) if not before else None
            lo = lo + aside.end() if aside else lo
            # not the body of an office in apposition: 'A and B, as Co-Chairs of the Bali Process (Bali Process),
            # convened'
            # not a list that is another verb's object: 'Pakistan currently chairs the Abu Dhabi Dialogue and will
            # preside over the ministerial session'
            between = (
                []
                if chairs_aside
                else [
                    (b, e)
                    for b, e in others
                    if lo <= b and e <= hi and (before or not OBJECT_OF_VERB.search(clause, 0, b))
                ]
            )
            joined = bool(between) and not before and _coordinated(clause, end, between)
            # not whose initiative it was: 'convened at the joint initiative of Morocco, Spain and France, and the
            # Kingdom of Morocco hosted it'
            joined = joined and not INITIATIVE_OF.search(clause[:begin])
            # not past a relative clause on the last list: '…, together with Mauritania, which sits … as an observer'
            joined = joined and not ONE_RELATIVE.search(clause[max(o_end for _, o_end in between) : match.start()])
            # a cue before a run of lists that one enumeration makes: 'brought together its six members: the two
            # Co-Chairs, Thailand, New Zealand, …' (the office named first is a list of its own)
            run_on = before and bool(between) and _one_enumeration(clause, sorted(between), begin)
            if joined:  # the cue after the last of the lists joined to this one governs them all
                gap = clause[max(o_end for _, o_end in between) : match.start()]
            elif run_on:
                gap = clause[match.end() : min(b for b, _ in between)]
            elif between:
                continue  # another list stands between: the cue is that list's
            if before and GAP_VERB.search(gap):
                continue  # the cue's phrase ended: '… police from eleven member states spent three days at the RSO'
            examples = before and role == "observer" and EXAMPLES_GAP.fullmatch(gap)  # 'Observers such as Canada'
            if len(gap) > reach or (
                NOT_GOVERNED.search(gap) and not (before and COLON_END.search(gap)) and not examples
            ):
                continue  # not 'such as those', 'other'; but 'by the chairs of other processes: A, B'

            if role == "observer" and not before and STANDING_OBSERVERS.search(gap) and not RELATIVE_WORD.search(gap):
                continue  # a standing status: '…, the main destination countries, follow the Process as observers'
                # (but '… attended, among them Libya, which follow the Dialogue as observers': observers there)
            if role == "host" and not before and HOST_AS_OBJECT.search(gap):
                continue  # 'Delegations from A and B joined their Canadian hosts': the hosts are others
            given = role
            if role == "co-chair" and before and SESSION_SUBJECT.search(clause[: match.start()]):
                given = "participant"  # 'The session on diasporas was co-chaired by Mexico and the Netherlands'
            if role == "co-chair" and not before and SESSION_OBJECT.match(clause, match.end()):
                given = "participant"  # 'Singapore and the EU presided over the SOMTC-EU session'
            rank = (PRIORITY[given], len(gap))
            if best is None or rank < best[0]:
                best = (rank, given, match.start())
            if role == "host":
                hosts.append(match.start())
    if best is not None and best[1] == "co-chair" and hosts:
        return "co-chair+host", best[2]  # 'Australia hosted the meeting and co-chaired it with Indonesia'
    if best is not None and best[1] == "host" and CO_CHAIRS_BEFORE.search(clause[:begin]):
        return "co-chair+host", best[2]  # 'The Co-Chairs of the Bali Process, Australia and Indonesia, hosted …'
    return (best[1], best[2]) if best else None


def _sentence_around(clause: Span, at: int) -> str:
    """The sentence of a clause that holds its offset `at` (a bullet read whole may hold several)."""
    here = clause.begin + at
    return next((s.quote for s in sentences(clause) if s.begin <= here < s.end), clause.quote)


def _coordinated(clause: str, end: int, lists: list[tuple[int, int]]) -> bool:
    """Whether the lists after a list's `end` are joined to it, each to the one before, as one subject ('the
    heads of mission of A and B, and senior diplomats of C and D, took part')."""
    for o_begin, o_end in sorted(lists):
        if not COORDINATED.match(clause[end:o_begin]):
            return False
        end = o_end
    return True


SUBHEAD = re.compile(r"[A-Z][\w'’-]*(?:[ -][\w'’()-]+){0,3}\s*:?")  # 'Members', 'International organisations'


def _roster_subhead(unit: _Unit, roster_from: int | None) -> str | None:
    """The sub-heading an item stands under in an annex of delegations ('Co-chairs' over '* Indonesia'), or None."""
    if unit.lead is None or roster_from is None or unit.span.begin < roster_from:
        return None
    last = unit.lead.quote.strip().splitlines()[-1].strip()
    return last if SUBHEAD.fullmatch(last) and not ROSTER_HEAD.fullmatch(last) else None


OFFICE_FIRST = re.compile(r"(?<=:)\s*(?:the\s+)?(?:two\s+)?(?:Co-?Chairs?|Chairs?|hosts?)\s*,\s*$", re.IGNORECASE)
ENUMERATION_GAP = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")


def _one_enumeration(clause: str, lists: list[tuple[int, int]], begin: int) -> bool:
    """Whether lists one after another, then the one at `begin`, are parted only by commas and 'and'."""
    ends = [e for _, e in lists]
    starts = [b for b, _ in lists[1:]] + [begin]
    return all(ENUMERATION_GAP.fullmatch(clause, e, b) for e, b in zip(ends, starts, strict=True))


def _list_alone(clause: Span, actor_list) -> bool:
    """Whether a clause is nothing but the list ('; UNHCR.')."""
    quote = clause.quote
    before = re.sub(r"^[\s;,]*(?:and\s+)?(?:the\s+)?", "", quote[: actor_list.begin])  # '; and the Republic of …'
    return not before.strip(" ;,") and not quote[actor_list.end :].strip(" .;,")


def _may_attend(clause: Span, actor_list, gazetteer: Gazetteer) -> bool:
    """Whether a list names someone who may attend: not only places ('in Bali, Indonesia') and owners ('the
    Member Countries of ASEAN', 'the Co-Chairs of the Bali Process')."""
    for mention in actor_list.mentions:
        before = clause.quote[: mention.span.begin - clause.begin]
        owner = _owner_before(mention.actor, before, gazetteer) or (
            mention.actor.kind in ("process", "organisation") and re.search(r"\bof\s+(?:the\s+)?$", before)
        )
        owner = owner or (mention.actor.kind == "process" and ORDINAL_BEFORE.search(before))
        after = clause.quote[mention.span.end - clause.begin :]
        office = mention.actor.kind != "state" and OFFICE_AFTER_OWNER.match(after)  # 'this year's ASEAN chair'
        place = (
            LOCATION_BEFORE.search(before) and mention.span.quote not in gazetteer.demonyms
        )  # not 'in Perth, Indonesian'
        if not owner and not office and not place:
            return True
    return False


BARE_FORUM = re.compile(r"\s*[Tt]he\s+Forum\s+(?:was|is|were|will\s+be)\s+(?:jointly\s+)?")  # the meeting itself


def _after_a_group(clause: Span, at: int, gazetteer: Gazetteer) -> bool:
    """Whether a cue at `at` follows the name of a group or process ('… Networks, co-chaired by'): it then
    tells who chairs the group (coordination), not who chaired the meeting."""
    if MEETING_CUE.match(clause.quote, at) or BARE_FORUM.fullmatch(clause.quote[:at]):
        return False  # 'The AHG meeting was steered by': the meeting's chairs; 'The Forum was co-chaired by'
    named = scan_mentions(sub_span(clause, 0, at), gazetteer, {"group", "process"})
    if named and re.search(r",\s+(?:which|who)\s+[^,;]*$", clause.quote[: named[-1].span.begin - clause.begin]):
        return False  # 'Turkey, which chairs the Budapest Process, presided over the meeting with Hungary': a relative
    if named and MEETING_OF.search(clause.quote[: named[-1].span.begin - clause.begin]):
        return False  # '… Ministerial Conference of the Bali Process …, under the co-chairmanship of': the meeting's
    if GROUP_BEFORE.search(clause.quote[:at]):
        return True
    return bool(named) and BODY_TO_CHAIR_GAP.fullmatch(clause.quote[named[-1].span.end - clause.begin : at]) is not None


OFFICE_OF_BODY = re.compile(r"\b(?i:secretariat|support\s+(?:office|unit)|office|unit)\s+of\s+(?:the\s+)?$")


def _hosts_a_body(clause: Span, at: int, gazetteer: Gazetteer) -> bool:
    """Whether a host cue at `at` follows, after a comma or a parenthesis, the name of a process, group or
    organisation ('The Permanent Secretariat of the Abu Dhabi Dialogue, hosted by the UAE'): who houses the
    body, not who hosted the meeting."""
    if MEETING_CUE.match(clause.quote, at) or not re.match(r"(?i:(?:co-?)?hosted)\b", clause.quote[at:]):
        return False
    named = scan_mentions(sub_span(clause, 0, at), gazetteer, {"group", "process", "organisation"})
    if named and re.search(r"\bby\s+(?:the\s+)?$", clause.quote[: named[-1].span.begin - clause.begin]):
        return False  # 'Organised by the Regional Support Office, co-hosted by the Royal Thai Police': the event's
    if not named or not re.fullmatch(r"\s*(?:,|\()\s*", clause.quote[named[-1].span.end - clause.begin : at]):
        return False
    before = clause.quote[: named[-1].span.begin - clause.begin]
    # a group or process may be the meeting itself ('The Government and Business Forum, hosted by Australia'); its
    # secretariat or office is not
    return named[-1].actor.kind == "organisation" or OFFICE_OF_BODY.search(before) is not None


def _body_then_which(clause: Span, at: int, gazetteer: Gazetteer) -> bool:
    """Whether a group's or process's name, then 'which', comes right before `at` ('… the Bali Process on People
    Smuggling, Trafficking in Persons and Related Transnational Crime, which Indonesia and Australia co-chair')."""
    named = scan_mentions(sub_span(clause, 0, at), gazetteer, {"group", "process"})
    return (
        bool(named) and RELATIVE_AFTER_BODY.fullmatch(clause.quote[named[-1].span.end - clause.begin : at]) is not None
    )


AN_OFFICE = re.compile(r"\b(?:Office|Secretariat|Centre|Center|Unit|Facility|Hub)\b")  # what 'hosting it' may host


def _body_then_bracket(clause: Span, at: int, gazetteer: Gazetteer) -> bool:
    """Whether a group's or process's name, then an opening bracket, comes right before `at` ('… the Working
    Group on Disruption (Malaysia and New Zealand, co-chairs)'): the group's chairs, not the meeting's."""
    before = clause.quote[:at]
    bracket = re.search(r"\(\s*$", before)
    if bracket is None:
        return False
    named = scan_mentions(sub_span(clause, 0, bracket.start()), gazetteer, {"group", "process"})
    return bool(named) and not before[named[-1].span.end - clause.begin : bracket.start()].strip()


def _before_a_group(clause: Span, at: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a cue opening the clause governs a list that a group or process follows in apposition ('Co-chaired
    by Australia and Indonesia, the Working Group reports …'): who chairs the group (coordination)."""
    if clause.quote[:at].strip():
        return False
    after = re.match(r",\s+(?:the\s+)?", clause.quote[end:])
    if after is None:
        return False
    rest = sub_span(clause, end + after.end(), len(clause.quote))
    named = scan_mentions(rest, gazetteer, {"group", "process"})
    return bool(named) and named[0].span.begin == rest.begin


def read_attendance(
    structure: Structure, gazetteer: Gazetteer, event: Event | None = None, tables: tuple[Table, ...] = ()
) -> tuple[list[Participation], list[IngestWarning]]:
    """Participations read from every sentence and bullet, and from the rows of tables of delegations with
    their status; unresolved list entries as warnings."""
    own = _own_dates(event) if event else []
    year = own[0][0][:4] if own else ""
    preview = _previews(structure, own)
    participations: dict[tuple[str, str], Participation] = {}
    rolled: dict[tuple[str, str], Participation] = {}  # from lists no cue governs (_unclaimed_roll)
    units = _units(structure)
    by_status, warnings, tabled = _status_tables(tables, gazetteer)
    for taken in by_status:
        participations.setdefault((taken.actor.key, taken.role), taken)
    units = [u for unit in units if (u := _past_tables(unit, tabled)) is not None]
    found = [
        p
        for p in _rosters(structure.paragraphs, [u.span for u in units], gazetteer)
        if not any(t.begin <= p.mention.begin < t.end for t in tabled)
    ]
    rostered = [p.mention for p in found]
    for taken in found + _signatories(structure.paragraphs, [u.span for u in units], gazetteer):
        marked = _marked_role(taken.sentence, taken.mention)  # 'Sri Lanka (host)   Hon. …', 'IOM (observer)'
        if not (marked == "observer" and taken.role == "participant"):
            participations.setdefault((taken.actor.key, taken.role), taken)
        if marked:
            participations.setdefault((taken.actor.key, marked), replace(taken, role=marked))
    # where an annex listing the delegations starts ('ANNEX A - LIST OF DELEGATIONS'), if the text has one
    roster_from = next(
        (p.span.begin for p in structure.paragraphs if _roster_heading(p.span.quote.splitlines())),
        None,
    )
    for unit in units:
        text = unit.span.quote
        if len(BARRED_ROW.findall(text)) >= 2 and any(unit.span.begin <= m.begin < unit.span.end for m in rostered):
            continue  # a table flattened with bars under a roster's heading: read as its rows, not as sentences
        cuts = (
            [0, *[m.end() for m in CLAUSE.finditer(text)], len(text)]
            if not LABEL_THEN_LIST.match(text)
            else [0, len(text)]
        )
        last_role = None  # the role of the unit's last clause, for '…; of the following European countries: …'
        for lo, hi in zip(cuts, cuts[1:], strict=False):
            clause = sub_span(unit.span, lo, hi)
            context = (unit.lead.quote + " ") if unit.lead is not None else ""
            if _other_meeting_clause(clause.quote, own, year, preview):
                continue
            previous = None
            lists = actor_lists(clause, gazetteer, ATTENDING_KINDS)
            bounds = tuple((a.begin, a.end) for a in lists if _may_attend(clause, a, gazetteer))
            for actor_list in lists:
                if NOT_PRESENT.search(_sentence_around(clause, actor_list.begin)):
                    continue
                others = tuple(b for b in bounds if b != (actor_list.begin, actor_list.end))
                invited = INVITED_TO_ATTEND.search(clause.quote)
                if invited and invited.start("object") <= actor_list.begin < invited.end("object"):
                    continue  # 'Invite other States …, including the APC, to take part … as observers': asked to
                asked = ASKED_TO_ACT.search(clause.quote)
                if (
                    asked
                    and asked.start("object") <= actor_list.begin < asked.end("object")
                    and not PRESENT_ASIDE.search(asked["object"])
                ):
                    continue  # 'call upon the participating States …, namely Afghanistan, …, to designate': asked
                if unit.lead is not None:
                    # 'participating governments:' over '• agreed to set up a group co-chaired by X': the item's
                    # own verb speaks, not the lead-in's label
                    found = (
                        _role(context, len(context), len(context))
                        if context and not VERB_ITEM.match(text) and not OWN_VERB.search(clause.quote)
                        else None
                    )
                    found = _role(clause.quote, actor_list.begin, actor_list.end, others) or found
                    subhead = _roster_subhead(unit, roster_from)
                    if subhead is not None and _list_alone(clause, actor_list):
                        found = (_subhead_role(subhead), 0)  # '* Bangladesh' under 'Members' in an annex of delegations
                else:
                    found = _role(clause.quote, actor_list.begin, actor_list.end, others)
                if found is None and previous is not None and previous[1] is not None:
                    between = clause.quote[previous[0].end : actor_list.begin]
                    between = re.sub(r"^\s*\([^()]*\)", "", between)  # '… IOM (regional offices in Bangkok) and …'
                    # '… joined by A, B and C, which took part as observers, and by D': D as the list before
                    tail = between[between.rfind(",") :] if "," in between else between
                    # 'A and B chaired it at Counsellor level, and C …': a chair's verb between is not C's too
                    chair_between = previous[0].end <= previous[1][1] < actor_list.begin and previous[1][0].startswith(
                        ("co-chair", "host")
                    )
                    # 'alongside' joins another to those who took part, not to a host or chair ('Hosted by Morocco,
                    # the Conference was opened by its Minister, alongside Belgium, …')
                    beside = re.match(r"[\s,]*along(?:side|\s+with)\b", tail) and previous[1][0].startswith(
                        ("co-chair", "host")
                    )
                    # '… hosted by the Ministry of Labour of the UAE, and IOM provided its secretariat': its own clause
                    own_verb = VERB_AFTER_LIST.match(clause.quote, actor_list.end)
                    if INHERITS.match(tail) and not chair_between and not beside:
                        inherited = previous[1][0] if previous[1][0] != "observer" else "participant"
                        if "+" in inherited and re.search(r"\b(?:co-?)?host\b", between, re.IGNORECASE):
                            inherited = inherited.split("+")[0]  # 'co-chaired by Kenya, host of the meeting, and by X'
                        if own_verb and inherited.startswith(("host", "co-chair")):
                            inherited = "participant"  # it took part in its own way, and did not host or chair
                        found = (inherited, previous[1][1])
                if (
                    found is None
                    and unit.lead is not None
                    and ROSTER_HEAD.search(unit.lead.quote)
                    and _list_alone(clause, actor_list)
                ):
                    found = ("participant", 0)  # '* Afghanistan' under 'ANNEX A – LIST OF PARTICIPANTS' / 'Members'
                if found is None and last_role is not None and CONTINUES.match(clause.quote):
                    found = (last_role, 0)
                if found is None and last_role is not None and lo > 0 and _list_alone(clause, actor_list):
                    found = (last_role, 0)  # 'Observers: IOM; UNHCR': the label's list goes on past ';'
                unclaimed = found is None and _unclaimed_roll(clause.quote, actor_list, unit.lead)
                if unclaimed:
                    found = ("participant", actor_list.begin)
                if _may_attend(clause, actor_list, gazetteer):
                    previous = (actor_list, found)
                if found is None:
                    continue
                role, at = found
                last_role = role.split("+")[0]
                if (
                    role.startswith("co-chair")
                    and at < actor_list.begin
                    and (
                        _after_a_group(clause, at, gazetteer) or _before_a_group(clause, at, actor_list.end, gazetteer)
                    )
                ):
                    # '… Working Group (co-chaired by X and Y)': coordination; under a lead-in of attendance the
                    # bodies listed after the chairs take part ('* the Budapest Process, chaired by Turkey, the
                    # Prague Process and the Almaty Process' under 'The following processes took part:')
                    led = _role(context, len(context), len(context)) if context else None
                    first_body = next(
                        (i for i, m in enumerate(actor_list.mentions) if m.actor.kind in ("process", "group")), None
                    )
                    if led is not None and first_body is not None and not led[0].startswith("co-chair"):
                        for mention in actor_list.mentions[first_body:]:
                            if mention.actor.kind in ATTENDING_KINDS:
                                participations.setdefault(
                                    (mention.actor.key, led[0]),
                                    Participation(mention.actor, led[0], mention.span, unit.span, mention.represents),
                                )
                    continue
                if role == "host" and at < actor_list.begin and _hosts_a_body(clause, at, gazetteer):
                    continue  # 'The Permanent Secretariat of the Abu Dhabi Dialogue, hosted by the UAE'
                if (
                    role == "host"
                    and at >= actor_list.end
                    and re.match(r"(?:co-?)?host(?:ing|s|ed)?\s+it\b", clause.quote[at:], re.IGNORECASE)
                    and AN_OFFICE.search(clause.quote[:at])
                ):
                    continue  # '… the Regional Support Office … and thanked Thailand for hosting it': the office
                if (
                    role.startswith("co-chair")
                    and at >= actor_list.end
                    and (
                        WHICH_AFTER_GROUP.search(clause.quote[: actor_list.begin])
                        or _body_then_which(clause, actor_list.begin, gazetteer)
                        or _body_then_bracket(clause, actor_list.begin, gazetteer)
                    )
                ):
                    continue  # '… the Working Group on …, which Malaysia and New Zealand co-chair': coordination
                joint, head_role = _relative_tail(clause.quote, actor_list, at, others)
                for mention in actor_list.mentions:
                    mention_role = role
                    if joint is not None and mention.span.begin - clause.begin < joint:
                        if head_role is None:
                            continue
                        mention_role = head_role[0]  # 'namely A, B, together with C, which sits … as an observer'
                    before = clause.quote[: mention.span.begin - clause.begin]
                    after = mention.span.end - clause.begin
                    if re.match(r"['’]s\b", clause.quote[after:]) and not OFFICE_AFTER_POSSESSIVE.match(
                        clause.quote, after
                    ):
                        continue  # 'ASEAN's fight': a possessor, not an attendee ('Australia's Ambassador …' is)
                    if LOCATION_BEFORE.search(before) and mention.span.quote not in gazetteer.demonyms:
                        continue  # '… in Bali, Indonesia on 28-30 April 2003': a place, not an attendee
                    if re.search(r"\(\s*$", before) and any(
                        m.actor.key == mention.actor.key and m.span.end <= mention.span.begin
                        for m in actor_list.mentions
                    ):
                        continue  # '… Related Transnational Crime (Bali Process)': the same name again, short
                    if (
                        at >= actor_list.end
                        and role.startswith(("host", "co-chair"))
                        and INITIATIVE_OF.search(clause.quote[: actor_list.begin])
                        and (last_and := list(re.finditer(r",\s+and\s+", clause.quote[:at])))
                        and mention.span.begin - clause.begin < last_and[-1].start()
                        and last_and[-1].start() > actor_list.begin
                    ):
                        # 'convened at the joint initiative of Morocco, Spain and France, and the Kingdom of Morocco
                        # hosted it': a preposition's objects, then the one who hosted
                        continue
                    first_end = actor_list.mentions[0].span.end - clause.begin
                    if (
                        at < actor_list.begin
                        and role.startswith(("host", "co-chair"))
                        and mention is not actor_list.mentions[0]
                        and DELEGATES_OF.search(clause.quote, first_end, mention.span.begin - clause.begin)
                    ):
                        # 'At the invitation of the Government of Mexico, the Vice-Ministers and Heads of Delegation
                        # of Belize, Canada … met': the host's cue stops at those who came
                        mention_role = "participant"
                    if not before.strip() and lo == 0 and re.match(r"\s+[-–—]\s+(?=[A-Z])", clause.quote[after:]):
                        continue  # 'Switzerland - Labour ministers from … met in Abu Dhabi': a dateline's place
                    if (
                        at < actor_list.begin
                        and role.startswith(("host", "co-chair"))
                        and mention is not actor_list.mentions[0]
                        and re.search(r",\s+and\s+(?:the\s+)?$", before)
                        and VERB_AFTER_LIST.match(clause.quote, after)
                    ):
                        mention_role = "participant"  # 'hosted by the … of the UAE, and IOM provided its secretariat'
                    if mention.actor.kind != "state" and OFFICE_AFTER_OWNER.match(clause.quote, after):
                        continue  # 'The Philippines, this year's ASEAN chair, hosted': ASEAN owns the office
                    if mention.actor.kind == "collective" and (
                        COLLECTIVE_AS_MODIFIER.match(clause.quote, after) or MET_WITH_BEFORE.search(before)
                    ):
                        continue  # 'the business co-chairs', 'a dialogue session with civil society': not attending
                    if mention.actor.kind != "state" and OWN_OBSERVERS_AFTER.match(clause.quote, after):
                        continue  # 'together with the GFMD observers, among them IOM': the Forum's observers
                    members = _members_named(clause, mention, gazetteer, own[0][0] if own else "")
                    if members == []:
                        continue  # 'the SADC Member States: Angola, …': the states, named after it
                    if members is None and _owner_before(mention.actor, before, gazetteer):
                        continue  # 'the Co-Chairs of the Bali Process', 'the Member Countries of ASEAN': the owner
                    if mention.actor.kind == "process" and (
                        re.search(r"\bof\s+(?:the\s+)?$", before) or ORDINAL_BEFORE.search(before)
                    ):
                        continue  # '… Senior Officials of the Bali Process': the process they belong to; 'at the
                        # third Migration Dialogue for Southern Africa': the meeting
                    roles = mention_role.split("+")
                    if (marked := _marked_role(clause, mention.span)) and marked not in roles:
                        # 'IOM (observer)' in a list of those who took part: an observer, not also a participant
                        roles = [marked] if marked == "observer" and roles == ["participant"] else [*roles, marked]
                    post = next((p for p in actor_list.posts if p.mention.end == mention.span.end), None)
                    # the members a phrase names stand for their organisation's members: no one office or agency
                    for actor, span in members or [(mention.actor, mention.span)]:
                        represents, office = (None, None) if members else (mention.represents, post)
                        for taken in roles:
                            into = rolled if unclaimed else participations
                            if (actor.key, taken) not in into:
                                into[(actor.key, taken)] = Participation(
                                    actor, taken, span, unit.span, represents, office
                                )
                for piece in actor_list.unresolved:
                    warnings.append(IngestWarning(f"unresolved {role} {piece.quote!r}: not in the gazetteer", piece))
    held = {key for key, _ in participations}
    participations.update({k: p for k, p in rolled.items() if k[0] not in held})  # no other role for them
    return [p for p in participations.values() if not _a_body_in_its_own_meeting(p, structure)], warnings


def _a_body_in_its_own_meeting(taken: Participation, structure: Structure) -> bool:
    """Whether a participation is a process or group in a role it cannot hold: chairing or hosting a meeting
    (its chairs do: 'the Bali Process, which Australia and Indonesia co-chair'), or taking part in its own
    (the Bali Process at a Bali Process Ministerial Conference)."""
    if taken.actor.kind not in ("process", "group"):
        return False
    if taken.role in ("co-chair", "host"):
        return True
    names = [n for n in (taken.actor.label, taken.actor.acronym) if n]
    title = structure.title.quote
    return taken.role == "participant" and any(re.search(rf"(?i)(?<!\w){re.escape(n)}(?!\w)", title) for n in names)


WE_CHAIRED = re.compile(
    r"\b[Ww]e\s+(?:(?:have|had|jointly|today|also)\s+)*(?P<cue>co-?chaired|co-?hosted|chaired|hosted)\b|"
    # the speaker of a speech or release: 'I will co-chair the Conference with …', 'Today I co-chaired the …', 'It is
    # a privilege for Indonesia to co-chair this Sixth Ministerial Conference'
    r"\b(?:I\s+(?:(?:have|had|will|shall|am|was|today|also|once\s+again|again|proud|pleased|honoured|delighted)\s+)*(?:to\s+)?|"
    r"(?:pleasure|privilege|honou?r)\s+(?:for\s+(?:me|us|[A-Z][\w-]*)\s+)?to\s+)"
    r"(?P<said>co-?chair(?:ed)?|co-?host(?:ed)?)\s+(?=(?:this|the|our)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?i:conference|meeting|forum|consultation|session|workshop|summit|dialogue)\b)"
)


def read_speakers_roles(structure: Structure, speakers: tuple[Actor, ...], event: Event) -> list[Participation]:
    """'Today we co-chaired the Sixth Ministerial Conference': the statement's speakers (states or
    organisations its title or opening names) in the role they say they held at its meeting."""
    own = _own_dates(event)
    year = own[0][0][:4] if own else ""
    holders = [a for a in speakers if a.kind in ("state", "organisation")]
    out = []
    for unit in _units(structure) if holders else []:
        for match in WE_CHAIRED.finditer(unit.span.quote):
            clause = unit.span.quote[match.start() :]
            if _other_meeting_clause(clause.split(".")[0], own, year):
                continue  # 'we co-chaired the first conference in 2002': another meeting
            role = "host" if "host" in (match["cue"] or match["said"]) else "co-chair"
            said = match.span("said")  # 'It is a privilege … to co-chair': the verb; 'we': the pronoun
            mention = (
                sub_span(unit.span, match.start(), match.start() + 2) if match["cue"] else sub_span(unit.span, *said)
            )
            out += [Participation(actor, role, mention, unit.span) for actor in holders]
    return out
