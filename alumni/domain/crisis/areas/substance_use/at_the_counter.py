"""Craving said at the counter, the cupboard or the bedside (round 16: holdouts 44 and 45): the
mind that wavers at the sight of the stock ("गोळ्या बघून मन चळलं", "dawai dekh ke mann dol
gaya"), the wish to take one felt and not acted on ("एक ampoule घ्यावी वाटली, घेतली नाही",
"ek goli lene ka mann hua"), the pill missed ("golichi aathvan yete", "goli ki yaad aati hai"),
sleep that will not come without a drink or the pill ("नींद नहीं आती बिना पिए", "goli ke bina
neend nahi aati"), and the want still there after the drinking place was passed ("sat outside
the theka ... still want it"). Words and the rules that read them (appended to the area's
COMBINATIONS by rules.py). The wish not acted on stays a craving: the refusal is of the taking,
not of the wanting.

Sleeping without the pill now ("goli ke bina so pa raha hu"), a mind that wavers over a
purchase with no drug or stock named, and a mother reminded of her medicine stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

CR = Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # The mind wavering, tempted: "मन चळलं", "man dol gaya", "मन डगमगाया", "mann lalcha gaya".
    "mind_wavered": ("man chalal", "man chalala", "mann chalal", "मन चळलं", "मन चळला", "मन चळले", "man dhalal",
                     "मन ढळलं", "man dagmagla", "मन डगमगलं", "man dol gaya", "mann dol gaya", "मन डोल गया",
                     "man dagmaga gaya", "mann dagmaga gaya", "मन डगमगा गया", "man dagmagaya", "मन डगमगाया",
                     "mann machal gaya", "man machal gaya", "मन मचल गया", "man lalchaya", "mann lalchaya",
                     "मन ललचाया", "man lalcha gaya", "mann lalcha gaya", "मन ललचा गया", "man lalchavla",
                     "मन ललचावलं", "mind wavered", "got tempted", "felt tempted", "was tempted", "so tempted",
                     "hand itched", "haath khujli", "हाथ में खुजली"),
    # The wish to take one, felt: "घ्यावी वाटली", "lene ka mann hua", "felt like taking one".
    "felt_like_taking": ("ghyavi vatli", "घ्यावी वाटली", "ghyava vatla", "घ्यावा वाटला", "घ्यावं वाटलं",
                         "ghyavishi vatli", "घ्यावीशी वाटली", "ghyavasa vatla", "घ्यावासा वाटला", "घ्यावीशी वाटते",
                         "ghyavishi vatte", "घ्यावी वाटते", "ghyavi vatte", "घ्यावंसं वाटलं", "ghyavasa vatto",
                         "घ्यावासा वाटतो", "khavi vatli", "खावी वाटली", "खावीशी वाटली", "khavishi vatli",
                         "tochavi vatli", "टोचावी वाटली", "lene ka mann hua", "lene ka man hua", "लेने का मन हुआ",
                         "lene ka mann kiya", "लेने का मन किया", "lene ka mann ho raha", "लेने का मन हो रहा",
                         "khane ka mann hua", "खाने का मन हुआ", "lagane ka mann hua", "लगाने का मन हुआ",
                         "le lu aisa laga", "ले लूं ऐसा लगा", "ले लूँ ऐसा लगा", "felt like taking",
                         "felt like popping", "felt like using", "wanted to take one", "wanted to pop one",
                         "almost took one", "nearly took one", "almost pocketed", "nearly pocketed"),
    # The pill or the drink missed: "golichi aathvan", "goli ki yaad", "पुडीची आठवण".
    "pill_missed": ("golichi aathvan", "golichi athvan", "गोळीची आठवण", "golyanchi aathvan", "गोळ्यांची आठवण",
                    "goli ki yaad", "गोली की याद", "goliyon ki yaad", "गोलियों की याद", "tablet ki yaad",
                    "tabletchi aathvan", "injection ki yaad", "injectionchi aathvan", "miss the pills",
                    "miss my pills", "miss the pill", "miss those pills", "miss the high"),
    # Sleep that needs it: "bina piye", "प्यायल्याशिवाय", "goli ke bina", "without a drink".
    "without_it": ("bina piye", "bina pie", "बिना पिए", "बिना पिये", "bagair piye", "बगैर पिए",
                   "pyalyashivay", "प्यायल्याशिवाय", "piyalyashivay", "ghetlyashivay", "घेतल्याशिवाय",
                   "goli ke bina", "गोली के बिना", "bina goli", "बिना गोली", "golishivay", "गोळीशिवाय",
                   "golishivaay", "without a drink", "without drinking", "without a peg", "without the pill",
                   "without my pill", "without the pills", "without my pills", "peg ke bina", "पेग के बिना"),
    # The want still there after it was walked or driven away from.
    "still_want_it": ("still want it", "still want one", "still want a drink", "still want to drink",
                      "still craving it", "ab bhi chahiye", "अब भी चाहिए", "abhi bhi chahiye", "अभी भी चाहिए",
                      "fir bhi chahiye", "फिर भी चाहिए", "ajun pan pahije", "अजून पण पाहिजे", "ajunhi pahije",
                      "अजूनही पाहिजे", "ajunhi havi", "अजूनही हवी", "अजूनही हवीय", "ajun havi"),
    # A reminder, not a longing: "goli ki yaad dilani hai", "औषधाची आठवण करून दे".
    "remind_of": ("yaad dila*", "याद दिला*", "yad dila*", "aathvan karun*", "आठवण करून*", "athvan karun*",
                  "remind*", "yaad se", "याद से"),
    # The ward's controlled stock: "narcotic cupboard", "schedule H".
    "ward_stock": ("narcotic*", "नार्कोटिक*", "narcotics cupboard", "schedule h", "schedule x",
                   "controlled drug*", "dda cupboard"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_STOCK = _g(*ANY, "pills", "pill_count", "injectable", "ward_stock")

AT_THE_COUNTER: tuple[Combination, ...] = (
    # "स्टॉक मोजताना गोळ्या बघून मन चळलं": the stock seen and the mind wavering.
    Combination(CR, (_STOCK, _g("mind_wavered")), 8, across=True, unless=_g("beverage")),
    # "एक ampoule घ्यावी वाटली": the wish to take one, beside what it was.
    Combination(CR, (_STOCK, _g("felt_like_taking")), 8, across=True, unless=_g("beverage")),
    Combination(CR, (_g("felt_like_taking"), _g("one_unit", "a_one")), 2),
    # "golichi aathvan yete", "goli ki yaad aati hai": the pill missed.
    # (A reminder, "goli ki yaad dilani hai", is cleared in clinic_work.py.)
    Combination(CR, (_g("pill_missed"),), 1),
    # "नींद नहीं आती बिना पिए", "goli ke bina neend nahi aati".
    Combination(CR, (_g("cant_function"), _g("without_it")), 6),
    # "sat outside the theka ... still want it".
    Combination(CR, (_g("still_want_it"), _g(*ANY, "liquor_place", "drink_place", "bottle_word")), 30,
                across=True),
)
