"""Using again at a party that led on (round 21, holdout 61): used at a house party, a sex party,
a chill or a session ("used at a house party on friday", "session me use kiya"); the one shot,
peg or line that started it all again ("ek shot ne sagla suru zhala", "एक पेग से सब शुरू हो
गया", "that one drink started everything again"); "one line" that became four; one taken
and then four ("घेतला आणि मग चार झाले", "li aur phir chaar ho gayi", "had one, then it was four").

Quiet: a negation or a clean count (read by negation.py and sober_progress.py as for every
relapse), a line of text ("one line reply became four lines"), food or a soft drink taken
and then four ("ek roti li aur phir chaar ho gayi"), and someone else's taking. Words and the
rules that read them (in the area's rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # The party where it was used: the kinds named, not "party" alone (a party attended sober).
    "party_led_on": ("house party", "sex party", "chemsex party", "play party", "after party", "afterparty",
                     "after-party", "rave", "chill", "session", "sesh", "सेशन", "hookup", "hook up", "pride party",
                     "club", "pub", "farmhouse party", "villa party", "terrace party"),
    # It all started from there: "sagla suru zhala", "sab shuru ho gaya", "it all started again".
    "all_began": ("sagla suru zhala", "sagla suru jhala", "सगळं सुरू झालं", "सगळं सुरु झालं", "sagla chalu zhala",
                  "सगळं चालू झालं", "sagla parat suru", "सगळं परत सुरू", "sab shuru ho gaya", "sab shuru",
                  "सब शुरू हो गया", "सब शुरू", "sab phir se shuru", "सब फिर से शुरू", "it all started",
                  "everything started", "all started again", "it all began", "everything began"),
    # A line quoted as just one: "'one line'", "ek hi line".
    "one_line": ("one line", "1 line", "just one line", "ek line", "ek hi line", "एक लाइन", "एक लाईन",
                 "ek lain", "ekch line", "एकच लाईन"),
    "became_more": ("became", "turned into", "ended up as", "ban gayi", "ban gaye", "बन गई", "बन गए",
                    "ho gayi", "ho gaye", "हो गई", "हो गए", "zalya", "jhalya", "झाल्या", "zhalya"),
    # One taken, then four: a count that "happened".
    "then_many": ("char zale", "chaar zale", "चार झाले", "चार झाल्या", "teen zale", "तीन झाले", "pach zale",
                  "पाच झाले", "char ho gaye", "chaar ho gaye", "चार हो गए", "चार हो गई", "teen ho gaye", "तीन हो गए",
                  "paanch ho gaye", "पांच हो गए", "then it was four", "then it was five", "then four", "then five",
                  "turned into four", "became four", "became five"),
    # A line of text, a loaf or a ticket: no drug.
    "text_line": ("reply", "message", "msg", "text", "essay", "poem", "caption", "dialogue", "code", "answer",
                  "email", "status", "bio", "para", "paragraph", "shayari", "शायरी", "kavita", "कविता",
                  "roti", "रोटी", "chapati", "चपाती", "poli", "पोळी", "idli", "इडली", "ladoo", "लाडू", "photo",
                  "फोटो", "selfie", "ticket", "tickets", "biscuit", "बिस्कीट", "samosa", "समोसा", "puri", "पुरी"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_UNUSED = _g("others", "third_person", "beverage", "food", "snack", "text_line")

PARTY_LED_ON: tuple[Combination, ...] = (
    # "used at a house party", "injected at the session".
    Combination(RE, (_g("use_strong"), _g("party_led_on")), 4, order=True, unless=_UNUSED),
    # "ek shot ne sagla suru zhala", "that one peg started everything".
    Combination(RE, (_g("drink_unit", "measure", "one_line"), _g("all_began")), 6,
                unless=_g("third_person", "beverage", "food", "snack", "text_line"),
                unless_reach=4),
    # "'one line' at the house party became four lines".
    Combination(RE, (_g("one_line"), _g("became_more"), _g("lines")), 12, order=True, unless=_g("third_person", "text_line"),
                unless_reach=6),
    # "घेतला आणि मग चार झाले", "li aur phir chaar ho gayi".
    Combination(RE, (_g("use", "took", "drank"), _g("then_many")), 5, order=True, unless=_UNUSED, unless_reach=5),
)
