"""Write N synthetic statements *as text*, in the genre of the seed, with a fixed random seed.

Other actors from the gazetteer, other dates and places, other meetings, lettered items and paragraph
commitments, so that a benchmark measures the real ingestion and not only RDF handling. Every third
statement is a scraped event page instead (banner and menu, a fields line, unnumbered paragraphs, bullets
under a verbless lead-in, a working group with its co-chairs in parentheses, "We" commitments), and every
sixth (from the second) a government's press release (a wire dateline under the page's date, co-chairs
named after their verb, rolls under labels, "As Co-Chairs, we", a ruled annex grid of names).

    python bench/gen.py 100 bench/corpus-100
"""

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "sources" / "gazetteer"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
PLACES = [
    ("Bali", "Indonesia"),
    ("Bangkok", "Thailand"),
    ("Colombo", "Sri Lanka"),
    ("Suva", "Fiji"),
    ("Tokyo", "Japan"),
    ("Wellington", "New Zealand"),
    ("Manila", "Philippines"),
    ("Hanoi", "Vietnam"),
    ("Canberra", "Australia"),
    ("Kuala Lumpur", "Malaysia"),
    ("Dhaka", "Bangladesh"),
    ("Kathmandu", "Nepal"),
]
ORGS = [
    ("International Organization for Migration", "IOM"),
    ("United Nations Development Programme", "UNDP"),
    ("International Labour Organization", "ILO"),
    ("Asian Development Bank", "ADB"),
    ("European Union", "EU"),
    ("International Committee of the Red Cross", "ICRC"),
    ("United Nations Office on Drugs and Crime", "UNODC"),
]
ACTIONS = [
    "enhance their cooperation on border management",
    "share information on smuggling networks",
    "enact national legislation to criminalise people smuggling",
    "tackle the root causes of illegal migration",
    "strengthen law enforcement cooperation",
    "support capacity building in the region",
    "improve the return of failed asylum seekers in a dignified and humane manner",
]
VERBS = [("urged", "regional states"), ("called on", "the international community"), ("encouraged", "source countries")]


def states() -> list[str]:
    """English names of sovereign states in the gazetteer."""
    rows = [json.loads(line) for line in (GAZETTEER / "territories.jsonl").read_text(encoding="utf-8").splitlines()]
    return sorted(r["name"] for r in rows if r.get("is_country") and r.get("alpha3") and not r.get("is_historical"))


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st …"""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def dates(rng: random.Random, year: int) -> str:
    """'14-15 April 2009'."""
    day = rng.randint(1, 25)
    return f"{day}-{day + rng.randint(1, 2)} {rng.choice(MONTHS)} {year}"


def statement(n: int, rng: random.Random, names: list[str]) -> str:
    """One statement of the genre: heading, attendance, a meeting, commitments, lettered items."""
    year = 2003 + n % 20
    city, country = rng.choice(PLACES)
    when = dates(rng, year)
    chairs = rng.sample(names, 2)
    attending = rng.sample([s for s in names if s not in chairs], rng.randint(12, 30))
    observers = rng.sample([s for s in names if s not in chairs + attending], rng.randint(4, 10))
    orgs = rng.sample(ORGS, 4)
    coordinators = rng.sample(attending, 2)
    title = (
        f"{ordinal(n + 3)} Regional Ministerial Conference on People Smuggling, Trafficking in Persons and Related "
        "Transnational Crime"
    )
    # one summit per ordinal and year, whichever statement names it: one place, one set of days, one declaration
    summit = random.Random(f"{n % 9}:{year}")
    summit_city, summit_country = summit.choice(PLACES)
    summit_dates = dates(summit, year - 1)
    lines = [
        title,
        f"{city}, {when}",
        "",
        "Co-chairs' statement",
        "I.",
        "Introduction",
        f"We, the Foreign Ministers of {chairs[0]} and {chairs[1]}, had the honour to co-chair the {title} in "
        f"{city}, {country} on {when}, attended by {', '.join(attending[:-1])} and {attending[-1]}, as well as the "
        f"{orgs[0][0]} and representatives of the {orgs[1][0]}.",
        "2.",
        f"{', '.join(observers)}, {orgs[2][0]} ({orgs[2][1]}) and {orgs[3][0]} ({orgs[3][1]}) attended as observers.",
        "II.",
        "Review of Progress",
        "3.",
        f"Ministers recalled the decision to establish two Ad Hoc Experts' Groups, coordinated by the Governments of "
        f"{coordinators[0]} and {coordinators[1]} respectively.",
        "4.",
        f"Ministers noted the {ordinal(n % 9 + 2)} ASEAN Summit, held in {summit_city}, {summit_country} on "
        f"{summit_dates}, which had adopted the {ordinal(n % 9 + 2)} Summit Declaration on Transnational Crime of "
        f"{year - 1}.",
    ]
    number = 5
    for verb, addressee in rng.sample(VERBS, 2):
        lines += [f"{number}.", f"Ministers {verb} {addressee} to {rng.choice(ACTIONS)}, as appropriate."]
        number += 1
    lines += [
        f"{number}.",
        "Ministers agreed that they would review progress after approximately one year.",
        "Ministers recommend that:",
    ]
    for letter in "ABCD":
        subject = rng.choice(["States", "Officials", orgs[0][1]])
        lines += [
            f"{letter}.",
            f"{subject} {rng.choice(ACTIONS).replace('their', 'its' if subject == orgs[0][1] else 'their')}.",
        ]
    lines += [f"{city}, {when.split('-', 1)[1]}", ""]
    return "\n".join(lines)


def event_page(n: int, rng: random.Random, names: list[str]) -> str:
    """A scraped event page of the genre: page furniture, fields, unnumbered paragraphs and bullets."""
    year = 2003 + n % 20
    city, country = rng.choice(PLACES)
    day = rng.randint(1, 27)
    month = rng.choice(MONTHS)
    chairs = rng.sample(names, 2)
    attending = rng.sample([s for s in names if s not in chairs], rng.randint(8, 20))
    observers = rng.sample([s for s in names if s not in chairs + attending], rng.randint(2, 5))
    orgs = rng.sample(ORGS, 3)
    other_city, _ = rng.choice(PLACES)
    lines = [
        "Bali Process | Regional Support Office",
        "Home  /  About  /  Working Groups  /  Events",
        f"{ordinal(n % 12 + 2)} Annual Meeting of the Working Group on Trafficking in Persons",
        f"Location: {city}, {country}    Date: {day} {month} {year}",
        "",
        f"On {day} {month} {year} the Working Group on Trafficking in Persons (co-chaired by {chairs[0]} and "
        f"{chairs[1]}) met in {city}.",
        "",
        f"Participating countries included {', '.join(attending[:-1])} and {attending[-1]}, together with the "
        f"{orgs[0][0]} and the {orgs[1][0]}. {', '.join(observers[:-1])} and {observers[-1]} attended as observers.",
        "",
        "Outcomes",
        "",
        "Members:",
        f"- agreed to {rng.choice(ACTIONS)};",
        f"- asked the {orgs[2][0]} to {rng.choice(ACTIONS)};",
        f"- encouraged members to {rng.choice(ACTIONS)}.",
        "",
        f"The Working Group recalled its workshop ({other_city}, {rng.choice(MONTHS)} {year - 1}) and agreed that "
        f"its next meeting would take place in {other_city} in {year + 1}.",
        "",
        "Previous: earlier meetings of the Working Group",
        "",
    ]
    return "\n".join(lines)


def press_release(n: int, rng: random.Random, names: list[str]) -> str:
    """A government's release of the genre: page banner and kind, a wire dateline with 'today' under the page's
    date, co-chairs named after their verb, a roll under labels, 'As Co-Chairs, we', a ruled annex grid."""
    year = 2003 + n % 20
    city, country = rng.choice(PLACES)
    day = rng.randint(1, 27)
    month = rng.randrange(12)
    chairs = rng.sample(names, 2)
    sending = rng.sample([s for s in names if s not in chairs], rng.randint(4, 8))
    receiving = rng.sample([s for s in names if s not in chairs + sending], rng.randint(3, 6))
    observers = rng.sample(ORGS, 2)
    annex = rng.sample([s for s in names if s not in chairs], 9)
    lines = [
        f"Ministry of Foreign Affairs of {chairs[0]}",
        "Press Releases",
        "",
        f"Regional ministers meet in {city} on people smuggling",
        f"NEWS | {day:02d}.{month + 1:02d}.{year}",
        "",
        f"{city.upper()} - Ministers from across the region met today to review cooperation against people "
        f"smuggling. The co-chairs were {chairs[0]} and {chairs[1]}.",
        "",
        f"Labour-sending member states: {', '.join(sending[:-1])} and {sending[-1]}.",
        f"Labour-receiving member states: {', '.join(receiving[:-1])} and {receiving[-1]}.",
        "",
        f"As Co-Chairs, we are committed to {rng.choice(ACTIONS)}. We urge all states in the region to "
        f"{rng.choice(ACTIONS)}, and we ask the {observers[0][0]} to {rng.choice(ACTIONS)}.",
        "",
        f"The meeting was preceded by a workshop held at the same venue on the {ordinal(max(day - 1, 1))} of "
        f"{MONTHS[month]} {year}.",
        "",
        "ANNEX: PARTICIPANTS",
        "",
        "| Participating States |",
        "|----------------------|",
        *("| " + " | ".join(annex[i : i + 3]) + " |" for i in range(0, len(annex), 3)),
        "",
        "| Organisations attending as observers |",
        "|----------------------|",
        "| " + " | ".join(abbreviation for _, abbreviation in observers) + " |",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    """Write N statements into DIR (created), named statement-0001.txt …"""
    count, directory = int(sys.argv[1]), Path(sys.argv[2])
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20030430)
    names = states()
    for n in range(count):
        text = event_page(n, rng, names) if n % 3 == 2 else press_release(n, rng, names) if n % 6 == 1 else ""
        text = text or statement(n, rng, names)
        (directory / f"statement-{n + 1:04d}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
