"""Word minutes of a partnership executive: an attendance table copied as text ("Name (XX)<TAB>Post,
Body"), items whose headings open straight on titled sub-items ("5.1 Rapid Review – Child K"), and
a Decision log and an Action log after the last item whose Ref cells name those sub-items."""
from __future__ import annotations

from kgraph.extract import extract_text

DOC = """Fellside Children Safeguarding Partnership

Executive Board – Minutes

Date: Tuesday 12 March 2024

Present:

Anna Brookes (AB)\tDirector of Children's Services, Fellside Borough Council (Chair)
Detective Superintendent Carl Dunmore (CD)\tDistrict Commander, Lakeside Police
Erin Fallow (EF)\tDirector of Nursing and Quality (Fellside Place), NHS Lakeside Integrated Care Board
Gina Hart (GH)\tHead of Education Safeguarding, Fellside Borough Council

In attendance:

Professor Hugh Ingram (HI)\tIndependent Scrutineer (items 1 – 3)
Jo Kemp (JK)\tBusiness Support Officer, Fellside Borough Council (minutes)

Apologies:

Ian Jones (Lakeside Police); Councillor Kay Lowe (Chair, Education, Children and Families Policy Committee)


1. Welcome and apologies

AB welcomed members.


2. Case reviews

2.1 Rapid Review – Child K

EF summarised the Rapid Review. The panel found that information had not been shared.

2.2 Local review 'Family M' – publication

GH presented the final overview report. GH reported that Working Together 2023 expects schools to be
involved.


3. Working Together to Safeguard Children 2023

3.1 The Board noted the dashboard and asked for the locality figures.
3.2 Members discussed the re-referral rate.


4. Date of next meeting

Tuesday 14 May 2024.


Decision log

Ref\tDecision
2.1\tAgreed that the case of Child K does not meet the criteria for a local review.
2.2\tApproved the overview report for publication on 20 May 2024.
3.1\tNoted the performance dashboard.


Action log

Ref\tAction\tOwner\tDue
2.1\tNotify the national Panel of the Rapid Review decision\tEF\t26 March 2024
2.2\tProduce a briefing on the learning\tGH / CD\t30 April 2024
3.1\tProvide the locality figures\tAB\t14 May 2024
"""


def test_tab_row_with_a_bracket_inside_the_post_is_one_attendee():
    attendance = extract_text(DOC).attendance
    assert [(a.name, a.initials) for a in attendance if a.list_kind == "present"] == [
        ("Anna Brookes", "AB"), ("Detective Superintendent Carl Dunmore", "CD"), ("Erin Fallow", "EF"),
        ("Gina Hart", "GH")]
    erin = attendance[2]
    assert erin.organisations == ["NHS Lakeside Integrated Care Board"]
    assert erin.role == "Director of Nursing and Quality (Fellside Place)"


def test_scrutineer_is_a_post_not_a_body():
    hugh = next(a for a in extract_text(DOC).attendance if a.name == "Professor Hugh Ingram")
    assert hugh.organisations == []


def test_titled_sub_items_under_an_item_with_no_text_are_items():
    numbers = [i.number for i in extract_text(DOC).items]
    # 3.1 and 3.2 are numbered paragraphs of notes (sentences, no blank line under them), no items
    assert numbers == ["1", "2", "2.1", "2.2", "3", "4"]


def test_log_rows_go_to_the_sub_item_their_ref_names():
    items = {i.number: i for i in extract_text(DOC).items}
    assert [d.text[:12] for d in items["2.1"].decisions] == ["Agreed that "]
    assert [d.text[:12] for d in items["2.2"].decisions] == ["Approved the"]
    assert [a.text[:12] for a in items["2.1"].actions] == ["Notify the n"]
    assert [[o.name for o in a.owners] for a in items["2.2"].actions] == [["Gina Hart",
                                                                         "Detective Superintendent Carl Dunmore"]]
    # item 3 has no sub-items: rows "3.1" belong to item 3 itself; the log is the record of the
    # decisions, so its row stays beside the item's own sentence
    assert "Noted the pe" in [d.text[:12] for d in items["3"].decisions]
    assert [a.text[:12] for a in items["3"].actions] == ["Provide the "]


def test_a_list_of_themes_naming_a_committee_is_one_body():
    kay = next(a for a in extract_text(DOC).attendance if a.name == "Councillor Kay Lowe")
    assert kay.organisations == ["Education, Children and Families Policy Committee"]
    assert kay.role == "Chair"


def test_working_together_is_no_person():
    from kgraph.pipeline import find_mentions
    record = extract_text(DOC)
    names = {m.text for m in find_mentions(record).people}
    assert "Working Together" not in names
    assert "Gina Hart" in names


def test_dates_in_a_decision_log_after_the_next_meeting_item_are_no_meetings():
    import datetime as dt
    refs = extract_text(DOC).meeting_refs
    assert [(r.date, r.relation) for r in refs if r.relation == "next"] == [(dt.date(2024, 5, 14), "next")]
