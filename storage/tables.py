"""SQLAlchemy 2 mapping of the database. The schema itself is made only by the migrations."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
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
