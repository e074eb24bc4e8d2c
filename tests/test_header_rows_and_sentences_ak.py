"""Header fields found in layouts batch AG brought: a details table copied as text, one row a line
("Time<TAB>09:30 – 12:00"); the place under the date with the start time as its last comma-part; the
Scottish "MINUTE of MEETING of the PANEL of LAKESIDE COUNCIL held within …" sentence wrapped over
lines; a "Communities Partnership Board" under its council's heading; and a Word table headed
"Ref<TAB>Notes<TAB>Action" whose rows end in an empty cell's TAB."""
from kgraph.extract import extract_text

ITEMS = "1. Welcome\nThe Chair welcomed members.\n2. Minutes\nThe minutes were approved.\n"


def test_details_rows_parted_by_a_tab_give_time_and_venue():
    text = ("Fellside Safeguarding Adults Board\nMinutes of the Board meeting\n"
            "Date\tTuesday 4 March 2025\nTime\t13:30 – 15:00\nVenue\tRoom 4, Fellside Civic Centre and via MS Teams\n"
            "Present: Jo Bloggs (Chair), Al Ray\n" + ITEMS)
    header = extract_text(text).header
    assert str(header.start_time) == "13:30:00"
    assert header.venue == "Room 4, Fellside Civic Centre and via MS Teams"


def test_place_line_ending_in_the_time_gives_both():
    text = ("LAKESIDE COUNCIL\nCOMMUNITIES PARTNERSHIP BOARD\nMonday 2nd June 2025\n"
            "Committee Room 2, Lakeside Town Hall, 10.30 am\nPresent: Councillor Ann Tarn (Chair)\n" + ITEMS)
    header = extract_text(text).header
    assert str(header.start_time) == "10:30:00"
    assert header.venue == "Committee Room 2, Lakeside Town Hall"
    # a board named by its theme alone under its council's heading is the place's
    assert header.body == "Lakeside Communities Partnership Board"


def test_a_place_line_without_a_time_keeps_its_last_part():
    text = ("LAKESIDE COUNCIL\nCOMMUNITIES PARTNERSHIP BOARD\nMonday 2nd June 2025\n"
            "Committee Room 2, Lakeside Town Hall, Lakeside\nPresent: Councillor Ann Tarn (Chair)\n" + ITEMS)
    assert extract_text(text).header.venue == "Committee Room 2, Lakeside Town Hall, Lakeside"


def test_scottish_minute_sentence_wrapped_names_panel_council_and_place():
    for gap in ("\n", "\n\n"):
        text = ("MINUTE of MEETING of the COMMUNITY SAFETY AND FIRE POLICY DEVELOPMENT" + gap +
                "AND SCRUTINY PANEL of LAKEBY COUNCIL held within COUNCIL CHAMBER, LAKEBY CIVIC" + gap +
                "CENTRE, LAKEBY, on 3 JUNE 2025 at 2.00pm.\n"
                "Present – Councillors Ann Tarn (Chair) and Bob Fell\n" + ITEMS)
        header = extract_text(text).header
        assert header.body == "Community Safety and Fire Policy Development and Scrutiny Panel"
        assert header.parent_body == "Lakeby Council"
        assert " ".join(header.venue.split()) == "COUNCIL CHAMBER, LAKEBY CIVIC CENTRE, LAKEBY"
        assert str(header.start_time) == "14:00:00"


def test_rows_ending_in_an_empty_cell_under_a_minutes_header_are_items():
    rows = ("Ref\tNotes\tAction\n1.\tWelcome and apologies\t\n1.1\tJB welcomed everyone.\t\n"
            "2.\tAnti-social behaviour\t\n2.1\tAR reported that ASB had fallen.\tAction: AR\n"
            "3.\tAny other business\t\n3.1\tNone was raised.\t\n")
    text = ("Fellside Community Safety Partnership\nNotes of the Partnership Meeting\n"
            "Tuesday 5 November 2024, 10.00am, Town Hall, Fellside\nPresent:\n"
            "Jo Bloggs, Manager, Fellside Council (JB)\nAl Ray, Inspector, Lakes Police (AR)\n" + rows)
    assert [item.number for item in extract_text(text).items] == ["1", "2", "3"]


def _attendance(text):
    return [(a.name, a.organisations, a.role) for a in extract_text(text).attendance]


def test_tab_table_hard_wrapped_as_printed_reads_one_attendee_a_row():
    text = ("Fellside Safeguarding Adults Board\nDate\tTuesday 4 March 2025\nPresent\n"
            "Name\tTitle\tOrganisation\n"
            "Professor Ann\nTarn (Chair)\tIndependent Chair\tFellside Safeguarding\nAdults Board\n"
            "Bob Fell\tDirector of Adults and\nHealth\tFellside City Council\n"
            "Detective\nInspector Cal\nDowe\tHead of Safeguarding\tLakes Police\n"
            "Dee Eske\tNurse\tLakes and Fell\nPartnership NHS\nFoundation Trust\n"
            "In attendance\n"
            "Eve Fenn\tIndependent Reviewer (item\n4)\tFenn Consulting\n"
            "Gil Holm\tMinutes\tFellside Safeguarding\nAdults Board\n" + ITEMS)
    rows = _attendance(text)
    assert [name for name, _, _ in rows] == ["Professor Ann Tarn", "Bob Fell", "Detective Inspector Cal Dowe",
                                             "Dee Eske", "Eve Fenn", "Gil Holm"]
    assert rows[0][1] == ["Fellside Safeguarding Adults Board"]
    assert rows[3][1] == ["Lakes and Fell Partnership NHS Foundation Trust"]


def test_panel_member_column_and_a_post_under_representing():
    text = ("Lakeside Police and Crime Panel\nMinutes of the meeting held on 3 June 2025\nPresent:\n"
            "Panel member\tRepresenting\nCouncillor Ann Tarn (Chair)\tLakeside Council\n"
            "Councillor Bob Fell\tFellside District Council\nIn attendance:\n"
            "Cara Dowe\tPolice and Crime Commissioner\nDan Eske\tPanel Scrutiny Officer\n" + ITEMS)
    rows = _attendance(text)
    assert [name for name, _, _ in rows] == ["Councillor Ann Tarn", "Councillor Bob Fell", "Cara Dowe", "Dan Eske"]
    assert rows[1][1] == ["Fellside District Council"]
    assert rows[2][1:] == ([], "Police and Crime Commissioner")
