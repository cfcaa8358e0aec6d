"""CSV in (upload -> preview -> confirm) and CSV out (template, filtered export)."""
from __future__ import annotations

from datetime import datetime

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user
from flask_wtf.file import FileField
from wtforms import BooleanField

from alumni.access import MANAGERS, allow
from alumni.core.audit import audit_shown
from alumni.core.centre_day import centre_today
from alumni.csv_export import csv_download
from alumni.records import csv_checks, csv_import, csv_uploads
from alumni.records.alumni_export import export_alumni_csv
from alumni.records.alumni_search import AlumniFilter
from alumni.web.alumni import bp
from alumni.web.refusal_words import refusal_words
from alumni.web.staff_forms import StaffForm

PREVIEW_ROWS = 200


class UploadForm(StaffForm):
    file = FileField(_l("CSV file (UTF-8)"))


class ConfirmImportForm(StaffForm):
    valid_only = BooleanField(_l("Import the valid rows only and leave the rows with problems out"))


bp.add_app_template_filter(refusal_words, "refusal_words")


@bp.app_template_filter("problem_words")
def problem_words(kept: str) -> str:
    """A skipped row's problem as the report keeps it, "column: why": the column is the
    CSV's header (a code the file must carry as it is), the why in the reader's words."""
    column, why = csv_uploads.problem_parts(kept)
    return f"{column}: {refusal_words(why)}" if column else refusal_words(why)


@bp.route("/import", methods=["GET", "POST"])
@allow(*MANAGERS)
def import_upload():
    form = UploadForm()
    if form.validate_on_submit():
        upload = form.file.data
        content = upload.read() if upload else b""
        if not content:
            form.file.errors = [_("Choose a CSV file to upload.")]
        else:
            upload_id = csv_uploads.save_pending(content, upload.filename or "", current_user.id)
            return redirect(url_for("alumni.import_preview", upload_id=upload_id))
    status = 422 if request.method == "POST" else 200
    return render_template("alumni/import.html", form=form), status


@bp.route("/import/<upload_id>")
@allow(*MANAGERS)
def import_preview(upload_id: str):
    result = csv_uploads.load_result(upload_id, current_user.id)
    if result is not None:
        audit_shown([row.alumnus_id for row in result.imported], "import report")
        return render_template("alumni/import_result.html", result=result, upload_id=upload_id)
    pending = csv_uploads.load_pending(upload_id, current_user.id)
    if pending is None:
        abort(404)
    content, filename = pending
    report = csv_checks.check_csv(content)
    return render_template("alumni/import_preview.html", report=report, filename=filename,
                           upload_id=upload_id, form=ConfirmImportForm(), preview_rows=PREVIEW_ROWS)


@bp.route("/import/<upload_id>/confirm", methods=["POST"])
@allow(*MANAGERS)
def import_confirm(upload_id: str):
    pending = csv_uploads.load_pending(upload_id, current_user.id)
    if pending is None:
        abort(404)
    form = ConfirmImportForm()
    if not form.validate_on_submit():
        return redirect(url_for("alumni.import_preview", upload_id=upload_id))
    content, filename = pending
    try:
        report, count = csv_import.import_csv(content, by=current_user, ip=request.remote_addr,
                                              valid_only=form.valid_only.data, filename=filename)
    except csv_import.ImportRefused as refused:
        flash(refusal_words(str(refused)), "error")
        return redirect(url_for("alumni.import_preview", upload_id=upload_id))
    flash(_imported_words(count, filename), "success")
    if count == len(report.rows):
        csv_uploads.discard_pending(upload_id)
        return redirect(url_for("alumni.index"))
    # Rows were left out: the same address now shows what became of every row.
    csv_uploads.save_result(upload_id, report, filename, current_user.id)
    return redirect(url_for("alumni.import_preview", upload_id=upload_id))


def _imported_words(count: int, filename: str) -> str:
    if filename:
        return ngettext("Imported %(num)s alumnus from %(file)s.", "Imported %(num)s alumni from %(file)s.", count,
                        file=filename)
    return ngettext("Imported %(num)s alumnus from the file.", "Imported %(num)s alumni from the file.", count)


@bp.route("/import/<upload_id>/skipped.csv")
@allow(*MANAGERS)
def import_skipped(upload_id: str):
    result = csv_uploads.load_result(upload_id, current_user.id)
    if result is None:
        abort(404)
    return csv_download(csv_uploads.skipped_rows_csv(result, say=problem_words), "alumni-skipped-rows.csv")


@bp.route("/import/template.csv")
@allow(*MANAGERS)
def import_template():
    return csv_download(csv_checks.template_csv(), "alumni-template.csv")


@bp.route("/export.csv")
@allow(*MANAGERS)
def export():
    filters = AlumniFilter.from_args(request.args)
    text = export_alumni_csv(filters, centre_today())
    return csv_download(text, f"alumni-{datetime.now():%Y%m%d-%H%M}.csv")
