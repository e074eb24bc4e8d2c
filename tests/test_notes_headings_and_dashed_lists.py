"""Markdown minutes that embolden number and title apart, typed notes headed by "Topic:" lines with
"→ Name: task" actions, and attendance lists of "Name – Body" lines wrapped under a two-column head."""
from __future__ import annotations

from kgraph.extract import extract_text

BOLD = """# LAKES COUNTY COUNCIL

## LAKES COMMUNITY SAFETY PARTNERSHIP

MINUTES of a meeting of the Lakes Community Safety Partnership held in the Council Chamber on Tuesday, 22 March 2016 at 10.00 am.

PRESENT: Ann Hale (Chairman), Tom Webb (Lakes Police)

**14.** **Apologies and Substitutes**

Apologies were received from Jo Bloggs.

**15.** **Domestic Homicide Reviews - update**

RESOLVED that the update be noted.
"""


def test_number_and_title_emboldened_apart():
    record = extract_text(BOLD)
    assert [(i.number, i.title) for i in record.items] == [
        ("14", "Apologies and Substitutes"), ("15", "Domestic Homicide Reviews - update")]


NOTES = """Fellside & Lakeby Safer Communities Partnership
Joint Strategic Group - notes of meeting

Tues 12/3/24, 2pm - 3.30pm

Present:
Cllr Sam Holt (Fellside DC, chair)
Priya Dean (Fellside Councils, Safer Communities Manager)
Ch Insp Mark Rudd (Lakes Police)
Ellie Vance (Lakes Police)
Nick Pell (Change Grow Live)

Welcome / intros:
SH welcomed everyone. No declarations of interest.

Police update:
Mark gave headline figures for the district.
→ Mark: share the closure order comms template with Priya.

ASB / community safety team:
Priya - 46 ASB cases open.
→ Ellie / Nick: arrange a joint walkabout before the end of April.

Serious Violence Duty:
Proposal: use the grant for detached youth work.
Group agreed the proposal.
"""


def test_colon_headings_part_typed_notes_and_arrows_name_owners():
    record = extract_text(NOTES)
    titles = [i.title for i in record.items]
    assert titles == ["Welcome / intros", "Police update", "ASB / community safety team", "Serious Violence Duty"]
    owners = [[o.name for o in a.owners] for i in record.items for a in i.actions]
    assert ["Ch Insp Mark Rudd"] in owners
    assert ["Ellie Vance", "Nick Pell"] in owners
    assert any(d.kind == "agreed" for i in record.items for d in i.decisions)


def test_two_colon_lines_head_nothing():
    text = NOTES.split("ASB / community")[0]
    assert len(extract_text(text).items) <= 1


DASHED = """LAKEBY SAFER PARTNERSHIP
MINUTES
Date: Wednesday 20 September 2023
Members present Officers in attendance
Cllr Jo Ash (Chair) – Lakeby Borough
Council
Lee March – Lakes Police
Kieran Doyle – Lakes Fire and
Rescue Service
Aisha Rahm – Office of the Lakes Police and
Crime Commissioner
Tessa Wheel – Community Protection Team
Leader, LBC
Also present:
Claire Beech – Lakes Violence
Reduction Unit (item 6)
1. Welcome and Apologies
1.1 The Chair welcomed everyone.
"""


def test_name_dash_body_lines_wrapped_under_a_two_column_head():
    record = extract_text(DASHED)
    got = {a.name: (a.list_kind, a.organisations) for a in record.attendance}
    assert got["Lee March"] == ("present", ["Lakes Police"])
    assert got["Kieran Doyle"][1] == ["Lakes Fire and Rescue Service"]
    assert got["Aisha Rahm"][1] == ["Office of the Lakes Police and Crime Commissioner"]
    assert got["Claire Beech"] == ("also_present", ["Lakes Violence Reduction Unit"])
    assert "Council" not in got and "Reduction Unit" not in got and "Officers in attendance" not in got
