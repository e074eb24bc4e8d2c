"""Printed and typed layouts of attendance lists and tables: bodies in the left column with their members
to the right, initials typed before each name in columns, a bracket that wraps onto a line of its own
words, and a typed action log whose wrapped rows are no items. Invented snippets."""
from __future__ import annotations

from kgraph.extract import extract_text

HEAD = "LAKEBY POLICE AND CRIME PANEL\n\nMinutes of the meeting held on Monday 3 June 2024 at 10.00 am\n\n"


def _attendance(text: str) -> list[tuple[str, str, list[str], str | None]]:
    return [(a.name, a.list_kind, a.organisations, a.role) for a in extract_text(text).attendance]


def test_bodies_in_the_left_column_head_their_members_on_the_right():
    """ "Fellside District Council      Councillor Ann Webb": the council first, the member after a wide gap;
    a second member of the same council alone on the next line under the members' column; a group with no
    body ("Independent Co-opted Members") is the role of its members."""
    text = HEAD + ("PRESENT:\n\n"
                   "Fellside District Council          Councillor Ann Webb\n"
                   "Lakeby Borough Council             Councillor Tom Hale (Chairman)\n"
                   "                                   Councillor Jo Marsh\n"
                   "Independent Co-opted Members       Mrs Eve Foss\n"
                   "                                   Mr Carl Dent\n\n"
                   "PCP/24/1  APOLOGIES\n\nNone.\n\nPCP/24/2  MINUTES\n\nRESOLVED – That the minutes be confirmed.\n")
    assert _attendance(text) == [
        ("Councillor Ann Webb", "present", ["Fellside District Council"], None),
        ("Councillor Tom Hale", "present", ["Lakeby Borough Council"], "Chairman"),
        ("Councillor Jo Marsh", "present", ["Lakeby Borough Council"], None),
        ("Mrs Eve Foss", "present", [], "Independent Co-opted Member"),
        ("Mr Carl Dent", "present", [], "Independent Co-opted Member")]


def test_people_in_the_left_column_keep_their_bodies_on_the_right():
    """The other way round ("Councillor Ann Webb      Fellside MBC") stays a name then its body."""
    text = HEAD + ("PRESENT:\n\n"
                   "Councillor Ann Webb          Fellside MBC\n"
                   "Councillor Tom Hale          Lakeby Borough Council\n\n"
                   "1.  APOLOGIES\n\nNone.\n\n2.  MINUTES\n\nThe minutes were agreed.\n")
    assert [(name, orgs) for name, _, orgs, _ in _attendance(text)] == [
        ("Councillor Ann Webb", ["Fellside MBC"]), ("Councillor Tom Hale", ["Lakeby Borough Council"])]


def test_a_bracket_wrapped_onto_the_next_line_keeps_the_paragraph_going():
    """ "…, Chief Fire Officer Jo Hale (Lakeby Fire" over "and Rescue Service), Ann Webb (…)": the line
    opening with "and" goes on with the bracket above; the people after it are attendees too."""
    text = HEAD + ("ALSO PRESENT:\n\n"
                   "Tom Hale (Chief Executive, Office of the Commissioner), Chief Fire Officer Jo Hale (Lakeby Fire\n"
                   "and Rescue Service), Ann Webb (Secretary to the Panel, Lakeby County Council) and\n"
                   "Carl Dent (Scrutiny Officer, Lakeby County Council).\n\n"
                   "1.  APOLOGIES\n\nNone.\n\n2.  MINUTES\n\nThe minutes were agreed.\n")
    assert [name for name, *_ in _attendance(text)] == [
        "Tom Hale", "Chief Fire Officer Jo Hale", "Ann Webb", "Carl Dent"]


TYPED = ("FELLSIDE YOUTH JUSTICE BOARD\n\nMINUTES\n\nTuesday 4 June 2024, 2.00pm\n\n"
         "Present:\n"
         "AW    Ann Webb            Head of Service (North), Fellside Council (Chair)\n"
         "TH    Insp Tom Hale       Local Policing Commander (Lakeby), Lakeby Police\n"
         "JM    Jo Marsh            Manager, Children and Families, Fellside Council\n\n"
         "1.  APOLOGIES\n\nNone.\n\n"
         "2.  MATTERS ARISING\n\nAW went through the action log:\n\n"
         "No.    Action                                    Owner    Status\n"
         "-------------------------------------------------------------------\n"
         "05/01  Circulate the draft plan to Board         AW       Complete\n"
         "       members for comment\n"
         "05/02  Confirm police representation on the      TH       Complete\n"
         "       Board after the restructure\n"
         "05/03  Review the referral pathway for           JM       Ongoing\n"
         "       children with speech needs\n\n"
         "Decision: Actions 05/01 and 05/02 closed.\n\n"
         "3.  PERFORMANCE REPORT\n\nTH presented the report.\n\n"
         "4.  ANY OTHER BUSINESS\n\nNone.\n")


def test_initials_typed_before_names_in_columns_are_one_person_a_line():
    """ "TH    Insp Tom Hale    Local Policing Commander (Lakeby), Lakeby Police": the bracket and commas of the last cell
    make no paragraph of the list; each line is one person, their initials first."""
    assert [(a.name, a.initials, a.organisations) for a in extract_text(TYPED).attendance] == [
        ("Ann Webb", "AW", ["Fellside Council"]), ("Insp Tom Hale", "TH", ["Lakeby Police"]),
        ("Jo Marsh", "JM", ["Fellside Council"])]


def test_rows_of_a_typed_action_log_under_a_rule_are_no_items():
    """ "05/01  Circulate the draft plan …" under "No.   Action   Owner   Status" and a rule of dashes,
    its cells wrapped onto indented lines: the log's rows, not the minutes' items."""
    assert [(i.number, i.title) for i in extract_text(TYPED).items] == [
        ("1", "APOLOGIES"), ("2", "MATTERS ARISING"), ("3", "PERFORMANCE REPORT"), ("4", "ANY OTHER BUSINESS")]


def test_bodies_and_members_apart_by_a_tab_two_members_run_together():
    """A PDF's text of the same list: the cells apart by a TAB (not lined up), the second member of a
    body run onto the first's line ("Councillor Jo Marsh Councillor Ann Lee"): one person per title."""
    text = HEAD + ("PRESENT:\n\n"
                   "Fellside District Council\tCouncillor Ann Webb\n"
                   "Lakeby Borough Council\tCouncillor Tom Hale (Chairman)\n"
                   "Dale City Council\tCouncillor Jo Marsh Councillor Ann Lee\n"
                   "Independent Co-opted Members\tMrs Eve Foss Mr Carl Dent\n\n"
                   "PCP/24/1 APOLOGIES\n\nNone.\n\nPCP/24/2 MINUTES\n\nRESOLVED – That the minutes be confirmed.\n")
    assert _attendance(text) == [
        ("Councillor Ann Webb", "present", ["Fellside District Council"], None),
        ("Councillor Tom Hale", "present", ["Lakeby Borough Council"], "Chairman"),
        ("Councillor Jo Marsh", "present", ["Dale City Council"], None),
        ("Councillor Ann Lee", "present", ["Dale City Council"], None),
        ("Mrs Eve Foss", "present", [], "Independent Co-opted Member"),
        ("Mr Carl Dent", "present", [], "Independent Co-opted Member")]
