"""Headers whose body is named under a banner line, attendance typed in two columns with initials,
one-paragraph-an-entry lists, "Also agreed:" outcomes, a note-taker's dated stamp, "Sue B" short
forms and an initialled scheme as a body (invented minutes)."""
from __future__ import annotations

from kgraph.entities import find_mentions
from kgraph.extract import extract_text
from kgraph.resolve import resolve

PCC_BOARD = """Comisiynydd Heddlu a Throseddu Lakeshire
Lakeshire Police and Crime Commissioner

STRATEGIC PARTNERSHIP BOARD

Minutes of the meeting held on Tuesday 7 March 2023, 10:00 - 12:00
Venue: Conference Room 1, Police Headquarters, Fellside

Present:
Annest Pryce-Hughes (APH)  Police and Crime Commissioner (Chair)
Tom Hale (TH)                Chief Constable, Lakeshire Police
Jo Webb (JW)                 Director of Communities, Fellside County
                             Council (for the Chief Executive)
Ruth Dale (RD)               Assistant Director, Lakeby University Health
                             Board

Item 1: Welcome

The Chair welcomed members.

Item 2: Date of next meeting

Tuesday 6 June 2023.
"""


def test_a_board_named_by_rank_alone_is_the_office_above_its_board():
    record = extract_text(PCC_BOARD)
    assert record.header.body == "Lakeshire Police and Crime Commissioner Strategic Partnership Board"
    assert record.header.parent_body == "Lakeshire Police and Crime Commissioner"


def test_a_board_with_a_name_of_its_own_keeps_it():
    record = extract_text(PCC_BOARD.replace("STRATEGIC PARTNERSHIP BOARD", "PERFORMANCE AND ACCOUNTABILITY BOARD"))
    assert record.header.body == "Performance and Accountability Board"


def test_two_columns_with_initials_read_even_when_the_longest_name_leaves_two_spaces():
    record = extract_text(PCC_BOARD)
    assert [(a.name, a.initials) for a in record.attendance] == [
        ("Annest Pryce-Hughes", "APH"), ("Tom Hale", "TH"), ("Jo Webb", "JW"), ("Ruth Dale", "RD")]
    by_name = {a.name: a for a in record.attendance}
    assert by_name["Annest Pryce-Hughes"].role == "Chair"
    assert by_name["Jo Webb"].organisations == ["Fellside County Council"]
    assert by_name["Ruth Dale"].organisations == ["Lakeby University Health Board"]


PARISH_NOTES = """LAKEBY AND FELLSIDE PARISH COUNCIL

Community Safety Working Party

NOTES of the meeting held on Tuesday 4th June 2024 at 7.00pm in the
Committee Room, Village Hall, Lakeby

Present:   Cllr Ann Webb (Chair)
           Cllr Tom Hale
           Kate Marlow (Speedwatch co-ordinator)

Item 1 – Speeding

Kate M reported Community Speedwatch (CSW) figures. Quotes: £3,250.

Recommendation: to recommend to Council that a speed indicator device be purchased.

Also agreed: to ask Lakeshire County Council to consider a 20mph limit.

ACTION: Kate M to put a volunteer appeal in the parish magazine.

Item 2 – Date of next meeting
Tuesday 10th September 2024, 7.00pm.

Meeting closed 8.52pm.                                  TH 05/06/24
"""


def test_a_working_party_under_its_councils_banner_is_the_body():
    record = extract_text(PARISH_NOTES)
    assert record.header.body == "Community Safety Working Party"
    assert record.header.parent_body == "Lakeby and Fellside Parish Council"


def test_the_committee_is_also_named_with_its_council():
    record = extract_text(PARISH_NOTES)
    record.mentions = find_mentions(record)
    reg = resolve([record])
    body = next(e for (kind, _), e in reg.entities.items()
                if kind == "organisation" and "Community Safety Working Party" in {e.label, *e.alt_labels})
    assert "Lakeby and Fellside Parish Council Community Safety Working Party" in {body.label, *body.alt_labels}


def test_also_agreed_is_an_outcome_beside_the_recommendation():
    record = extract_text(PARISH_NOTES)
    decisions = [(d.kind, d.text.split()[:4]) for d in record.items[0].decisions]
    assert decisions == [("resolved", ["to", "recommend", "to", "Council"]),
                         ("agreed", ["to", "ask", "Lakeshire", "County"])]


def test_a_note_takers_dated_initials_are_no_meeting():
    record = extract_text(PARISH_NOTES)
    assert [(r.relation, r.date.isoformat()) for r in record.meeting_refs] == [("next", "2024-09-10")]
    stamped = PARISH_NOTES.replace("Meeting closed 8.52pm.                                  TH 05/06/24",
                                   "Meeting closed 8.52pm. TH 05/06/24")
    assert [r.date.isoformat() for r in extract_text(stamped).meeting_refs] == ["2024-09-10"]


def test_a_first_name_and_initial_is_the_attendee_they_fit():
    record = extract_text(PARISH_NOTES)
    record.mentions = find_mentions(record)
    reg = resolve([record])
    assert reg.canonical("person", "kate-m") == reg.canonical("person", "kate-marlow")


def test_a_scheme_given_its_own_initials_is_a_body():
    record = extract_text(PARISH_NOTES)
    record.mentions = find_mentions(record)
    reg = resolve([record])
    labels = {e.label for (kind, _), e in reg.entities.items() if kind == "organisation"}
    assert "Community Speedwatch" in labels


def test_each_attendee_in_a_paragraph_of_its_own_is_read():
    word_copy = PARISH_NOTES.replace("""Present:   Cllr Ann Webb (Chair)
           Cllr Tom Hale
           Kate Marlow (Speedwatch co-ordinator)""", """Present: Cllr Ann Webb (Chair)

Cllr Tom Hale

Kate Marlow (Speedwatch co-ordinator)""")
    assert [a.name for a in extract_text(word_copy).attendance] == ["Cllr Ann Webb", "Cllr Tom Hale", "Kate Marlow"]


def test_a_paragraph_of_prose_after_the_present_line_is_no_entry():
    prose = PARISH_NOTES.replace("""Present:   Cllr Ann Webb (Chair)
           Cllr Tom Hale
           Kate Marlow (Speedwatch co-ordinator)""", """Present: Cllr Ann Webb (Chair)

Cllr Tom Hale reported on the village hall and the speed checks done in May.""")
    assert [a.name for a in extract_text(prose).attendance] == ["Cllr Ann Webb"]


def test_the_bare_office_is_the_one_the_banner_names_with_its_area():
    record = extract_text(PCC_BOARD + "\nThe Police and Crime Commissioner thanked members.\n")
    record.mentions = find_mentions(record)
    reg = resolve([record])
    labels = {e.label for (kind, _), e in reg.entities.items() if kind == "organisation"}
    assert "Lakeshire Police and Crime Commissioner" in labels
    assert "Police and Crime Commissioner" not in labels


def _organisation_texts(text: str) -> set[str]:
    record = extract_text(text)
    return {m.text for m in find_mentions(record).organisations}


def test_names_priced_in_a_list_of_quotes_are_suppliers():
    found = _organisation_texts(PARISH_NOTES.replace(
        "Quotes: £3,250.", "Cllr Hale had 3 quotes:\nLakeby Signs £3,250, Fellco £2,980 (no logging), Signway £3,590."))
    assert {"Lakeby Signs", "Fellco", "Signway"} <= found


def test_a_table_of_quotes_under_its_lead_in_names_the_suppliers():
    found = _organisation_texts(PARISH_NOTES.replace("Quotes: £3,250.", """Three quotations had been obtained:

  Quote A   Lakes CCTV Services           £24,850 + VAT
  Quote B   Fellvision North              £27,300 + VAT
"""))
    assert {"Lakes CCTV Services", "Fellvision North"} <= found
    assert not {n for n in found if n.startswith("Quote")}


def test_one_priced_name_is_no_list_of_quotes():
    found = _organisation_texts(PARISH_NOTES.replace("Quotes: £3,250.", "The quote from Lakeby Signs £3,250 was noted."))
    assert "Lakeby Signs" not in found
