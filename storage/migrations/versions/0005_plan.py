"""The unified plan and the associations' work plans: items, approval, amendments.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year_id", sa.Integer(), sa.ForeignKey("academic_year.id", ondelete="CASCADE"), nullable=False),
        sa.Column("association_id", sa.Integer(), sa.ForeignKey("association.id", ondelete="RESTRICT"),
                  nullable=True),
        sa.Column("event", sa.Text(), nullable=False),
        sa.Column("direction", sa.String(50), nullable=False),
        sa.Column("form", sa.String(100), nullable=False),
        sa.Column("deadline_kind", sa.String(10), nullable=False),
        sa.Column("deadline_day", sa.Date(), nullable=True),
        sa.Column("deadline_term", sa.Integer(), nullable=True),
        sa.Column("responsible", sa.JSON(), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("expected", sa.Text(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("done_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_index("ix_plan_item_year_id", "plan_item", ["year_id"])
    op.create_table(
        "plan_approval",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year_id", sa.Integer(), sa.ForeignKey("academic_year.id", ondelete="CASCADE"), nullable=False),
        sa.Column("association_id", sa.Integer(), sa.ForeignKey("association.id", ondelete="CASCADE"),
                  nullable=True),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("review_meeting_id", sa.Integer(), sa.ForeignKey("meeting.id", ondelete="RESTRICT"),
                  nullable=True),
        sa.Column("agreed", sa.Date(), nullable=True),
        sa.Column("approved", sa.Date(), nullable=True),
        sa.Column("order_number", sa.String(30), nullable=False),
        sa.UniqueConstraint("year_id", "association_id"),
    )
    op.create_table(
        "plan_amendment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year_id", sa.Integer(), sa.ForeignKey("academic_year.id", ondelete="CASCADE"), nullable=False),
        sa.Column("association_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("when", sa.DateTime(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
    )
    op.create_index("ix_plan_amendment_year_id", "plan_amendment", ["year_id"])


def downgrade() -> None:
    op.drop_index("ix_plan_amendment_year_id", "plan_amendment")
    op.drop_table("plan_amendment")
    op.drop_table("plan_approval")
    op.drop_index("ix_plan_item_year_id", "plan_item")
    op.drop_table("plan_item")
