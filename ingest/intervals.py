"""Offset ranges of a text, sorted once, asked whether they cover an offset or overlap a range (bisect, not a
scan of every range)."""

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Intervals:
    """Half-open ranges [begin, end) of offsets, in any order, possibly overlapping or empty."""

    def __init__(self, ranges: Iterable[tuple[int, int]]):
        ordered = sorted(ranges)
        self.begins = [b for b, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # the furthest end among the first k

    def covers(self, at: int) -> bool:
        """Whether some range holds the offset: begin <= at < end."""
        count = bisect_right(self.begins, at)
        return count > 0 and self.reach[count - 1] > at

    def overlaps(self, begin: int, end: int) -> bool:
        """Whether some range shares an offset with [begin, end), as `b < end and begin < e`."""
        count = bisect_left(self.begins, end)
        return count > 0 and self.reach[count - 1] > begin
