"""Meetings with their agenda, record, decisions and attendance.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year_id", sa.Integer(), sa.ForeignKey("academic_year.id", ondelete="CASCADE"), nullable=False),
        sa.Column("body_kind", sa.String(20), nullable=False),
        sa.Column("association_id", sa.Integer(), sa.ForeignKey("association.id", ondelete="RESTRICT"),
                  nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("time", sa.String(10), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("chair_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("chair_name", sa.String(200), nullable=False),
        sa.Column("secretary_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("guests", sa.JSON(), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("fixed_number", sa.Integer(), nullable=True),
    )
    op.create_index("ix_meeting_year_id", "meeting", ["year_id"])
    op.create_index("ix_meeting_association_id", "meeting", ["association_id"])
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("speakers", sa.JSON(), nullable=False),
        sa.Column("heard", sa.Text(), nullable=False),
        sa.Column("spoke", sa.JSON(), nullable=False),
    )
    op.create_index("ix_agenda_item_meeting_id", "agenda_item", ["meeting_id"])
    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("agenda_item.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("responsible", sa.JSON(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("state", sa.String(10), nullable=False),
    )
    op.create_index("ix_decision_item_id", "decision", ["item_id"])
    op.create_table(
        "presence",
        sa.Column("meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("teacher_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="RESTRICT"), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("presence")
    op.drop_index("ix_decision_item_id", "decision")
    op.drop_table("decision")
    op.drop_index("ix_agenda_item_meeting_id", "agenda_item")
    op.drop_table("agenda_item")
    op.drop_index("ix_meeting_association_id", "meeting")
    op.drop_index("ix_meeting_year_id", "meeting")
    op.drop_table("meeting")
