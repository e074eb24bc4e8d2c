"""Forms of a body's name, one small invented document per rule: a union and a food bank are bodies,
a joint committee is named, an office written after the meeting room is the building, a known
initialism then a bare head ("PSNI and Council …") is one body, a body sitting as another names both,
an imperative opening an action's task is no part of a local charity's name; and two acronym rules: a
term taken with an article is no person's initials, a known body's name is never initials; and a scam
campaign written with a space tells of scams. Each test fails without its rule."""
from __future__ import annotations

from kgraph.entities import _is_personal_initials, sitting_as_parts
from kgraph.entities.acronyms import AcronymPair
from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits

from test_unseen_layouts import extract_text_with_mentions, org_names

HEAD = ("Fellside Community Safety Partnership\n\nMinutes of the meeting held on Tuesday 7 May 2024 at 10.00 am "
        "in the Council Chamber, Brackwater Office, Mill Lane, Brackwater\n\n"
        "Present: Councillor Ann Tulley (Chair), Sam Okoro, Lee Hart\n\n")


def _bodies(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


def _orgs(body: str) -> list[str]:
    return org_names(extract_text_with_mentions(HEAD + body))


def test_a_members_union_is_a_body():
    assert _bodies("Officers were working with the Fellside Farmers' Union on property marking.") == [
        "Fellside Farmers' Union"]


def test_a_food_bank_named_after_its_town_is_a_body():
    assert _bodies("She volunteers with the Brackwater Food Bank on Saturdays.") == ["Brackwater Food Bank"]


def test_a_joint_committee_is_a_named_body():
    orgs = _orgs("1. Action Plan\n\nThe plan would be submitted to the Joint Committee by 31 May 2024.\n")
    assert "Joint Committee" in orgs


def test_an_office_written_after_the_meeting_room_is_the_building():
    orgs = _orgs("1. Date of next meeting\n\nThe next meeting will be held in the Council Chamber, "
                 "Kelby Office. The Home Office grant was confirmed.\n")
    assert "Brackwater Office" not in orgs and "Kelby Office" not in orgs
    assert "Home Office" in orgs


def test_a_known_initialism_then_a_bare_head_is_one_body():
    assert _bodies("He proposed joint visits with PSNI and Council Environmental Health in the summer.") == ["PSNI"]


def test_a_body_sitting_as_another_names_both():
    name = "Overview and Scrutiny Panel (sitting as the Crime and Disorder Committee)"
    (os, oe), (ts, te) = sitting_as_parts(name)
    assert (name[os:oe], name[ts:te]) == ("Overview and Scrutiny Panel", "Crime and Disorder Committee")
    assert sitting_as_parts("Overview and Scrutiny Committee (Crime and Disorder)") is None


def test_an_imperative_opening_a_task_is_no_part_of_a_local_charitys_name():
    text = "No.\tAction\tResponsible\n1\tInvite Fellside Women's Aid to give an update on refuge provision\tSam Okoro\n"
    assert _bodies(text) == ["Fellside Women's Aid"]


def test_a_term_taken_with_an_article_is_no_persons_initials():
    text = ("Jo Hale presented the refreshed Strategic Needs Assessment (SNA). Members asked that the SNA be "
            "shared.\nAction: Jo Hale – circulate the final SNA to the partners.\n")
    start = text.index("Strategic")
    pair = AcronymPair("SNA", "Strategic Needs Assessment", start, start + 32, start, start + 26)
    assert not _is_personal_initials(pair, ["Jo Hale"], text)


def test_a_known_bodys_name_is_never_a_persons_initials():
    text = "The report goes to Community Justice Scotland (CJS) by 30 September.\n"
    start = text.index("Community")
    pair = AcronymPair("CJS", "Community Justice Scotland", start, start + 32, start, start + 26)
    # an attendance list misread as people gives the body's name as a person's
    assert not _is_personal_initials(pair, ["Community Justice Scotland"], text)


def test_a_scam_awareness_campaign_written_with_a_space_tells_of_scams():
    text = ("Fellside Policing Partnership\n\nMinutes of the meeting held on 3 May 2023\n\n"
            "1. Any other business\n\nMs Reid reminded members of the Scamwise NI roadshow on 9 April.\n")
    assert "scams" in {m.key for m in extract_text_with_mentions(text).mentions.topics}
