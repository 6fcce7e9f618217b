"""Small statements written for the reader tests, and the helpers that read them."""

import hashlib

from ingest.layout import parse_structure
from ingest.read import _all_sentences, read_text
from ingest.source import SourceText

ATTENDANCE = """Ministerial Meeting on Regional Cooperation
Perth, 3-4 May 2010

Co-chairs' statement
1. We, the Foreign Ministers of Indonesia and Australia, had the honour to co-chair the Meeting.
2. The Meeting was attended by Cambodia, Fiji, the Lao People's Democratic Republic, Trinidad and Tobago,
Freedonia and the International Organization for Migration (IOM).
3. Canada, the United Nations Office on Drugs and Crime (UNODC) and Sweden attended as observers.
4. Ministers recommend that:
A. States review their visa regimes.
B. IOM continues to assist source countries, in close cooperation with States, subject to domestic laws.
5. Ministers agreed that the Ad Hoc Experts' Group I would report to the next meeting, as appropriate.
6. Ministers urged the international community to assist source countries, in approximately two years.
7. Ministers agreed that the region faced new challenges.
Perth, 4 May 2010
"""

EVENTS = """Senior Officials Meeting
Brisbane, 8-9 June 2004

Co-chairs' statement
1. The Meeting was co-chaired by Indonesia and Australia and attended by Fiji and Samoa.
2. Officials recalled the first Bali Regional Ministerial Conference held in Bali, Indonesia, on 26-28 February 2002,
at which Ministers adopted the Bali Action Plan.
3. The two Ad Hoc Experts' Groups, coordinated by New Zealand and Thailand respectively, were established at the
first Bali Regional Ministerial Conference. Ad Hoc Experts' Group II held a review meeting in Tokyo, Japan on 10-11
March 2003. Ad Hoc Experts' Group I was established to promote cooperation among the region's states.
4. Officials thanked the host Government of Australia for the Meeting. Officials heard a Report on the work
of Ad Hoc Experts' Group I by the Foreign Minister of New Zealand.
5. Officials noted that the statement was non-binding.
"""


def structure_of(text: str, gazetteer=None):
    """The layout of a snippet (heading places known when a gazetteer is given)."""
    is_place = (lambda name: gazetteer.place(name) is not None) if gazetteer is not None else (lambda _: False)
    return parse_structure("snippet.txt", text, is_place)


def sentences_of(text: str):
    """Every sentence of a snippet's paragraphs and items, in text order."""
    return _all_sentences(structure_of(text))


def read_snippet(text: str, gazetteer, name: str = "snippet.txt"):
    """The whole reading (DocumentRecord) of a snippet statement."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return read_text(SourceText(name, text, digest), gazetteer)


def undertakings_of(text: str, gazetteer) -> list[tuple[str, str, list[str]]]:
    """(code, modality, addressee keys) of every obligation and commitment a snippet makes, by code."""
    record = read_snippet(text, gazetteer)
    found = [*record.obligations, *record.commitments]
    return sorted((u.code, u.modality, [a.actor.key for a in u.addressees]) for u in found)
