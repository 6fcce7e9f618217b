"""The layout of a statement, whatever its form: heading (title, datelines, kind), body blocks (numbered or
unnumbered paragraphs, a preamble, roman sections, lettered items, bullets), a closing dateline, and the
page text around the statement (banners, menus, breadcrumbs, footers) left out.

Markers are recognised by their sequence, not their position: a paragraph number must follow the
previous one, a letter the previous letter, a section numeral the previous numeral. That keeps
'2003. These regional initiatives' a line of text and tells item 'I.' from section 'I.'.

Every span points into the text as it is (offsets in code points, no newline translation); line breaks
from PDF or web extraction stay in the quotes and are undone only for reading (balikg's patterns take any
white space between words).
"""

import re
from collections.abc import Callable

from ingest.dates import DATE, DATE_RUN_ON, DOTTED_RE, ENGLISH_MONTH, HOUR, WEEKDAY, YEAR
from ingest.gazetteer import FORMAL_STATE_PREFIX
from ingest.records import Item, Paragraph, Section, Span, Structure
from ingest.tables import read_tables
from ingest.text import WIRE_START, Line, lines, sentences, span

PARAGRAPH = re.compile(r"^\s*(?P<num>\d{1,3})[.)](?:\s+(?P<rest>\S.*?))?\s*$")
ITEM = re.compile(r"^\s*(?:(?P<upper>[A-Z])\.|\((?P<paren>[A-Za-z])\)|(?P<lower>[a-z])[.)])(?:\s+(?P<rest>\S.*?))?\s*$")
SECTION = re.compile(r"^\s*(?P<num>[IVXLC]+)\.(?:\s+(?P<rest>\S.*?))?\s*$")
# a report's decimal numbering: '1.0 INTRODUCTION' heads a part, '3.2 The Ministers directed …' a paragraph
DECIMAL = re.compile(r"^\s*(?P<num>\d{1,2}\.\d{1,2})\.?\s+(?P<rest>\S.*?)\s*$")
BULLET = re.compile(
    r"^\s*(?P<mark>--|[-–—•*·▪◦●○►]|o(?=\s)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]|\(\d{1,2}\))\s+(?P<rest>\S.*?)\s*$"
)  # roman numerals in lower case ('ii.', '(iv)') and numbers in brackets ('(2)') number a run like bullets
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
TITLE_MAX_WORDS = 15

# ------------------------------------------------------------------ lines around the statement

_UI_WORDS = (
    r"menu|home|search(?: (?:this|the) site| the website)?|share|print|email|subscribe(?: to updates)?"
    r"|skip to (?:main )?content|back to top|read more|search form|search for the [\w ]{1,30}|close [\w ]{1,30}"
    r"|related(?: news| events| links)?|next|previous|contact(?: us)?|follow us|login|log in|sign in|sitemap|"
    r"download(?: (?:the )?pdf)?|tweet|like|top"
)
BOILERPLATE = [
    re.compile(rf"^(?:{_UI_WORDS})\b[\s.…:>|]*$", re.IGNORECASE),
    re.compile(
        r"^(?:tags?|categories|category|filed under|posted (?:on|in|by)|source|photo|credit|share this)\s*:", re.I
    ),
    re.compile(r"^you are here\s*:", re.IGNORECASE),
    re.compile(r"^home\s*(?:/|>|›|»|\|)", re.IGNORECASE),  # a breadcrumb: 'Home / News / Bali Process members …'
    re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\b)|all rights reserved", re.IGNORECASE),
    re.compile(r"^(?:download\b.*\b(?:pdf|kb|mb|docx?)\b|back to \w+(?: \w+)?)\W*$", re.IGNORECASE),
    re.compile(r"^(?:media|press) (?:enquiries|inquiries|contact)s?\b", re.IGNORECASE),
    re.compile(r"(?:&larr;|&rarr;|←|→|«|»)"),
    re.compile(r"^(?:previous|next) (?:event|article|post|page|story)\b", re.IGNORECASE),
    re.compile(
        r"^(?:previous|next|contact|updated|last updated|id|node|short\s*link|permalink|url)\s*:", re.IGNORECASE
    ),
    re.compile(r"^(?=.{0,160}$).*\b[\w.+-]+@[\w-]+\.[\w.]+\b"),  # a short line with an e-mail address
    re.compile(r"^page \d+ of \d+$", re.IGNORECASE),
    # a translator's note: 'Translation from the Spanish original. This is a working translation …', '(Unofficial
    # translation)'
    re.compile(
        r"^\(?(?:(?:unofficial|informal|working|courtesy|non-official)\s+)?(?:english\s+)?translation\b"
        r"(?:\s*\)|\s+(?:from|of)\s+the\s+\w+\s+(?:original|text|version)\b)|"
        r"^this is an?\s+(?:unofficial|informal|working|courtesy)\s+translation\b",
        re.IGNORECASE,
    ),
    re.compile(r"^\S+\s+(?:image|photo|picture)$", re.IGNORECASE),
    # a cookie banner: 'This site uses cookies', 'We use essential cookies to make our site work …'
    re.compile(r"^(?=.{0,300}$).*\bcookies\b.*\b(?:site|website|use|accept|settings|consent|privacy|browsing)\b", re.I),
    re.compile(r"^(?=.{0,300}$).*\b(?:site|website|we)\b.*\b(?:uses?|using)\s+cookies\b", re.IGNORECASE),
    re.compile(r"^\d+\s+min(?:ute)?s?\s+read$", re.IGNORECASE),  # '4 min read'
    # a bracketed control: '[Accept all]  [Reject optional]'
    re.compile(r"^(?:\[[^\[\]\n]{1,30}\]\s*)+$"),
    # '* * *', '12' (a page number); not '2016-17:' ending a lead-in, nor a year ending a sentence's line ('2008,')
    re.compile(r"^(?![\d\s–-]+:$)(?!(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d[,.;)]+$)[\W\d_]+$"),
]
CELL_BAR = re.compile(r"\s\|\s")
COLUMN_GAP = re.compile(r"\S(?: {3,}|\t+)\S")  # 'Afghanistan          Myanmar': a row of a table in columns
PADDED_CELL = re.compile(r"\S\s{2,}\|")
SEPARATORS = re.compile(r"\s*(?:\||>|›|»|/)\s*|\s[*•·]\s|\s{2,}")
MENU_MARK = re.compile(r"\s(?:\||>|›|»|/|\*|•|·)\s|\s{2,}")  # what parts a menu's entries, spaced


LABELLED_LINE = re.compile(r"[A-Z][\w'’()-]*(?: [\w'’()-]+){0,4}\s*:\s+\S[^:]*$")


def is_boilerplate(text: str) -> bool:
    """Whether a line is page furniture: a menu, breadcrumb, banner, tag list, pager or footer."""
    text = text.strip()
    if not text or PARAGRAPH.match(text) or ITEM.match(text) or SECTION.match(text):
        return False
    if (
        FIELDS.match(text)
        or DATE_THEN_FIELDS.match(text)
        or DATE_FIELD.match(text)
        or any(p.match(text) for p in ISSUED_LINES)
    ):
        return False  # 'Venue: Sydney, Australia    Date: 5 March 2013': the meeting's own fields
    if DATE_LINE.match(text):
        return False  # '30.06.2017' under 'Press release': a date, not a pager
    if any(pattern.search(text) for pattern in BOILERPLATE):
        return True
    pieces = [p for p in SEPARATORS.split(text) if p]
    # 'Home / Events / Senior Officials Meetings', 'Bali Process | Events', 'Home   About   Members   Events'
    if any(DATE_LINE.match(piece) for piece in pieces):
        return False  # 'Kathmandu, Nepal | 15-16 November 2018': a dateline, not a menu
    if LABELLED_LINE.match(text):
        return False  # 'Observers:   ILO, IOM': a label and its value, set apart by spaces
    if len(pieces) >= 2 and MENU_MARK.search(text) and not re.search(r"[.;:]$", text):
        return all(len(p.split()) <= 7 for p in pieces) and len(text.split()) <= 24
    return False


# ------------------------------------------------------------------ heading lines

PLACE_NAME = (  # not a weekday after it: 'Marrakesh, Wednesday 2 May 2018', 'Jakarta, Senin (19/6/2023)'
    r"(?!(?:(?i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)"
    r"[A-Z][\w'’.&-]*(?:\s+(?:de|del|da|do|of|the|[A-Z][\w'’.&-]*)){0,6}"
)
PLACE = rf"(?P<place>{PLACE_NAME}(?:\s*,\s*(?:the\s+)?{PLACE_NAME})?)"
# a meeting held online names no place: '30 AUGUST 2022 - VIRTUAL FORMAT', 'Videoconference, 5 May 2021'
ONLINE = (
    # 'Meeting convened by video conference, 23 March 2023'
    r"(?i:(?:(?:meeting|session)\s+)?(?:(?:held|convened|conducted)\s+)?(?:virtual(?:ly)?|online|hybrid)"
    r"(?:\s+(?:format|meeting|session|mode))?|"
    r"(?:(?:meeting|session)\s+)?(?:(?:held|convened|conducted)\s+)?(?:via\s+|by\s+)?video[\s-]?conferenc(?:e|ing))"
)
DATE_LINE = re.compile(
    rf"^\W*(?:{ONLINE}\s*[,–|-]?\s*)?{WEEKDAY}?(?P<date>{DATE}){HOUR}?(?:\s*[,–|-]?\s*(?:\(\s*)?{ONLINE}\)?)?\W*$"
)
VENUE = (  # its words may run over a line break: 'at the International\nConvention Centre, Bandar Seri Begawan'
    r"(?:[^,;]*\b(?i:cent(?:er|re)|hotel|hall|palace|building|house|resort|convention|headquarters|complex|"
    r"auditorium|ministry)\b[^,;]*,\s*)"
)
PLACE_LINE = re.compile(rf"^\W*{VENUE}?{PLACE}\W*$")  # 'Bali International Convention Centre, Nusa Dua'
PLACE_DATE_LINE = re.compile(
    rf"^\W*(?:(?i:held|done|adopted|issued|signed|convened)\s+(?:in|at)\s+)?{PLACE}(?:\s*\([A-Z][^()]{{2,40}}\))?"
    rf"\s*[,–|-]?\s+{WEEKDAY}?\(?"
    r"(?:\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+(?:19|20)\d\d\s*/\s*)?"  # the date in another language first: '2 mai 2018 / '
    rf"(?P<date>{DATE})\W*$"
)
DATE_PLACE_LINE = re.compile(rf"^\W*{WEEKDAY}?(?P<date>{DATE})\s*[,–|•·-]?\s+(?:(?i:in|at)\s+)?{PLACE}\W*$")
FIELD_LABEL = re.compile(r"^\s*(?i:location|venue|place|where|city|date|dates|when)\s*:\s*$")  # its value below
FIELDS = re.compile(  # and a further field run into the date: '… Date: 17 - 18 Oct 2023Status: Registration open'
    r"^\s*(?i:location|venue|place)\s*:\s*(?P<place>.+?)\s*(?i:date|dates|when)\s*:\s*(?P<date>.+?)"
    r"(?:(?<=\d)(?=[A-Z][a-z]+(?:\s+[a-z]+)?\s*:)[^\n]*)?\s*$"
)
# the date (hours and all) run together with the place and other fields, as a page scraped gives them:
# 'Wednesday, 15 June 2016, 9:00 - Thursday, 16 June 2016, 14:00Location: Cracow, PolandContact: …'
DATE_THEN_FIELDS = re.compile(
    rf"^\s*(?:(?i:date|dates|when)\s*:\s*)?{WEEKDAY}?(?P<date>{DATE_RUN_ON}|\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d){HOUR}?"
    r"\s*(?i:location|venue|place)\s*:\s*"
    r"(?P<place>[^:\n]+?)(?:(?<=[a-z.)])(?=[A-Z][a-z]+(?:\s+[a-z]+)?\s*:)[^\n]*)?\s*$"
)
CLOCK = r"\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?"  # '19:42 IST', '17:05 GMT+7'
BY_REPORTER = r"(?i:by)\s+[^|•·\n]{1,60}?\s*[|•·]\s*"  # 'By Staff Reporter | '
ISSUED_LINE = re.compile(
    rf"^\s*(?:{BY_REPORTER})?"  # 'By Staff Reporter | Published: August 28, 2016'
    rf"(?i:published|posted|issued|released|date\s+of\s+(?:issue|publication)|publication\s+date|"
    rf"date\s+(?:imported|published|posted|created)|embargoed\s+(?:until|till))(?:\s+(?i:on))?\s*:?\s*"
    # 'Embargoed until 00:01 AEDT, Monday 6 February 2023', 'Embargoed until 0900 hrs, Tuesday 22 November 2022'
    rf"(?:(?:{CLOCK}|\d{{4}}\s*(?i:hrs|hours|h)),?\s+)?{WEEKDAY}?"
    r"(?P<date>" + DATE + r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d"  # 'Published: 12/06/2015 09:14' (its year only is sure)
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d(?=(?i:date|last)\s))"  # '21 Feb 2023Date updated …'
    rf"(?:,?\s+(?:at\s+)?{CLOCK})?"  # ', 19:42 IST'
    # run-together fields after it: 'Date imported 21 Feb 2023Date updated 22 Feb 2023| 18,402 view'
    r"(?:\s*(?i:(?:date\s+|last\s+)?(?:updated|modified))\s*:?\s*[^|\n]{1,30}?)?(?:\s*\|\s*[\d,.]+\s+(?i:views?|reads?))?"
    r"(?:\s*[|•·]?\s+(?i:by)\s+[^\n]{1,80}?|\s*[|•·]\s*[A-Z][^|\n]{1,40}?)?\W*$"  # '… by the Budapest Process
    # Secretariat', 'Published 28 November 2024 | RSO Communications'
)
POSTED_LINE = re.compile(  # a news page's date beside its section or time: '03 August 2023 | News', '… 2015 | 19:45'
    rf"^\s*{WEEKDAY}?(?P<date>{DATE})(?:,?\s+{CLOCK})?\s*\|\s*"
    r"(?:(?i:(?:published\s+in\s+|posted\s+in\s+)?(?:news|media\s+releases?|press\s+releases?|events?|stories|"
    r"articles?))|[\d,.]+\s+(?i:views?|reads?)|"
    rf"{CLOCK})(?:\s*\|\s*[^|\n]{{1,40}})*\s*$"  # '12 Feb. 2024 | News | 4 min read', '… 2016 19:42 WIB | 1,204 Views'
    # 'Tuesday, 26 February 2019 | Published in News | Written by IGAD Communication Unit'
)
STAMP_LINE = re.compile(  # a wire's time stamp: 'Tue, 07/26/2011 - 15:02'
    r"^\s*(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?P<date>\d{1,2}(?P<sep>[/-])\d{1,2}(?P=sep)(?:19|20)\d\d)"  # 'Fri 09-02-2024 17:45 PM'
    rf"(?:\s*[-–,|]?\s*{CLOCK})?\s*$"
)
NUMBERED_RELEASE_LINE = re.compile(  # a release's number, then its date at the right: 'FA 52        30 April 2003'
    rf"^\s*(?:(?i:no\.?)\s*)?[A-Z]{{1,5}}[\s/-]*\d{{1,4}}(?:/\d{{2,4}})?\s{{3,}}{WEEKDAY}?(?P<date>{DATE})\s*$"
)
BYLINE_DATE_LINE = re.compile(  # a reporter and the day: 'By a staff reporter | 8 July 2021'
    rf"^\s*{BY_REPORTER}{WEEKDAY}?(?P<date>{DATE})(?:,?\s+(?:at\s+)?{CLOCK})?\W*$"
)
SECTION_DATE_LINE = re.compile(  # a page's section, tag and date run together: 'NewsBudapest Process15 February 2019'
    r"^\s*(?i:news|media\s+releases?|press\s+releases?|events?|stories|articles?|updates?|announcements?)(?=[A-Z\d])"
    rf"(?:[A-Z][^|\n]{{0,40}}?)?{WEEKDAY}?(?P<date>{DATE})\s*$"
)
OUTLET_DATE_LINE = re.compile(  # an outlet, then its date: 'Asia Pacific Newswire | Friday, 10 February 2023, 6:42 pm'
    # with its weekday or time, not a place line: 'Nairobi, Kenya | 9 to 10 October 2019'
    r"^\s*[A-Z][^|\n]{2,40}?\s*\|\s*(?=(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|[^\n]*\d{1,2}[:.]\d\d)"
    rf"{WEEKDAY}?(?P<date>{DATE})(?:,?\s+{CLOCK})?\s*$"
)
KIND_DATE_LINE = re.compile(  # a page's kind, then its date: 'News | 17 Oct 2022' (before '| Reading time: 3 min')
    rf"^\W*(?i:news)\s*[|:–—-]\s*{WEEKDAY}?(?P<date>{DATE})\W*$"  # ('PRESS RELEASE | 21 September 2017' stays a kind)
)
NUMBER_DATE_KIND_LINE = re.compile(  # 'No: 48, 20 February 2019, Press Release Regarding the Sixth Ministerial …'
    rf"^\s*(?i:no)\.?\s*:?\s*\d{{1,4}}\s*,\s*{WEEKDAY}?(?P<date>{DATE})\s*,\s*"
    r"(?i:press\s+release|statement|announcement|communiqu[eé])\b[^\n]*$"
)
ISSUED_LINES = (
    ISSUED_LINE, POSTED_LINE, STAMP_LINE, NUMBERED_RELEASE_LINE, BYLINE_DATE_LINE, SECTION_DATE_LINE, OUTLET_DATE_LINE,
    KIND_DATE_LINE, NUMBER_DATE_KIND_LINE,
)  # fmt: skip
# a building before the city: 'Venue: Bangabandhu International Conference Center, Dhaka, Bangladesh'
PLACE_FIELD = re.compile(  # 'Location: Cracow, PolandContact: Prague Process Secretariat': the next field run into it
    rf"^\s*(?i:location|venue|place|where|city)\s*:\s*{VENUE}?(?P<place>.+?)"
    r"(?:(?<=[a-z.)])(?=[A-Z][a-z]+(?:\s+[a-z]+)?\s*:)[^\n]*)?\s*$"
)
DATE_FIELD = re.compile(  # 'Date 08 Feb 2023', 'When:   Friday, 10 February 2023, 9.00am - 5.30pm ACDT'
    rf"^\s*(?i:date|dates|when)\s*:?\s*{WEEKDAY}?(?P<date>{DATE})(?:,?\s+\d{{1,2}}[.:]\d\d\s*(?i:[ap]\.?m\.?)?[^\n]*)?\W*$"
)
TRAILING_DATELINE = re.compile(  # '… Meeting, Asmara (Eritrea), 7 March 2019': its country in brackets
    rf"(?:\b(?i:in|at)\s+|,\s*){PLACE}(?:\s*\([A-Z][^()]{{2,40}}\))?\s*(?:,|\s[-–—])\s*{WEEKDAY}?(?P<date>{DATE})\W*$"
)
KIND = re.compile(
    r"^\W*(?:the\s+)?(?:co-?chairs?['’]?s?\s*statement|statement\s+(?:of|by)\s+the\s+co-?chairs?|"
    r"chair(?:man|person)?['’]?s?\s+(?:statement|summary)|joint\s+(?:ministerial\s+)?(?:statement|communiqu[eé]|"
    r"declaration|press\s+statement)|communiqu[eé]|declaration|(?:media|press)\s+(?:releases?|statements?)|"
    r"outcome\s+(?:statement|document)|summary\s+report|record\s+of\s+(?:the\s+)?meeting|conclusions|news)\b",
    re.IGNORECASE,
)
TRAILING_FIELD = re.compile(r"\s+\|\s+[A-Z][\w ]{1,20}:.*$")  # a labelled field after a dateline's place and date
OTHER_FIELD = re.compile(r"^\s*(?i:what|who)\s*:\s+\S")  # a media advisory's 'What:   Eighth Ministerial Conference …'
NOTE = re.compile(r"^\s*\[.*\]\s*$")
BYLINE = re.compile(
    r"^\s*(?:(?:the\s+)?(?:hon\.?|honourable|h\.\s?e\.|senator|dr\.?|mr\.?|ms\.?|mrs\.?)\s|.*\bMP$|"
    r"(?:minister|secretary|director|ambassador|spokesperson)\b[\w\s,'’]{0,60}$|"
    r"(?:reporter|editor|writer|author|correspondent|text|photo)\s*:[^\n]{1,80}$)",  # 'Reporter: Yuni Arisandy Sinaga'
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.:;!?][\"'”’)\]]*$")


# who issues the page, not where the meeting met: 'Government of India', 'Kingdom of Morocco' over its ministry
ISSUER_BANNER = re.compile(
    rf"^\W*(?:the\s+)?(?i:(?:government|ministry|embassy|permanent\s+mission|office|department)\s+of\b|"
    rf"{FORMAL_STATE_PREFIX})"
)


def heading_role(text: str, is_place: Callable[[str], bool]) -> str:
    """What a heading line is: date, place, dateline, fields, issued (a publication date), kind, note, byline,
    or title."""
    if FIELDS.match(text) or DATE_THEN_FIELDS.match(text):
        return "fields"
    head = TRAILING_FIELD.sub("", text)  # 'Quito, Ecuador | 20th-24th January 2020 | Theme: "…"'
    issued = next((p for p in ISSUED_LINES if p.match(text) or p.match(head)), None)
    if issued is OUTLET_DATE_LINE and (m := PLACE_DATE_LINE.match(text)) and place_words(m["place"], is_place):
        return "dateline"  # 'Hotel Borobudur, Jakarta | Thursday 29th November 2012': a place, not an outlet
    if issued is not None:
        return "issued"
    if (m := DATE_LINE.match(text)) and DOTTED_RE.fullmatch(m["date"]):
        return "issued"  # '29.11.2017' under a news page's headline: when it was published
    if DATE_LINE.match(text) or DATE_FIELD.match(text) or DATE_FIELD.match(head):
        return "date"  # 'Date: 13 Feb 2023 | Category: Press Releases | Print'
    if (m := PLACE_FIELD.match(text)) and place_words(m["place"], is_place):
        return "place"
    if (m := PLACE_DATE_LINE.match(head) or DATE_PLACE_LINE.match(head)) and place_words(m["place"], is_place):
        return "dateline"
    if (m := PLACE_LINE.match(text)) and is_place(m["place"]) and not ISSUER_BANNER.match(text):
        return "place"
    if NOTE.match(text) or FIELD_LABEL.match(text) or OTHER_FIELD.match(text):
        return "note"
    if KIND.match(text) and (len(text.split()) <= 6 or re.match(r"^\W*\w+(?:\s+\w+)?\s*:", text)):
        return "kind"
    if BYLINE.match(text) and len(text.split()) <= 10:
        return "byline"
    return "title"


def place_words(words: str, is_place: Callable[[str], bool]) -> str | None:
    """The words of a heading's place that name it: all of them ('Bali, Indonesia'), those after a building
    ('Asmara Palace Hotel, Asmara, Eritrea' → 'Asmara, Eritrea'), or an address's town past its street and
    without its state's code ('North Terrace, Adelaide SA' → 'Adelaide'); None when they name none."""
    if is_place(words):
        return words
    venue = re.match(VENUE, words)
    rest = words[venue.end() :] if venue else words
    if venue and is_place(rest):
        return rest
    last = rest.rsplit(",", 1)[-1].strip()
    town = re.sub(r"\s+[A-Z]{2,3}$", "", last)
    address = venue is not None or rest.count(",") >= 2 or town != last
    return town if "," in rest and address and is_place(town) else None


def _is_prose(block: list[Line]) -> bool:
    """Whether a block of lines reads as body text (it ends a sentence, or is long) rather than a heading."""
    words = sum(len(ln.stripped.split()) for ln in block)
    last = block[-1].stripped
    if words > 60 or (bool(re.search(r"[.:;,!?][\"'”’)\]]*$", last)) and words >= 8):
        return True
    # a short sentence: 'Australia and Indonesia co-chaired the meeting.' (words in small letters, a full stop)
    lower = sum(1 for ln in block for w in ln.stripped.split() if w[:1].islower())
    return words >= 4 and lower >= 2 and bool(re.search(r"[a-z][.!?][\"'”’)\]]*$", last))


# ------------------------------------------------------------------ the body


def next_letter(letter: str) -> str:
    """The letter after `letter` ('' → 'A')."""
    return chr(ord(letter) + 1) if letter else "A"


def next_numeral(numeral: str) -> str:
    """The roman numeral after `numeral` ('' → 'I')."""
    if not numeral:
        return "I"
    index = ROMAN.index(numeral) + 1
    return ROMAN[index] if index < len(ROMAN) else ""


class _Walker:
    """Walks the body lines once, keeping the sequence state that decides what a marker is."""

    def __init__(self, body: list[Line]):
        self.body = body
        self.section = ""
        self.paragraph = 0
        self.letter = ""
        self.last_kind = ""
        self.blocks: list[list] = []  # [kind, label, marker line, text offset, following lines, closed]

    def classify(self, line: Line) -> tuple[str, str, int] | None:
        """('paragraph'|'item'|'section'|'bullet', label, offset of the text after the marker) or None."""
        options = []
        if (m := PARAGRAPH.match(line.content)) and int(m.group("num")) in self._expected_numbers():
            options.append(("paragraph", m.group("num"), m.start("rest") if m.group("rest") else -1))
        if m := ITEM.match(line.content):
            letter = m.group("upper") or m.group("paren") or m.group("lower")
            expected = next_letter(self.letter.upper())
            restart = letter.upper() == "A" and self._previous_ends_with_colon()
            lower_form = m.group("lower") is not None
            if (letter.upper() == expected and (not lower_form or self.letter)) or restart:
                options.append(("item", letter, m.start("rest") if m.group("rest") else -1))
        if (m := SECTION.match(line.content)) and self._roman_clause(m):
            return ("bullet", m.group("num") + ".", m.start("rest"))  # 'I. agree to …' under a lead-in
        if (m := SECTION.match(line.content)) and m.group("num") == next_numeral(self.section):
            options.append(("section", m.group("num"), m.start("rest") if m.group("rest") else -1))
        if not options and (m := DECIMAL.match(line.content)):
            options.append(("decimal", m.group("num"), m.start("rest")))
        if not options and (m := BULLET.match(line.content)):
            options.append(("bullet", m.group("mark"), m.start("rest")))
        if not options:
            return None
        if len(options) > 1 and self.last_kind == "item":
            options.sort(key=lambda o: o[0] != "item")
        elif len(options) > 1:
            options.sort(key=lambda o: o[0] != "section")
        return options[0]

    def _roman_clause(self, marker: re.Match) -> bool:
        """An upper-case roman numeral that numbers clauses, not sections: its text starts in lower case, and
        it follows a lead-in ending with a colon or another such clause."""
        rest = marker.group("rest") or ""
        return rest[:1].islower() and (self.last_kind == "bullet" or self._previous_ends_with_colon())

    def _expected_numbers(self) -> set[int]:
        """The next paragraph number, or the one after it when a heading carried unnumbered text."""
        expected = {self.paragraph + 1}
        if self.blocks and self.blocks[-1][0] == "section":
            _, _, marker, rest, block, _ = self.blocks[-1]
            if _split_heading(marker, rest, block)[1]:
                expected.add(self.paragraph + 2)
        return expected

    def _previous_ends_with_colon(self) -> bool:
        """Whether the text just before this line ends a lead-in ('Ministers agree that:')."""
        if not self.blocks:
            return False
        _, _, marker, rest, block, _ = self.blocks[-1]
        content = [ln for ln in block if ln.stripped] or ([marker] if rest >= 0 else [])
        return bool(content) and content[-1].stripped.endswith(":")

    def _after_a_closed_item(self, line: Line) -> bool:
        """Whether an unindented line in capitals follows a one-line bullet or item that ended its sentence: a
        paragraph of its own in a page with no blank lines ('* the Group would develop a guide.' over 'Members
        further resolved …'), not the item's next line."""
        kind, _, marker, rest, block, _ = self.blocks[-1]
        return (
            kind in ("bullet", "item")
            and not block
            and rest >= 0
            and len(marker.content[rest:].split()) >= 3
            and marker.stripped.endswith(".")
            and line.content[:1].isupper()
            and len(line.stripped.split()) >= 6
        )

    def walk(self) -> list[list]:
        """Group the body into [kind, label, marker line, text offset, following lines, closed] blocks. A blank
        line closes a block that has text; lines after it start an unnumbered block."""
        for line in self.body:
            if not line.stripped:
                if self.blocks and (self.blocks[-1][4] or self.blocks[-1][3] >= 0):
                    self.blocks[-1][5] = True
                continue
            found = self.classify(line)
            if found is None and line.stripped.isupper() and LIST_HEADING.fullmatch(line.stripped):
                self.blocks.append(["text", "", line, 0, [line], True])  # 'ANNEX - PARTICIPATING STATES'
                continue
            if found is None:
                if self.blocks and not self.blocks[-1][5] and not self._after_a_closed_item(line):
                    self.blocks[-1][4].append(line)
                else:
                    self.blocks.append(["text", "", line, 0, [line], False])
                continue
            kind, label, rest = found
            if kind == "paragraph":
                self.paragraph = int(label)
            elif kind == "item":
                self.letter = label
            elif kind == "section":
                self.section = label
            self.last_kind = kind
            self.blocks.append([kind, label, line, rest, [], False])
        return self.blocks


def _block_span(source: str, text: str, marker: Line, rest: int, block: list[Line]) -> Span | None:
    """The span of a block's text: after the marker on its own line, through its last line."""
    content = [ln for ln in block if ln.stripped]
    begin = marker.start + rest if rest >= 0 else (content[0].start if content else -1)
    if begin < 0:
        return None
    end = content[-1].end if content else marker.end
    return span(source, text, begin, end)


def _split_heading(
    marker: Line, rest: int, block: list[Line], text: str = ""
) -> tuple[list[tuple[int, int]], list[Line]]:
    """A section's heading (as offset pairs) and any unnumbered paragraph text that follows it."""
    content = [ln for ln in block if ln.stripped]
    if rest >= 0:
        return [(marker.start + rest, marker.end)], content
    if not content:
        return [], []
    words = sum(len(ln.stripped.split()) for ln in content)
    blank_before = BLANK_LINE.search(text, marker.end, content[0].start) is not None
    if words > TITLE_MAX_WORDS and blank_before:
        return [], content  # a bare numeral ('I.'), a blank line, then text: a section with no title
    if words <= TITLE_MAX_WORDS:
        return [(ln.start, ln.end) for ln in content], []
    return [(content[0].start, content[0].end)], content[1:]


def _roman_sentence(marker: Line, rest: int, block: list[Line]) -> bool:
    """Whether a roman numeral numbers a sentence rather than titles a section: its text on the marker's line
    ends a lead-in or a sentence ('I.  Ministers adopted a Co-Chairs' Statement in which they:'), or runs on in
    lower case on the next line ('II. Ministers further called on … and encouraged' over 'them to share …')."""
    if rest < 0:
        return False
    head = marker.content[rest:].strip()
    words = head.split()
    if len(words) < 4 or not any(w[:1].islower() for w in words[1:]):
        return False
    content = [ln for ln in block if ln.stripped]
    # or its words open a sentence with its subject and verb: 'II. We agree to strengthen the Liaison Officers
    # Network to Combat Migrant' over 'Smuggling and Trafficking in Persons by …'
    return head[-1] in ":;." or bool(content and content[0].stripped[:1].islower()) or bool(SUBJECT_VERB.match(head))


SUBJECT_VERB = re.compile(
    r"(?:We|They|(?:The\s+)?(?:Ministers|Vice-Ministers|Members|Participants|Officials|Member\s+(?:Countries|States)))"
    r"\s+(?:also\s+|further\s+|hereby\s+)?[a-z]{3,}\b(?!\s+(?:of|and)\b)"
)


BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")
LABELLED_LIST = re.compile(r"^[A-Z][\w'’ -]{2,40}:\s+\S")


LIST_LINE_END = re.compile(r"[;,]$|\s(?:and|of|the|de|del|da|do|du|la|le)$")  # where a wrapped list line may end


WRAPPED_LINE = 60  # characters: a line this long that ends no sentence was wrapped


def _text_paragraphs(block: list[Line]) -> list[list[Line]]:
    """An unnumbered stretch of text as paragraphs: one per line when (nearly) every line ends a sentence or
    a clause (one paragraph a line, or a preamble of clauses), else one."""
    content = [ln for ln in block if ln.stripped]
    if LABELLED_LIST.match(content[0].stripped) and all(LIST_LINE_END.search(ln.stripped) for ln in content[:-1]):
        return [content]  # 'Participating countries: A; B; C;' wrapped over lines, even inside a name: one list
    label, rest = content[0].stripped, content[1:]
    if (
        label.endswith(":")
        and len(label.split()) <= 5
        and rest
        and sum(";" in ln.stripped for ln in rest) >= 0.8 * len(rest)
    ):
        return [content]  # 'Participating States:' over 'Albania; Armenia; …' wrapped over lines: one list
    ends = sum(1 for ln in content if re.search(r"[.;:!?][\"'”’)]*$", ln.stripped))
    if len(content) >= 2 and ends >= 0.8 * len(content) and content[-1].stripped[-1:] in ".;:!?\"'”’)":
        # a line that ends no sentence goes on in the next: '… Conference of the Pacific Immigration' over
        # 'Development Community (PIDC), held from 2-4 April 2019.'
        out: list[list[Line]] = [[]]
        for line in content:
            out[-1].append(line)
            if re.search(r"[.;:!?][\"'”’)]*$", line.stripped) or len(line.stripped) < WRAPPED_LINE:
                out.append([])  # a short line standing alone is a heading ('Who will attend')
        return [group for group in out if group]
    return [content]


def _table_rows(all_lines: list[Line]) -> set[int]:
    """Where the rows of a table flattened to text start: three or more lines in a row with as many cells
    set off by ' | ', padded into columns in one of them ('Armenia      | Georgia   | Republic of Moldova');
    a menu is one line, or lines unlike, or cells not padded ('Privacy | Terms | Cookies')."""
    rows: set[int] = set()
    run: list[tuple[Line, int]] = []
    for line in [*all_lines, Line(0, 0, "")]:
        cells = len(CELL_BAR.findall(line.content))
        if run and cells and cells == run[-1][1]:
            run.append((line, cells))
            continue
        if len(run) >= 3 and any(PADDED_CELL.search(ln.content) for ln, _ in run):
            rows.update(ln.start for ln, _ in run)
        run = [(line, cells)] if cells else []
    return rows


def _ruled_table_lines(all_lines: list[Line], source: str, text: str) -> set[int]:
    """Where the lines of a table drawn with rules start ('+----+' or '|---|' under its header): content, not a
    menu, whatever its cells."""
    tables = [t for t in read_tables(Span(source, 0, len(text), text), padded=False) if t.ruled]
    return {ln.start for ln in all_lines for t in tables if t.span.begin <= ln.start < t.span.end}


SECOND_COLUMN = re.compile(r"^\s*\S.*?\S\s{3,}(?=\S)")  # 'Nepal            Secretary, Ministry of …'


COLUMN_STARTS = re.compile(r"\S {2,}(?=\S)")


def _column_rows(all_lines: list[Line]) -> set[int]:
    """Where the rows of a two-column table padded with spaces start: three or more lines whose second
    column starts at one position ('Bangladesh       Secretary, …' over 'China            Deputy …'), lines
    indented to that column going on with the row above; a menu is one line or lines unlike."""
    rows: set[int] = set()
    run: list[Line] = []
    column = -1
    later: set[int] = set()  # where the first row's further columns start ('Germany' + the third column)
    for line in [*all_lines, Line(0, 0, "")]:
        content = line.content
        gap = SECOND_COLUMN.match(content)
        aligned = 0 < column < len(content) and content[column - 1] == " " and content[column] != " "
        if (gap and (gap.end() == column or gap.end() in later)) or (run and aligned and content[:1] != " "):
            run.append(line)
            continue
        indent = len(content) - len(content.lstrip())
        if run and content.strip() and (indent == column or indent in later):
            continue  # a cell's words going on under its column ('Iran (Islamic' over '… Republic of)')
        if len(run) >= 3:
            rows.update(ln.start for ln in run)
        run, column = ([line], gap.end()) if gap else ([], -1)
        later = {m.end() for m in COLUMN_STARTS.finditer(content)} - {column} if gap else set()
    return rows


# ------------------------------------------------------------------ the statement


def parse_structure(source: str, text: str, is_place: Callable[[str], bool] = lambda _: False) -> Structure:
    """Read the layout of one statement (never refusing: a text with no recognisable structure is one
    paragraph). `is_place` tells whether a heading line names a place ('Bali, Indonesia')."""
    all_lines = _lines_apart(lines(text))
    content = [ln for ln in all_lines if ln.stripped]
    rows = _table_rows(all_lines) | _column_rows(all_lines) | _ruled_table_lines(all_lines, source, text)
    furniture = {ln.start for ln in content if ln.start not in rows and is_boilerplate(ln.content)}
    # the year of a date broken at a line's end is no page number: 'Kathmandu, Nepal, 28-29 August' over '2018'
    furniture -= {
        ln.start
        for before, ln in zip(content, content[1:], strict=False)
        if YEAR_LINE.match(ln.content) and MONTH_AT_LINE_END.search(before.content)
    }
    furniture |= _related_links(all_lines, furniture)
    left_out = tuple(span(source, text, ln.start, ln.end) for ln in content if ln.start in furniture)
    kept = [ln for ln in all_lines if ln.start not in furniture]
    heading, body = _heading(kept, is_place)
    heading = _dates_joined(heading, text)
    roles = _published_where([(ln, heading_role(_unbulleted(ln), is_place)) for ln in heading])
    # the first body block's leading kind lines ('Co-chairs' statement' before section I) are heading too
    while body and not body[0].stripped:
        body = body[1:]
    while body and not _marker_like(body[0]) and heading_role(body[0].stripped, is_place) == "kind":
        roles.append((body[0], "kind"))
        body = body[1:]
    body_start = next((ln.start for ln in body if ln.stripped), len(text))
    menus = sorted(start for start in furniture if start < body_start)
    roles = _issuers_address(roles)
    title, datelines, kind, issued = _heading_parts(source, text, roles, menus)
    closing = None
    tail = [ln for ln in body if ln.stripped]
    apart = len(tail) > 1 and (tail[-1].start - tail[-2].end > 2 or bool(SENTENCE_END.search(tail[-2].stripped)))
    if apart and heading_role(tail[-1].stripped, is_place) in ("dateline", "date"):
        closing = span(source, text, tail[-1].start, tail[-1].end)
        body = body[: body.index(tail[-1])]
    sections, paragraphs, items = _body(source, text, body)
    if title is None and paragraphs and paragraphs[0].label.startswith("p"):
        # no blank line under the heading: a first unnumbered block of heading lines before paragraph 1 is the
        # heading ('FIRST MEETING - CO-CHAIRS' STATEMENT' / 'Bangkok, Thailand - 3 December 2015' / '1. …')
        first = paragraphs[0].span
        lines_of = [ln for ln in kept if first.begin <= ln.start < first.end and ln.stripped]
        roles = [(ln, heading_role(_unbulleted(ln), is_place)) for ln in lines_of]
        dated = any(role in ("date", "dateline", "place", "fields") for _, role in roles)
        if lines_of and dated and not _is_prose(lines_of) and len(paragraphs) > 1:
            title, more, kind, issued = _heading_parts(source, text, roles, menus)
            if title is not None:
                datelines, paragraphs = [*datelines, *more], paragraphs[1:]
    if title is None:  # no heading at all: the first sentence names the statement
        first = paragraphs[0].span if paragraphs else span(source, text, 0, len(text))
        title = sentences(first)[0] if sentences(first) else first
    return Structure(
        title,
        tuple(datelines),
        kind,
        tuple(sections),
        tuple(paragraphs),
        tuple(items),
        closing,
        left_out,
        issued,
    )


def _issuers_address(roles: list[tuple[Line, str]]) -> list[tuple[Line, str]]:
    """A place line right under an issuer's banner is where the issuer sits, not where the meeting met
    ('EMBASSY OF THE REPUBLIC OF INDONESIA' over 'WELLINGTON, NEW ZEALAND')."""
    out = list(roles)
    for index in range(1, len(out)):
        line, role = out[index]
        if role == "place" and ISSUER_BANNER.match(out[index - 1][0].stripped):
            out[index] = (line, "title")
    return out


def _published_where(roles: list[tuple[Line, str]]) -> list[tuple[Line, str]]:
    """A place field next to a publication date is where the page was published, not where the meeting met
    ('Date of publication: 20 August 2002' over 'Location: Geneva')."""
    out = list(roles)
    filled = [i for i, (ln, _) in enumerate(roles) if ln.stripped]
    for at, index in enumerate(filled):
        line, role = roles[index]
        near = [roles[filled[j]][1] for j in (at - 1, at + 1) if 0 <= j < len(filled)]
        if role == "place" and PLACE_FIELD.match(_unbulleted(line)) and "issued" in near:
            out[index] = (line, "note")
    return out


RELATED_LABEL = re.compile(
    r"^(?:related(?: news| events| links| articles| stories)?|read (?:more|also)|see also|more news|latest news|"
    r"other news)\s*:?\s*$",
    re.IGNORECASE,
)


def _related_links(all_lines: list[Line], furniture: set[int]) -> set[int]:
    """The headlines listed under a page's 'Related news:' label (links to other pages, up to a blank line)."""
    out: set[int] = set()
    for index, line in enumerate(all_lines):
        if line.start not in furniture or not RELATED_LABEL.match(line.stripped):
            continue
        for following in all_lines[index + 1 :]:
            if not following.stripped or SENTENCE_END.search(following.stripped):
                break
            out.add(following.start)
    return out


def _unbulleted(line: Line) -> str:
    """A line's text without a bullet in front of it."""
    match = BULLET.match(line.content)
    return match["rest"] if match else line.stripped


def _marker_like(line: Line) -> bool:
    """Whether a line starts with something that could be a paragraph, item, section or bullet marker."""
    return bool(
        PARAGRAPH.match(line.content)
        or ITEM.match(line.content)
        or SECTION.match(line.content)
        or BULLET.match(line.content)
    )


TITLE_GOES_ON = re.compile(r"(?:by|on|of|from|for)\s+(?:the\s+)?[A-Z]")  # a heading's lower-case continuation


LONG_LINE = 150  # characters: a line this long is a paragraph of its own in a page scraped without blank lines


def _lines_apart(all_lines: list[Line]) -> list[Line]:
    """A page scraped with no blank line at all, its paragraphs one long line each (menus, headline, fields,
    paragraphs, bullets, footer, each on its own line): each line as a block of its own, as if blank lines
    stood between them; any other text as it is."""
    content = [ln for ln in all_lines if ln.stripped]
    first, last = (content[0].start, content[-1].start) if content else (0, 0)
    blank_inside = any(not ln.stripped and first < ln.start < last for ln in all_lines)
    if blank_inside or sum(len(ln.stripped) >= LONG_LINE for ln in content) < 2:
        return all_lines
    out: list[Line] = []
    for line in all_lines:
        out.append(line)
        # not inside a paragraph wrapped at a long width: '… the 22nd Annual Conference of the Pacific Immigration'
        # over 'Development Community (PIDC), held from 2-4 April 2019.'
        wrapped = (
            len(line.stripped) >= LONG_LINE
            and re.search(r"[^\W\d_],?$", line.stripped) is not None
            and len(re.findall(r"\b[a-z][a-z]+\b", line.stripped)) >= 5
        )
        if line.stripped and not wrapped:
            out.append(Line(line.end, line.end, ""))
    return out


def _wire_dateline(line: str) -> bool:
    """Whether a line opens on a wire's dateline with its date or agency ('DJIBOUTI, 26 February 2019 (IGAD) –'),
    not on a heading's dash ('FIRST MEETING - CO-CHAIRS' STATEMENT')."""
    match = WIRE_START.match(line)
    return match is not None and bool(re.search(r"\d|\(", match.group()))


def _heading(kept: list[Line], is_place: Callable[[str], bool]) -> tuple[list[Line], list[Line]]:
    """The heading lines (the blocks before the first block of body text) and the body lines."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in kept:
        if line.stripped:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    heading: list[Line] = []
    for block in blocks:
        roles_at = [i for i, ln in enumerate(block) if ROLE_FIELD.match(ln.stripped)]
        if roles_at and roles_at == list(range(roles_at[0], len(block))) and (heading or roles_at[0]):
            heading += block[: roles_at[0]]  # 'Venue: …' / 'Dates: …' over 'Host: Government of Sri Lanka': who took
            break  # part, and as what, is the body's
        if all(NOTE.match(ln.stripped) for ln in block):
            heading += block  # '[Unofficial English translation. The French text is the only authentic version.]'
            continue
        wire = next((i for i, ln in enumerate(block) if i > 0 and _wire_dateline(ln.stripped)), None)
        if wire is not None:  # a headline and its time stamp over 'DUBAI, 9th February, 2024 (WAM) -- Ministers …'
            heading += block[:wire]
            break
        furniture = all(heading_role(_unbulleted(ln), is_place) in ("kind", "date") for ln in block)
        if any(_marker_like(ln) for ln in block) and not furniture:
            heading += _dated_top(block, [heading_role(_unbulleted(ln), is_place) for ln in block])
            break
        if block[-1].stripped.endswith(":") and heading_role(block[-1].stripped, is_place) == "title":
            break  # a lead-in ('Looking ahead, senior officials:'): the body has begun
        if heading and TITLE_GOES_ON.match(block[0].stripped):
            heading += block  # 'JOINT STATEMENT' / 'by the Ministers of …,' / 'on the Senior Officials' Meeting …'
            continue
        if _is_prose(block):
            roles = [heading_role(ln.stripped, is_place) for ln in block]
            # a block whose first lines are heading lines and the rest prose: split it
            lead = next((i for i, role in enumerate(roles) if role == "title" and i > 0), None)
            if lead is not None and all(r != "title" for r in roles[:lead]):
                heading += block[:lead]
            else:
                heading += _dated_top(block, roles)
            break
        heading += block
    if not heading:
        return [], kept
    last = heading[-1]
    body = [ln for ln in kept if ln.start > last.start]
    return heading, body


ROLE_FIELD = re.compile(  # a heading field that says who took part, and as what
    r"^(?i:host(?:s|\s+country|\s+government)?|hosted\s+by|chair(?:s|ed\s+by)?|co-?chairs?|co-?chaired\s+by|"
    r"attending|participants|delegations|observers|in\s+attendance|present)\s*:\s*\S"
)
DAYS_AT_LINE_END = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?(?:\s*(?:-|–|—|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?)?\s*$")
MONTH_AT_LINE_END = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+{ENGLISH_MONTH}\s*$")
YEAR_LINE = re.compile(rf"^\s*{YEAR}\s*$")
MONTH_AT_LINE_START = re.compile(rf"^\s*{ENGLISH_MONTH}\b")


def _dates_joined(heading: list[Line], text: str) -> list[Line]:
    """Heading lines with a date broken over two joined into one ('Windhoek, 15 - 17' over 'November 2010')."""
    out: list[Line] = []
    for line in heading:
        before = out[-1] if out else None
        broken = before is not None and (
            (DAYS_AT_LINE_END.search(before.content) and MONTH_AT_LINE_START.match(line.content))
            or (
                MONTH_AT_LINE_END.search(before.content) and YEAR_LINE.match(line.content)
            )  # '…, 28-29 August' / '2018'
        )
        if broken:
            out[-1] = Line(before.start, line.end, text[before.start : line.end])
        else:
            out.append(line)
    return out


def _dated_top(block: list[Line], roles: list[str]) -> list[Line]:
    """A page with no blank line under its heading: the banner and title lines down to the meeting's fields
    or dateline, when prose follows them ('Prague Process Senior Officials' Meeting' / 'Wednesday, 15 June
    2016, 9:00 - …Location: Cracow, Poland…' / 'The Senior Officials' Meeting … was hosted by …')."""
    dated = [i for i, role in enumerate(roles) if role in ("fields", "dateline")]
    if not dated:
        return []
    last = dated[0]
    before, rest = block[:last], block[last + 1 :]
    if any(_marker_like(ln) or SENTENCE_END.search(ln.stripped) for ln in before):
        return []
    return block[: last + 1] if not rest or _is_prose(rest) else []  # the fields may end the block themselves


def _heading_parts(source: str, text: str, roles: list[tuple[Line, str]], menus: list[int] | None = None):
    """The title (the first run of title lines, preferring one that names a meeting or a document, and one
    after the last of the page's menu lines (`menus`, their offsets) that a title follows over the site's
    banner above them), the datelines and the kind."""
    datelines: list[Span] = []
    kind = issued = None
    runs: list[list[Line]] = []
    previous = None
    for line, role in roles:
        if (role == "date" and previous in ("kind", "byline") or role == "issued") and issued is None:
            issued = span(source, text, line.start, line.end)  # 'Media release' / '25 August 2017', 'Published: …'
        elif role in ("date", "place", "dateline", "fields"):
            datelines.append(span(source, text, line.start, line.end))
        elif role == "kind" and kind is None:
            kind = span(source, text, line.start, line.end)
        elif role == "title":
            trailing = TRAILING_DATELINE.search(line.content)
            if runs and previous == "title" and _continues(runs[-1][-1], line, line.start - runs[-1][-1].end):
                runs[-1].append(line)
            else:
                runs.append([line])
            if trailing:
                datelines.append(span(source, text, line.start + trailing.start("place"), line.end))
        previous = role
    if not runs:
        return None, datelines, kind, issued
    menu = max((m for m in menus or [] if any(run[0].start > m for run in runs)), default=-1)
    runs = [run for run in runs if run[0].start > menu]
    named = [run for run in runs if MEETING_NOUN.search(" ".join(ln.stripped for ln in run))]
    if kind is not None and RELEASE_KIND.search(kind.quote):
        # 'PRESS RELEASE' between the sender's banner and the headline: the headline is the title
        after = [run for run in named if run[0].start > kind.begin]
        # a headline that names no meeting ('Wellington to host regional talks …') under it still beats the banner
        named = after or [run for run in runs if run[0].start > kind.begin][:1] or named
    chosen = (named or runs)[0]
    end = chosen[-1].end
    content = chosen[-1].content.rstrip()
    half = len(content) // 2
    if len(chosen) == 1 and half > 10 and content[:half] == content[half:]:
        end = chosen[-1].start + half  # a scraped headline run into itself ('Thailand joins …Thailand joins …')
    trailing = TRAILING_DATELINE.search(chosen[-1].content)
    if trailing:
        end = chosen[-1].start + trailing.start()
    return span(source, text, chosen[0].start, end), datelines, kind, issued


RELEASE_KIND = re.compile(r"(?i:\b(?:press|media|news)\s+releases?\b|\bpress\s+statement\b|\bnews\b)")
MEETING_NOUN = re.compile(
    r"(?i:\b(?:conference|meeting|summit|forum|workshop|symposium|dialogue|consultation|session|seminar|"
    r"plenary|retreat|roundtable|round table|mechanism|exercise)s?\b)"
)


STARTS_A_NAME = re.compile(
    r"^\W*(?:[\w'’+-]+\s+){0,5}?"
    + MEETING_NOUN.pattern.replace("\\b(?:", "(?:", 1)
    + r"|^\W*(?i:task\s+force|working\s+group)\b"
)


def _continues(previous: Line, line: Line, gap: int) -> bool:
    """Whether a title line goes on from the one before (a title broken across lines), rather than being
    a title of its own: a meeting's name under a process's name, or a line after a blank one."""
    if gap > 2:
        return False
    last = previous.stripped.split()[-1] if previous.stripped else ""
    if previous.stripped.endswith((",", "-", "–", "&")) or last.lower() in {
        "on",
        "of",
        "and",
        "the",
        "for",
        "in",
        "to",
    }:
        return True
    return not STARTS_A_NAME.match(line.stripped)


def _body(source: str, text: str, body: list[Line]):
    """Sections, paragraphs and items of the body."""
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []
    items: list[Item] = []
    blocks = _Walker(body).walk()
    numbered = any(b[0] == "paragraph" for b in blocks)
    body_end = body[-1].end if body else len(text)
    section_starts = [b[2].start for b in blocks if b[0] == "section"] + [body_end]
    current_section, current_paragraph, last_number = "", "", 0
    after: dict[str, int] = {}
    run_label, run_letter = "", ""
    letters_seen: dict[str, int] = {}
    label_lines: list[Line] = []  # a list's headings ('ANNEX 2', 'MEMBER STATES'), kept for the list after them
    for index, (kind, label, marker, rest, block, _closed) in enumerate(blocks):
        if kind == "text":
            after_block = blocks[index + 1][0] if index + 1 < len(blocks) else ""
            pieces = _text_paragraphs(block)
            alone = len(pieces) == 1 and len(pieces[0]) == 1 and after_block == "text"
            if alone and LIST_HEADING.fullmatch(pieces[0][0].stripped):
                label_lines.append(pieces[0][0])  # 'ANNEX - PARTICIPATING STATES' over the list after it
                continue
            for piece in pieces:
                # a heading over a run of items leads in to them ('LIST OF DELEGATIONS'): it stays
                followed = len(piece) > 1 or after_block in ("text", "paragraph", "section")
                # three or more lines alike ('International Organization for Migration (IOM)' over two more
                # names) are a list, not a heading over it
                a_list = len(piece) > 2 and all(_is_name_line(ln) for ln in piece)
                if (
                    _is_subheading(piece[0], followed)
                    and not a_list
                    and not (len(piece) > 1 and LIST_LABEL.fullmatch(piece[0].stripped))
                ):
                    piece = piece[1:]  # 'Outcomes', 'Forward Work Plan 2017-19': a heading, not a paragraph
                    if not piece:
                        continue
                if label_lines:
                    piece, label_lines = [*label_lines, *piece], []
                para = span(source, text, piece[0].start, piece[-1].end)
                name, last_number = _implicit_label(numbered, last_number, after)
                paragraphs.append(Paragraph(name, current_section, para, implicit=True))
                current_paragraph = name
            run_label = ""
            continue
        if kind == "decimal":
            heading = marker.content[rest:].strip()
            if not block and heading.isupper() and len(heading.split()) <= 8:
                continue  # '2.0 BACKGROUND': a heading over the paragraphs that follow
            current_paragraph, last_number = _implicit_label(numbered, last_number, after)
            para = _block_span(source, text, marker, rest, block)
            paragraphs.append(Paragraph(current_paragraph, current_section, para, implicit=True))
            run_label = ""
            continue
        if kind == "section" and _roman_sentence(marker, rest, block):
            # 'I.  Ministers adopted a Co-Chairs' Statement in which they:' numbers a paragraph, not a section
            current_section = ""
            current_paragraph, last_number = _implicit_label(numbered, last_number, after)
            para = _block_span(source, text, marker, rest, block)
            paragraphs.append(Paragraph(current_paragraph, "", para, implicit=True))
            run_label = ""
            continue
        if kind == "section":
            heading, remainder = _split_heading(marker, rest, block, text)
            # a bare numeral has no title to make a section of: what follows belongs to the statement itself
            current_section = label if heading else ""
            if heading:
                title_span = span(source, text, heading[0][0], heading[-1][1])
                end = section_starts[section_starts.index(marker.start) + 1]
                sections.append(Section(label, title_span, span(source, text, marker.start, end)))
            if remainder:
                following = next((int(b[1]) for b in blocks[index + 1 :] if b[0] == "paragraph"), None)
                if following == last_number + 1:  # the author's next number is not skipped: no number to take
                    name = _unnumbered_name(last_number, after)
                else:
                    last_number += 1
                    name = str(last_number)
                para = span(source, text, remainder[0].start, remainder[-1].end)
                paragraphs.append(Paragraph(name, current_section, para, implicit=True))
                current_paragraph = name
            continue
        block_span = _block_span(source, text, marker, rest, block)
        if block_span is None:
            continue
        if kind == "paragraph":
            last_number = int(label)
            current_paragraph = label
            paragraphs.append(Paragraph(label, current_section, block_span))
            run_label = ""
        elif kind == "item":
            letters_seen[label] = letters_seen.get(label, 0) + 1
            items.append(Item(label, current_section, current_paragraph, block_span, None))
        else:  # a bullet: lettered in its run, after the paragraph that leads in to it
            if run_label != current_paragraph:
                run_label, run_letter = current_paragraph, ""
            run_letter = next_letter(run_letter.upper()).lower()
            items.append(Item(f"{current_paragraph}{run_letter}", current_section, current_paragraph, block_span, None))
    items = _unique_labels(items, letters_seen)
    return sections, paragraphs, _with_lead_ins(items, paragraphs)


def _implicit_label(numbered: bool, last_number: int, after: dict[str, int]) -> tuple[str, int]:
    """The label of a paragraph the author did not number, and the last number after it: its place in a
    numbered text ('p2', '5-1'), else the next number of an unnumbered one."""
    if numbered:
        return _unnumbered_name(last_number, after), last_number
    return str(last_number + 1), last_number + 1


def _unnumbered_name(last_number: int, after: dict[str, int]) -> str:
    """The name of an unnumbered paragraph in a numbered text: 'p1', 'p2' before paragraph 1, then '5-1',
    '5-2' after paragraph 5 (`after` counts them)."""
    base = str(last_number) if last_number else "p"
    after[base] = after.get(base, 0) + 1
    return f"p{after[base]}" if base == "p" else f"{base}-{after[base]}"


SUBHEADING = re.compile(r"^[A-Z0-9\"'“‘][^.;:!?]*$")
CONNECTOR_END = re.compile(r"\b(?:of|and|the|for|in|to|on|by|with|a|an|or)$|[,–-]$", re.IGNORECASE)


# a label over the list it heads ('Participating countries', 'Observers'): kept with the list, which it names
LIST_LABEL = re.compile(  # 'Steering Group members', 'Most affected countries'
    r"(?:(?:participating|attending|member|partner|observer|steering\s+group|(?:most\s+)?affected|other)\s+)?"
    r"(?:countries|states|delegations|participants|"
    r"observers?|partners?|members|(?:(?:regional|international)\s+)?organi[sz]ations?|secretariats?|"
    r"(?:special\s+)?guests|in\s+attendance|co-?chairs?)",
    re.IGNORECASE,
)


LIST_HEADING = re.compile(
    r"(?:annex(?:\s+(?:[ivx\d]+|[a-z]))?\s*[-–—:]\s*)?(?:list\s+of\s+)?(?:heads\s+of\s+delegations?|"
    + LIST_LABEL.pattern
    + r")(?:\s*\([^()]*\))?",
    re.IGNORECASE,
)


def _is_name_line(line: Line) -> bool:
    """Whether a line reads as a name in a list: capitalised, at most twelve words, no sentence punctuation."""
    return (
        len(line.stripped.split()) <= 12
        and SUBHEADING.match(line.stripped) is not None
        and not CONNECTOR_END.search(line.stripped)
    )


def _is_subheading(line: Line, followed: bool) -> bool:
    """Whether a line of unnumbered text is a heading over what follows ('Outcomes', 'Taking stock since
    2011'): short, capitalised, with no sentence punctuation at its end, and text after it."""
    words = line.stripped.split()
    return (
        followed
        and 1 <= len(words) <= 8
        and SUBHEADING.match(line.stripped) is not None
        and not CONNECTOR_END.search(line.stripped)
        and not CELL_BAR.search(line.stripped)  # a table's first row
        and not COLUMN_GAP.search(line.stripped)
        and line.stripped.count(",") < 2  # a list running on: 'Delegations from Belize, Canada, Costa Rica, the'
    )


def _unique_labels(items: list[Item], letters_seen: dict[str, int]) -> list[Item]:
    """Lettered items keep their letter when it is unique in the statement, else carry their paragraph; when that
    is not enough (two runs before any paragraph: 'i. Opening' and '(a) reaffirmed …'), a place of their own
    ('p2a'), so that no two items share a code."""
    out = []
    used: set[str] = set()
    for item in items:
        label = item.letter
        if letters_seen.get(label, 0) > 1:
            label = f"{item.paragraph}{label}"
        count = 1
        while label in used:
            count += 1
            label = f"p{count}{item.letter[-1:]}"
        used.add(label)
        out.append(Item(label, item.section, item.paragraph, item.span, None))
    return out


# a sentence that stops at its subject, its verbs in the items below: 'In their Windhoek Communiqué the Ministers'
ENDS_ON_SUBJECT = re.compile(
    r"\b(?i:(?:the\s+)?(?:(?:vice-)?ministers|participants|members|(?:senior\s+)?officials|delegates|leaders|"
    r"heads(?:\s+of\s+[a-z][\w-]*)?|co-?chairs|meeting|conference|they|we))\s*$"
)


def _with_lead_ins(items: list[Item], paragraphs: list[Paragraph]) -> list[Item]:
    """Attach to each item the last sentence ending in ':' of the paragraph before its run, or its last
    sentence when that one does not end at all (it runs on into the items)."""
    by_label = {p.label: p for p in paragraphs}
    out, lead_in, previous = [], None, None
    for item in items:
        restart = previous is None or item.paragraph != previous.paragraph or item.letter.upper().endswith("A")
        if restart:
            lead_in = None
            host = by_label.get(item.paragraph)
            if host is not None:
                said = sentences(host.span)
                colon = [s for s in said if s.quote.endswith(":")]
                lead_in = colon[-1] if colon else None
                runs_on = said and not SENTENCE_END.search(said[-1].quote)
                if (
                    lead_in is None
                    and runs_on
                    and (
                        len(re.findall(r"\b[a-z][\w-]*", said[-1].quote)) >= 3 or ENDS_ON_SUBJECT.search(said[-1].quote)
                    )
                ):
                    lead_in = said[-1]  # 'In the Joint Statement …, the ministers' runs on into its bullets (a
                    # words-in-lower-case sentence, not a heading such as 'IOM - UN Migration' over a menu)
        out.append(Item(item.letter, item.section, item.paragraph, item.span, lead_in))
        previous = item
    return out
