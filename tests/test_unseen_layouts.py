"""Layouts beyond the two seeds: whole documents written for these tests (invented bodies, people and
places) in the forms UK minutes take elsewhere — printed ModernGov minutes, district CSP notes with
an initials table, Teams-meeting notes, a CMIS page, a table of attendees with lettered resolutions
and "4a"/"4b" items, and notes with unnumbered bold headings. Each test checks the header, the
attendance (name, organisation, role, list kind), items, decisions (count and kinds), action owners
and the meetings referred to, and that every span slices back to its text."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.entities import find_mentions
from kgraph.extract import extract_text


def extract_text_with_mentions(text):
    """The record of ``text`` with its entity mentions found."""
    record = extract_text(text)
    record.mentions = find_mentions(record)
    return record


def org_names(record):
    return sorted({m.text for m in record.mentions.organisations})


def person_names(record):
    return sorted({m.text for m in record.mentions.people})


def people(record):
    return [(a.name, a.organisations, a.role, a.list_kind) for a in record.attendance]


def items(record):
    return [(i.number, i.code, i.title) for i in record.items]


def decisions(record):
    return [(i.number or i.title, d.kind, d.text) for i in record.items for d in i.decisions]


def owners(record):
    return [(i.number or i.title, [o.name for o in a.owners], a.explicit) for i in record.items for a in i.actions]


def refs(record):
    return sorted((r.date, r.relation) for r in record.meeting_refs)


def assert_spans_slice_back(record):
    text = record.source.text
    for a in record.attendance:
        assert text[a.span.start:a.span.end] == a.name
    for item in record.items:
        assert " ".join(text[item.title_span.start:item.title_span.end].split()) == item.title
        for thing in [*item.decisions, *item.actions]:
            assert text[thing.span.start:thing.span.end] == thing.text
    if record.header.venue_span:
        assert text[record.header.venue_span.start:record.header.venue_span.end] == record.header.venue


# --------------------------------------------------------------------------- printed ModernGov minutes (PDF text)

PRINTED = """NORTHSHIRE POLICE AND CRIME PANEL

MINUTES of a meeting of the Northshire Police and Crime Panel held at Civic Offices, Highgate on Thursday, 9 November 2017.

PRESENT: Councillor R Ashby (Chairman), Cllr T Okafor (Vice-Chairman), Mr K Lund (Independent Member) and Councillor P Marsh

ALSO PRESENT: Ms H Quayle (Northshire Police and Crime Commissioner)

IN ATTENDANCE: Mr J Tait (Chief Finance Officer, Office of the Police and Crime Commissioner) and Miss F Dunn (Democratic Services Officer)

21.   Apologies and Substitutes
(Item 1)

Apologies were received from Councillor S Vine.

22.   Minutes of the meeting held on 14 September 2017
(Item 3)

RESOLVED that the minutes of the meeting held on 14 September 2017 are correctly recorded and that they be signed by the Chairman.

23.   Police and Crime Plan refresh
(Item 4)

(1) The Commissioner introduced the refreshed plan.

(2) Mr Lund asked about rural crime and Ms Quayle undertook to circulate the rural crime figures to Members.

(3) RESOLVED that the Panel:

(a) notes the refreshed Police and Crime Plan; and

(b) agrees to receive a progress report in March 2018.

24.   Date of next meeting
(Item 9)

The next meeting will be held on Thursday, 1 February 2018.
"""


def test_printed_moderngov_minutes():
    r = extract_text(PRINTED)
    assert r.layout == "formal"
    h = r.header
    assert (h.body, h.date, h.venue) == ("Northshire Police and Crime Panel", dt.date(2017, 11, 9), "Civic Offices, Highgate")
    assert people(r) == [
        ("Councillor R Ashby", [], "Chairman", "present"),
        ("Cllr T Okafor", [], "Vice-Chairman", "present"),
        ("Mr K Lund", [], "Independent Member", "present"),
        ("Councillor P Marsh", [], None, "present"),
        # an office holder that acts as a body is one organisation, not role + remainder
        ("Ms H Quayle", ["Northshire Police and Crime Commissioner"], None, "also_present"),
        ("Mr J Tait", ["Office of the Police and Crime Commissioner"], "Chief Finance Officer", "in_attendance"),
        ("Miss F Dunn", [], "Democratic Services Officer", "in_attendance"),
        # apologies minuted under item 21 ("Apologies were received from …") beside the lists above
        ("Councillor S Vine", [], None, "apologies"),
    ]
    # "(Item 4)" under the heading is the agenda number, kept as the item code
    assert items(r) == [("21", "1", "Apologies and Substitutes"),
                        ("22", "3", "Minutes of the meeting held on 14 September 2017"),
                        ("23", "4", "Police and Crime Plan refresh"), ("24", "9", "Date of next meeting")]
    assert [(n, k) for n, k, _ in decisions(r)] == [("22", "resolved"), ("23", "noted"), ("23", "agreed")]
    assert decisions(r)[1][2] == "notes the refreshed Police and Crime Plan"
    assert owners(r) == [("23", ["Ms Quayle"], False)]
    assert refs(r) == [(dt.date(2017, 9, 14), "previous"), (dt.date(2018, 2, 1), "next")]
    assert_spans_slice_back(r)


# --------------------------------------------------------------------------- district CSP notes, initials table

DISTRICT = """Dover District Community Safety Partnership
Notes of meeting: 3 July 2019, 2pm, Council Offices, Whitfield

Present:
| Initials | Name | Organisation |
|---|---|---|
| AB | Alice Brown | Dover DC (Chair) |
| CD | Colin Dyer | Kent Police |
| EF | Emma Ford | Kent Fire and Rescue Service |

Apologies: Gary Hill (Kent County Council), Nia Roy (Probation)

1. Notes of last meeting
The notes of the meeting held on 2 April 2019 were agreed.

2. Street drinking
CD reported a rise in street drinking in the town centre.
ACTION: CD to share the patrol plan with partners by 31 July 2019.
ACTION: AB/EF to review the PSPO wording.

3. Signage
The Partnership was asked to approve spending of £2,000 on new signage.
Agreed by unanimous vote

4. AOB
None.
"""


def test_district_notes_with_initials_table():
    r = extract_text(DISTRICT)
    assert r.layout == "formal"
    h = r.header
    assert (h.body, h.date, h.start_time, h.venue) == (
        "Dover District Community Safety Partnership", dt.date(2019, 7, 3), dt.time(14, 0), "Council Offices, Whitfield")
    assert [(a.initials, a.name, a.organisations, a.role, a.list_kind) for a in r.attendance] == [
        ("AB", "Alice Brown", ["Dover DC"], "Chair", "present"),
        ("CD", "Colin Dyer", ["Kent Police"], None, "present"),
        ("EF", "Emma Ford", ["Kent Fire and Rescue Service"], None, "present"),
        (None, "Gary Hill", ["Kent County Council"], None, "apologies"),
        (None, "Nia Roy", ["Probation"], None, "apologies"),
    ]
    assert items(r) == [("1", None, "Notes of last meeting"), ("2", None, "Street drinking"), ("3", None, "Signage"),
                        ("4", None, "AOB")]
    # the bare "Agreed by unanimous vote" is its own text (the paragraph above is the proposal it answers)
    assert decisions(r) == [
        ("1", "agreed", "The notes of the meeting held on 2 April 2019 were agreed."),
        ("3", "agreed", "Agreed by unanimous vote")]
    # initials become the listed people's names; the owner span still points at the initials
    assert owners(r) == [("2", ["Colin Dyer"], True), ("2", ["Alice Brown", "Emma Ford"], True)]
    first = r.items[1].actions[0]
    assert first.due == dt.date(2019, 7, 31)
    assert r.source.text[first.owners[0].span.start:first.owners[0].span.end] == "CD"
    assert refs(r) == [(dt.date(2019, 4, 2), "previous")]
    assert_spans_slice_back(r)


# --------------------------------------------------------------------------- Teams-meeting notes, "Item N – Title"

TEAMS = """Thanet Community Safety Partnership
Microsoft Teams meeting
Tuesday 8 February 2022, 10:00 – 11:30

Attendees
PR\tSgt Paul Reed\tKent Police
AK\tAmira Khan\tThanet District Council\tCommunity Safety Manager (Chair)
LW\tLee Watts\tKent Fire and Rescue Service
Cllr Dee Oduya, Portfolio Holder for Community Safety, Thanet District Council

Apologies
Jo Bell, Kent and Medway Integrated Care Board

Item 1 – Welcome and apologies
The Chair welcomed members.

Item 2 – Night-time economy
PR outlined the summer plan for Margate.
Agreed: the Partnership will fund two street pastor patrols per weekend.
Action: LW to book the fire safety visits.

Item 3 – Ward profiles
Amira Khan presented the draft ward profiles.
Agreed.

Item 4 – Date of next meeting
10 May 2022
"""


def test_teams_notes_with_item_headings_and_tab_separated_attendees():
    r = extract_text(TEAMS)
    assert r.layout == "formal"
    h = r.header
    assert (h.body, h.date, h.start_time, h.venue) == (
        "Thanet Community Safety Partnership", dt.date(2022, 2, 8), dt.time(10, 0), "Microsoft Teams meeting")
    assert people(r) == [
        ("Sgt Paul Reed", ["Kent Police"], None, "present"),
        ("Amira Khan", ["Thanet District Council"], "Chair", "present"),
        ("Lee Watts", ["Kent Fire and Rescue Service"], None, "present"),
        ("Cllr Dee Oduya", ["Thanet District Council"], "Portfolio Holder for Community Safety", "present"),
        ("Jo Bell", ["Kent and Medway Integrated Care Board"], None, "apologies"),
    ]
    assert [a.initials for a in r.attendance[:3]] == ["PR", "AK", "LW"]
    assert items(r) == [("1", None, "Welcome and apologies"), ("2", None, "Night-time economy"),
                        ("3", None, "Ward profiles"), ("4", None, "Date of next meeting")]
    assert decisions(r) == [
        ("2", "agreed", "the Partnership will fund two street pastor patrols per weekend."),
        ("3", "agreed", "Agreed.")]
    assert owners(r) == [("2", ["Lee Watts"], True)]
    assert refs(r) == [(dt.date(2022, 5, 10), "next")]
    assert_spans_slice_back(r)


# --------------------------------------------------------------------------- CMIS page: "Minute No.", "Decision:"

CMIS = """Canterbury Community Safety Partnership Board

Date: Wednesday 15 June 2016
Time: 6.00 pm
Venue: Guildhall, Westgate

Members Present: Councillor Ann Pike (Chairman), Councillor Ben Ode, Superintendent Dan Cole (Kent Police)

Officers Present: Kim Yates (Head of Safer Neighbourhoods)

Minute No. 12
Apologies for Absence
Apologies for absence were received from Councillor Tim Hale.

Minute No. 13
Minutes of the previous meeting
Decision:
The minutes of the meeting held on 16 March 2016 were approved as a correct record.

Minute No. 14
Anti-social behaviour update
Kim Yates introduced the report. Superintendent Dan Cole agreed to report back on the dispersal orders.
Decision:
RESOLVED: 1. That the report be noted. 2. That a task group be set up to review the PSPO.

Minute No. 15
Community Safety Plan
The draft plan for 2016-19 was presented.
Approved.
"""


def test_cmis_page_with_minute_numbers_and_decision_labels():
    r = extract_text(CMIS)
    assert r.layout == "formal"
    h = r.header
    assert (h.body, h.date, h.start_time, h.venue) == (
        "Canterbury Community Safety Partnership Board", dt.date(2016, 6, 15), dt.time(18, 0), "Guildhall, Westgate")
    assert people(r) == [
        ("Councillor Ann Pike", [], "Chairman", "present"),
        ("Councillor Ben Ode", [], None, "present"),
        ("Superintendent Dan Cole", ["Kent Police"], None, "present"),
        ("Kim Yates", [], "Head of Safer Neighbourhoods", "officers"),
        ("Councillor Tim Hale", [], None, "apologies"),     # minuted under item 12
    ]
    assert items(r) == [("12", None, "Apologies for Absence"), ("13", None, "Minutes of the previous meeting"),
                        ("14", None, "Anti-social behaviour update"), ("15", None, "Community Safety Plan")]
    # "RESOLVED: 1. … 2. …" on one line is two decisions; "Decision:" alone leads into the next paragraph
    assert decisions(r) == [
        ("13", "approved", "The minutes of the meeting held on 16 March 2016 were approved as a correct record."),
        ("14", "noted", "That the report be noted."),
        ("14", "resolved", "That a task group be set up to review the PSPO."),
        ("15", "approved", "Approved.")]
    assert owners(r) == [("14", ["Superintendent Dan Cole"], False)]
    assert refs(r) == [(dt.date(2016, 3, 16), "previous")]
    assert_spans_slice_back(r)


# --------------------------------------------------------------------------- "Present" table, 4a/4b, a) b) resolutions

LETTERED = """SEVENOAKS DISTRICT COMMUNITY SAFETY PARTNERSHIP

Minutes of the meeting held on Thursday 21 November 2019 at 2.00 pm in the Conference Room, Argyle Road, Sevenoaks

Present:
Name                 Organisation
Cllr Roger Hale      Sevenoaks DC (Chairman)
Kelly Webb           Kent Police
Dr Omar Said         West Kent CCG

1. Apologies for absence
Apologies were received from Sue Marsh (Kent Fire and Rescue Service).

2. Minutes
The minutes of the meeting held on 5 September 2019 were approved as a correct record.

3. Performance
4a Domestic abuse
Kelly Webb presented the figures.
RESOLVED that the Partnership:
a) notes the rise in reported domestic abuse;
b) approves the funding bid for the IDVA post.

4b Rural crime
Dr Omar Said agreed to raise the issue with the rural crime group.
The report was noted.

5. Any other business
None.
"""


def test_present_table_lettered_resolutions_and_sub_numbered_items():
    r = extract_text(LETTERED)
    assert r.layout == "formal"
    h = r.header
    assert (h.body, h.date, h.start_time, h.venue) == (
        "Sevenoaks District Community Safety Partnership", dt.date(2019, 11, 21), dt.time(14, 0),
        "Conference Room, Argyle Road, Sevenoaks")
    assert people(r) == [
        ("Cllr Roger Hale", ["Sevenoaks DC"], "Chairman", "present"),
        ("Kelly Webb", ["Kent Police"], None, "present"),
        ("Dr Omar Said", ["West Kent CCG"], None, "present"),
        ("Sue Marsh", ["Kent Fire and Rescue Service"], None, "apologies"),     # minuted under item 1
    ]
    assert [i.number for i in r.items] == ["1", "2", "3", "4a", "4b", "5"]
    assert r.items[3].title == "Domestic abuse"
    assert decisions(r) == [
        ("2", "approved", "The minutes of the meeting held on 5 September 2019 were approved as a correct record."),
        ("4a", "noted", "notes the rise in reported domestic abuse"),
        ("4a", "approved", "approves the funding bid for the IDVA post."),
        ("4b", "noted", "The report was noted.")]
    assert owners(r) == [("4b", ["Dr Omar Said"], False)]
    assert refs(r) == [(dt.date(2019, 9, 5), "previous")]
    assert_spans_slice_back(r)


# --------------------------------------------------------------------------- unnumbered bold headings (generic)

HEADINGS = """**Ashford Safer Neighbourhoods Forum**

Record of discussion – 12 October 2020

**Present**
Jane Cole (Ashford BC), PC Mark Lyle (Kent Police), Rita Shah (Chair)

**Welcome**
Rita Shah welcomed everyone.

**Parking near schools**
Residents raised concerns about parking outside two primary schools.
Agreed: the Forum will write to the County Council asking for enforcement visits.
PC Mark Lyle offered to arrange joint patrols at school times.

**Street lighting**
The report was noted.

**Next meeting**
Next meeting: 11 January 2021
"""


def test_unnumbered_bold_headings_still_give_items_and_decisions():
    r = extract_text(HEADINGS)
    assert r.layout == "generic" and any("generic" in w for w in r.warnings)
    assert (r.header.body, r.header.date) == ("Ashford Safer Neighbourhoods Forum", dt.date(2020, 10, 12))
    assert people(r) == [("Jane Cole", ["Ashford BC"], None, "present"),
                         ("PC Mark Lyle", ["Kent Police"], None, "present"),
                         ("Rita Shah", [], "Chair", "present")]
    assert items(r) == [(None, None, "Welcome"), (None, None, "Parking near schools"), (None, None, "Street lighting"),
                        (None, None, "Next meeting")]
    assert decisions(r) == [
        ("Parking near schools", "agreed", "the Forum will write to the County Council asking for enforcement visits."),
        ("Street lighting", "noted", "The report was noted.")]
    assert owners(r) == [("Parking near schools", ["PC Mark Lyle"], False)]
    assert refs(r) == [(dt.date(2021, 1, 11), "next")]
    assert_spans_slice_back(r)


# --------------------------------------------------------------------------- name lines with initials and roles

@pytest.mark.parametrize("line, expected", [
    ("Charlotte Hudson (CH) – Swale Borough Council (Chair)", ("Charlotte Hudson", "CH", ["Swale Borough Council"], "Chair")),
    ("Insp. Dave Smith (DS) – Kent Police", ("Insp. Dave Smith", "DS", ["Kent Police"], None)),
    ("Cllr Adrian Gulvin, Portfolio Holder for Resources, Medway Council (Chair)",
     ("Cllr Adrian Gulvin", None, ["Medway Council"], "Chair")),
    ("Jo Hawkins, Community Safety Manager, Medway Council", ("Jo Hawkins", None, ["Medway Council"],
                                                             "Community Safety Manager")),
    ("Stephanie Goad, Kent and Medway Integrated Care Board",
     ("Stephanie Goad", None, ["Kent and Medway Integrated Care Board"], None)),
])
def test_one_person_per_line_forms(line, expected):
    doc = f"Westshire Safety Board\n\n2 March 2021\n\nPresent:\n{line}\nSam Lowe (Westshire Council)\n\n1. Welcome\n\nHello.\n"
    entry = extract_text(doc).attendance[0]
    assert (entry.name, entry.initials, entry.organisations, entry.role) == expected
