"""Printed district minutes list attendance one person a line after "PRESENT:", each a name closed by
its brackets ("Councillor A. Hale (Chairman) (Lakeby Borough Council)"); a long body's bracket wraps
onto the next line. The open bracket does not make the list a running paragraph."""
from __future__ import annotations

from kgraph.extract import extract_text

PRINTED = """                        LAKEBY COMMUNITY SAFETY PARTNERSHIP
                                  14TH MARCH 2024

PRESENT:   Councillor A. Hale (Chairman) (Lakeby Borough Council)
           Councillor B. Webb (Fellshire County Council)
           Inspector C. Fell (Fellshire Police)
           D. Moss (Office of the Police and Crime Commissioner for
           Fellshire and Lakeland)
           E. Dale (Lakeby University)

Officers:  F. Stone (Community Safety Manager)

CSP.1    DECLARATIONS OF INTEREST

         No declarations were made.

CSP.2    MINUTES

         RESOLVED that the minutes be confirmed.
"""


def test_each_line_one_attendee_across_a_wrapped_bracket():
    record = extract_text(PRINTED, "lakeby_csp.txt")
    present = [(a.name, a.organisations) for a in record.attendance if a.list_kind == "present"]
    assert present == [
        ("Councillor A. Hale", ["Lakeby Borough Council"]),
        ("Councillor B. Webb", ["Fellshire County Council"]),
        ("Inspector C. Fell", ["Fellshire Police"]),
        ("D. Moss", ["Office of the Police and Crime Commissioner for Fellshire and Lakeland"]),
        ("E. Dale", ["Lakeby University"]),
    ]
    chair = record.attendance[0]
    assert chair.role == "Chairman"


RUNNING = """LAKEBY COMMUNITY SAFETY PARTNERSHIP

Present: Councillor A. Hale (Lakeby Borough Council), Councillor B. Webb (Fellshire
County Council) and Inspector C. Fell (Fellshire Police)

1. Minutes

RESOLVED that the minutes be confirmed.
"""


def test_a_running_paragraph_with_a_wrapped_bracket_still_reads_as_one():
    record = extract_text(RUNNING, "lakeby_csp.txt")
    assert [a.name for a in record.attendance] == ["Councillor A. Hale", "Councillor B. Webb", "Inspector C. Fell"]


def test_held_line_wrapping_onto_its_start_time():
    # "The meeting was held in … and" over "commenced at 10.00am.": venue without the "and", the time read
    text = PRINTED.replace("Officers:", "The meeting was held in the Garden Room, Mill Street, Lakeby and\n"
                                        "commenced at 10.30am.\n\nOfficers:")
    record = extract_text(text, "lakeby_csp.txt")
    assert record.header.venue == "Garden Room, Mill Street, Lakeby"
    assert str(record.header.start_time) == "10:30:00"
