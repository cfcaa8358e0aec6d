"""Using again told as going along with the others (round 19): everyone drinking at a
function, a hostel or a party and the writer too ("sagle pit hote, mi pan gheun takla",
"हॉस्टल में सब पीते हैं, मैं भी बहक गया", "everyone was drinking and I also gave in"), and being
made to drink and so begun again ("लोकांनी पाजली, पुन्हा सुरुवात", "pila di, phir se shuru",
"they made me drink and it started again").

Quiet: the writer who kept out while everyone drank ("mi pan juice ghetla", the beverage; "main
nahi behka", the negation), the others alone ("sab peete hain" with no "me too"), a fear of
going along to come ("main bhi behak jaunga": the craving rules read the future), and a made-to-
drink without a new start (pressed_to_drink.py reads that). Words and the rules that read them
(appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Led astray, done: "behak gaya", "भरकटलो", "gheun takla" (took it, done with), "gave in too".
    "went_astray": ("behak gaya", "behak gayi", "behak gya", "bahak gaya", "बहक गया", "बहक गई", "बहक गयी",
                    "behka", "बहका", "bharaktlo", "bharkatlo", "भरकटलो", "भरकटले", "gheun takla",
                    "gheun takli", "gheun takle", "घेऊन टाकला", "घेऊन टाकली", "घेऊन टाकले", "pyun takli",
                    "piun takli", "पिऊन टाकली", "pee hi li", "पी ही ली", "went with the flow", "gave in too",
                    "got carried away", "give in", "gave in"),
    # A start made again, as a noun: "पुन्हा सुरुवात", "phir se shuruaat".
    "a_new_start": ("suruvat", "suruvaat", "suruwat", "सुरुवात", "shuruaat", "shuruat", "शुरुआत", "started again",
                    "start again", "began again", "started it again", "chalu zala", "चालू झालं", "chalu ho gaya",
                    "चालू हो गया", "shuru ho gaya", "शुरू हो गया", "suru zala", "सुरू झालं"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_OTHERS_DRINKING = _g("drinking_around", "they_drink")

WENT_ALONG: tuple[Combination, ...] = (
    # "sagle pit hote, mi pan gheun takla", "सब पीते हैं, मैं भी बहक गया".
    Combination(RE, (_OTHERS_DRINKING, _g("me_too"), _g("went_astray", "took", "drank", "use_strong")), 8,
                order=True, unless=_g("beverage", "quit", "craving", "want", "fear"), unless_reach=3),
    # "लोकांनी पाजली, पुन्हा सुरुवात", "pila di, phir se shuru ho gaya". No cancel for a task:
    # "dosto ne pila di, phir se kaam shuru kiya" still tells of being made to drink.
    Combination(RE, (_g("made_to_drink"), _g("again", "again_strict"), _g("a_new_start", "begin_word")), 6,
                unless=_g("beverage", "quit", "pills_by_course", "medical"), unless_reach=3),
)
