"""Action lists under an "Actions arising" heading, terse agreements, titled "X to …" lines,
body headings with an acronym, department contacts and topic hits that name the body (made-up text)."""
from kgraph.entities import find_mentions, names_the_body
from kgraph.extract import extract_text, resolve_initials
from kgraph.model import AttendanceEntry, Span
from kgraph.segment import is_department_name

NOTES = """RIVERSIDE NEIGHBOURHOOD TASKING GROUP (NTG)

Notes of meeting - Tuesday 3 March 2020, 10am
Town Hall, Riverside

Present:
Priya – Riverside Borough Council (Chair)
Declan – Riverside Police
Wendy – Riverside Housing
Brian – Youth Service

1. Notes of last meeting
Notes of 4 February 2020 agreed.

2. Graffiti
Declan reported new tags on the underpass. It was agreed that partners would keep reporting tags.
Agreed that the underpass is cleaned before the summer.

3. Any other business
Nothing further.

Actions arising
1. DK / WB to walk the underpass together.
2. Circulate the graffiti map – PS
3. Update the tenant newsletter (WB)
"""


def _record():
    return extract_text(NOTES, "notes.txt")


def test_actions_arising_list_gives_one_action_per_line_with_owners_from_initials():
    actions = [a for it in _record().items for a in it.actions]
    owners = [[o.name for o in a.owners] for a in actions]
    assert ["Declan", "Wendy"] in owners
    assert ["Priya"] in owners
    assert ["Wendy"] in owners
    walk = next(a for a in actions if a.text.startswith("DK / WB to walk"))
    assert walk.explicit and all(o.kind == "person" for o in walk.owners)
    mapping = next(a for a in actions if a.text.startswith("Circulate the graffiti map"))
    assert not mapping.text.endswith("PS")


def test_numbered_lines_without_an_actions_heading_are_not_actions():
    text = NOTES.replace("Actions arising", "Other matters")
    actions = [a for it in extract_text(text, "n.txt").items for a in it.actions]
    assert not any(a.text.startswith("DK / WB") for a in actions)


def test_initials_resolve_to_full_names_or_to_a_unique_first_name():
    full = [AttendanceEntry(name="Leanne Wood", span=Span(0, 1)), AttendanceEntry(name="Mr John Brown", span=Span(0, 1))]
    assert resolve_initials("LW", full) == "Leanne Wood"
    assert resolve_initials("JB", full) == "Mr John Brown"
    assert resolve_initials("XY", full) is None
    first = [AttendanceEntry(name=n, span=Span(0, 1)) for n in ("Gary", "Gemma", "Mike")]
    assert resolve_initials("MT", first) == "Mike"
    assert resolve_initials("GS", first) is None          # two first names start with G


def test_terse_minutes_approval_and_an_opening_agreed_that_are_decisions():
    items = _record().items
    assert [d.text for d in items[0].decisions] == ["Notes of 4 February 2020 agreed."]
    texts = [(d.text, d.kind) for d in items[1].decisions]
    # the decision's own verb opens its text (no formula like "RESOLVED that" to leave out)
    assert texts == [("Agreed that the underpass is cleaned before the summer.", "agreed")]


def test_it_was_agreed_that_inside_discussion_stays_narrative():
    text = NOTES.replace("Agreed that the underpass is cleaned before the summer.\n", "")
    assert extract_text(text, "n.txt").items[1].decisions == []


def test_capitals_heading_with_acronym_is_the_body_not_the_notes_line():
    header = _record().header
    assert header.body == "Riverside Neighbourhood Tasking Group"


def test_titled_name_to_verb_opening_a_paragraph_is_an_action():
    text = ("MINUTES of a meeting of the Riverside Safety Board held on 1 May 2021.\n\n"
            "1. Prevent\n\nMr Khan reported on referrals.\n\nMr Khan to circulate the training dates.\n\n"
            "Members to note the report.\n")
    actions = extract_text(text, "m.txt").items[0].actions
    assert [([o.name for o in a.owners], a.explicit) for a in actions] == [(["Mr Khan"], True)]


def test_department_on_a_contact_line_is_not_a_person():
    assert is_department_name("Committee Services")
    assert is_department_name("Democratic Services Team")
    assert not is_department_name("Jane Smith")
    text = "Riverside Safety Board - Monday, 4th May, 2021 7.30 pm\n\nContact: Committee Services  01234 567890\n\n1. Apologies\n\nNone.\n"
    record = extract_text(text, "c.txt")
    assert record.header.contact is None
    assert not any(m.text == "Committee Services" for m in find_mentions(record).people)


def test_a_topic_hit_that_is_the_body_by_its_acronym_is_dropped():
    assert names_the_body("JAG", "Margate Central Joint Action Group")
    assert names_the_body("Joint Action Group", "Margate Central Joint Action Group")
    assert not names_the_body("ASB", "Margate Central Joint Action Group")
    assert not names_the_body("JAG", None)
