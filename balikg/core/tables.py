"""Aligned text tables for people (query answers, stats, eval): the project's one table formatter."""

from collections.abc import Sequence


def aligned(
    header: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[int] = (), indent: str = ""
) -> list[str]:
    """The header, a rule of dashes, then the rows: each column as wide as its widest cell (columns listed
    in `right` aligned right), two spaces between columns, trailing spaces trimmed."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: Sequence[str]) -> str:
        padded = [v.rjust(w) if i in right else v.ljust(w) for i, (v, w) in enumerate(zip(values, widths, strict=True))]
        return (indent + "  ".join(padded)).rstrip()

    return [line(header), indent + "  ".join("-" * w for w in widths), *(line(r) for r in cells)]
