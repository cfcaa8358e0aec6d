from alumni.web.admin.tokens import add_token_pages
from alumni.web.admin.views import bp  # noqa: F401

add_token_pages(bp)
