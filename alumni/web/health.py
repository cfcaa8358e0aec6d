"""/healthz: is every part of the service alive? 503 when one is not."""
from flask import Blueprint, jsonify

from alumni.access import public
from alumni.operations.health import check_health

bp = Blueprint("health", __name__)


@bp.route("/healthz")
@public
def healthz():
    report = check_health()
    return jsonify(report), 200 if report["ok"] else 503
