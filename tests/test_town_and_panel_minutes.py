"""Town council minute numbers "Min No. 41/24  TITLE"; a panel's "Members of the Panel" over its
"Member<TAB>Representing" table; quick notes' "ACTION XY:" bullets with the owners' initials bare
before the colon. Invented minutes (Lakeby, Fellside)."""
from kgraph.extract import extract_text

TOWN = (
    "LAKEBY TOWN COUNCIL\n"
    "\n"
    "MINUTES OF THE MEETING OF THE COMMUNITY SAFETY COMMITTEE HELD ON TUESDAY 8th OCTOBER 2024 AT 7.00 PM\n"
    "\n"
    "Councillors present:  Cllr A. Dale (Chairman), Cllr B. Fern and Cllr C. Moss\n"
    "\n"
    "Min No. 41/24  APOLOGIES FOR ABSENCE\n"
    "There were none.\n"
    "\n"
    "Min No. 42/24  POLICING REPORT\n"
    "The Chairman advised that the matter would be raised under\n"
    "Min No. 43/24 and that members would be kept informed.\n"
    "It was RESOLVED that the report be noted.\n"
    "\n"
    "Min No. 43/24  TOWN CENTRE CCTV\n"
    "It was RESOLVED that the quotation be accepted.\n"
)


def test_min_no_headings_are_the_items_and_a_cross_reference_is_none():
    record = extract_text(TOWN, "lakeby.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("41/24", "APOLOGIES FOR ABSENCE"), ("42/24", "POLICING REPORT"), ("43/24", "TOWN CENTRE CCTV")]
    assert record.items[0].span.start == TOWN.index("41/24")


PANEL = (
    "MINUTES of the meeting of the Fellside Police and Crime Panel held on Friday 5 July 2024 at 10.30 am\n"
    "\n"
    "Members of the Panel\n"
    "\n"
    "Member\tRepresenting\n"
    "Councillor Jo Hart (Chair)\tFellside Council\n"
    "Councillor Sam Pike\tLakeby Borough Council\n"
    "Ruth Ellis\tIndependent Co-opted Member\n"
    "\n"
    "In attendance\n"
    "\n"
    "Mark Dene, Deputy Commissioner, Fellside Police\n"
    "\n"
    "1. Apologies for absence\n"
    "\n"
    "There were none.\n"
    "\n"
    "2. Minutes\n"
    "\n"
    "RESOLVED – That the minutes be approved.\n"
)


def test_members_of_the_panel_label_their_table():
    record = extract_text(PANEL, "fellside_panel.txt")
    present = [a.name for a in record.attendance if a.list_kind == "present"]
    assert present == ["Councillor Jo Hart", "Councillor Sam Pike", "Ruth Ellis"]


NOTES = (
    "# Lakeside MARAC Steering Group – notes\n"
    "\n"
    "**Tues 8/10/24, 10:00, Teams**\n"
    "\n"
    "**Present**\n"
    "- Jane Moor (JM) – Chair, Lakeside Police\n"
    "- Priya Sen (PSe) – IDVA Manager, Fellside Women's Aid\n"
    "- Omar Ruiz (OR) – Housing Officer, Lakeby Council\n"
    "\n"
    "**1. Matters arising**\n"
    "- ACTION JM: chase the health lead re GP research, by w/c 21/10\n"
    "- ACTION PSe/OR: draft the step-down protocol for next mtg\n"
    "\n"
    "**2. AOB**\n"
    "- none\n"
)


def test_action_bullets_name_their_owners_by_bare_initials():
    record = extract_text(NOTES, "lakeside_notes.md")
    actions = [(a.text, sorted(o.name for o in a.owners), a.explicit) for a in record.items[0].actions]
    assert actions == [("chase the health lead re GP research, by w/c 21/10", ["Jane Moor"], True),
                       ("draft the step-down protocol for next mtg", ["Omar Ruiz", "Priya Sen"], True)]
