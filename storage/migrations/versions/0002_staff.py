"""Staff: subjects, teachers with their subjects, courses and attestations.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "subject",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name_ky", sa.String(200), nullable=False),
        sa.Column("name_ru", sa.String(200), nullable=False),
        sa.Column("cycle", sa.String(20), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "teacher",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("surname", sa.String(100), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("patronymic", sa.String(100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("education", sa.Text(), nullable=False),
        sa.Column("speciality", sa.Text(), nullable=False),
        sa.Column("category", sa.String(10), nullable=False),
        sa.Column("category_date", sa.Date(), nullable=True),
        sa.Column("experience_start", sa.Date(), nullable=True),
        sa.Column("honours", sa.Text(), nullable=False),
        sa.Column("class_leadership", sa.String(20), nullable=False),
        sa.Column("phone", sa.String(50), nullable=False),
        sa.Column("email", sa.String(100), nullable=False),
        sa.Column("part_time", sa.Boolean(), nullable=False),
        sa.Column("hired", sa.Date(), nullable=True),
        sa.Column("left", sa.Date(), nullable=True),
    )
    op.create_index("ix_teacher_surname", "teacher", ["surname"])
    op.create_table(
        "teacher_subject",
        sa.Column("teacher_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("subject_id", sa.Integer(), sa.ForeignKey("subject.id", ondelete="RESTRICT"), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_teacher_subject_subject_id", "teacher_subject", ["subject_id"])
    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("teacher_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="CASCADE"), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("provider", sa.String(200), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("certificate", sa.String(100), nullable=False),
    )
    op.create_index("ix_course_teacher_id", "course", ["teacher_id"])
    op.create_table(
        "attestation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("teacher_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="CASCADE"), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("category", sa.String(10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_index("ix_attestation_teacher_id", "attestation", ["teacher_id"])


def downgrade() -> None:
    for index, table in (("ix_attestation_teacher_id", "attestation"), ("ix_course_teacher_id", "course"),
                         ("ix_teacher_subject_subject_id", "teacher_subject"), ("ix_teacher_surname", "teacher")):
        op.drop_index(index, table)
    for table in ("attestation", "course", "teacher_subject", "teacher", "subject"):
        op.drop_table(table)
