from flask import Blueprint, render_template

from alumni.access import ALL_STAFF, allow

bp = Blueprint("main", __name__)


@bp.route("/")
@allow(*ALL_STAFF)
def home():
    return render_template("main/home.html")
