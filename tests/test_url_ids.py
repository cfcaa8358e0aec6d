"""A number too long to be a database id, anywhere a route or a form takes an id, is "not
found", never a 500 (PostgreSQL refuses such a number mid-query)."""
import re

from werkzeug.routing import IntegerConverter

HUGE = "9" * 30


def _id_routes(app):
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and any(isinstance(c, IntegerConverter) for c in rule._converters.values()):
            yield rule


def test_every_route_with_an_id_answers_404_for_a_number_too_long_to_be_one(app, login_as):
    from alumni.accounts.tokens import issue_token
    admin = login_as("admin")
    with app.app_context():   # the API takes no cookies: the same admin calls it with a token
        api_headers = {"Authorization": f"Bearer {issue_token(admin.user_email, 'walk')}"}
    routes = list(_id_routes(app))
    assert len(routes) > 10  # the walk really covers the app's record pages
    for rule in routes:
        path = re.sub(r"<int:[^>]+>", HUGE, rule.rule)
        path = re.sub(r"<[^>]+>", "x", path)
        headers = api_headers if path.startswith("/api/") else {}
        assert admin.get(path, headers=headers).status_code == 404, path
