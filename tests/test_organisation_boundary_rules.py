"""One small invented document per rule for where an organisation's name begins and ends: bodies
joined by "and" are two (an initialism and a council, two councils or services, a body and a generic
head alone), places listed before an initialism are one body, a known body may hold a comma, a verb or
a post's possessive ends or precedes the name, and some capitalised phrases are no body at all ("Multi"
written apart, a former district inside a ward name, a name the document writes with a lower-case head)
while a named school is one. Each test fails without its rule."""
from __future__ import annotations

from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits
from kgraph.segment import analyse_affiliation

from test_unseen_layouts import extract_text_with_mentions, org_names

HEAD = ("MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"
        "PRESENT: Karl Dunmore (Youth Team), Mrs T Okafor (Lakes CCG), Mr P Hale (Lakes Police), "
        "Ms R Lund (Lakes Council)\n\n")


def _bodies(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]


def test_a_known_initialism_and_a_council_joined_by_and_are_two_bodies():
    assert _bodies("The Act will require KCC and Medway Council each to appoint a board.") == [
        "KCC", "Medway Council"]


def test_a_body_and_a_generic_head_alone_are_not_one_name():
    assert _bodies("Share the hotspot map with Lakeside Homes and Task Force by March.") == ["Lakeside Homes"]
    # a head that is also a known scheme's whole name is that body
    assert _bodies("Share the hotspot map with Lakeside Homes and Street Pastors by March.") == [
        "Lakeside Homes", "Street Pastors"]


def test_places_listed_before_an_initialism_in_an_affiliation_are_one_body():
    assert analyse_affiliation("Kent, Surrey and Sussex CRC") == (["Kent, Surrey and Sussex CRC"], None)


def test_a_head_word_after_multi_written_apart_is_a_modifier():
    assert _bodies("The Multi Agency Risk Assessment Conference (MARAC) heard 214 cases.") == []


def test_a_former_district_name_inside_a_ward_name_is_not_the_council():
    assert _bodies("Residents raised deliberate fires in Shepway North with the Council.") == []


def test_a_named_school_is_an_organisation():
    assert _bodies("The Service will run two road safety shows for students at Lakeview School.") == [
        "Lakeview School"]


def test_a_posts_possessive_before_a_body_only_says_whose_it_is():
    assert "Youth Commission" in _bodies("Cllr Gallagher asked how the Commissioner's Youth Commission had "
                                         "influenced the Plan.")
    assert not any("Commissioner's" in b for b in _bodies("Cllr Gallagher asked how the Commissioner's Youth "
                                                          "Commission had influenced the Plan."))


def test_a_name_the_document_writes_with_a_lowercase_head_is_a_service_not_a_body():
    text = ("Item 4 – IDVA Service and Refuge Provision\n• HB reported that the Independent Domestic Violence "
            "Advisor (IDVA) service had supported 611 victims. Kent Fire and Rescue Service attended.\n")
    bodies = _bodies(text)
    assert "IDVA Service" not in bodies
    assert "Kent Fire and Rescue Service" in bodies


def test_a_known_body_whose_name_holds_a_comma_is_found_whole():
    text = (HEAD + "5. Safe accommodation\n\nMs Lund reported that the Ministry of Housing, Communities and Local "
            "Government (MHCLG) had awarded £2,916,000. Kent, Surrey and Sussex Community Rehabilitation Company "
            "would take part.\n")
    orgs = org_names(extract_text_with_mentions(text))
    assert "Ministry of Housing, Communities and Local Government" in orgs
    assert "Kent, Surrey and Sussex Community Rehabilitation Company" in orgs
    assert "Communities and Local Government" not in orgs
    assert "Surrey and Sussex Community Rehabilitation Company" not in orgs


def test_two_bodies_joined_by_and_are_two_organisations():
    text = (HEAD + "6. County lines\n\nMrs Okafor reported that the Youth Offending Service and Kent Fire and Rescue "
            "Service were supporting the schools programme, as were Lakes Community Safety Unit and Lakes Youth "
            "Support Service. The Kent Police and Crime Panel and the Devon and Cornwall Police and Crime Panel "
            "were told.\n")
    orgs = org_names(extract_text_with_mentions(text))
    assert "Youth Offending Service and Kent Fire and Rescue Service" not in orgs
    assert {"Kent Police and Crime Panel", "Devon and Cornwall Police and Crime Panel"} <= set(orgs)
    assert "Crime Panel" not in orgs
    assert {"Youth Offending Service", "Kent Fire and Rescue Service"} <= set(orgs)
    assert {"Lakes Community Safety Unit", "Lakes Youth Support Service"} <= set(orgs)


def test_a_verb_between_a_person_and_a_body_ends_the_body_name_there():
    text = (HEAD + "6. Youth engagement\n\nStation Manager Carradine offered Kent Fire and Rescue Service's youth "
            "engagement programmes to the VRU. Inspector Rook thanked Lakes Youth Support Service for its help.\n")
    orgs = org_names(extract_text_with_mentions(text))
    assert "Kent Fire and Rescue Service" in orgs and "Lakes Youth Support Service" in orgs
    assert not [o for o in orgs if "offered" in o or "thanked" in o]


def test_a_convener_in_brackets_is_a_role_not_a_body():
    # Scottish committees are chaired by a Convener
    from kgraph.segment import analyse_affiliation
    assert analyse_affiliation("Convener") == ([], "Convener")
    assert analyse_affiliation("Vice-Convener") == ([], "Vice-Convener")


def test_a_translator_is_a_post_not_a_body():
    from kgraph.segment import analyse_affiliation
    assert analyse_affiliation("Simultaneous Translator") == ([], "Simultaneous Translator")


def test_a_body_in_the_possessive_owns_the_body_named_after_it():
    # the owner's head word in the possessive ends the owner and starts the owned body's name
    assert _bodies("Crime was monitored by the Constabulary's Rural Crime Team.") == ["Rural Crime Team"]
    assert _bodies("Funding came from the Lakeland Government's Violence Reduction Unit.") == [
        "Lakeland Government", "Violence Reduction Unit"]
    # a possessive that is not a body's head word stays inside the name
    assert "Lakes Women's Aid Group" in _bodies("The Lakes Women's Aid Group met.")


def test_an_action_owner_opened_by_a_rank_is_no_body():
    text = HEAD + "1. FIRE SAFETY\n\nGroup Commander Hale agreed to circulate details of the scheme.\n"
    assert "Group Commander Hale" not in org_names(extract_text_with_mentions(text))


def test_a_sub_group_or_sub_committee_is_a_body():
    assert _bodies("Mr Tew reported on the work of the Street Drinking Sub-Group. The Panel's Appeals "
                   "Sub-Committee met twice.") == ["Street Drinking Sub-Group", "Appeals Sub-Committee"]
    # a head hyphened to a modifier is still no head ("Multi-Agency")
    assert _bodies("Staff attended Fell Multi-Agency training.") == []


def test_an_initialism_and_a_known_body_joined_by_and_are_two_bodies():
    assert _bodies("It was noted that the PCT and Cheshire Constabulary were drafting a protocol.") == [
        "PCT", "Cheshire Constabulary"]


def test_a_known_body_and_a_bare_head_are_not_one_name():
    assert _bodies("The figures came from both Kent Police and Council reporting systems.") == ["Kent Police"]


def test_a_body_before_priorities_names_a_document():
    assert _bodies("6.\tStrategic Review 2019 and Partnership Priorities 2019-22\n") == []


def test_a_building_named_after_a_body_is_not_the_body():
    assert _bodies("Students based at Lakes College Campus saw 40 young people.") == []
    # a hospital is the body that runs it as much as the building
    assert _bodies("Navigators based at Fellside University Hospital saw 40 young people.") == [
        "Fellside University Hospital"]


def test_a_hospital_department_is_no_body():
    assert _bodies("Data from the Emergency Department at Fellside Hospital was shared.") == ["Fellside Hospital"]


def test_a_councils_services_department_is_no_body():
    assert _bodies("The guidance is still with the Legal Services team. Democratic Services will "
                   "circulate it; Lakes Youth Offending Service attended.") == ["Lakes Youth Offending Service"]


def test_places_listed_after_a_body_and_and_open_the_next_body():
    assert analyse_affiliation("Fell North CCG and Lakes Dales, Kendal and Ambleside CCG") == (
        ["Fell North CCG", "Lakes Dales, Kendal and Ambleside CCG"], None)
    # a department before the comma stays apart
    assert analyse_affiliation("Public Health, Kent and Medway CCG") == (["Kent and Medway CCG"], None)


def test_a_post_or_department_in_an_attendee_bracket_is_no_body():
    text = (HEAD.replace("Ms R Lund (Lakes Council)", "Ms R Lund (Director: Housing & Enforcement Services), "
                         "Ms K Vale (Deputy Police and Crime Commissioner), Mr D Parr (Democratic Services, Lakes Council)")
            + "1. Welcome\nMembers met.\n")
    names = org_names(extract_text_with_mentions(text))
    assert not any(n.startswith(("Director", "Deputy", "Democratic")) for n in names), names
    assert "Lakes Council" in names


def test_the_graph_has_an_attendee_represent_no_post_or_department_from_the_bracket():
    # the graph reads an attendee's bodies as the entity stage does, not the segmenter's raw split
    from kgraph.graph import KG
    from kgraph.pipeline import build_dataset
    text = (HEAD.replace("Ms R Lund (Lakes Council)", "Ms K Vale (Deputy Police and Crime Commissioner), "
                         "Mr D Parr (Democratic Services, Lakes Council)") + "1. Welcome\nMembers met.\n")
    dataset = build_dataset([extract_text_with_mentions(text)])
    represented = {str(org).rsplit("/", 1)[-1] for _, _, org, _ in dataset.quads((None, KG.representing, None, None))}
    assert "lakes-council" in represented
    assert not any(key.startswith(("deputy", "democratic")) for key in represented), represented


def test_a_local_service_named_before_a_national_charitys_name_is_one_local_body():
    # "Women's Aid" is also the national federation's name; capitalised words right before it on the
    # line (one space apart: a tab parts table columns) name the local service
    assert _bodies("a trustee of Fellside Haven Women's Aid, which runs the refuge") == [
        "Fellside Haven Women's Aid"]
    assert _bodies("Ann Webb\tLakeland Women's Aid") == ["Lakeland Women's Aid"]
    assert _bodies("The Women's Aid service met us.") == ["Women's Aid"]
    # one capitalised word opening a sentence may be the sentence's own, not the service's name
    assert _bodies("The refuge is full. Yesterday Women's Aid opened another.") == ["Women's Aid"]


def test_a_room_or_building_named_after_a_council_is_no_body():
    assert _bodies("held on 19 June 2024 in Committee Room 3, Fellside Council House, Kendal") == []
    assert _bodies("in the Council Chamber, Lakes Council Offices") == []


def test_a_month_before_a_body_word_names_a_meeting_not_a_body():
    assert _bodies("ACTION: Dr Lane to present the needs assessment at the February Board") == []


def test_a_demonstrative_opening_the_sentence_is_no_part_of_the_name():
    from kgraph.entities.matcher import tokenize
    from kgraph.entities.organisations import find_organisation_hits
    text = "RESOLVED: That Lakeby Borough Council be asked to consult on the order.\n"
    names = [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))]
    assert names == ["Lakeby Borough Council"]


def test_a_body_named_by_its_kind_alone_then_a_named_body_are_one_body_the_named_one():
    assert _bodies("The panel, which the County Council and Medway Council were establishing, met.") == [
        "Medway Council"]
    assert _bodies("Fellside County Council and Medway Council agreed.") == [
        "Fellside County Council", "Medway Council"]
