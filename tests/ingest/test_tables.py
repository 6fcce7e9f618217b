"""ingest.tables: tables flattened to text with bars, their columns and their rows cell by cell."""

from ingest.records import Span
from ingest.tables import read_tables

DELEGATIONS = """TABLE 1. DELEGATIONS
+----+-------------+-------------+
| No | Delegation  | Status      |
+----+-------------+-------------+
| 1  | Australia   | Co-Chair    |
| 2  | Thailand    | Host/Member |
|    | Canada      |             |
+----+-------------+-------------+

Home | About | News | Contact
"""


def _document(text: str) -> Span:
    return Span("t.txt", 0, len(text), text)


def test_columns_rows_and_cells_with_their_spans():
    (table,) = read_tables(_document(DELEGATIONS))
    assert table.columns == ("no", "delegation", "status")
    assert [[c.quote if c else None for c in row] for row in table.rows] == [
        ["1", "Australia", "Co-Chair"],
        ["2", "Thailand", "Host/Member"],
        [None, "Canada", None],
    ]
    for row in table.rows:
        assert all(DELEGATIONS[c.begin : c.end] == c.quote for c in row if c)
    assert [r.quote.split("|")[2].strip() for r in table.row_spans] == ["Australia", "Thailand", "Canada"]
    assert table.column(__import__("re").compile("status")) == 2


def test_a_markdown_table_with_crlf_and_no_outer_bars():
    text = "Body | Co-Chairs\r\n---|---\r\nTask Force | Australia / Indonesia\r\n"
    (table,) = read_tables(_document(text))
    assert table.columns == ("body", "co-chairs")
    assert [[c.quote for c in row] for row in table.rows] == [["Task Force", "Australia / Indonesia"]]


def test_one_barred_line_is_no_table():
    assert read_tables(_document("Venue: Bangkok | Dates: 25-26 June 2019 | Host: Thailand\n\nMinisters met.\n")) == []


def test_a_grid_of_names_under_a_ruled_heading_of_one_cell():
    text = "| Participating States |\n|---------|\n| Afghanistan | Armenia | Austria |\n| Bulgaria | Georgia |\n"
    (table,) = read_tables(Span("s.txt", 0, len(text), text))
    assert table.columns == ("participating states",)
    assert [[c.quote for c in row] for row in table.rows] == [
        ["Afghanistan", "Armenia", "Austria"],
        ["Bulgaria", "Georgia"],
    ]


def test_a_table_padded_with_spaces_its_cells_by_its_headers_columns():
    text = (
        "Table 2. Delegations\n  No.  Member State     Level               Remarks\n"
        "  1    Bhutan           Secretary           -\n  2    Maldives         Director            Chair / host\n"
        "  3    Mongolia         -                   did not attend\nObservers: the ILO.\n"
    )
    (table,) = read_tables(_document(text))
    assert table.columns == ("no.", "member state", "level", "remarks")
    assert [[c.quote if c else None for c in row] for row in table.rows] == [
        ["1", "Bhutan", "Secretary", None],
        ["2", "Maldives", "Director", "Chair / host"],
        ["3", "Mongolia", None, "did not attend"],
    ]
    assert all(text[c.begin : c.end] == c.quote for row in table.rows for c in row if c)
    assert read_tables(_document("Partners:  Bhutan  Maldives  Mongolia\nand more text here.\n")) == []


def test_two_columns_ruled_off_under_their_header_with_rows_that_wrap_or_run_on():
    text = (
        "Participants\n\n"
        "Name / Title                                 Delegation\n"
        "------------------------------------------   --------------------\n"
        "Ambassador for People Smuggling and Human\n"
        "  Trafficking                                Australia (Co-Chair)\n"
        "Director of Multilateral Cooperation Policy  Kingdom of Thailand\n"
        "Head of the Mixed Migration Unit, Asia Bureau New Zealand\n\n"
        "The meeting opened.\n"
    )
    (table,) = read_tables(Span("x", 0, len(text), text))
    assert table.columns == ("name / title", "delegation")
    assert [[c.quote if c else None for c in row] for row in table.rows] == [
        ["Ambassador for People Smuggling and Human", "Australia (Co-Chair)"],
        ["Director of Multilateral Cooperation Policy", "Kingdom of Thailand"],
        ["Head of the Mixed Migration Unit, Asia Bureau", "New Zealand"],
    ]
