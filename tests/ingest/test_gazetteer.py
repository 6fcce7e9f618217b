"""Aliases, acronyms and official long names resolve through the gazetteer, and nothing else does."""

import pytest


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Laos", "state/LAO"),
        ("Lao People’s Democratic Republic", "state/LAO"),
        ("Timor\nLeste", "state/TLS"),
        ("Timor-Leste", "state/TLS"),
        ("Iran (Islamic\nRepublic of)", "state/IRN"),
        ("People’s Republic of China", "state/CHN"),
        ("Democratic People’s\nRepublic of Korea", "state/PRK"),
        ("Republic of\nKorea", "state/KOR"),
        ("the\nUnited States of America", "state/USA"),
        ("Russian Federation", "state/RUS"),
        ("Turkey", "state/TUR"),
        ("Vietnam", "state/VNM"),
        ("Viet Nam", "state/VNM"),
        ("International Organisation for\nMigration", "org/iom"),
        ("International Organization for Migration", "org/iom"),
        ("IOM", "org/iom"),
        ("United Nations High Commissioner\nfor Refugees", "org/unhcr"),
        ("United Nations Development\nProgram (UNDP)", "org/undp"),
        ("International Federation\nfor the Red Cross (IFRC)", "org/ifrc"),
        ("World\nBank", "org/world-bank"),
        ("Association of\nSouth-East Asian Nations (ASEAN) Secretariat", "org/asean-secretariat"),
        ("Association of Southeast Asian Nations", "org/asean"),
        ("International Centre for Migration Policy Development Secretariat (ICMPD)", "org/icmpd-secretariat"),
        (
            "Inter-Governmental Consultations on Asylum,\nRefugee and Migration Policies in Europe, "
            "North America and Australia\n(IGC)",
            "process/igc",
        ),
        ("Bali Process", "process/bali-process"),
        ("States", "collective/states"),
        ("Officials", "collective/officials"),
    ],
)
def test_resolves(gazetteer, text, key):
    assert gazetteer.resolve(text).actor.key == key


def test_france_attends_for_new_caledonia(gazetteer):
    resolution = gazetteer.resolve("France (New Caledonia)")
    assert resolution.actor.key == "state/FRA"
    assert resolution.represents.key == "territory/NCL"
    assert resolution.represents.parent == "state/FRA"
    assert (resolution.represents.iso3, resolution.represents.qid) == ("NCL", "Q33788")


def test_secretariat_is_not_its_organisation(gazetteer):
    secretariat = gazetteer.resolve("ASEAN Secretariat").actor
    assert secretariat.kind == "secretariat" and secretariat.parent == "org/asean"
    derived = gazetteer.resolve("International Centre for Migration Policy Development Secretariat (ICMPD)").actor
    assert derived.kind == "secretariat" and derived.parent == "org/icmpd" and derived.qid == ""


def test_states_carry_codes_and_qids(gazetteer):
    korea_north, korea_south = gazetteer.resolve("DPRK").actor, gazetteer.resolve("Republic of Korea").actor
    assert (korea_north.iso3, korea_north.qid) == ("PRK", "Q423")
    assert (korea_south.iso3, korea_south.qid) == ("KOR", "Q884")


def test_only_verified_qids_are_used(gazetteer):
    assert gazetteer.resolve("UNODC").actor.qid == ""  # single source in the gazetteer: not used
    assert gazetteer.resolve("IOM").actor.qid == "Q472311"
    assert gazetteer.resolve("Bali Process").actor.qid == ""  # none known: never guessed


@pytest.mark.parametrize("text", ["Freedonia", "Korea (Republic)", "the Ministers of Nowhere", ""])
def test_unknown_names_do_not_resolve(gazetteer, text):
    assert gazetteer.resolve(text) is None


def test_names_without_their_accents_and_iso_official_names_resolve(gazetteer):
    assert gazetteer.lookup("Cote d'Ivoire").key == "state/CIV"
    assert gazetteer.lookup("Turkiye").key == gazetteer.lookup("Türkiye").key == "state/TUR"
    assert gazetteer.lookup("Kingdom of Morocco").key == "state/MAR"
    assert gazetteer.lookup("State of Kuwait").key == "state/KWT"
    assert gazetteer.lookup("Republic of Bolivia").key == "state/BOL"  # its name until 2009
    assert gazetteer.lookup("Korea, Republic of") is None  # an index form, never running text


def test_a_place_written_with_its_accents_is_that_spelling_s_city(gazetteer):
    assert gazetteer.places.country_code("Cádiz") == ("alpha2", "ES")
    assert gazetteer.places.country_code("Cadiz") == ("alpha2", "PH")  # the more populous of the two


def test_a_city_state_is_a_place_and_a_country_whose_capital_has_another_name_is_not(gazetteer):
    assert (gazetteer.place("Singapore").name, gazetteer.place("Singapore").country.key) == ("Singapore", "state/SGP")
    assert gazetteer.place("Mexico").name is None and gazetteer.place("Indonesia").name is None


def test_an_organisation_acronym_the_shapes_would_refuse_is_a_one_line_error_naming_the_row(tmp_path):
    import shutil
    from pathlib import Path

    from balikg.core.errors import IngestError
    from ingest.gazetteer import load_gazetteer

    source = Path(__file__).resolve().parents[2] / "sources" / "gazetteer"
    shutil.copytree(source, tmp_path / "g")
    table = tmp_path / "g" / "organisations.csv"
    table.write_text(
        table.read_text(encoding="utf-8").replace(
            "un-act,United Nations Action for Cooperation against Trafficking in Persons,,",
            "un-act,United Nations Action for Cooperation against Trafficking in Persons,UN-ACT,",
        ),
        encoding="utf-8",
    )
    with pytest.raises(IngestError, match=r"organisations\.csv: row 'un-act' has acronym 'UN-ACT'"):
        load_gazetteer(tmp_path / "g")


def test_a_place_and_the_island_it_is_on(gazetteer):
    place = gazetteer.place("Nusa Dua, Bali")
    assert (place.name, place.country.key) == ("Nusa Dua", "state/IDN")
    assert gazetteer.place("Sydney, Bali") is None  # not one country: no reading


def test_the_members_of_an_organisation_on_a_day(gazetteer):
    keys = lambda day: sorted(a.key for a in gazetteer.members_on("org/asean", day))  # noqa: E731
    assert len(keys("2024-08-28")) == 10
    assert "state/KHM" not in keys("1998-12-16")  # Cambodia joined on 30 April 1999
    assert "state/TLS" in keys("2025-10-27") and "state/TLS" not in keys("2025")  # the year does not say
    assert keys("") == [] and gazetteer.members_on("org/sadc", "2015-06-01") == []  # no day, no members known


def test_a_membership_of_an_unknown_actor_is_a_one_line_error(tmp_path):
    import shutil
    from pathlib import Path

    from balikg.core.errors import IngestError
    from ingest.gazetteer import load_gazetteer

    source = Path(__file__).resolve().parents[2] / "sources" / "gazetteer"
    shutil.copytree(source, tmp_path / "g")
    table = tmp_path / "g" / "memberships.csv"
    table.write_text(table.read_text(encoding="utf-8") + "org/asean,state/XXX,2030-01-01,none\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"memberships\.csv: membership org/asean state/XXX"):
        load_gazetteer(tmp_path / "g")


def test_an_institution_before_a_country_is_no_place(gazetteer):
    assert gazetteer.place("Ministry of Foreign Affairs, Kingdom of Thailand") is None
    assert gazetteer.place("Nusa Dua, Indonesia").name == "Nusa Dua"


def test_a_city_named_after_its_country_with_city_after_it(gazetteer):
    place = gazetteer.place("Djibouti City")
    assert (place.name, place.country.key) == ("Djibouti", "state/DJI")
    assert gazetteer.place("Atlantis City") is None


def test_a_name_a_derived_table_gives_an_actor_but_english_uses_otherwise_is_dropped(gazetteer):
    assert gazetteer.resolve("Island") is None  # not Iceland: 'Pacific Island countries'
    assert gazetteer.resolve("Iceland").actor.key == "state/ISL"


def test_a_loose_name_matches_only_in_the_names_order(gazetteer):
    assert gazetteer.fuzzy("Democratic Republic of Korea").key == "state/PRK"
    assert gazetteer.fuzzy("Southern Common Market") is None  # not the Common Market for Eastern and Southern Africa
