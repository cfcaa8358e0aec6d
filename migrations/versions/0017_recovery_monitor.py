"""recovery monitor: answer sets and their answers, the monitor's templates, and its steps
on the default plan.

- monitor_rounds: one questionnaire (the check-in that asked its first question, unique),
  the question of the moment and the check-in carrying it, and the use / risk / protection
  sub-scores of the answers so far.
- monitor_answers: one row per item answered (unique per round and item).
- The `monitor` and `monitor_next` templates in en/hi/mr, where none exists yet, and the
  monitor's steps on the default plan (three days after the check-in of months 1-6, then
  quarterly to month 24) when it has no `monitor` step yet, on days it does not already
  use. Alumni already on the plan get them when it is next re-planned (saving the plan).
  Downgrade leaves the templates and steps: an admin may have edited or used them.

Revision ID: 0017
Revises: 0016
"""
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from alumni.domain.monitor_items import MONITOR_TEMPLATE_KEY, MONITOR_TEMPLATES

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# Written out as they stood when this migration was made (alumni/plans/plans.py).
MONITOR_DAYS = [30 * m + 3 for m in (*range(1, 7), 9, 12, 15, 18, 21, 24)]


def upgrade():
    op.create_table(
        "monitor_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alumnus_id", sa.Integer(), nullable=False),
        sa.Column("opening_checkin_id", sa.Integer(), nullable=False),
        sa.Column("question_checkin_id", sa.Integer(), nullable=True),
        sa.Column("item_index", sa.Integer(), nullable=False),
        sa.Column("reasked", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("use_days", sa.Integer(), nullable=True),
        sa.Column("risk", sa.Integer(), nullable=True),
        sa.Column("protection", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["alumnus_id"], ["alumni.id"], name=op.f("fk_monitor_rounds_alumnus_id_alumni")),
        sa.ForeignKeyConstraint(["opening_checkin_id"], ["checkins.id"],
                                name=op.f("fk_monitor_rounds_opening_checkin_id_checkins")),
        sa.ForeignKeyConstraint(["question_checkin_id"], ["checkins.id"],
                                name=op.f("fk_monitor_rounds_question_checkin_id_checkins")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitor_rounds")),
        sa.UniqueConstraint("opening_checkin_id", name=op.f("uq_monitor_rounds_opening_checkin_id")),
    )
    op.create_index("ix_monitor_rounds_alumnus", "monitor_rounds", ["alumnus_id", "started_at"], unique=False)
    op.create_index("ix_monitor_rounds_status_expires", "monitor_rounds", ["status", "expires_at"], unique=False)
    op.create_index(op.f("ix_monitor_rounds_question_checkin_id"), "monitor_rounds", ["question_checkin_id"],
                    unique=False)
    op.create_table(
        "monitor_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["round_id"], ["monitor_rounds.id"],
                                name=op.f("fk_monitor_answers_round_id_monitor_rounds")),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], name=op.f("fk_monitor_answers_message_id_messages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitor_answers")),
        sa.UniqueConstraint("round_id", "item_key", name=op.f("uq_monitor_answers_round_id")),
    )
    _seed_templates_and_steps()


def _seed_templates_and_steps():
    bind = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)
    templates = sa.table("message_templates", sa.column("key", sa.String), sa.column("language", sa.String),
                         sa.column("subject", sa.String), sa.column("body", sa.Text),
                         sa.column("updated_at", sa.DateTime))
    existing = {(key, language) for key, language in bind.execute(
        sa.select(templates.c.key, templates.c.language).where(templates.c.key.in_(list(MONITOR_TEMPLATES))))}
    rows = [{"key": key, "language": language, "subject": subject, "body": body, "updated_at": now}
            for key, texts in MONITOR_TEMPLATES.items() for language, (subject, body) in texts.items()
            if (key, language) not in existing]
    if rows:
        op.bulk_insert(templates, rows)
    plans = sa.table("plans", sa.column("id", sa.Integer), sa.column("is_default", sa.Boolean))
    steps = sa.table("plan_steps", sa.column("plan_id", sa.Integer), sa.column("day_offset", sa.Integer),
                     sa.column("channel", sa.String), sa.column("template_key", sa.String),
                     sa.column("reply_window_hours", sa.Integer), sa.column("misses_before_case", sa.Integer))
    for (plan_id,) in bind.execute(sa.select(plans.c.id).where(plans.c.is_default.is_(True))).all():
        used = bind.execute(sa.select(steps.c.day_offset, steps.c.template_key)
                            .where(steps.c.plan_id == plan_id)).all()
        if any(key == MONITOR_TEMPLATE_KEY for _, key in used):
            continue
        days = {day for day, _ in used}
        new = [{"plan_id": plan_id, "day_offset": day, "channel": "preferred", "template_key": MONITOR_TEMPLATE_KEY,
                "reply_window_hours": 48, "misses_before_case": 2} for day in MONITOR_DAYS if day not in days]
        if new:
            op.bulk_insert(steps, new)


def downgrade():
    op.drop_table("monitor_answers")
    op.drop_index(op.f("ix_monitor_rounds_question_checkin_id"), table_name="monitor_rounds")
    op.drop_index("ix_monitor_rounds_status_expires", table_name="monitor_rounds")
    op.drop_index("ix_monitor_rounds_alumnus", table_name="monitor_rounds")
    op.drop_table("monitor_rounds")
