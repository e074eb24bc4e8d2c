"""A wiki page exported to Markdown: "### N. Title" items with "#### Decisions" / "#### Actions" under
each, open checkboxes "- [ ] @Name Surname to … by 30/06/2024", an action-log review of an earlier
meeting whose ticked boxes report its actions done, a "**Guests:**" line, and a closing glossary table
"| Acronym | Meaning |"."""
from __future__ import annotations

from kgraph.entities.acronyms import find_acronym_pairs
from kgraph.extract import extract_text

PAGE = """# Lakeby Serious Violence Board – Minutes 12/03/2025

**Date:** 12/03/2025
**Time:** 10:00 – 12:00

## Attendees

| Name | Organisation | Role |
|---|---|---|
| Ruth Okoro (Chair) | Lakeby Council | Head of Community Safety |
| Dev Marsh | Lakeshire Police | Chief Inspector |

**Guests:** Olly Prentice (Fellside Research – item 2)

---

### 1. Minutes and action log

Action log review:
- [x] @Dev Marsh to circulate the hotspot map – **complete**
- [ ] @Ruth Okoro to chase the hospital data – *carried forward*

#### Actions
- [ ] @Ruth Okoro to confirm the data lead by 14/04/2025

---

### 2. Needs assessment

Olly Prentice presented the findings.

#### Actions
- [ ] @Olly Prentice to add the ward tables by 30/04/2025
- [ ] @Dev Marsh to share the knife crime figures with the Board by 30/04/2025

---

## Glossary

| Acronym | Meaning |
|---|---|
| LSVB | Lakeby Serious Violence Board |
| CSP | Community Safety Partnership |
| Cllr | Councillor |
"""


def _record():
    return extract_text(PAGE, "lakeby_svb.md")


def test_open_checkboxes_name_their_owner_before_to():
    owned = {(item.number, tuple(o.name for o in a.owners), a.text) for item in _record().items for a in item.actions}
    assert ("2", ("Olly Prentice",), "add the ward tables by 30/04/2025") in owned
    assert ("2", ("Dev Marsh",), "share the knife crime figures with the Board by 30/04/2025") in owned
    assert ("1", ("Ruth Okoro",), "confirm the data lead by 14/04/2025") in owned


def test_ticked_boxes_of_an_action_log_review_are_no_new_actions():
    tasks = [a.text for item in _record().items for a in item.actions]
    assert not any("hotspot map" in t for t in tasks)


def test_a_guests_line_names_attendees_and_drops_the_item_note():
    guest = [a for a in _record().attendance if a.name == "Olly Prentice"]
    assert guest and guest[0].organisations == ["Fellside Research"]


def test_each_row_of_a_glossary_table_whose_letters_spell_it_is_a_definition():
    pairs = {p.acronym: p.expansion for p in find_acronym_pairs(PAGE)}
    assert pairs["LSVB"] == "Lakeby Serious Violence Board"
    assert pairs["CSP"] == "Community Safety Partnership"
    assert "Cllr" not in pairs


def test_a_glossary_entry_of_a_kind_of_body_makes_no_body():
    from kgraph.entities import find_mentions
    mentions = find_mentions(_record())
    assert not any(m.text == "Community Safety Partnership" for m in mentions.organisations)
    assert any(d.acronym == "CSP" and d.target_kind == "other" for d in mentions.acronyms)
