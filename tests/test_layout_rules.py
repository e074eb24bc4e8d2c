"""One small invented document per rule learnt from minutes outside England's two seed layouts:
Scottish, Welsh and Northern Irish minutes, Police and Crime Panels, statutory boards typed in Word,
and the action logs that close many minutes. Each test fails without its rule."""
from __future__ import annotations

import datetime as dt

from rdflib.namespace import FOAF

from kgraph.entities import classify_acronym, find_mentions
from kgraph.entities.legislation import find_legislation
from kgraph.entities.matcher import tokenize
from kgraph.entities.organisations import find_organisation_hits
from kgraph.extract import extract_text
from kgraph.graph import KG
from kgraph.pipeline import build_dataset

from test_unseen_layouts import assert_spans_slice_back, decisions, items, owners, people, refs

HEAD = "MINUTES of a meeting of the Lakes Partnership held in the Guildhall, Kendal on 2 May 2019.\n\n"


# --------------------------------------------------------------------------- items


def test_minute_numbers_with_a_body_prefix_and_year_are_items():
    text = (HEAD + "PCP/23/13 Apologies\nNone.\n\nPCP/23/14 Declarations of Interest\nNone.\n\n"
            "PCP/23/15 Minutes\nRESOLVED: That the minutes be confirmed.\n")
    record = extract_text(text)
    assert items(record) == [("PCP/23/13", None, "Apologies"), ("PCP/23/14", None, "Declarations of Interest"),
                             ("PCP/23/15", None, "Minutes")]
    assert decisions(record) == [("PCP/23/15", "resolved", "the minutes be confirmed.")]


def test_minute_numbers_with_a_body_prefix_joined_by_a_dot_are_items():
    text = ("# Lakes Borough Council\n\n## Lakes Health Board\n\n### Minutes of the meeting held on 2 May 2019\n\n"
            "### LHB.7 Apologies\n\nNone.\n\n### LHB.8 Minutes\n\nAgreed – that the minutes be signed.\n\n"
            "### LHB.9 Any Other Business\n\nNO.5 was raised.\n")
    record = extract_text(text)
    assert items(record) == [("LHB.7", None, "Apologies"), ("LHB.8", None, "Minutes"),
                             ("LHB.9", None, "Any Other Business")]
    assert [d[0] for d in decisions(record)] == ["LHB.8"]


# --------------------------------------------------------------------------- decisions


def test_a_motion_proposed_seconded_and_agreed_is_a_decision():
    text = (HEAD + "3. Funding\n\nThe Manager reported on the grant.\n\n"
            "It was proposed by Councillor Mallon, seconded by Mrs Crawford and AGREED that £25,000 be "
            "allocated to the campaign.\n")
    assert decisions(extract_text(text)) == [("3", "agreed", "£25,000 be allocated to the campaign.")]


def test_recommended_and_outcome_lines_are_decisions():
    text = (HEAD + "3. CCTV fund\n\nThe Group reported its findings.\n\n"
            "RECOMMENDED that the Commissioner publishes the criteria for the fund.\n\n"
            "4. Needs assessment\n\nThe draft was presented.\nOutcome: The Board approved the needs assessment.\n")
    assert decisions(extract_text(text)) == [
        ("3", "resolved", "the Commissioner publishes the criteria for the fund."),
        ("4", "approved", "The Board approved the needs assessment.")]


def test_decision_label_above_lettered_points_on_one_line():
    text = (HEAD + "4. Domestic abuse\n\nThe plan was presented.\n\nDecision:\n"
            "The Partnership: (a) noted progress on the plan; (b) agreed to allocate £12,000; and "
            "(c) requested a further update in December.\n")
    assert [(k, t) for _, k, t in decisions(extract_text(text))] == [
        ("noted", "noted progress on the plan"), ("agreed", "agreed to allocate £12,000"),
        ("resolved", "requested a further update in December.")]


def test_bare_noted_and_bare_agreed_are_their_own_text():
    text = (HEAD + "3. County lines\nDS Rook reported that three lines had closed.\nNoted.\n\n"
            "4. Signage\nThe Partnership was asked to approve £2,000 for signs.\nAgreed.\n")
    assert decisions(extract_text(text)) == [("3", "noted", "Noted."), ("4", "agreed", "Agreed.")]


def test_a_noted_under_welcome_and_apologies_is_not_a_decision():
    text = HEAD + "1. Welcome and apologies\nApologies as above.\nNoted.\n\n2. Budget\nAgreed.\n"
    assert decisions(extract_text(text)) == [("2", "agreed", "Agreed.")]


# --------------------------------------------------------------------------- actions


def test_an_actions_list_with_owner_and_deadline_in_brackets():
    text = (HEAD + "PRESENT: Karen Aldridge (Lakes Council), DCI Owen Blackmore (Lakes Police)\n\n"
            "4. Safe accommodation\nThe draft was presented.\nActions:\n"
            "• Publish the assessment on the website (Owner: Karen Aldridge, by 31 March 2022)\n"
            "• Review police referrals to MARAC (Owner: DCI Blackmore and Karen Aldridge, by 30 April 2022)\n")
    record = extract_text(text)
    assert owners(record) == [("4", ["Karen Aldridge"], True), ("4", ["DCI Blackmore", "Karen Aldridge"], True)]
    actions = record.items[0].actions
    assert [a.text for a in actions] == ["Publish the assessment on the website", "Review police referrals to MARAC"]
    assert [a.due for a in actions] == [dt.date(2022, 3, 31), dt.date(2022, 4, 30)]


def test_an_action_log_row_goes_to_the_minute_its_ref_names():
    text = (HEAD + "PRESENT: Rosa Hines (Lakes Council), Dr Hannah Tate (Lakes NHS Trust)\n\n"
            "Minute 47/23 – Serious violence\nDr Tate agreed to share the hospital data with partners.\n\n"
            "Minute 48/23 – Date of next meeting\n13/06/2023 at 14:00.\n\nActions agreed\n"
            "Ref | Action | Owner | Deadline\n"
            "47/23 | Share the hospital data | Dr Tate | 31/03/2023\n"
            "48/23 | Book the room | Rosa Hines | 30/04/2023\n"
            "99/23 | Close the old log | Rosa Hines | 30/04/2023\n")
    record = extract_text(text)
    # the prose follow-up and its log row are one action: the row, which names task and owner
    assert owners(record) == [("47/23", ["Dr Tate"], True), ("48/23", ["Rosa Hines"], True),
                              ("48/23", ["Rosa Hines"], True)]
    assert [a.text for a in record.items[0].actions] == ["Share the hospital data"]
    # the log's deadlines are not meetings; the next meeting is
    assert refs(record) == [(dt.date(2023, 6, 13), "next")]


def test_action_numbers_in_the_item_dot_row_form_name_the_item():
    text = (HEAD + "PRESENT: Lorna Baxter (Lakes Council)\n\n4. CCTV\nThe options were set out.\n\n"
            "5. AOB\nNone.\n\nACTION LOG\nNo. | Action | Owner | Due date\n"
            "4.1 | Circulate the options appraisal | L Baxter | 30 September 2022\n")
    assert owners(extract_text(text)) == [("4", ["L Baxter"], True)]


# --------------------------------------------------------------------------- attendance and header


def test_scottish_sederunt_is_the_present_list():
    text = ("LAKES COMMUNITY SAFETY PARTNERSHIP\n\nMinute of Meeting held in the Council Chamber, 2 High Street, "
            "Kendal on Wednesday 7 September 2022 at 10.00am.\n\nSederunt:\n"
            "Councillor Fern Strand, Community Safety Spokesperson, Lakes Council (Chair)\n"
            "Lorna Baxter, Safer Communities Manager, Lakes Council\n\nApologies:\nAlan Robb, Lakes Police\n\n"
            "1. WELCOME\nThe Chair welcomed all.\n")
    record = extract_text(text)
    assert people(record) == [
        ("Councillor Fern Strand", ["Lakes Council"], "Chair", "present"),
        ("Lorna Baxter", ["Lakes Council"], "Safer Communities Manager", "present"),
        ("Alan Robb", ["Lakes Police"], None, "apologies")]
    assert (record.header.venue, record.header.date) == ("Council Chamber, 2 High Street, Kendal", dt.date(2022, 9, 7))
    assert_spans_slice_back(record)


def test_initials_key_in_brackets_before_each_name():
    text = ("Lakes Safer Neighbourhood Board\n\nThursday 9th March 2023, 6.30pm\n\n"
            "Attendees: (RO) Rosalind Osei (Chair, Lakes SNB); (KP) Inspector Kath Penn (Lakes Police)\n\n"
            "Item 1: Patrols\nKP reported on patrols.\nACTION: KP to share the patrol map.\n")
    record = extract_text(text)
    assert [(a.initials, a.name, a.role) for a in record.attendance] == [
        ("RO", "Rosalind Osei", "Chair"), ("KP", "Inspector Kath Penn", None)]
    assert owners(record) == [("1", ["Inspector Kath Penn"], True)]


def test_councillors_listed_as_running_text_under_a_label():
    text = (HEAD.replace("held in the Guildhall, Kendal on", "held on") + "Present:\n"
            "Councillors Jo Pengelly, Ros Trewin (Chair), Tom Ashby and Brian Carveth; Independent Members "
            "Mrs Ruth Kenwyn and Mr Oliver Stannard.\n\n1. Apologies\nNone.\n")
    assert [(a.name, a.role) for a in extract_text(text).attendance] == [
        ("Jo Pengelly", None), ("Ros Trewin", "Chair"), ("Tom Ashby", None), ("Brian Carveth", None),
        ("Mrs Ruth Kenwyn", None), ("Mr Oliver Stannard", None)]


def test_sub_headings_inside_a_one_per_line_list_are_not_people():
    text = (HEAD + "Members present:\nPolitical Members:\nCouncillor Ciaran Donnelly (Chair)\n"
            "Independent Members:\nMr Patrick Conlon\n\nOfficers in attendance:\n"
            "Mr Colm Fegan, PCSP Manager, Lakes City Council\n\n"
            "1. Plan\nIt was proposed by Mr Conlon, seconded by Councillor Donnelly and AGREED that the plan be "
            "approved.\n\nAction: PCSP Manager\n")
    record = extract_text(text)
    assert people(record) == [("Councillor Ciaran Donnelly", [], "Chair", "present"),
                              ("Mr Patrick Conlon", [], None, "present"),
                              ("Mr Colm Fegan", ["Lakes City Council"], "PCSP Manager", "officers")]
    # an owner named by a post the list gives someone is that post, resolved to its holder in the graph
    assert [(o.name, o.kind) for a in record.items[0].actions for o in a.owners] == [("PCSP Manager", "role")]
    record.mentions = find_mentions(record)
    dataset = build_dataset([record])
    holders = {str(name) for _, _, owner in dataset.triples((None, KG.assignedTo, None))
               for name in dataset.objects(owner, FOAF.name)}
    assert holders == {"Mr Colm Fegan"}


def test_header_skips_a_breadcrumb_and_reads_a_remote_venue():
    text = ("Lakes Council > Council and democracy > Committee meetings\n\n"
            "Minutes of the meeting of the Lakes Policing and Community Safety Partnership (PCSP) held remotely "
            "via Microsoft Teams on Thursday, 9th September, 2021 at 4.00 p.m.\n\n1. Apologies\nNone.\n")
    header = extract_text(text).header
    assert (header.body, header.venue, header.start_time) == (
        "Lakes Policing and Community Safety Partnership", "Microsoft Teams", dt.time(16, 0))


def test_the_minute_of_a_meeting_of_a_date_is_the_previous_meeting():
    text = HEAD + "3. MINUTE OF PREVIOUS MEETING\nThe minute of meeting of 8 June 2018 was submitted.\n"
    assert refs(extract_text(text)) == [(dt.date(2018, 6, 8), "previous")]


# --------------------------------------------------------------------------- entities


def _titles(text: str) -> list[str]:
    return [h.text for h in find_legislation(text, tokenize(text))]


def test_legislation_titles_of_the_devolved_nations_and_order_acts():
    assert _titles("under the Criminal Justice and Public Order Act 1994 had") == [
        "Criminal Justice and Public Order Act 1994"]
    assert _titles("section 21 of the Justice Act (Northern Ireland) 2011, including") == [
        "Justice Act (Northern Ireland) 2011"]
    assert _titles("sought under the Antisocial Behaviour etc. (Scotland) Act 2004. Next") == [
        "Antisocial Behaviour etc. (Scotland) Act 2004"]


def test_acronyms_of_bodies_named_with_of_or_for_are_organisations():
    assert classify_acronym("DoJ", "Department of Justice")[0] == "organisation"
    assert classify_acronym("PSNI", "Police Service of Northern Ireland")[0] == "organisation"
    assert classify_acronym("CBH", "Cheltenham Borough Homes")[0] == "organisation"
    assert classify_acronym("DHR", "Domestic Homicide Review")[0] == "topic"


def test_a_generic_owner_before_a_committee_is_not_part_of_its_name():
    text = "to recommend replacement to the Council's Strategic Policy and Resources Committee."
    assert [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))] == [
        "Strategic Policy and Resources Committee"]


def test_words_of_an_act_title_are_not_a_person():
    record = extract_text(HEAD + "3. Precept\n\nThe Panel considered the Police and Crime Panels (Precepts and "
                                 "Chief Constable Appointments) Regulations 2012 and agreed the precept.\n")
    assert [m.text for m in find_mentions(record).people] == []


# --------------------------------------------------------------------------- posts before names, tables, "Chair:"


def test_attendance_lines_written_post_first_with_the_name_in_brackets():
    text = ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR THE LAKES\n\nMinutes of a meeting of the "
            "Executive Board held on Thursday 3 March 2016 at 10:00am in Room 2, Lakes House, Kendal\n\n"
            "Attendees:\nPolice and Crime Commissioner (Mr Alan Brough)\nChief Constable (Mr Peter Gale)\n"
            "Chief Finance Officer, OPCC (Mrs Ruth Sands)\nHead of Roads Policing (Superintendent Ian Fell)\n"
            "Executive Support Officer, OPCC (Miss Jo Tarn) – minutes\n\n1/16 APOLOGIES\nNone.\n")
    assert people(extract_text(text)) == [
        ("Mr Alan Brough", [], "Police and Crime Commissioner", "present"),
        ("Mr Peter Gale", [], "Chief Constable", "present"),
        ("Mrs Ruth Sands", ["OPCC"], "Chief Finance Officer", "present"),
        ("Superintendent Ian Fell", [], "Head of Roads Policing", "present"),
        ("Miss Jo Tarn", ["OPCC"], "Executive Support Officer", "present")]


def test_a_post_with_its_holder_in_brackets_inside_a_running_list():
    text = (HEAD + "PRESENT: Councillors A Tarn (Chairman) and B Fell\n\n"
            "ALSO PRESENT: PCSO Kim Dale (Lakes Constabulary), the Town Clerk (Mrs Jo Pike), the Deputy Town "
            "Clerk (Mr Sam Ash) and four members of the public.\n\n1. APOLOGIES\nNone.\n")
    assert [(a.name, a.role, a.list_kind) for a in extract_text(text).attendance][2:] == [
        ("PCSO Kim Dale", None, "also_present"), ("Mrs Jo Pike", "Town Clerk", "also_present"),
        ("Mr Sam Ash", "Deputy Town Clerk", "also_present")]


def test_a_name_then_a_body_in_brackets_is_still_read_name_first():
    text = HEAD + "Present:\nInspector Kath Penn (Lakes Police)\nJo Bloggs (Chair)\n\n1. Apologies\nNone.\n"
    assert [(a.name, a.organisations, a.role) for a in extract_text(text).attendance] == [
        ("Inspector Kath Penn", ["Lakes Police"], None), ("Jo Bloggs", [], "Chair")]


def test_table_cells_are_read_by_their_column():
    text = (HEAD + "Present:\nName\tOrganisation\tRole\n"
            "Dr Ann Moss\tNHS Lakes, Fells and Dales Integrated Care Board (ICB)\tDesignated Nurse, Safeguarding\n"
            "Paul Hart\tLakes Fire and Rescue Service (LFRS)\tArea Manager, Prevention and Protection\n"
            "Lisa Beck\tLakes County Council\tBusiness Support Officer (minutes)\n\n1. Welcome\nNone.\n")
    assert [(a.name, a.organisations, a.role) for a in extract_text(text).attendance] == [
        # "(ICB)" is left to the document's definition: the gazetteer files a bare "ICB" under one area
        ("Dr Ann Moss", ["NHS Lakes, Fells and Dales Integrated Care Board"], "Designated Nurse, Safeguarding"),
        ("Paul Hart", ["Lakes Fire and Rescue Service", "LFRS"], "Area Manager, Prevention and Protection"),
        ("Lisa Beck", ["Lakes County Council"], "Business Support Officer")]


def test_a_chair_line_above_the_present_list_is_an_attendee():
    text = ("LAKES PREVENT BOARD\n\nMinutes of the Prevent Board, held via Microsoft Teams, 3 March 2020, 14:00\n\n"
            "Chair: County Councillor Mary Hill, Cabinet Member for Communities, Lakes County Council\n\n"
            "Present:\nTom Ray – Lakes Police\n\n1. Welcome\nThe Chair welcomed members.\n")
    assert [(a.name, a.organisations, a.role) for a in extract_text(text).attendance] == [
        ("County Councillor Mary Hill", ["Lakes County Council"], "Chair"), ("Tom Ray", ["Lakes Police"], None)]


# --------------------------------------------------------------------------- actions with owners in brackets, posts


def _holders(record) -> list[set[str]]:
    """The people each action is assigned to in the graph (posts resolved through the attendance)."""
    record.mentions = find_mentions(record)
    dataset = build_dataset([record])
    out = []
    for item in record.items:
        for k, _ in enumerate(item.actions, 1):
            node = next(a for a, _, t in dataset.triples((None, KG.text, None))
                        if str(t) == item.actions[k - 1].text and (None, KG.hasAction, a) in dataset)
            out.append({str(n) for _, _, o in dataset.triples((node, KG.assignedTo, None))
                        for n in dataset.objects(o, FOAF.name)})
    return out


def test_numbered_action_lines_with_owners_in_brackets_and_a_due_date():
    text = ("LAKES PREVENT BOARD\n\nMinutes of the Prevent Board, held via Microsoft Teams, 3 March 2020, 14:00\n\n"
            "Chair: County Councillor Mary Hill, Lakes County Council\n\nPresent:\nName\tOrganisation\tRole\n"
            "DS Andrew Cole\tLakes Police\tPrevent Lead\nRuth Obi\tLakes County Council\tPrevent Coordinator\n\n"
            "1. Profile\nDS Cole presented the profile.\n"
            "ACTION 02/20: Brief the district partnerships on the findings (Owner: DS Cole / Ruth Obi) – due 30 April 2020\n"
            "ACTION 03/20: Write to the district chief executives (Owner: Chair) – due 31 March 2020\n"
            "ACTION 04/20: Circulate the training calendar (Owner: Prevent Coordinator)\n")
    record = extract_text(text)
    actions = record.items[0].actions
    assert [(a.text, [o.name for o in a.owners], a.due) for a in actions] == [
        ("Brief the district partnerships on the findings", ["DS Cole", "Ruth Obi"], dt.date(2020, 4, 30)),
        ("Write to the district chief executives", ["Chair"], dt.date(2020, 3, 31)),
        ("Circulate the training calendar", ["Prevent Coordinator"], None)]
    assert _holders(record) == [{"Andrew Cole", "Ruth Obi"}, {"County Councillor Mary Hill"}, {"Ruth Obi"}]  # DS: his rank


def test_a_post_owning_an_action_in_a_closing_list_is_its_holder():
    text = ("LAKES EXECUTIVE BOARD\n\nMinutes of a meeting of the Executive Board held on Thursday 3 March 2016 "
            "at 10:00am in Room 2, Lakes House, Kendal\n\nAttendees:\nChief Constable (Mr Peter Gale)\n"
            "Chief Finance Officer, OPCC (Mrs Ruth Sands)\n\n1/16 PERFORMANCE\nThe report was noted.\n\n"
            "2/16 DATE OF NEXT MEETING\nThursday 9 June 2016.\n\nActions\n"
            "1. Chief Constable to report progress on the referral backlog — by June meeting\n"
            "2. Mrs Sands to present the outturn — by June meeting\n")
    record = extract_text(text)
    assert owners(record) == [("2/16", ["Mrs Sands"], True), ("2/16", ["Chief Constable"], True)]
    assert sorted(map(sorted, _holders(record))) == [["Mr Peter Gale"], ["Mrs Ruth Sands"]]


CLOSING_POINTS = ("LAKES SAFETY PARTNERSHIP\n\nMinutes of Meeting of the Lakes Safety Partnership held in the Guildhall, "
                  "Kendal on Thursday 2 May 2019 at 4.00 pm.\n\nPRESENT:\n\nMembers:\tCouncillor A Moss (Chair), "
                  "Mr B Tarn, Mrs E Beck (Finance Officer), Mr F Gill (Finance Officer).\n\n"
                  "In Attendance:\tMs C Pike (LSP Manager), Mr D Fell (LSP Officer).\n\n"
                  "LSP 12/19\tGRANTS\n\nThe scheme was presented.\n\nIt was AGREED that the grants be approved.\n\n"
                  "LSP 13/19\tSUB-GROUP REPORTS\n\n(a) Road Safety Sub-Group\n\nMr Tarn reported on speeding.\n\n"
                  "It was AGREED that the Partnership write to the roads authority.\n\n"
                  "(b) Youth Sub-Group\n\nMr Tarn reported on the youth forum.\n\n"
                  "The reports were NOTED.\n\nLSP 14/19\tDATE OF NEXT MEETING\n\nThursday 6 June 2019.\n\n"
                  "ACTION POINTS\nMinute\tAction\tResponsible\tTimescale\n"
                  "LSP 12/19\tIssue letters of offer to the successful applicants\tLSP Officer\tJune 2019\n"
                  "LSP 13/19(a)\tWrite to the roads authority about speed limits\tChair / LSP Manager\tJune 2019\n"
                  "LSP 13/19(b)\tPrepare the budget profile for the youth forum\tFinance Officer\tJune 2019\n")


def test_closing_action_points_go_to_the_minute_their_row_names_even_a_lettered_part():
    record = extract_text(CLOSING_POINTS)
    assert owners(record) == [("LSP 12/19", ["LSP Officer"], True), ("LSP 13/19", ["Chair", "LSP Manager"], True),
                              ("LSP 13/19", ["Finance Officer"], True)]


def test_a_post_with_its_body_names_the_one_attendee_listed_with_both():
    # "LSP Manager" is Ms Pike's post as listed ("(LSP Manager)"); two attendees are Finance Officers,
    # so that post names nobody in particular
    assert _holders(extract_text(CLOSING_POINTS)) == [{"Mr D Fell"}, {"Councillor A Moss", "Ms C Pike"}, set()]


def test_a_shouted_noted_beside_a_resolution_is_a_decision_too():
    assert decisions(extract_text(CLOSING_POINTS)) == [
        ("LSP 12/19", "approved", "the grants be approved."),
        ("LSP 13/19", "agreed", "the Partnership write to the roads authority."),
        ("LSP 13/19", "noted", "The reports were NOTED.")]


def test_a_follow_up_after_a_semicolon_with_a_pcso_owner():
    text = (HEAD + "3. Police report\nPCSO Dawes presented the report. Cllr Fell asked about patrols late at night; "
                   "PCSO Dawes agreed to provide patrol figures for the next meeting.\n")
    assert owners(extract_text(text)) == [("3", ["PCSO Dawes"], False)]


# --------------------------------------------------------------------------- acronyms of bodies, documents and posts


def test_defined_acronyms_of_a_university_a_profile_and_a_post_are_not_topics():
    assert classify_acronym("UoL", "University of the Lakes")[0] == "organisation"
    assert classify_acronym("CTLP", "Counter Terrorism Local Profile")[0] == "other"
    assert classify_acronym("LSP", "Lead Safeguarding Partner")[0] == "other"
    assert classify_acronym("DSPs", "Delegated Safeguarding Partners")[0] == "other"
    assert classify_acronym("CSE", "Child Sexual Exploitation")[0] == "topic"


def test_an_acronym_standing_for_a_list_of_qualities_is_not_a_topic():
    assert classify_acronym("PEEL", "Police Effectiveness, Efficiency and Legitimacy")[0] == "other"
    assert classify_acronym("VAWG", "Violence Against Women and Girls")[0] == "topic"


def test_a_subgroup_and_a_limited_company_are_organisations():
    text = ("the recommendation of the Case Review Subgroup that the review proceed. The lowest quotation was "
            "from Fell Security Systems Ltd at £11,640.")
    assert [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))] == [
        "Case Review Subgroup", "Fell Security Systems Ltd"]


# --------------------------------------------------------------------------- gazetteer entries of one area


def _org_labels(record) -> dict[str, set[str]]:
    """Each organisation the document's graph names → its labels."""
    from rdflib.namespace import SKOS
    from kgraph.graph import ORG
    record.mentions = find_mentions(record)
    dataset = build_dataset([record])
    return {str(o).rsplit("/", 1)[-1]: {str(x) for p in (SKOS.prefLabel, SKOS.altLabel) for x in dataset.objects(o, p)}
            for o in set(dataset.subjects(None, ORG.Organization))}


def test_generic_names_reach_an_area_body_only_where_the_document_names_its_area():
    text = ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR THE FELLS\n\nMinutes of a meeting of the Executive "
            "Board held on Thursday 3 March 2016 at 10:00am in Room 2, Fells House, Penrith\n\nAttendees:\n"
            "Chief Finance Officer, OPCC (Mrs Ruth Sands)\nDr Ann Moss, Chief Nurse, NHS Fells and Dales "
            "Integrated Care Board (ICB)\n\n1/16 BUDGET\nThe Police and Crime Commissioner approved the budget. "
            "The ICB will contribute £10,000.\n")
    labels = _org_labels(extract_text(text))
    everything = {label for names in labels.values() for label in names}
    assert not any("Kent" in label for label in everything), labels
    assert {"ICB", "NHS Fells and Dales Integrated Care Board"} <= next(
        names for names in labels.values() if "NHS Fells and Dales Integrated Care Board" in names)
    # the same names in a document of that area are its bodies
    kent = _org_labels(extract_text(text.replace("THE FELLS", "KENT").replace("Fells", "Kent")))
    assert "office-of-the-kent-police-and-crime-commissioner" in kent and "kent-police-and-crime-commissioner" in kent


# --------------------------------------------------------------------------- header and decisions of one office holder


def test_held_via_teams_then_a_comma_and_the_date():
    text = ("LAKES PREVENT BOARD\n\nMinutes of the Prevent Board, held via Microsoft Teams, 3 March 2020, 14:00–16:00\n\n"
            "Present:\nTom Ray – Lakes Police\n\n1. Welcome\nThe Chair welcomed members.\n")
    header = extract_text(text).header
    assert (header.body, header.venue, header.date, header.start_time) == (
        "Lakes Prevent Board", "Microsoft Teams", dt.date(2020, 3, 3), dt.time(14, 0))


def test_an_office_holder_who_decides_in_labelled_outcomes_decides_in_plain_paragraphs_too():
    text = ("LAKES EXECUTIVE BOARD\n\nMinutes of a meeting of the Executive Board held on Thursday 3 March 2016 "
            "at 10:00am in Room 2, Lakes House, Kendal\n\n1/16 BUDGET\nThe report was presented.\n"
            "Outcome: The Commissioner approved the transfer of £0.6m to the reserve.\n\n"
            "2/16 ROAD SAFETY\nThe Inspector reported on casualties.\n"
            "The Commissioner agreed to continue the annual contribution of £45,000 to the partnership.\n")
    assert decisions(extract_text(text)) == [
        ("1/16", "approved", "The Commissioner approved the transfer of £0.6m to the reserve."),
        ("2/16", "agreed", "The Commissioner agreed to continue the annual contribution of £45,000 to the partnership.")]
    # without labelled outcomes of the Commissioner (a panel that scrutinises the office), the same
    # sentence is what the Commissioner will do, not the meeting's decision
    panel = text.replace("Outcome: The Commissioner approved", "Outcome: The Board approved")
    assert [d[0] for d in decisions(extract_text(panel))] == ["1/16"]


def test_a_street_after_a_preposition_and_a_rank_alone_are_not_people():
    record = extract_text(HEAD + "Attendees:\nChief Constable (Mr Peter Gale)\n\n3. Public participation\n"
                                 "Two residents of Fell Way raised concerns about anti-social behaviour.\n\n"
                                 "4. Actions\n1. Chief Constable to report progress on the backlog — by June meeting\n")
    assert [m.text for m in find_mentions(record).people] == ["Mr Peter Gale"]
    # a person whose surname is a street word is still a person when no preposition of place precedes it
    record = extract_text(HEAD + "3. Update\nTom Lane said the patrols would continue.\n")
    assert [m.text for m in find_mentions(record).people] == ["Tom Lane"]


def test_a_project_and_a_plural_possessive_inside_a_name_are_organisations():
    text = ("grants to Fellside Youth Project were awarded. Victim Support runs the Lakes Victims' Hub under "
            "a contract.")
    assert [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))] == [
        "Fellside Youth Project", "Victim Support", "Lakes Victims' Hub"]


def test_the_council_heading_in_capitals_above_the_body_is_an_organisation():
    text = ("FELLTOWN TOWN COUNCIL\n\nCOMMUNITY SAFETY COMMITTEE\n\nMinutes of the meeting of the Community Safety "
            "Committee held in the Council Chamber, Felltown on Tuesday 10th July 2018 at 7.30pm\n\n"
            "CS/18/045 APOLOGIES\nNone.\n")
    record = extract_text(text)
    assert (record.header.body, record.header.parent_body) == ("Community Safety Committee", "Felltown Town Council")
    assert {(m.text, m.key) for m in find_mentions(record).organisations} >= {
        ("FELLTOWN TOWN COUNCIL", "felltown-town-council")}


def test_a_table_row_keeps_its_cells_apart_for_the_entity_stage():
    text = (HEAD + "Present:\nName\tOrganisation\tRole\nImran Sale\tFells with Dales Borough Council\tCohesion Manager\n\n"
                   "1. Welcome\nNone.\n")
    record = extract_text(text)
    assert [m.text for m in find_mentions(record).organisations if "Dales" in m.text] == [
        "Fells with Dales Borough Council"]


# --------------------------------------------------------------------------- topics: what counts as a mention


def _topic_keys(text: str) -> set[str]:
    return {m.key for m in find_mentions(extract_text(HEAD + text)).topics}


def test_a_heading_is_one_mention_of_a_minor_topic_and_enough_for_a_core_theme():
    assert "street-drinking" not in _topic_keys("3. PSPO and street drinking\nStreet drinking on the benches "
                                                "continues.\n")
    assert "street-drinking" in _topic_keys("3. PSPO and street drinking\nStreet drinking on the benches "
                                            "continues; the order covers street drinking in the park.\n")
    assert "domestic-abuse" in _topic_keys("4. Domestic abuse\nThe report was noted.\n")


def test_words_of_a_longer_term_a_post_or_a_defined_document_are_no_mention_of_a_topic():
    # "Child Safeguarding" inside "Child Safeguarding Practice Review(s)"
    keys = _topic_keys("4. Child Safeguarding Practice Reviews\nThe Child Safeguarding Practice Review (CSPR) "
                       "for Child K was commissioned.\n")
    assert "safeguarding-children" not in keys
    # a post owning an action, and a document the minutes define an acronym for
    keys = _topic_keys("3. Counter Terrorism Local Profile 2019/20\nDS Cole presented the Counter Terrorism "
                       "Local Profile (CTLP).\nAction: Head of Children's Safeguarding to circulate the CTLP.\n"
                       "Child safeguarding referrals rose.\n")
    assert "counter-terrorism" not in keys and "safeguarding-children" not in keys


def test_a_body_then_its_representative_in_brackets():
    text = (HEAD + "Present:\nJo Bloggs (Lakes Council)\nLakes Fire and Rescue Service (Mark Smith)\n\n"
                   "Apologies: Fellside Council (Joanne Pike); Superintendent Carl Moss (Lakes Constabulary)\n\n"
                   "1. Welcome\nNone.\n")
    assert [(a.name, a.organisations, a.list_kind) for a in extract_text(text).attendance] == [
        ("Jo Bloggs", ["Lakes Council"], "present"), ("Mark Smith", ["Lakes Fire and Rescue Service"], "present"),
        ("Joanne Pike", ["Fellside Council"], "apologies"),
        ("Superintendent Carl Moss", ["Lakes Constabulary"], "apologies")]


def test_owner_fields_after_an_action_task_in_other_forms():
    head = HEAD + "Present:\nJo Bloggs (Lakes Council)\n\n1. Hotspots\nThe map was shown.\n"
    for line in ("ACTION: Circulate the hotspot map – Owner: Jo Bloggs – due 3 June 2019",
                 "Action: Circulate the hotspot map (Owner: Jo Bloggs, by 3 June 2019)",
                 "Action 2: Circulate the hotspot map. Owner: Jo Bloggs. Deadline: 3 June 2019"):
        actions = extract_text(head + line + "\n").items[0].actions
        assert [(a.text, [o.name for o in a.owners], a.due) for a in actions] == [
            ("Circulate the hotspot map", ["Jo Bloggs"], dt.date(2019, 6, 3))], line


def test_an_action_for_the_chair_goes_to_the_attendee_listed_as_chairman():
    text = (HEAD + "Present:\nCllr Ann Lee (Chairman)\nTom Ray – Lakes Police\n\n1. Patrols\nThe report was noted.\n"
                   "ACTION 01/19: Write to the Chief Constable about patrols (Owner: Chair) – due 31 May 2019\n")
    assert _holders(extract_text(text)) == [{"Cllr Ann Lee"}]


def test_posts_with_commas_and_their_holders_in_a_running_list():
    text = (HEAD + "In attendance: Police, Fire and Crime Commissioner (Mr Peter Stone), Chief Executive, OPFCC "
                   "(Ms Sarah Hill), Treasurer (Mr Ian Moss) and the Panel Secretary (Mrs Jane Ford)\n\n"
                   "1. Apologies\nNone.\n")
    assert [(a.name, a.organisations, a.role) for a in extract_text(text).attendance] == [
        ("Mr Peter Stone", [], "Police, Fire and Crime Commissioner"), ("Ms Sarah Hill", ["OPFCC"], "Chief Executive"),
        ("Mr Ian Moss", [], "Treasurer"), ("Mrs Jane Ford", [], "Panel Secretary")]


def test_a_body_named_with_a_comma_is_not_cut_into_another_body():
    text = ("NORTHSHIRE POLICE, FIRE AND CRIME PANEL\n\nMinutes of a meeting of the Northshire Police, Fire and "
            "Crime Panel held at County Hall, Northtown on Monday 4 March 2024 at 2.00 pm\n\n1. PRECEPT\n"
            "The Northshire Police, Fire and Crime Panel approved the precept.\n")
    keys = {m.key for m in find_mentions(extract_text(text)).organisations}
    assert keys == {"northshire-police-fire-and-crime-panel"}


def test_action_lines_that_give_the_owner_field_first():
    text = ("RIVERSIDE SERIOUS VIOLENCE BOARD\n\nNotes of the meeting held at the Civic Centre on 4 May 2022\n\n"
            "Attendees: Jo Bloggs (Riverside VRU), Dr Al Ray (NHS Riverside), Sam Lee (Riverside Council)\n\n"
            "Item 1 – Data sharing\nThe board discussed assault data.\n"
            "ACTION (Owner: Jo Bloggs, Riverside VRU; by: 29 July 2022) – Draft a partnership agreement.\n"
            "ACTION (Owner: Dr Al Ray, NHS Riverside / Sam Lee, KCC/NHS; by: 31 August 2022) – Agree a protocol.\n"
            "ACTION (Lead: Jo Bloggs/Sam Lee) Circulate the map.\n")
    record = extract_text(text)
    assert [(a.text, [o.name for o in a.owners], a.explicit) for a in record.items[0].actions] == [
        ("Draft a partnership agreement.", ["Jo Bloggs"], True),
        ("Agree a protocol.", ["Dr Al Ray", "Sam Lee"], True),
        ("Circulate the map.", ["Jo Bloggs", "Sam Lee"], True)]


def test_a_present_list_inside_an_introductions_and_apologies_item_is_the_attendance():
    text = ("Agenda and minutes\n\nRiverside Community Safety Partnership - Tuesday, 17th July, 2018 10.00 am\n\n"
            "Venue: Room 1, Civic Centre\n\nItems\nNo. Item\n\n37.\n\nIntroductions/Apologies\n\nMinutes:\n\n"
            "Present: Mr P Ostrow (Chairman), Mr D Rana (Riverside Council) and Dr H Vaughan (Public Health).\n\n"
            "Apologies were received from Mr N Feather (Probation).\n\n38.\n\nDeclarations of Interest\n\n"
            "Minutes:\n\nThere were no declarations of interest.\n\n39.\n\nBudget\n\nMinutes:\n\n"
            "RESOLVED that the budget be noted.\n")
    record = extract_text(text)
    assert [(a.name, a.list_kind) for a in record.attendance if a.list_kind == "present"] == [
        ("Mr P Ostrow", "present"), ("Mr D Rana", "present"), ("Dr H Vaughan", "present")]


def test_a_portfolio_or_an_area_after_a_post_belongs_to_the_post_not_to_the_bodies():
    from kgraph.segment import analyse_affiliation

    assert analyse_affiliation("District Commander, Medway, Kent Police") == (["Kent Police"], "District Commander, Medway")
    assert analyse_affiliation("Assistant Director, Culture and Community, Medway Council") == (
        ["Medway Council"], "Assistant Director, Culture and Community")
    assert analyse_affiliation("Portfolio Holder for Community Safety, Highways and Enforcement (Chairman)")[0] == []
    assert analyse_affiliation("Community Safety Team Leader, KCC") == (["KCC"], "Community Safety Team Leader")


def test_a_safeguarding_professional_is_a_post_and_a_professional_standards_unit_a_body():
    from kgraph.segment import analyse_affiliation

    # "Designated Professional" and "Named Professional" are the safeguarding posts of an NHS body
    assert analyse_affiliation("Designated Professional, NHS Fellside") == (["NHS Fellside"], "Designated Professional")
    assert analyse_affiliation("Professional Standards Department, Lakes Police") == (
        ["Professional Standards Department", "Lakes Police"], None)
    # a job word last makes a body's words before it the post's field
    assert analyse_affiliation("Domestic Abuse Partnership Lead, Fellside County Council") == (
        ["Fellside County Council"], "Domestic Abuse Partnership Lead")
    assert analyse_affiliation("Lead Local Flood Authority") == (["Lead Local Flood Authority"], None)


def test_national_hate_crime_reporting_bodies_and_a_local_street_pastors_group():
    text = "Tell MAMA had recorded six incidents. Cllr Lee is a trustee of Fellside Street Pastors."
    assert [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))] == [
        "Tell MAMA", "Fellside Street Pastors"]


def test_street_pastors_without_their_town_are_the_scheme_and_with_it_the_local_group():
    # the scheme is named bare as often as with its town: "patrols with the Street Pastors"
    text = "Patrols with Fellside Nights and the Street Pastors continue. Lakeby Street Pastors joined them."
    assert [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))] == [
        "Street Pastors", "Lakeby Street Pastors"]


def test_a_name_only_written_before_a_document_word_is_no_body():
    record = extract_text(HEAD + "3. Plan\nThe Board approved the Fells Prevent Partnership Plan 2020/21. The Fells "
                                 "Prevent Partnership Plan will be published.\n\n4. Board\nThe Lakes Safety Group "
                                 "Report was noted; the Lakes Safety Group meets in May.\n")
    keys = {m.key for m in find_mentions(record).organisations}
    assert "fells-prevent-partnership" not in keys and "lakes-safety-group" in keys


def test_a_name_followed_by_as_and_a_post_is_a_person():
    record = extract_text(HEAD + "1. Welcome\nThe Chair welcomed Ann Dale, who replaces Tom Reed as the regional "
                                 "coordinator. Community Safety as a theme was discussed.\n")
    people = [m.text for m in find_mentions(record).people]
    assert "Tom Reed" in people and not any("Community" in p for p in people)


def test_a_venue_line_that_starts_with_chairman_is_still_the_venue():
    text = ("Lakes Safety Board\n\nTuesday, 7 June 2016\n3.00pm\nChairman's Room, Civic Centre, Felltown\n\n"
            "Chair: Cllr Ann Lee\nPresent: Tom Ray (Lakes Police)\n\n1. Welcome\nNone.\n")
    record = extract_text(text)
    assert record.header.venue == "Chairman's Room, Civic Centre, Felltown"
    assert [(a.name, a.role) for a in record.attendance] == [("Cllr Ann Lee", "Chair"), ("Tom Ray", None)]


def test_an_owner_written_with_their_body_in_brackets_is_the_person():
    text = ("RIVERSIDE HARM REDUCTION BOARD\n\nMinutes of the meeting held on 10 September 2020\n\n"
            "Attendees: Gordon Fal (Riverside Council), Lisa Bram (OPCC), Dr Anji Varma (Riverside CCG)\n\n"
            "Item 1: Terms of reference\nThe board discussed the terms of reference.\n"
            "ACTION: Gordon Fal (Riverside Council) to circulate the revised terms of reference by 30 September 2020.\n"
            "ACTION: Lisa Bram (OPCC) and Dr Anji Varma (Riverside CCG) to agree the data set.\n")
    record = extract_text(text)
    assert [[o.name for o in a.owners] for a in record.items[0].actions] == [
        ["Gordon Fal"], ["Lisa Bram", "Dr Anji Varma"]]


def test_national_charities_and_housing_associations_without_a_body_word_are_known_by_name():
    text = ("Kim Lee, Housing Manager, Torus, and a worker from Turning Point attended. "
            "It was a turning point for the scheme.")
    assert [(text[h.start:h.end], h.key) for h in find_organisation_hits(text, tokenize(text))] == [
        ("Torus", "torus"), ("Turning Point", "turning-point")]


def test_a_named_hospital_is_a_body_and_the_hospital_is_not():
    text = ("Staff at Lakeby General Hospital and the Fellside Royal Hospital met the hospital's "
            "discharge team. The patient was taken to hospital.")
    assert [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))] == [
        "Lakeby General Hospital", "Fellside Royal Hospital"]


def test_a_partnership_named_by_its_area_and_the_initials_of_its_kind():
    text = ("Reports from Lakeby CDRP, the Fellside DAAT and Lakes SAB were noted. KCC and Fellside CDRP "
            "agreed. 5. Local Crime Prevention Fund and SNB projects. DC Jones attended.")
    assert [text[h.start:h.end] for h in find_organisation_hits(text, tokenize(text))] == [
        "Lakeby CDRP", "Fellside DAAT", "Lakes SAB", "KCC", "Fellside CDRP", "SNB"]
