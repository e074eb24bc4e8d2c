"""Data classes passed between the pipeline stages.

read → :class:`SourceText`; segment → :class:`Segmented`; extract → :class:`MeetingRecord`
(with its :class:`Mentions` filled by the entity stage); resolve → :class:`Registry`; graph → RDF.

Every span is a pair of 0-based, end-exclusive offsets in Unicode code points into
``SourceText.text``, so ``source.text[span.start:span.end]`` is the evidence for a fact.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start:self.end]

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}:{self.end}")


# --------------------------------------------------------------------------- read


@dataclass(slots=True)
class SourceText:
    """A document as the extractor sees it: the text, and where it came from."""

    path: str                 # file name or URL as given by the user
    text: str                 # the text every span points into (kept as kg:text)
    sha256: str               # of the raw bytes
    media_type: str           # text/plain, text/markdown, text/html, application/pdf, ...
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- segment

ListKind = Literal["present", "also_present", "in_attendance", "officers", "apologies", "absent"]


@dataclass(slots=True)
class AttendanceEntry:
    name: str                          # the name as written, titles kept ("Cllr A Brown")
    span: Span                         # span of the name
    as_written: str | None = None      # the whole parenthesis, "KCC Cabinet Member and Chairman"
    organisations: list[str] = field(default_factory=list)  # "KCC/NHS" → ["KCC", "NHS"]
    role: str | None = None            # "Chairman", "Vice-Chair", "Head of Community Safety"
    list_kind: ListKind = "present"
    initials: str | None = None        # "AB" in "AB Alice Brown (Dover DC)"


@dataclass(slots=True)
class Paragraph:
    span: Span                         # whole paragraph including its enumerator
    text_span: Span                    # the paragraph without enumerator/markup
    enumerator: str | None = None      # "(1)", "1.", "(i)", "a)", "-", "•"


@dataclass(slots=True)
class ItemSegment:
    number: str | None                 # minute number "29" ("4a" allowed); None if unnumbered
    code: str | None                   # agenda code "B3"
    title: str
    title_span: Span
    span: Span                         # from the item's number/heading to the next item
    body_span: Span                    # the item's text after its heading
    paragraphs: list[Paragraph] = field(default_factory=list)
    # an item read from one row of a table ("| 3. Funding | discussion | action |"): the names of the
    # row's columns after the first (lower case), which the body's cells fall under
    table_columns: tuple[str, ...] = ()
    table_sep: str = "|"               # between the row's cells: a bar, or a tab (a Word table copied as text)
    # the cells of the item's rows under ``table_columns`` (a Word table copied as text, whose cells of
    # several paragraphs spread a row over several lines), one tuple a row
    table_rows: list[tuple[Span, ...]] = field(default_factory=list)


@dataclass(slots=True)
class Header:
    body: str | None = None            # "Kent Community Safety Partnership"
    body_span: Span | None = None
    parent_body: str | None = None     # "Kent County Council" when the header names one
    date: dt.date | None = None
    date_span: Span | None = None
    start_time: dt.time | None = None
    venue: str | None = None
    venue_span: Span | None = None
    contact: str | None = None         # clerk named on a contact line (not an attendee)
    contact_span: Span | None = None
    draft: bool = False


@dataclass(slots=True)
class Segmented:
    source: SourceText
    layout: str                        # "formal", "moderngov", "generic"
    header: Header
    attendance: list[AttendanceEntry]
    items: list[ItemSegment]
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- extract

DecisionKind = Literal["resolved", "agreed", "noted", "approved"]
MeetingRelation = Literal["previous", "next", "other"]


@dataclass(slots=True)
class Owner:
    name: str                          # as written: "Stuart Beaumont", "AB", "Kent Police", "the Chair"
    span: Span
    kind: Literal["person", "organisation", "role", "initials"] = "person"


@dataclass(slots=True)
class Decision:
    text: str                          # without "RESOLVED that" and enumerators
    span: Span                         # span of ``text``
    kind: DecisionKind
    item_ref: str | None = None        # the item a decision table's row names ("3", "3.1"), if any


@dataclass(slots=True)
class Action:
    text: str                          # the task as stated (the clause or paragraph)
    span: Span
    owners: list[Owner]
    explicit: bool                     # True for an "Action:" line, False for a prose follow-up
    due: dt.date | None = None
    item_ref: str | None = None        # the minute an action log's row names ("47/23", "4.1"), if any
    listed: bool = False               # an entry of a list or table of actions, not of the discussion


@dataclass(slots=True)
class MeetingRef:
    date: dt.date
    relation: MeetingRelation
    span: Span                         # the date as written
    item_position: int | None = None


@dataclass(slots=True)
class AgendaItem:
    position: int                      # 1-based order in the meeting
    number: str | None
    code: str | None
    title: str
    span: Span
    title_span: Span
    decisions: list[Decision] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)


# --------------------------------------------------------------------------- entities

MentionKind = Literal["person", "organisation", "topic", "legislation"]


@dataclass(slots=True)
class Mention:
    """A named thing as written at one place in the text."""

    kind: MentionKind
    text: str                          # as written: "Mr S Peerbux", "KCC", "DHRs"
    span: Span
    key: str                           # resolution key within its kind (e.g. gazetteer id, topic id)
    item_position: int | None = None   # the agenda item it sits in; None for header/attendance
    role: str | None = None            # for people: "Head of Community Safety"
    organisation: str | None = None    # for people: organisation in apposition, as written
    section: str | None = None         # for legislation: "9"
    confidence: float = 1.0


@dataclass(slots=True)
class AcronymDefinition:
    acronym: str                       # "IDVA" (plural s dropped)
    expansion: str                     # as first written, "Independent Domestic Violence Advisors"
    span: Span                         # the whole "Long Form (ACR)" pattern
    target_kind: Literal["topic", "organisation", "other"] = "other"
    target_key: str | None = None


@dataclass(slots=True)
class MoneyAmount:
    text: str                          # "£1million"
    value: float                       # 1000000.0
    currency: str                      # "GBP"
    span: Span
    item_position: int | None = None


@dataclass(slots=True)
class Mentions:
    people: list[Mention] = field(default_factory=list)
    organisations: list[Mention] = field(default_factory=list)
    topics: list[Mention] = field(default_factory=list)
    legislation: list[Mention] = field(default_factory=list)
    acronyms: list[AcronymDefinition] = field(default_factory=list)
    money: list[MoneyAmount] = field(default_factory=list)


@dataclass(slots=True)
class MeetingRecord:
    """Everything extracted from one document."""

    source: SourceText
    layout: str
    header: Header
    attendance: list[AttendanceEntry]
    items: list[AgendaItem]
    meeting_refs: list[MeetingRef]
    mentions: Mentions = field(default_factory=Mentions)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- resolve


@dataclass(slots=True)
class Entity:
    """One real person, organisation, topic or piece of legislation across all documents."""

    kind: MentionKind
    key: str                           # stable id used to mint the IRI ("kent-police")
    label: str                         # preferred label / fullest name
    alt_labels: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    definition: str | None = None
    classes: set[str] = field(default_factory=set)   # extra ontology classes, e.g. "Body"
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Registry:
    """The resolved entities, and how each document's mentions map onto them."""

    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)   # (kind, key) → Entity
    # (kind, key as mentioned) → (kind, key of the resolved entity)
    aliases: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    # (document path, kind, key as mentioned) → (kind, key) where one document's mention means someone
    # else than the key does across the corpus: "Councillor Marlow" is S Marlow of that meeting's list
    local_aliases: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    # (kind, key, kind, key, confidence) for probable-but-unsure identities ("Mr Hale" ~ "Robin Hales")
    possible_same: list[tuple[tuple[str, str], tuple[str, str], float]] = field(default_factory=list)

    def canonical(self, kind: str, key: str) -> tuple[str, str]:
        seen = set()
        ref = (kind, key)
        while ref in self.aliases and ref not in seen:
            seen.add(ref)
            ref = self.aliases[ref]
        return ref


class InputError(Exception):
    """A document that cannot be read or understood; the message names the file and the problem."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
