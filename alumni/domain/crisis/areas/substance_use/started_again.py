"""Using again told as a habit started again (round 19): "phir se syrup pina chalu kiya",
"पुन्हा गांजा चालू केला", "started the syrup again"; "पुन्हा घेतलं" in Marathi's neuter; sat
again at a drinking session beside its measure ("parat basloy, 3 quarter", "phir se baith gaya,
do peg"); the stuff bought again from the stall ("टपरीवरून परत माल घेतला", "tapri se phir maal
liya").

Quiet: a syrup or medicine begun again on the doctor's word or for a cough (medical, ailment,
illness), the tea stall's tea (beverage), a job, a class or a study begun again (task), "परत
घेतलं" (taken back) as it is no "पुन्हा", and sitting again to study or to eat. Words and the
rules that read them (appended to the area's COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Begun, done: "chalu kiya", "चालू केला", "shuru kar diya", "started".
    "begun_done": ("chalu kiya", "चालू किया", "chalu kar diya", "चालू कर दिया", "chalu kela", "चालू केला",
                   "chalu keli", "चालू केली", "chalu kele", "चालू केलं", "shuru kiya", "शुरू किया",
                   "shuru kar diya", "शुरू कर दिया", "shuru kar di", "शुरू कर दी", "suru kela", "सुरू केला",
                   "suru keli", "सुरू केली", "सुरू केलं", "started", "restarted", "start kiya", "start kela",
                   "start keli", "स्टार्ट किया"),
    # A cough syrup named without "cough": a beverage elsewhere, a substance when begun again.
    "syrup_named": ("syrup", "सिरप", "sirap", "सिरप", "syrups", "कोरेक्स", "corex", "codeine"),
    # "पुन्हा घेतलं", Marathi's neuter of "took".
    "took_neuter": ("घेतलं", "ghetlan", "घेतलंय", "ghetlay"),
    # What a syrup is taken for on a doctor's word.
    "cough_named": ("cough", "khansi", "खांसी", "khaansi", "khokla", "खोकला", "sardi", "सर्दी", "zukham", "जुकाम",
                    "throat", "gala kharab", "गला खराब", "ghasa", "घसा", "doctor", "dr"),
    # "Again" without "परत", which is also "back" ("परत घेतलं", taken back).
    "again_not_back": ("punha", "पुन्हा", "punyanda", "पुन्हांदा", "phir se", "fir se", "phirse", "dobara", "दोबारा",
                       "again"),
    # Sat for a session: "basloy", "baslo", "baith gaya".
    "sat_again": ("basloy", "baslo", "basalo", "बसलोय", "बसलो", "basle", "बसले", "baith gaya", "बैठ गया",
                  "baith gya", "baithne laga", "बैठने लगा", "sat down"),
    # Where the stuff is sold by the roadside: a tapri, a cart, a den.
    # Not "thela"/"ठेला" (the skeleton of "tel", oil) nor "adda"/"adde" (of "add", "de").
    "roadside_stall": ("tapri*", "टपरी*", "tapari*", "tapriwar*", "gumti", "गुमटी", "thele", "ठेले",
                       "thelya*", "ठेल्या*", "addyavar", "अड्ड्यावर", "paan ki dukan",
                       "पान की दुकान", "panwala", "पानवाला", "paanwala", "panwalyakade", "पानवाल्याकडे"),
    # Sitting again for something else.
    "sat_for_else": ("abhyas", "abhyasala", "अभ्यास", "अभ्यासाला", "padhne", "padhai", "पढ़ाई", "jevayla", "जेवायला",
                     "khane", "puja", "पूजा", "exam", "paper", "pepar", "meeting", "study", "studying"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_SUBSTANCE = ANY + ("stuff_maybe", "cannabis_maybe")
_NOT_USE = _g("medical", "ailment", "illness", "pills_by_course", "beverage", "task", "quit")
# The syrup is also the lexicon's beverage: its own rule keeps the other cancels, with the cough
# named for the ailment ("pina", to drink, folds to "pain"); a syrup taken to study is no
# medicine (not "task").
_NOT_SYRUP_USE = _g("medical", "cough_named", "illness", "pills_by_course", "quit")

STARTED_AGAIN: tuple[Combination, ...] = (
    # "phir se syrup pina chalu kiya", "पुन्हा गांजा चालू केला", "started the syrup again".
    Combination(RE, (_g("again_strict", "again"), _SUBSTANCE, _g("begun_done")), 5, order=True,
                unless=_NOT_USE, unless_reach=6),
    Combination(RE, (_SUBSTANCE, _g("begun_done"), _g("again_strict", "again")), 4, order=True,
                unless=_NOT_USE, unless_reach=6),
    Combination(RE, (_g("again_strict", "again"), _g("syrup_named"), _g("begun_done")), 5, order=True,
                unless=_NOT_SYRUP_USE, unless_reach=6),
    Combination(RE, (_g("syrup_named"), _g("begun_done"), _g("again_strict", "again")), 4, order=True,
                unless=_NOT_SYRUP_USE, unless_reach=6),
    # "पुन्हा घेतलं": the neuter only after "पुन्हा"/"punha"; "परत घेतलं" is also "took back".
    Combination(RE, (_g("again_not_back"), _g("took_neuter")), 0, order=True,
                unless=_g("beverage", "medical", "pills_by_course", "task"), unless_reach=3),
    # "parat basloy, 3 quarter", "phir se baith gaya, do peg".
    Combination(RE, (_g("again_strict"), _g("sat_again"), _g("drink_unit", "measure", "drink_measure") + ANY), 6,
                order=True, unless=_g("sat_for_else", "beverage", "food"), unless_reach=3),
    # "टपरीवरून परत माल घेतला", "tapri se phir maal liya"; the stall keeper's own stock bought
    # again ("tapri wale ne phir maal liya") is his trade.
    Combination(RE, (_g("roadside_stall"), _g("again_strict", "again"), _g("stuff_maybe", "cannabis_maybe") + ANY,
                     _g("took", "use", "acquire")), 6,
                unless=_g("beverage", "food", "snack", "quit", "third_person", "seller_of"), unless_reach=3),
)
