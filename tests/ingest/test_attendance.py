"""ingest.attendance: co-chairs, participants and observers from their sentences; unknown names warned."""

from snippets import ATTENDANCE, structure_of

from ingest.attendance import read_attendance


def test_roles_and_spans(gazetteer):
    participations, warnings = read_attendance(structure_of(ATTENDANCE), gazetteer)
    by_role = {}
    for p in participations:
        by_role.setdefault(p.role, []).append(p.actor.key)
        assert ATTENDANCE[p.mention.begin : p.mention.end] == p.mention.quote
    assert by_role["co-chair"] == ["state/IDN", "state/AUS"]
    assert by_role["participant"] == ["state/KHM", "state/FJI", "state/LAO", "state/TTO", "org/iom"]
    assert by_role["observer"] == ["state/CAN", "org/unodc", "state/SWE"]
    assert [(w.message, w.span.quote) for w in warnings] == [
        ("unresolved participant 'Freedonia': not in the gazetteer", "Freedonia")
    ]
