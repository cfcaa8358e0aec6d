"""Reports: the dashboard (all staff) and CSV exports of the figures behind each chart
(managers: admins and coordinators, who report to funders and boards)."""
from flask import Blueprint

bp = Blueprint("reports", __name__)

from alumni.web.reports import views  # noqa: E402,F401  (routes register on bp)
