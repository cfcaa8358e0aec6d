"""Using again told as back on the betting app, whitener again, the half bottle finished, quarters
"maar liye", two beers owned up to; and the pull of an invitation feared (the reading of rounds 72-73:
mobile repairers, jaggery makers, street food carts, flour and oil mills, upholsterers, reel makers):

- back on the rummy app, the satta or the Aviator game, and money lost: "went back to satta. lost 6000",
  "wapas rummy app pe 20k haar gaya", "फँटसी क्रिकेट ॲपवर परत टीम लावली, पाच हजार गेले";
- whitener again; drink again after months ("चार महिन्यांनंतर परत दारू");
- a small one "but taken all the same": "एवढी नाही फक्त एक पेला घेतला ... पण घेतला";
- the half bottle brought and finished ("अद्धा ... खत्म कर दिया"), two quarters "maar liye", the lahan
  tasted and then a full glass, everyone drank and I too, desi again in nips, "2 beers ... galti ho
  gayi", toddy drunk, MD used;
- the pull: friends inviting to a party feared ("मला भीती वाटते", "मैं क्या करूँ"), everyone there to
  drink, the mind at the dhaba, the feet that stopped at the liquor lane, "थोडी घ्यावी", close to saying
  yes: urgent, not a crisis.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE, CR = Category.RELAPSE, Category.CRAVING

NEW: dict[str, tuple[str, ...]] = {
    # The apps by name; the satta and the matka are the area's bet_game, whose look-alikes ("साथ", "असते") it keeps.
    "ba_apps": ("rummy", "रमी", "aviator", "fantasy", "फँटसी", "dream11", "teen patti"),
    "ba_back": ("went back to", "back on the", "wapas", "वापस", "फिर से", "phir se", "परत", "parat"),
    "ba_lost": ("haar gaya", "हार गया", "lost", "उड़ा दिए", "uda diye", "गेले", "gele"),
    "ba_whitener": ("whitener", "व्हाइटनर", "erazex", "eraser fluid"),
    "ba_again": ("परत", "फिर से", "phir se", "again", "parat"),
    "ba_months_later": ("महिन्यांनंतर", "mahinyanantar", "months later", "mahine baad", "महीने बाद"),
    "ba_but_took": ("पण घेतला", "पण घेतली", "pan ghetli", "pan ghetla", "but i took it", "par li"),
    "ba_small_one": ("पेला", "pela", "thodich", "थोडीच", "थकवा", "thakva", "khara", "खरं"),
    "ba_half_bottle": ("अद्धा", "addha", "adhha"),
    "ba_half_latin": ("adha",),
    "ba_brought": ("le ke aaya", "le aaya", "ले आया", "ले के आया", "laya", "छुपा रखा था"),
    "ba_finished": ("khatam kar diya", "खत्म कर दिया", "खत्म क", "pura khatam", "finished", "sampavla", "संपवला"),
    "ba_quarters": ("pauwa", "pauwe", "पउआ", "पव्वे", "pavve", "पव्वा", "pavva"),
    "ba_hit": ("maar liya", "मार लिए", "मार लिया", "maar li", "मार ली", "mar liya"),
    "ba_lahan": ("लाहन", "lahan wali", "lahan वाली"),
    "ba_tasted": ("चख ली", "chakh li", "पूरा गिलास", "pura gilas"),
    "ba_all_drank": ("सबने पी", "sabne pi", "sabne pee", "सगळ्यांनी घेतली", "saglyanni ghetli"),
    "ba_me_too": ("मैंने भी", "maine bhi", "and me too", "मी पण घेतली"),
    "ba_desi_again": ("desi again", "3 nips", "2 nips", "nips"),
    "ba_beers": ("2 beers", "2 beer", "two beers", "3 beers", "couple of beers", "do beer"),
    "ba_owned_up": ("galti", "गलती", "sorry", "only", "i know", "ke baad", "after"),
    "ba_drank_toddy": ("drank toddy", "toddy pee", "toddy pi", "ताडी प्यायलो"),
    "ba_used_drug": ("used md", "took md", "did md", "used meth", "used mephedrone"),
    # The pull of an invitation.
    "ba_invited": ("बोलावलंय", "bolavlay", "बुलाया है", "bulaya hai", "invited", "पार्टीला", "party ला", "party में",
                   "mehfil", "महफ़िल", "dhabyavar", "धाब्यावर", "bevde", "बेवडे", "terrace var party", "party kartayt",
                   "party chi baat"),
    "ba_afraid": ("मला भीती वाटते", "bhiti vatte", "डर लग रहा", "dar lag raha", "i'm scared", "मैं क्या करूँ", "kya karu",
                  "pata hai kya hoga", "पता है क्या होगा", "कहितरी करा", "kahitari kara", "drink करणार", "drink करेंगे",
                  "मन तिकडे", "man tikde", "man chalbichal", "मन चलबिचल"),
    "ba_pull_alone": ("थोडी घ्यावी", "thodi ghyavi", "थोड़ी सी ले ले", "thodi si le le", "थोड़ी ले लूं", "पैर रुक गए",
                      "pair ruk gaye", "पाय बारकडे वळतात", "paay barkade valtat", "close to saying yes",
                      "दिमाग में बस लाहन"),
}

# Not "toddy" among the drinks: its skeleton is Marathi "तोडा-" (break: "बांबू तोडायला गेलो").
EXTENDS: dict[str, tuple[str, ...]] = {}

BACK_ON_THE_APP: tuple[Combination, ...] = (
    Combination(RE, (_g("ba_apps", "bet_game"), _g("ba_back"), _g("ba_lost")), 12, across=True),
    Combination(RE, (_g("ba_whitener"), _g("ba_again")), 4),
    Combination(RE, (_g("ba_months_later"), _g("alcohol", "cannabis", "drugs"), _g("ba_again")), 6),
    Combination(RE, (_g("ba_but_took"), _g("ba_small_one", "alcohol", "measure")), 12, across=True),
    Combination(RE, (_g("ba_half_bottle"), _g("ba_finished")), 10, across=True),
    Combination(RE, (_g("ba_half_latin"), _g("ba_brought"), _g("ba_finished")), 12, across=True),
    Combination(RE, (_g("ba_quarters"), _g("ba_hit")), 6),
    Combination(RE, (_g("ba_lahan"), _g("ba_tasted")), 8),
    Combination(RE, (_g("ba_all_drank"), _g("ba_me_too")), 6),
    Combination(RE, (_g("ba_desi_again"),), 0),
    Combination(RE, (_g("ba_beers"), _g("ba_owned_up")), 10, across=True),
    Combination(RE, (_g("ba_drank_toddy"),), 0),
    Combination(RE, (_g("ba_used_drug"),), 0),
    Combination(CR, (_g("ba_invited"), _g("ba_afraid")), 16, across=True),
    Combination(CR, (_g("ba_pull_alone"),), 0),
)
