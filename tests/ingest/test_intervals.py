"""ingest.intervals: whether ranges cover an offset or overlap a range, by bisect."""

from ingest.intervals import Intervals

RANGES = [(40, 50), (0, 10), (5, 8), (20, 20), (30, 60), (55, 56)]  # unsorted, nested, overlapping, one empty


def test_covers_is_any_range_holding_the_offset():
    ranges = Intervals(RANGES)
    assert [at for at in range(-2, 65) if ranges.covers(at)] == [*range(0, 10), *range(30, 60)]
    for at in range(-2, 65):
        assert ranges.covers(at) == any(b <= at < e for b, e in RANGES)


def test_overlaps_is_any_range_sharing_an_offset():
    ranges = Intervals(RANGES)
    assert ranges.overlaps(9, 11) and ranges.overlaps(59, 70)
    assert ranges.overlaps(19, 21)  # the empty range at 20, as `b < end and begin < e` has it
    assert not ranges.overlaps(10, 20) and not ranges.overlaps(60, 99)
    for begin in range(-2, 65):
        for end in range(begin, 66):
            assert ranges.overlaps(begin, end) == any(b < end and begin < e for b, e in RANGES), (begin, end)


def test_no_ranges():
    assert not Intervals([]).covers(0) and not Intervals([]).overlaps(0, 10)
