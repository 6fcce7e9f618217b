"""The layout parser on small snippets: markers by sequence, headings, lead-ins, line endings."""

from ingest.layout import parse_structure

SNIPPET = """Third Regional Ministerial Conference on Things
Bali, 14-15 April 2009

Co-chairs' statement
I.
Introduction
We, the Foreign Ministers of Indonesia and Australia, had the honour to co-chair the
conference, attended by many states from the region and further afield than before.
2.
Ministers met for the first time in
2008. This line starts with a year, not a paragraph number.
II.
Review of Progress from the first Regional Ministerial
Conference
3. Ministers recommend that:
A.
States act.
B. IOM helps.
III.
Next steps
4.
Ministers agree that:
C.
Officials report.
D.
States continue.
E.
States continue.
F.
States continue.
G.
States continue.
H.
States continue.
I.
A meeting be held.
IV.
Conclusion
5.
Ministers thanked Indonesia.
Bali, 15 April 2009
"""


def parse(text: str):
    """The layout of a snippet, with the places its headings name known."""
    return parse_structure("s.txt", text, lambda name: name.split(",")[0].strip() in {"Bali", "Suva", "Sydney"})


def test_heading_dateline_kind_and_closing():
    s = parse(SNIPPET)
    assert s.title.quote == "Third Regional Ministerial Conference on Things"
    assert [d.quote for d in s.datelines] == ["Bali, 14-15 April 2009"]
    assert s.kind.quote == "Co-chairs' statement"
    assert s.closing.quote == "Bali, 15 April 2009"


def test_sections_with_one_and_two_line_titles():
    s = parse(SNIPPET)
    assert [(x.numeral, " ".join(x.title.quote.split())) for x in s.sections] == [
        ("I", "Introduction"),
        ("II", "Review of Progress from the first Regional Ministerial Conference"),
        ("III", "Next steps"),
        ("IV", "Conclusion"),
    ]


def test_unnumbered_first_paragraph_and_year_at_line_start():
    s = parse(SNIPPET)
    assert [p.label for p in s.paragraphs] == ["1", "2", "3", "4", "5"]
    assert s.paragraphs[0].implicit and s.paragraphs[0].span.quote.startswith("We, the Foreign")
    assert s.paragraphs[1].span.quote.endswith("not a paragraph number.")


def test_item_i_is_an_item_not_a_section_and_lead_ins_attach():
    s = parse(SNIPPET)
    assert [i.letter for i in s.items] == list("ABCDEFGHI")
    assert s.items[-1].span.quote == "A meeting be held."
    assert s.items[1].span.quote == "IOM helps."
    assert {i.letter: i.lead_in.quote for i in s.items}["A"] == "Ministers recommend that:"
    assert {i.letter: i.lead_in.quote for i in s.items}["C"] == "Ministers agree that:"
    assert [i.paragraph for i in s.items[:3]] == ["3", "3", "4"]


def test_spans_are_exact_offsets_into_the_text():
    s = parse(SNIPPET)
    for span in [s.title, *(p.span for p in s.paragraphs), *(i.span for i in s.items)]:
        assert SNIPPET[span.begin : span.end] == span.quote


def test_crlf_and_parenthesised_letters_and_numbers_on_the_line():
    text = (
        "Senior Officials' Meeting on Things\r\nSuva, 2 May 2005\r\n\r\n"
        "1. Officials met.\r\n2. Officials recommended that:\r\n(a) States act.\r\n(b) UNHCR assists.\r\n"
    )
    s = parse(text)
    assert [p.label for p in s.paragraphs] == ["1", "2"]
    assert [(i.letter, i.span.quote) for i in s.items] == [("a", "States act."), ("b", "UNHCR assists.")]
    assert s.items[0].lead_in.quote == "Officials recommended that:"
    assert all(text[i.span.begin : i.span.end] == i.span.quote for i in s.items)


def test_a_text_without_markers_is_read_as_paragraphs():
    s = parse("Just a title\n\nand some prose without any numbering at all, read as one paragraph.\n")
    assert s.title.quote == "Just a title"
    assert [(p.label, p.implicit) for p in s.paragraphs] == [("1", True)]


def test_web_page_furniture_fields_subheadings_and_bullets():
    text = (
        "Bali Process | Regional Support Office\n"
        "Home  /  About  /  Events\n"
        "Seventh Meeting of the Working Group\n"
        "Venue: Sydney, Australia    Date: Tuesday 5 March 2013\n"
        "\n"
        "Senior officials came together in Sydney for their seventh meeting, and many took part.\n"
        "\n"
        "Outcomes\n"
        "\n"
        "Members agreed on the following points, among others:\n"
        "- to keep meeting;\n"
        "• to share data.\n"
        "\n"
        "Previous: Sixth Meeting of the Working Group\n"
        "Contact: info@example.org\n"
    )
    s = parse(text)
    assert s.title.quote == "Seventh Meeting of the Working Group"
    assert [d.quote for d in s.datelines] == ["Venue: Sydney, Australia    Date: Tuesday 5 March 2013"]
    assert [x.quote for x in s.left_out] == [
        "Bali Process | Regional Support Office",
        "Home  /  About  /  Events",
        "Previous: Sixth Meeting of the Working Group",
        "Contact: info@example.org",
    ]
    assert [p.span.quote[:20] for p in s.paragraphs] == [
        "Senior officials cam",
        "Members agreed on th",
    ]  # 'Outcomes' heads
    assert [(i.label, i.span.quote) for i in s.items] == [("2a", "to keep meeting;"), ("2b", "to share data.")]
    assert all(i.lead_in.quote == "Members agreed on the following points, among others:" for i in s.items)


def test_a_preamble_before_paragraph_one_and_a_publication_date():
    text = (
        "Media release\n"
        "Published: 12 March 2019\n"
        "\n"
        "Recalling the Declaration of 2002;\n"
        "Noting the work of the groups;\n"
        "\n"
        "1. Ministers met.\n"
        "2. Ministers agreed to meet again.\n"
        "\n"
        "Unnumbered text after paragraph two, which the statement adds at the end.\n"
    )
    s = parse(text)
    assert s.issued is not None and s.issued.quote == "Published: 12 March 2019"
    assert [p.label for p in s.paragraphs] == ["p1", "p2", "1", "2", "2-1"]


def test_upper_case_roman_clauses_under_a_lead_in_are_items_not_sections():
    text = (
        "1. Ministers met in Rhodes.\n"
        "\n"
        "2. In the light of these developments, the participating States:\n"
        "   I.   agree to share risk analyses on\n"
        "        smuggling routes;\n"
        "   II.  resolve to develop readmission arrangements;\n"
        "   III. request the Secretariat to report.\n"
        "\n"
        "3. Ministers agreed that officials would meet in 2004.\n"
        "\n"
        "I. Follow-up\n"
        "4. Officials will report.\n"
    )
    s = parse(text)
    assert [(i.label, i.paragraph) for i in s.items] == [("2a", "2"), ("2b", "2"), ("2c", "2")]
    assert [p.label for p in s.paragraphs] == ["1", "2", "3", "4"]
    assert [x.numeral for x in s.sections] == ["I"]


def test_text_after_a_heading_takes_no_number_the_next_paragraph_has():
    text = "1. Ministers met.\n\nI. Outcomes\nMinisters welcomed the report.\n\n2. Ministers agreed to meet again.\n"
    s = parse(text)
    assert [p.label for p in s.paragraphs] == ["1", "1-1", "2"]


def test_a_footer_menu_over_lines_is_furniture_and_a_padded_table_is_text():
    text = (
        "Meeting\nBali, 1 May 2010\n\n1. Officials met.\n\n"
        "Armenia    | Georgia\nAustria    | Germany\nBelarus    | Hungary\n\n"
        "Privacy | Terms | Cookies\nFacebook | Twitter | LinkedIn\nHome | Members | Events\n"
    )
    structure = parse_structure("s.txt", text)
    assert [s.quote for s in structure.left_out] == [
        "Privacy | Terms | Cookies",
        "Facebook | Twitter | LinkedIn",
        "Home | Members | Events",
    ]
    assert any("Armenia    | Georgia" in p.span.quote for p in structure.paragraphs)


def test_columns_padded_with_spaces_are_a_table_and_a_spaced_menu_line_is_furniture():
    text = (
        "Meeting\nBali, 1 May 2010\n\n1. Officials met.\n\n"
        "Nepal            Secretary, Ministry of Labour\n"
        "Pakistan         Secretary, Ministry of Labour, Manpower and Overseas\n"
        "                 Pakistanis\n"
        "Thailand         Director-General, Department of Employment\n\n"
        "Home    About us    Projects    Contacts\n"
    )
    structure = parse_structure("s.txt", text)
    assert [s.quote for s in structure.left_out] == ["Home    About us    Projects    Contacts"]
    assert any("Thailand         Director-General" in p.span.quote for p in structure.paragraphs)


def test_a_starred_menu_a_breadcrumb_and_a_news_date_beside_its_section():
    text = (
        "RSO | Regional Office\nAbout us * Our Work * Events * Resources * Contact\n"
        "Home / News / Officials meet on regional returns cooperation in a long headline\n\n"
        "Officials meet on regional returns cooperation\n14 March 2022 | News\n\n"
        "Officials met in Manila over 8-9 March.\n"
    )
    structure = parse_structure("s.txt", text)
    assert [s.quote for s in structure.left_out] == [
        "RSO | Regional Office",
        "About us * Our Work * Events * Resources * Contact",
        "Home / News / Officials meet on regional returns cooperation in a long headline",
    ]
    assert structure.title.quote == "Officials meet on regional returns cooperation"
    assert structure.issued.quote == "14 March 2022 | News"


def test_a_year_that_ends_a_sentences_line_is_text_not_a_page_number():
    text = "Meeting\nBali, 1 May 2010\n\n1. Officials recalled the plan endorsed in October\n2008, and met.\n\n12\n"
    structure = parse_structure("s.txt", text)
    assert [s.quote for s in structure.left_out] == ["12"]
    assert structure.paragraphs[0].span.quote == "Officials recalled the plan endorsed in October\n2008, and met."


def test_the_title_after_the_last_menu_line_that_a_title_follows():
    text = (
        "This site uses cookies. Accept all cookies | Reject non-essential cookies\n"
        "Home   About   Almaty Process   News   Publications\n"
        "You are here: Home / Almaty Process / News\n\n"
        "Türkiye takes over the chair of the Almaty Process\n\n"
        "Published 29 January 2021 | 4 min read\n\n"
        "Almaty, 29 January 2021 – The Republic of Tajikistan handed over the chairmanship.\n"
    )
    assert parse_structure("page.txt", text).title.quote == "Türkiye takes over the chair of the Almaty Process"


def test_heading_lines_with_no_blank_line_under_them_are_the_heading():
    text = (
        "BALI PROCESS WORKING GROUP ON TRAFFICKING IN PERSONS\r\nFIRST MEETING - CO-CHAIRS' STATEMENT\r\n"
        "Bangkok, Thailand - 3 December 2015\r\n1. The Working Group met for the first time in Bangkok.\r\n"
        "2. Members agreed to meet again.\r\n"
    )
    structure = parse_structure("s.txt", text, lambda name: name == "Bangkok, Thailand")
    assert [p.label for p in structure.paragraphs] == ["1", "2"]
    assert [d.quote for d in structure.datelines] == ["Bangkok, Thailand - 3 December 2015"]


def test_a_heading_over_a_menu_is_no_lead_in_of_the_menu():
    text = (
        "International Organization for Migration\nIOM - UN Migration\n- Who we are\n- Our Work\n"
        "Home > News > Conference Opens\n\nConference Opens in Paraguay\n\n"
        "The Conference opened in Asuncion today. Ministers met:\n\n- to agree on a plan.\n"
    )
    structure = parse_structure("page.txt", text)
    assert all(item.lead_in is None or item.lead_in.quote.endswith(":") for item in structure.items)


def test_lower_case_lines_that_go_on_from_the_kind_line_are_the_heading():
    text = (
        "JOINT STATEMENT\n\nby the Minister of Foreign Affairs of Italy, Chair of the Khartoum Process,\n\n"
        "on the Senior Officials' Meeting on the Action Plan\n\nAddis Ababa, 15 November 2018\n\n"
        "1. The meeting took place in Addis Ababa.\n\n2. We agreed to meet again.\n"
    )
    structure = parse_structure("s.txt", text, lambda name: name == "Addis Ababa")
    assert [p.label for p in structure.paragraphs] == ["1", "2"]
    assert [d.quote for d in structure.datelines] == ["Addis Ababa, 15 November 2018"]
    assert structure.title.quote.endswith("on the Senior Officials' Meeting on the Action Plan")


def test_numbers_in_brackets_under_a_numbered_paragraph_are_its_items():
    text = (
        "Outline of the results\nSeptember 20, 2013\n\n1. The meetings were held in Vientiane.\n\n"
        "2. AMMTC + Japan\n(1) The meeting was co-chaired by Japan and Cambodia.\n"
        "(2) The Ministers agreed to meet every two years,\nalongside the AMMTC.\n"
    )
    structure = parse_structure("s.txt", text)
    assert [(i.label, i.span.quote) for i in structure.items] == [
        ("2a", "The meeting was co-chaired by Japan and Cambodia."),
        ("2b", "The Ministers agreed to meet every two years,\nalongside the AMMTC."),
    ]


def test_a_labelled_list_wrapped_inside_a_name_is_one_paragraph():
    text = (
        "Senior Officials' Meeting\nBudapest, 2 December 2020\n\n1. Officials met.\n\n"
        "States: Albania; Armenia; Bosnia and\nHerzegovina; Bulgaria;\nGeorgia; Germany;\nTurkey.\n"
    )
    structure = parse_structure("s.txt", text)
    assert [p.span.quote for p in structure.paragraphs][1:] == [
        "States: Albania; Armenia; Bosnia and\nHerzegovina; Bulgaria;\nGeorgia; Germany;\nTurkey."
    ]


def test_a_short_sentence_under_the_heading_is_body_text():
    text = (
        "Senior Officials Meeting\nBangkok, 5 May 2015\n\nAustralia and Indonesia co-chaired the meeting.\n\nWe met.\n"
    )
    structure = parse_structure("s.txt", text)
    assert structure.title.quote == "Senior Officials Meeting\nBangkok, 5 May 2015"
    assert [p.span.quote for p in structure.paragraphs] == [
        "Australia and Indonesia co-chaired the meeting.",
        "We met.",
    ]


def test_the_headline_under_press_release_is_the_title_not_the_senders_banner():
    text = (
        "GLOBAL FORUM ON MIGRATION AND DEVELOPMENT\nGFMD 2019 Chairmanship\n\nPRESS RELEASE\n\n"
        "Ecuador convenes the last GFMD preparatory meetings\n\n"
        "GENEVA, 11 September 2019 - Ecuador held the meetings in Geneva on 10 and 11 September 2019.\n"
    )
    assert parse_structure("s.txt", text).title.quote == "Ecuador convenes the last GFMD preparatory meetings"


def test_a_row_of_columns_under_an_annex_heading_and_a_list_of_names_are_not_subheadings():
    text = (
        "Workshop\nBangkok, 5 May 2015\n\n1. Officials met.\n\nAnnex A - Delegations\n\n"
        "Bhutan                         Nepal\nFiji                           Tonga\n\n"
        "International Organization for Migration (IOM)\nUnited Nations Office on Drugs and Crime\nInterpol\n\n"
        "Outcomes\nThe officials agreed to meet again.\n"
    )
    structure = parse_structure("s.txt", text)
    paragraphs = [p.span.quote for p in structure.paragraphs]
    assert paragraphs[-1] == "The officials agreed to meet again."  # 'Outcomes' is its heading
    listed = "\n".join(paragraphs[1:-1])
    for line in ("Bhutan                         Nepal", "International Organization for Migration (IOM)", "Interpol"):
        assert line in listed


def test_a_dated_line_with_dots_under_a_news_headline_is_its_publication_day():
    text = (
        "Home > News > International Relations\n\nBudapest Process Senior Officials Meeting Was Held in Istanbul\n"
        "29.11.2017\n\nThe Senior Officials Meeting of the Budapest Process took place in Istanbul.\n"
    )
    structure = parse_structure("s.txt", text)
    assert structure.issued.quote == "29.11.2017"
    assert structure.datelines == ()


def test_a_page_scraped_without_blank_lines_has_a_paragraph_a_long_line():
    long_one = (
        "On 1 April 2013 the Co-Chairs convened the fifth gathering of senior officials in Bali, " + "x" * 80 + "."
    )
    long_two = (
        "The Co-Chairs reported that the Ad Hoc Group had been enlarged since the Fourth Conference, " + "y" * 80 + "."
    )
    text = (
        "Skip to main content\nHome\nAbout\nContact Us\nHome  /  Events  /  Fifth Senior Officials Meeting\n"
        "Fifth Senior Officials Meeting\nLocation: Bali, IndonesiaDate: 01 April 2013\n"
        f"{long_one}\n{long_two}\nOutcomes\n- Officials agreed to meet again.\n- Officials asked the RSO to report.\n"
    )
    structure = parse_structure("s.txt", text)
    assert structure.title.quote == "Fifth Senior Officials Meeting"
    assert [p.span.quote for p in structure.paragraphs][:2] == [long_one, long_two]
    assert [i.span.quote for i in structure.items] == [
        "Officials agreed to meet again.",
        "Officials asked the RSO to report.",
    ]


def test_a_translators_note_above_the_title_is_not_the_title():
    text = (
        "Translation from the Spanish original. This is a working translation and not an official text.\n\n"
        "SOUTH AMERICAN CONFERENCE ON MIGRATION\nFIRST MEETING\nSuva, Fiji, 18-19 May 2000\n\n"
        "FINAL DECLARATION\n\nThe Governments met.\n"
    )
    s = parse(text)
    assert s.title.quote == "SOUTH AMERICAN CONFERENCE ON MIGRATION"
    assert [d.quote for d in s.datelines] == ["Suva, Fiji, 18-19 May 2000"]


def test_a_roster_in_three_columns_whose_last_row_skips_one_and_a_bylined_publication_date():
    text = (
        "Conference of Ministers\nBudapest, 15-16 February 1993\n\n1. Ministers met.\n\n"
        "ANNEX\nLIST OF PARTICIPATING STATES\n\n"
        "Albania                  Greece                   Portugal\n"
        "France                   Poland                   Spain\n"
        "Germany                                           United States of America\n"
    )
    assert parse(text).left_out == ()  # the last row is a row of the table, not a footer menu
    s = parse("Talks close\n\nBy Staff Reporter | Published: August 28, 2016\n\nABIDJAN - Officials met.\n")
    assert s.issued is not None and s.issued.quote == "By Staff Reporter | Published: August 28, 2016"


def test_a_wires_node_id_short_link_and_time_stamp():
    text = (
        "ID: 197412\nTue, 07/26/2011 - 15:02\nShortlink: https://wire.example/node/197412\n\n"
        "ASEAN MUST ACT\n\nSINGAPORE, July 26 (Wire) -- Officials met here.\n"
    )
    s = parse(text)
    assert s.title.quote == "ASEAN MUST ACT"
    assert s.issued is not None and s.issued.quote == "Tue, 07/26/2011 - 15:02"
    assert [x.quote for x in s.left_out] == ["ID: 197412", "Shortlink: https://wire.example/node/197412"]


def test_the_day_and_year_of_a_date_broken_at_a_line_end_are_no_page_number():
    text = (
        "Senior officials prepare a declaration\n\n"
        "Nusa Dua, Bali, March 22, 2016 (ANTARA) - Senior officials met here to prepare the Conference, which\n"
        "opens on Wednesday, March\n23, 2016.\n\nThe meeting was co-chaired by Indonesia and Australia.\n"
    )
    s = parse(text)
    assert s.title.quote == "Senior officials prepare a declaration"
    assert [p.span.quote.split()[0] for p in s.paragraphs] == ["Nusa", "The"]
    assert s.left_out == ()


def test_headlines_listed_under_a_related_news_label_are_links_not_items():
    text = (
        "Ministers set up a working group\n\nNusa Dua, Bali (ANTARA News) - Ministers met here.\n\n"
        "Editor: A. Writer\n\nRelated news:\n- Indonesia hosts Bali Process senior officials\n"
        "- Officials prepare the ministerial agenda\n"
    )
    s = parse(text)
    assert s.items == ()
    assert [x.quote for x in s.left_out] == [
        "Related news:",
        "- Indonesia hosts Bali Process senior officials",
        "- Officials prepare the ministerial agenda",
    ]


def test_a_list_running_on_at_a_paragraphs_first_line_is_no_subheading():
    text = (
        "Honduras welcomes the Conference\n\nGeneva, 16 May 2008\n\nThe meeting closes today.\n\n"
        "Delegations from Belize, Canada, Costa Rica, the Dominican\nRepublic and Panama took part.\n"
    )
    s = parse(text)
    assert [" ".join(p.span.quote.split()) for p in s.paragraphs] == [
        "The meeting closes today.",
        "Delegations from Belize, Canada, Costa Rica, the Dominican Republic and Panama took part.",
    ]


def test_a_news_pages_date_beside_its_time_dates_the_page():
    text = (
        "NEWS WIRE > WORLD\nThursday, 2 July 2015 | 19:45\n\nMinisters agree on a task force\n\n"
        "KUALA LUMPUR, July 2 (Wire) -- Ministers met here today.\n"
    )
    s = parse(text)
    assert s.issued is not None and s.issued.quote == "Thursday, 2 July 2015 | 19:45"


def test_bare_numerals_over_text_make_no_sections_and_leave_no_paragraph_unattached():
    text = (
        "SUCRE DECLARATION\nSucre, 22 November 2018\n\n"
        "I.\n\n"
        "The Delegations of the Governments of Argentina, Bolivia, Brazil and Chile, meeting in the city of Sucre "
        "for the Conference;\n\n"
        "II.\n\nHereby declare:\n\n1. The Member Countries reaffirm the rights of migrants.\n\n"
        "III.\n\n2. We welcome the offer of Colombia to hold the Presidency.\n"
    )
    s = parse(text)
    assert [(x.numeral, x.title.quote) for x in s.sections] == [("II", "Hereby declare:")]
    sections = {x.numeral for x in s.sections}
    assert all(p.section in sections or p.section == "" for p in s.paragraphs)
    assert s.paragraphs[0].span.quote.startswith("The Delegations") and s.paragraphs[0].section == ""
    assert [p.section for p in s.paragraphs if p.label == "2"] == [""]


def test_a_roman_numeral_over_a_sentence_numbers_a_paragraph_not_a_section():
    text = (
        "MEDIA STATEMENT\nWellington, 8 August 2018\n\nKey outcomes\n\n"
        "I.  Ministers adopted a statement in which they:\n"
        "    1. agreed to hold a second meeting of the Forum in 2019;\n"
        "    2. supported the Regional Support Office.\n\n"
        "II. Ministers further called on all members to ratify the Protocol and encouraged\n"
        "    them to share information.\n\n"
        "III. Regional Cooperation\n\n3. Ministers noted progress.\n"
    )
    s = parse(text)
    assert [(x.numeral, x.title.quote) for x in s.sections] == [("III", "Regional Cooperation")]
    quotes = [p.span.quote for p in s.paragraphs]
    assert "Ministers adopted a statement in which they:" in quotes
    assert any(q.startswith("Ministers further called on") and q.endswith("them to share information.") for q in quotes)
    assert [p.label for p in s.paragraphs if p.span.quote.startswith(("agreed", "supported"))] == ["1", "2"]


def test_a_pages_import_and_update_dates_run_together_with_its_view_count_are_its_publication_line():
    s = parse(
        "Press Releases\nThe 8th Ministerial Conference\nDate imported 21 Feb 2023Date updated 22 Feb 2023| 18,402 view"
        "\n\nThe Conference took place on 10 February 2023.\n"
    )
    assert s.title.quote == "The 8th Ministerial Conference"
    assert s.issued is not None and s.issued.quote.startswith("Date imported 21 Feb 2023")


def test_a_publication_line_with_its_source_after_a_bar():
    s = parse("News\n\nGroup marks ten years\nPublished 28 November 2024 | RSO Communications\n\nMembers met.\n")
    assert s.issued is not None and s.issued.quote == "Published 28 November 2024 | RSO Communications"
    assert s.title.quote == "Group marks ten years"


def test_a_section_tag_and_date_run_together_are_the_publication_line_and_a_kind_with_its_date_stays_a_kind():
    s = parse(
        "NewsBudapest Process15 February 2019\n\nMinisters to meet next week\n\n"
        "Vienna – On 20 February 2019 ministers will meet.\n"
    )
    assert s.issued is not None and s.issued.quote == "NewsBudapest Process15 February 2019"
    assert s.title.quote == "Ministers to meet next week"
    s = parse("PRESS RELEASE | 21 September 2017\n\nMinisters close four days of talks\n\nMinisters met.\n")
    assert s.kind is not None and s.kind.quote == "PRESS RELEASE | 21 September 2017"


def test_a_line_after_a_one_line_bullet_that_ended_its_sentence_is_a_paragraph():
    text = (
        "Annual Meeting\nColombo, 2-3 May 2019\n\nIt was agreed that:\n"
        "* members would exchange their guidelines;\n"
        "* the Working Group would develop a regional policy guide.\n"
        "Members further resolved to include labour inspectors in future meetings.\n"
        "* a third point that goes on\nover a second line.\n"
    )
    s = parse(text)
    assert [i.span.quote for i in s.items] == [
        "members would exchange their guidelines;",
        "the Working Group would develop a regional policy guide.",
        "a third point that goes on\nover a second line.",
    ]
    assert any(p.span.quote.startswith("Members further resolved") for p in s.paragraphs)


def test_a_reports_decimal_numbering_heads_parts_and_numbers_paragraphs():
    text = (
        "REPORT OF THE MINISTERIAL CONFERENCE\nWindhoek, 29-30 August 2019\n\n1.0 INTRODUCTION\n\n"
        "1.1 The Conference was hosted by Namibia.\n\n3.0 RESOLUTIONS\n\n3.1 The Ministers resolved:\n"
        "• to develop a regional framework;\n• to meet again in 2020.\n\n"
        "3.2 The Ministers directed the Secretariat to report.\n"
    )
    s = parse(text)
    assert [p.span.quote for p in s.paragraphs] == [
        "The Conference was hosted by Namibia.",
        "The Ministers resolved:",
        "The Ministers directed the Secretariat to report.",
    ]
    assert [i.span.quote for i in s.items] == ["to develop a regional framework;", "to meet again in 2020."]


def test_a_translators_note_in_brackets_over_the_heading_is_not_its_title():
    s = parse(
        "[Unofficial English translation. The French text is the only authentic version.]\n\n"
        "FIFTH MINISTERIAL CONFERENCE\n\n2 May 2018\n\n"
        "We, the Ministers and Heads of Delegation of the partner countries of the Dialogue, namely Belgium, "
        "France and Spain,\n\nmeeting in Marrakesh on 2 May 2018 at the invitation of the Kingdom of Morocco,\n\n"
        "I. REAFFIRM our attachment to dialogue;\n"
    )
    assert s.title.quote == "FIFTH MINISTERIAL CONFERENCE"
    assert [d.quote for d in s.datelines] == ["2 May 2018"]
    assert not any(p.span.quote.startswith("[") for p in s.paragraphs)


def test_a_date_field_run_into_the_location_label():
    s = parse(
        "Events\n\nEighth Annual Meeting of the Working Group\n"
        "Date: 05 - 06 December 2023Location: Ha Noi, Viet Nam\n\n"
        "The Working Group met for its eighth annual meeting.\n"
    )
    assert [d.quote for d in s.datelines] == ["Date: 05 - 06 December 2023Location: Ha Noi, Viet Nam"]


def test_heading_fields_that_say_who_took_part_begin_the_body():
    s = parse(
        "Working Group on Trafficking in Persons\nSecond Meeting - Outcomes Report\n\n"
        "Venue: Cinnamon Grand Hotel, Colombo\nDates: 11th and 12th of November 2015\nHost: Government of Sri Lanka\n\n"
        "Attending: Australia; Bangladesh; Cambodia.\n\nThe Working Group held its second meeting in Colombo.\n"
    )
    assert "Dates: 11th and 12th of November 2015" in [d.quote for d in s.datelines]
    assert s.paragraphs[0].span.quote == "Host: Government of Sri Lanka"


def test_the_year_of_a_heading_date_broken_after_its_month_is_no_page_number():
    s = parse(
        "COLOMBO PROCESS\n\nSenior Officials' Meeting\nKathmandu, Nepal, 28-29 August\n2018\n\nSUMMARY\n\n1. Met.\n"
    )
    assert s.left_out == ()
    assert any("2018" in d.quote for d in s.datelines)


def test_a_table_drawn_with_rules_is_content_and_a_menu_is_not():
    s = parse(
        "Home | About | News\n\nSenior Officials' Meeting\n\n1. Officials met in Bangkok on 25 June 2019.\n\n"
        "2. TABLE 2. BODIES\n| Body       | Co-Chairs             |\n|------------|-----------------------|\n"
        "| Task Force | Australia / Indonesia |\n\n3. Officials closed the meeting.\n"
    )
    assert any("| Task Force | Australia / Indonesia |" in p.span.quote for p in s.paragraphs)
    assert any("| Body       | Co-Chairs             |" in p.span.quote for p in s.paragraphs)
    assert [x.quote for x in s.left_out] == ["Home | About | News"]


def test_double_dash_bullets_a_reporter_line_and_a_date_with_its_time_and_views():
    s = parse(
        "Ministers gather next week\n\nTuesday, March 15, 2016 19:42 WIB | 1,204 Views\nReporter: Yuni Sinaga\n\n"
        "Jakarta - Ministers will meet in Bali, the ministry said.\n\nIn the Declaration the member countries:\n\n"
        "-- agreed to take the Plan forward;\n-- resolved to present a common position.\n"
    )
    assert s.title.quote == "Ministers gather next week"
    assert s.issued is not None and s.issued.quote.startswith("Tuesday, March 15, 2016")
    assert [i.span.quote for i in s.items] == [
        "agreed to take the Plan forward;",
        "resolved to present a common position.",
    ]


def test_a_meeting_convened_by_video_conference_is_dated_by_its_line():
    s = parse(
        "CONSULTATION MECHANISM\nCO-CHAIRS' SUMMARY\nMeeting convened by video conference, 23 March 2023\n\n1. Met.\n"
    )
    assert [d.quote for d in s.datelines] == ["Meeting convened by video conference, 23 March 2023"]


def test_a_lead_in_in_lower_case_that_stops_at_its_subject():
    s = parse(
        "MARRAKECH POLITICAL DECLARATION\n\n1. We adopt the Programme.\n\n"
        "Outcomes\n\nSenior officials\n- agreed to start the update;\n- decided to plan ahead.\n"
    )
    assert [(i.span.quote, i.lead_in.quote if i.lead_in else None) for i in s.items] == [
        ("agreed to start the update;", "Senior officials"),
        ("decided to plan ahead.", "Senior officials"),
    ]


def test_a_time_stamp_with_its_zone_offset_is_the_publication_line():
    s = parse("Home > News\nThursday, 14/11/2019 - 17:05 GMT+7\n\nWorking group meets in Ha Noi\n\nOfficials met.\n")
    assert s.issued is not None and s.issued.quote == "Thursday, 14/11/2019 - 17:05 GMT+7"


def test_a_headline_and_its_time_stamp_over_a_wire_dateline_in_one_block():
    s = parse(
        "Ministers meet in Dubai on Saturday\nFri 09-02-2024 17:45 PM\nDUBAI, 9th February, 2024 (WAM) -- Ministers "
        "will gather in Dubai tomorrow.\n\nSenior officials met on Friday.\n"
    )
    assert s.title.quote == "Ministers meet in Dubai on Saturday"
    assert s.issued is not None and s.issued.quote == "Fri 09-02-2024 17:45 PM"
    assert s.paragraphs[0].span.quote.startswith("DUBAI, 9th February, 2024 (WAM) --")


def test_two_runs_lettered_alike_before_any_paragraph_get_codes_of_their_own():
    text = (
        "Seventeenth Meeting of the Steering Group\nBali, Indonesia -- Monday, 5 December 2022\n\n"
        "i.  Opening\n\nThe Steering Group met in Bali on 5 December 2022.\n\n"
        "The Steering Group:\n\n(a) reaffirmed the value of the Process;\n\n(b) agreed to review the Strategy.\n"
    )
    structure = parse_structure("s.txt", text)
    labels = [item.letter for item in structure.items]
    assert len(labels) == len(set(labels)) and "b" in labels


def test_a_ministrys_press_releases_page_with_its_headline_run_into_itself_and_a_date_field_among_others():
    s = parse(
        "Ministry of Foreign Affairs, Kingdom of Thailand\nPress Releases\nThailand joins the Conference in Bali"
        "Thailand joins the Conference in Bali\nDate: 13 Feb 2023 | Category: Press Releases | Print\n\n"
        "On 10 February 2023, the Deputy Minister led the delegation.\n"
    )
    assert s.title.quote == "Thailand joins the Conference in Bali"
    assert s.kind.quote == "Press Releases"
    assert s.datelines == ()  # the page's field line names no place and dates no meeting
    s = parse(
        "Ministry of Foreign Affairs\nPress Releases\n\nDeputy Prime Minister and Minister of Foreign Affairs to "
        "attend the Conference in Bali\nDate 08 Feb 2023\n\nOn 10 February 2023, the Minister will lead the "
        "delegation to the Conference.\n"
    )
    assert s.title.quote == "Deputy Prime Minister and Minister of Foreign Affairs to attend the Conference in Bali"
    assert [d.quote for d in s.datelines] == ["Date 08 Feb 2023"]


def test_roman_numerals_that_number_our_sentences_are_no_sections():
    text = (
        "IX REGIONAL CONFERENCE ON MIGRATION\nDECLARATION OF PANAMA\n\nPanama City, May 20 and 21, 2004\n\n"
        "Have adopted the following Declaration:\n\n"
        "I. We reaffirm that the protection of migrants is a shared responsibility.\n\n"
        "II. We agree to strengthen the Liaison Officers Network to Combat Migrant\n"
        "Smuggling by designating an alternate liaison officer.\n\n"
        "III. We instruct the RCGM to evaluate the Regional Guidelines.\n"
    )
    structure = parse_structure("x.txt", text)
    assert structure.sections == ()
    assert [p.span.quote.split()[:3] for p in structure.paragraphs][-3:] == [
        ["We", "reaffirm", "that"],
        ["We", "agree", "to"],
        ["We", "instruct", "the"],
    ]
