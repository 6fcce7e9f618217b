"""The one table formatter: columns as wide as their widest cell, numbers aligned right where asked."""

from balikg.core.tables import aligned


def test_columns_rule_and_right_alignment():
    lines = aligned(["name", "n"], [["Thailand", 2], ["New Zealand", 10]], right=(1,), indent="  ")
    assert lines == [
        "  name          n",
        "  -----------  --",
        "  Thailand      2",
        "  New Zealand  10",
    ]


def test_trailing_spaces_are_trimmed():
    assert aligned(["a", "b"], [["x", ""]]) == ["a  b", "-  -", "x"]
