from flask import Blueprint, render_template
from flask_login import current_user

from alumni.access import ALL_STAFF, allow
from alumni.services.queue import count_mine

bp = Blueprint("main", __name__)


@bp.route("/")
@allow(*ALL_STAFF)
def home():
    return render_template("main/home.html", mine=count_mine(current_user))
