"""Finding alumni for the list, the export and the API: one filter, three readers."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app

from alumni.domain.phones import phone_search_forms
from alumni.domain.whole_numbers import positive_int, whole_number
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, Cohort

_PHONEISH = re.compile(r"^[\d\s()+\-./]{4,}$")


@dataclass
class AlumniFilter:
    q: str = ""
    phone: str = ""
    cohort: str = ""          # cohort id or name
    status: str = ""          # "" = everyone but erased records
    staff: str = ""           # user id
    language: str = ""
    min_days: int | None = None   # days since discharge, at least
    max_days: int | None = None   # days since discharge, at most

    @classmethod
    def from_args(cls, args) -> AlumniFilter:
        def text(name):
            # NUL bytes and absurd lengths never match anything and would upset PostgreSQL.
            return (args.get(name) or "").replace("\x00", "").strip()[:200]

        def days(name):
            raw = text(name)
            return whole_number(raw, 0, 99999)
        return cls(q=text("q"), phone=text("phone"), cohort=text("cohort"), status=text("status"),
                   staff=text("staff"), language=text("language"),
                   min_days=days("min_days"), max_days=days("max_days"))

    def as_args(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in ("", None)}


def _phone_condition(raw: str):
    forms = phone_search_forms(raw, current_app.config["DEFAULT_REGION"])
    if not forms:
        return db.false()
    form = forms[0]
    return Alumnus.phone == form if form.startswith("+") else Alumnus.phone.contains(form)


def alumni_query(filters: AlumniFilter, today):
    query = db.select(Alumnus)
    if filters.q:
        if _PHONEISH.match(filters.q):
            query = query.where(_phone_condition(filters.q))
        else:
            like = f"%{filters.q.lower()}%"
            full = db.func.lower(Alumnus.first_name + " " + Alumnus.last_name)
            query = query.where(db.or_(full.like(like), db.func.lower(Alumnus.email).like(like)))
    if filters.phone:
        query = query.where(_phone_condition(filters.phone))
    if filters.cohort:
        if (cohort_id := positive_int(filters.cohort)) is not None:
            query = query.where(Alumnus.cohort_id == cohort_id)
        else:
            query = query.join(Cohort, Alumnus.cohort_id == Cohort.id).where(Cohort.name == filters.cohort)
    if filters.status:
        query = query.where(Alumnus.status == filters.status)
    else:
        query = query.where(Alumnus.status != AlumnusStatus.ERASED)
    if (staff_id := positive_int(filters.staff)) is not None:
        query = query.where(Alumnus.assigned_staff_id == staff_id)
    if filters.language:
        query = query.where(Alumnus.language == filters.language)
    if filters.min_days is not None:
        query = query.where(Alumnus.discharge_date <= today - timedelta(days=filters.min_days))
    if filters.max_days is not None:
        query = query.where(Alumnus.discharge_date >= today - timedelta(days=filters.max_days))
    return query.order_by(Alumnus.discharge_date.desc(), Alumnus.id.desc())


def search_alumni(filters: AlumniFilter, today, page: int = 1, per_page: int = 25):
    return db.paginate(alumni_query(filters, today), page=max(page, 1), per_page=per_page,
                       error_out=False)


def cohorts() -> list[Cohort]:
    return list(db.session.scalars(db.select(Cohort).order_by(Cohort.name)))
