"""Our date grammar (ingest.dates) against dateparser on the date expressions of the genre: how many each
reads right (start and end), and how long each takes. Writes bench/results/dates.json.

    python bench/dates.py

dateparser is not a dependency of balikg; install it to compare (pip install dateparser).
"""

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.dates import find_dates  # noqa: E402

# (expression as the statements write it, expected start, expected end)
CASES = [
    ("28-30 April 2003", "2003-04-28", "2003-04-30"),
    ("26 to 28 February 2002", "2002-02-26", "2002-02-28"),
    ("February 27-28, 2002", "2002-02-27", "2002-02-28"),
    ("November 17 and 18, 2016", "2016-11-17", "2016-11-18"),
    ("BALI, INDONESIA, 23 MARCH 2016", "2016-03-23", "2016-03-23"),
    ("10 February 2023", "2023-02-10", "2023-02-10"),
    ("Tuesday 5 March 2013", "2013-03-05", "2013-03-05"),
    ("7th March 2019", "2019-03-07", "2019-03-07"),
    ("August 7, 2018", "2018-08-07", "2018-08-07"),
    ("September 19, 2016", "2016-09-19", "2016-09-19"),
    ("14-15 April 2009", "2009-04-14", "2009-04-15"),
    ("29 - 30 April 2003", "2003-04-29", "2003-04-30"),
    ("30 April-2 May 2010", "2010-04-30", "2010-05-02"),
    ("31 October 2017", "2017-10-31", "2017-10-31"),
    ("January 2007", "2007-01", "2007-01"),
    ("in April 1999", "1999-04", "1999-04"),
    ("16-17 September 2002", "2002-09-16", "2002-09-17"),
    ("6-8 November 2017", "2017-11-06", "2017-11-08"),
    ("between 24-25 August 2017", "2017-08-24", "2017-08-25"),
    ("13 October 2017", "2017-10-13", "2017-10-13"),
    ("1 July 2015", "2015-07-01", "2015-07-01"),
    ("12-13 June 2004", "2004-06-12", "2004-06-13"),
    ("Sept. 3, 2009", "2009-09-03", "2009-09-03"),
    ("3 Nov 2011", "2011-11-03", "2011-11-03"),
    ("on the morning of 30 November 2005", "2005-11-30", "2005-11-30"),
    ("13-14 March 2003", "2003-03-13", "2003-03-14"),
    ("June 2016", "2016-06", "2016-06"),
    ("25 August 2016", "2016-08-25", "2016-08-25"),
    ("10-11 December 2012", "2012-12-10", "2012-12-11"),
    ("15 April 2009", "2009-04-15", "2009-04-15"),
]


def ours(text: str) -> tuple[str, str] | None:
    """Our grammar's reading: the first date expression's start and end."""
    found = find_dates(text)
    return (found[0][1].start, found[0][1].end) if found else None


def theirs(text: str) -> tuple[str, str] | None:
    """dateparser's reading of the whole expression (one date: the start and end are the same day or month)."""
    import dateparser

    when = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    if when is None:
        return None
    precise = any(ch.isdigit() for ch in text.replace(str(when.year), "", 1))
    day = when.strftime("%Y-%m-%d") if precise else when.strftime("%Y-%m")
    return day, day


def score(reader) -> dict:
    """Right starts, right ranges and the median time per expression over 20 rounds."""
    starts = ranges = 0
    wrong = []
    for text, start, end in CASES:
        got = reader(text)
        starts += got is not None and got[0] == start
        ranges += got == (start, end)
        if got != (start, end):
            wrong.append({"text": text, "got": got, "expected": [start, end]})
    times = []
    for _ in range(20):
        began = time.perf_counter()
        for text, _, _ in CASES:
            reader(text)
        times.append((time.perf_counter() - began) / len(CASES))
    return {
        "cases": len(CASES),
        "right_start": starts,
        "right_range": ranges,
        "median_ms": round(statistics.median(times) * 1000, 4),
        "wrong": wrong,
    }


def main() -> None:
    """Score both readers and write the results."""
    results = {"ours (ingest.dates)": score(ours)}
    try:
        import dateparser

        theirs("1 May 2000")  # load its data before timing
        results[f"dateparser {dateparser.__version__}"] = score(theirs)
    except ImportError:
        results["dateparser"] = "not installed"
    out = ROOT / "bench" / "results" / "dates.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for name, result in results.items():
        if isinstance(result, dict):
            print(
                f"{name}: {result['right_range']}/{result['cases']} ranges right, {result['right_start']} starts, "
                f"{result['median_ms']} ms per expression"
            )
        else:
            print(f"{name}: {result}")


if __name__ == "__main__":
    main()
