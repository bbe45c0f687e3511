"""SQLAlchemy 2 mapping of the database. The schema itself is made only by the migrations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class SchoolRow(Base):
    __tablename__ = "school"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_ky: Mapped[str] = mapped_column(String(300), default="")
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    number: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    director: Mapped[str] = mapped_column(String(200), default="")
    deputy: Mapped[str] = mapped_column(String(200), default="")
    district_office: Mapped[str] = mapped_column(String(300), default="")


class YearRow(Base):
    __tablename__ = "academic_year"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(20), unique=True)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    theme_ky: Mapped[str] = mapped_column(Text, default="")
    theme_ru: Mapped[str] = mapped_column(Text, default="")
    terms: Mapped[list[TermRow]] = relationship(
        back_populates="year", cascade="all, delete-orphan", order_by="TermRow.number"
    )


class TermRow(Base):
    __tablename__ = "term"
    __table_args__ = (UniqueConstraint("year_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    year: Mapped[YearRow] = relationship(back_populates="terms")


class SettingRow(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SubjectRow(Base):
    __tablename__ = "subject"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_ky: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    cycle: Mapped[str] = mapped_column(String(20))
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class TeacherRow(Base):
    __tablename__ = "teacher"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    surname: Mapped[str] = mapped_column(String(100), index=True)
    name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    education: Mapped[str] = mapped_column(Text, default="")
    speciality: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(10), default="none")
    category_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    experience_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    honours: Mapped[str] = mapped_column(Text, default="")
    class_leadership: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    part_time: Mapped[bool] = mapped_column(Boolean, default=False)
    hired: Mapped[date | None] = mapped_column(Date, nullable=True)
    left: Mapped[date | None] = mapped_column(Date, nullable=True)
    subjects: Mapped[list[TeacherSubjectRow]] = relationship(
        cascade="all, delete-orphan", order_by="TeacherSubjectRow.position", lazy="selectin"
    )
    courses: Mapped[list[CourseRow]] = relationship(
        cascade="all, delete-orphan", order_by="CourseRow.id", lazy="selectin"
    )
    attestations: Mapped[list[AttestationRow]] = relationship(
        cascade="all, delete-orphan", order_by="AttestationRow.day", lazy="selectin"
    )


class TeacherSubjectRow(Base):
    """Subjects a teacher teaches; position 0 is the main subject."""

    __tablename__ = "teacher_subject"
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="CASCADE"), primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id", ondelete="RESTRICT"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CourseRow(Base):
    __tablename__ = "course"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    provider: Mapped[str] = mapped_column(String(200), default="")
    hours: Mapped[int | None] = mapped_column(Integer, nullable=True)
    start: Mapped[date | None] = mapped_column(Date, nullable=True)
    end: Mapped[date | None] = mapped_column(Date, nullable=True)
    certificate: Mapped[str] = mapped_column(String(100), default="")


class AttestationRow(Base):
    __tablename__ = "attestation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")


class AssociationRow(Base):
    __tablename__ = "association"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    name_ky: Mapped[str] = mapped_column(Text, default="")
    name_ru: Mapped[str] = mapped_column(Text, default="")
    head_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=True)
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=True)
    order_number: Mapped[str] = mapped_column(String(30), default="")
    order_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    reappoint: Mapped[bool] = mapped_column(Boolean, default=False)
    subjects: Mapped[list[AssociationSubjectRow]] = relationship(
        cascade="all, delete-orphan", order_by="AssociationSubjectRow.position", lazy="selectin")
    members: Mapped[list[AssociationMemberRow]] = relationship(
        cascade="all, delete-orphan", order_by="AssociationMemberRow.position", lazy="selectin")


class AssociationSubjectRow(Base):
    __tablename__ = "association_subject"
    association_id: Mapped[int] = mapped_column(ForeignKey("association.id", ondelete="CASCADE"), primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id", ondelete="RESTRICT"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class AssociationMemberRow(Base):
    __tablename__ = "association_member"
    association_id: Mapped[int] = mapped_column(ForeignKey("association.id", ondelete="CASCADE"), primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), primary_key=True,
                                            index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CouncilRow(Base):
    __tablename__ = "council"
    year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id", ondelete="CASCADE"), primary_key=True)
    chair: Mapped[str] = mapped_column(String(200), default="")
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=True)
    members: Mapped[list[CouncilMemberRow]] = relationship(
        cascade="all, delete-orphan", order_by="CouncilMemberRow.position", lazy="selectin")


class CouncilMemberRow(Base):
    __tablename__ = "council_member"
    year_id: Mapped[int] = mapped_column(ForeignKey("council.year_id", ondelete="CASCADE"), primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class MeetingRow(Base):
    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id", ondelete="CASCADE"), index=True)
    body_kind: Mapped[str] = mapped_column(String(20))
    association_id: Mapped[int | None] = mapped_column(ForeignKey("association.id", ondelete="RESTRICT"),
                                                       nullable=True, index=True)
    day: Mapped[date] = mapped_column(Date)
    time: Mapped[str] = mapped_column(String(10), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(10), default="planned")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=True)
    chair_name: Mapped[str] = mapped_column(String(200), default="")
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=True)
    guests: Mapped[list[str]] = mapped_column(JSON, default=list)
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    fixed_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    items: Mapped[list[AgendaItemRow]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaItemRow.position", lazy="selectin")
    presence: Mapped[list[PresenceRow]] = relationship(
        cascade="all, delete-orphan", order_by="PresenceRow.position", lazy="selectin")


class AgendaItemRow(Base):
    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    topic: Mapped[str] = mapped_column(Text, default="")
    speakers: Mapped[list[dict]] = mapped_column(JSON, default=list)
    heard: Mapped[str] = mapped_column(Text, default="")
    spoke: Mapped[list[dict]] = mapped_column(JSON, default=list)
    decisions: Mapped[list[DecisionRow]] = relationship(
        cascade="all, delete-orphan", order_by="DecisionRow.position", lazy="selectin")


class DecisionRow(Base):
    __tablename__ = "decision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[list[int]] = mapped_column(JSON, default=list)
    due: Mapped[date | None] = mapped_column(Date, nullable=True)
    state: Mapped[str] = mapped_column(String(10), default="open")


class PresenceRow(Base):
    __tablename__ = "presence"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class PlanItemRow(Base):
    __tablename__ = "plan_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id", ondelete="CASCADE"), index=True)
    association_id: Mapped[int | None] = mapped_column(ForeignKey("association.id", ondelete="RESTRICT"),
                                                       nullable=True)
    event: Mapped[str] = mapped_column(Text)
    direction: Mapped[str] = mapped_column(String(50))
    form: Mapped[str] = mapped_column(String(100), default="")
    deadline_kind: Mapped[str] = mapped_column(String(10))
    deadline_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    deadline_term: Mapped[int | None] = mapped_column(Integer, nullable=True)
    responsible: Mapped[list[int]] = mapped_column(JSON, default=list)
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    expected: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="planned")
    done_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class PlanApprovalRow(Base):
    __tablename__ = "plan_approval"
    __table_args__ = (UniqueConstraint("year_id", "association_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id", ondelete="CASCADE"))
    association_id: Mapped[int | None] = mapped_column(ForeignKey("association.id", ondelete="CASCADE"),
                                                       nullable=True)
    state: Mapped[str] = mapped_column(String(10), default="draft")
    review_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"),
                                                          nullable=True)
    agreed: Mapped[date | None] = mapped_column(Date, nullable=True)
    approved: Mapped[date | None] = mapped_column(Date, nullable=True)
    order_number: Mapped[str] = mapped_column(String(30), default="")


class AmendmentRow(Base):
    __tablename__ = "plan_amendment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("academic_year.id", ondelete="CASCADE"), index=True)
    association_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    item_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the item may be gone since
    when: Mapped[datetime] = mapped_column(DateTime)
    what: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text)


class TopicRow(Base):
    __tablename__ = "topic"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    start_year: Mapped[int] = mapped_column(Integer)
    years: Mapped[int] = mapped_column(Integer, default=1)
    theme_link: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    tasks: Mapped[str] = mapped_column(Text, default="")
    stages: Mapped[list[dict]] = mapped_column(JSON, default=list)
    result_forms: Mapped[list[str]] = mapped_column(JSON, default=list)
    shown: Mapped[list[dict]] = mapped_column(JSON, default=list)


class OpenLessonRow(Base):
    __tablename__ = "open_lesson"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    class_name: Mapped[str] = mapped_column(String(20), default="")
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("subject.id", ondelete="RESTRICT"), nullable=True)
    topic: Mapped[str] = mapped_column(Text, default="")
    form: Mapped[str] = mapped_column(String(20), default="open_lesson")
    association_id: Mapped[int | None] = mapped_column(ForeignKey("association.id", ondelete="SET NULL"),
                                                       nullable=True)
    observers: Mapped[list[int]] = mapped_column(JSON, default=list)
    guests: Mapped[list[str]] = mapped_column(JSON, default=list)
    evaluation: Mapped[str] = mapped_column(Text, default="")


class VisitRow(Base):
    __tablename__ = "visit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visitor_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), index=True)
    visited_id: Mapped[int] = mapped_column(ForeignKey("teacher.id", ondelete="RESTRICT"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    class_name: Mapped[str] = mapped_column(String(20), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
