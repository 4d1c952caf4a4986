"""A meeting as ../shared/spec/meeting-annotation.md defines it, every field with its evidence."""

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, Field

from schemas.span import Span

COUNTRY_CODE = r"^[A-Z]{2}$"


class Mode(StrEnum):
    in_person = "in_person"
    phone = "phone"
    video = "video"


class Status(StrEnum):
    held = "held"
    planned = "planned"


class Kind(StrEnum):
    person = "person"
    organization = "organization"
    country = "country"
    group = "group"


class Role(StrEnum):
    host = "host"
    visitor = "visitor"
    peer = "peer"


class DateSource(StrEnum):
    explicit = "explicit"
    relative = "relative"
    hijri = "hijri"
    publication = "publication"
    none = "none"


class TopicKey(StrEnum):
    bilateral_relations = "bilateral_relations"
    regional_situation = "regional_situation"
    security_cooperation = "security_cooperation"
    counter_terrorism = "counter_terrorism"
    defense_military = "defense_military"
    armed_conflict = "armed_conflict"
    political_settlement = "political_settlement"
    humanitarian = "humanitarian"
    migration_borders = "migration_borders"
    maritime_security = "maritime_security"
    economy_trade = "economy_trade"
    energy = "energy"
    development_reconstruction = "development_reconstruction"
    nuclear = "nuclear"
    health = "health"
    education_culture = "education_culture"
    religious_affairs = "religious_affairs"
    sports = "sports"
    other = "other"


class OutcomeType(StrEnum):
    agreement = "agreement"
    signing = "signing"
    decision = "decision"
    commitment = "commitment"
    position = "position"
    invitation = "invitation"


class Participant(BaseModel):
    name: str = Field(description="as written, without honorifics")
    title: str | None = Field(None, description="the role as the article gives it")
    kind: Kind
    country: str | None = Field(None, pattern=COUNTRY_CODE, description="ISO 3166-1 alpha-2, null for international bodies")
    role: Role = Role.peer
    name_evidence: Span
    title_evidence: Span | None = None
    country_evidence: Span | None = None


class MeetingDate(BaseModel):
    value: dt.date | None = Field(None, description="ISO date the meeting took (or will take) place")
    source: DateSource = DateSource.none
    evidence: Span | None = None


class Location(BaseModel):
    name: str = Field(description="as written, without the clitic (بجدة → جدة)")
    evidence: Span


class Topic(BaseModel):
    key: TopicKey
    country: str | None = Field(None, pattern=COUNTRY_CODE)
    evidence: Span


class Outcome(BaseModel):
    type: OutcomeType
    party: str | None = Field(None, description="the participant who said it, where the text tells")
    evidence: Span


class Meeting(BaseModel):
    mode: Mode = Mode.in_person
    status: Status = Status.held
    trigger: Span = Field(description="the words that report the meeting")
    participants: list[Participant]
    date: MeetingDate = MeetingDate()
    location: Location | None = None
    topics: list[Topic] = []
    outcomes: list[Outcome] = []
