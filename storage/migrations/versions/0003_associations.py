"""Methodical associations with their subjects and members; the methodical council of each year.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "association",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("year_id", sa.Integer(), sa.ForeignKey("academic_year.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("name_ky", sa.Text(), nullable=False),
        sa.Column("name_ru", sa.Text(), nullable=False),
        sa.Column("head_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("secretary_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("order_number", sa.String(30), nullable=False),
        sa.Column("order_date", sa.Date(), nullable=True),
        sa.Column("reappoint", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_association_year_id", "association", ["year_id"])
    op.create_table(
        "association_subject",
        sa.Column("association_id", sa.Integer(), sa.ForeignKey("association.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("subject_id", sa.Integer(), sa.ForeignKey("subject.id", ondelete="RESTRICT"), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table(
        "association_member",
        sa.Column("association_id", sa.Integer(), sa.ForeignKey("association.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("teacher_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="RESTRICT"), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_association_member_teacher_id", "association_member", ["teacher_id"])
    op.create_table(
        "council",
        sa.Column("year_id", sa.Integer(), sa.ForeignKey("academic_year.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("chair", sa.String(200), nullable=False),
        sa.Column("secretary_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="RESTRICT"), nullable=True),
    )
    op.create_table(
        "council_member",
        sa.Column("year_id", sa.Integer(), sa.ForeignKey("council.year_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("teacher_id", sa.Integer(), sa.ForeignKey("teacher.id", ondelete="RESTRICT"), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("council_member")
    op.drop_table("council")
    op.drop_index("ix_association_member_teacher_id", "association_member")
    op.drop_table("association_member")
    op.drop_table("association_subject")
    op.drop_index("ix_association_year_id", "association")
    op.drop_table("association")
