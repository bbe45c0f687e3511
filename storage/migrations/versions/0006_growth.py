"""Teachers' growth: self-development topics, open lessons, mutual visits.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "topic",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("teacher_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="CASCADE"), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("years", sa.Integer(), nullable=False),
        sa.Column("theme_link", sa.Text(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("tasks", sa.Text(), nullable=False),
        sa.Column("stages", sa.JSON(), nullable=False),
        sa.Column("result_forms", sa.JSON(), nullable=False),
        sa.Column("shown", sa.JSON(), nullable=False),
    )
    op.create_index("ix_topic_teacher_id", "topic", ["teacher_id"])
    op.create_table(
        "open_lesson",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("teacher_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("class_name", sa.String(20), nullable=False),
        sa.Column("subject_id", sa.Integer(), sa.ForeignKey("subject.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("form", sa.String(20), nullable=False),
        sa.Column("association_id", sa.Integer(), sa.ForeignKey("association.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("observers", sa.JSON(), nullable=False),
        sa.Column("guests", sa.JSON(), nullable=False),
        sa.Column("evaluation", sa.Text(), nullable=False),
    )
    op.create_index("ix_open_lesson_teacher_id", "open_lesson", ["teacher_id"])
    op.create_index("ix_open_lesson_day", "open_lesson", ["day"])
    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("visitor_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("visited_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("class_name", sa.String(20), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_index("ix_visit_visitor_id", "visit", ["visitor_id"])
    op.create_index("ix_visit_visited_id", "visit", ["visited_id"])
    op.create_index("ix_visit_day", "visit", ["day"])


def downgrade() -> None:
    for index, table in (("ix_visit_day", "visit"), ("ix_visit_visited_id", "visit"),
                         ("ix_visit_visitor_id", "visit"), ("ix_open_lesson_day", "open_lesson"),
                         ("ix_open_lesson_teacher_id", "open_lesson"), ("ix_topic_teacher_id", "topic")):
        op.drop_index(index, table)
    for table in ("visit", "open_lesson", "topic"):
        op.drop_table(table)
