"""Places: where a meeting was held, and the country it is in.

'Bali, Indonesia', 'BALI, INDONESIA', 'Bangkok' (Thailand, from the cities table), 'Cebu, the Philippines',
'Indonesia' (a country alone). The city is kept as the text writes it (all-capitals turned to title case);
its country comes from the text when it names one, else from the places table (sources/gazetteer/
places.csv: islands and regions such as Bali) or the cities table (sources/gazetteer/cities.tsv, from
GeoNames), the most populous city of that name first.
"""

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from balikg.core.errors import IngestError
from ingest.records import Actor
from ingest.text import normalise

SMALL = {"of", "the", "de", "del", "da", "do", "and", "la", "le"}


@dataclass(frozen=True)
class Place:
    """A place as read: its name as written (None when the text names only a country) and its country."""

    name: str | None
    country: Actor | None


@dataclass
class PlaceTable:
    """Place names (normalised) → ISO 3166-1 codes: hand-listed places first, then cities by population."""

    fixed: dict[str, str] = field(default_factory=dict)  # name → alpha-3 (places.csv)
    cities: dict[str, str] = field(default_factory=dict)  # name → alpha-2 of its most populous holder
    accented: dict[str, str] = field(default_factory=dict)  # the same, by the name as written ('Cádiz' is Spain's)
    holders: dict[str, set[str]] = field(default_factory=dict)  # name → alpha-2 of every city of that name
    named: set[tuple[str, str]] = field(default_factory=set)  # (name, alpha-2) of each city's own name

    def country_code(self, name: str, near: frozenset[str] = frozenset()) -> tuple[str, str] | None:
        """('alpha3', code) or ('alpha2', code) for a place name, or None; a name written with its accents
        finds the city of that spelling before one whose name only folds to it, and a name several countries'
        cities bear finds the one in a country the text names nearby (`near`, alpha-2 codes: 'which Spain will
        host in Cadiz')."""
        key = normalise(name)
        if key in self.fixed:
            return "alpha3", self.fixed[key]
        exact = key if name.isascii() else normalise(name, accents=True)
        if exact != key and exact in self.accented:
            return "alpha2", self.accented[exact]
        if key in self.cities:
            named = sorted(self.holders.get(key, set()) & near)
            return "alpha2", named[0] if len(named) == 1 else self.cities[key]
        return None


def load_places(directory: Path) -> PlaceTable:
    """The places and cities tables of a gazetteer directory."""
    table = PlaceTable()
    try:
        with (directory / "places.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                table.fixed[normalise(row["name"])] = row["country"].upper()
        populations: dict[str, int] = {}
        accented_populations: dict[str, int] = {}
        with (directory / "cities.tsv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                population = int(row["population"])
                table.named.add((normalise(row["name"]), row["country"].upper()))
                for name in [row["name"], *filter(None, row["alternatives"].split("|"))]:
                    key = normalise(name)
                    table.holders.setdefault(key, set()).add(row["country"].upper())
                    if population > populations.get(key, -1):
                        populations[key] = population
                        table.cities[key] = row["country"].upper()
                    exact = key if name.isascii() else normalise(name, accents=True)
                    if exact != key and population > accented_populations.get(exact, -1):
                        accented_populations[exact] = population
                        table.accented[exact] = row["country"].upper()
    except (OSError, KeyError, ValueError, csv.Error) as exc:
        raise IngestError(f"{directory}: cannot read the places tables ({exc})") from None
    return table


def display(name: str) -> str:
    """A place name as a label: one space between words; all-capitals turned to title case."""
    name = " ".join(name.split()).strip(" ,.;:")
    if name.isupper():
        words = name.lower().split()
        name = " ".join(w if i and w in SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return name


PARTICLE_WORD = r"(?:el|al)-[A-Z][\w'’.-]*"  # a word of a place's name after an article in small letters: 'el-Sheikh'
CAPITALISED = re.compile(  # 'Sharm el-Sheikh', 'Mar del Plata', 'Rio de Janeiro'
    rf"^(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:de|del|da|do|of|the|{PARTICLE_WORD}|[A-Z][\w'’.&-]*)){{0,4}}$"
)
