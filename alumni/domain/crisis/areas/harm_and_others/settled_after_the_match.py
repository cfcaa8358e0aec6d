"""Harm to others threatened by sportsmen over a selection, a bout or money: a head to be broken
or a man who will not walk out, beside his house known or a weight plate, a stump or a rod; a
stump or a bat carried to his house, and "he will learn"; the brakes of his vehicle taken off.

These are read here and not by the everyday threat words because a gym, a match or practice
named beside "doka fodnar" reads elsewhere as a tiring cause ("the gym broke me"); what keeps
each quiet is named beside it: a bat taken to a match or returned; brakes changed at a garage."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

H = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # The harm done to him: his head broken, his legs, not walking out.
    "sport_harm_done": (
        "doka fodnar", "डोकं फोडणार", "डोके फोडणार", "doka fodto", "डोकं फोडतो", "sar phod dunga", "सर फोड़ दूंगा",
        "sir phod dunga", "सिर फोड़ दूंगा", "sar faad dunga", "सिर फाड़ दूंगा", "break his head", "smash his head",
        "haddi tod dunga", "हड्डी तोड़ दूंगा", "haddiyan tod dunga", "हड्डियां तोड़ दूंगा", "haad modnar", "हाड मोडणार",
        "haad modto", "हाडं मोडतो", "pay todnar", "पाय तोडणार", "pay modnar", "पाय मोडणार", "break his legs",
        "he wont walk out", "he won't walk out", "he will not walk out", "wont walk out", "won't walk out",
        "chalat nahi janar", "चालत नाही जाणार", "chal ke nahi jayega", "चल के नहीं जाएगा",
        "pairon pe nahi jayega", "पैरों पे नहीं जाएगा", "pairon par wapas nahi",
    ),
    # Where he is found, or what he is struck with: his house known, a plate, a stump, a rod.
    "sport_his_place_or_tool": (
        "his house", "uske ghar", "उसके घर", "tyachya ghari", "त्याच्या घरी", "tyachya gharat", "त्याच्या घरात",
        "ghar mahit aahe", "घर माहित आहे", "ghar maahit ahe", "ghar pata hai", "घर पता है", "know his house",
        "know where he lives", "plate ne", "प्लेट ने", "प्लेटने", "stump", "स्टंप", "rod ne", "रॉड ने", "rod se",
        "रॉड से", "dumbbell", "डंबेल", "hockey", "हॉकी", "dandne", "दांडक्याने", "lathi se", "लाठी से",
        "kathine", "काठीने", "bat se", "बैट से", "bat ne", "बॅटने",
    ),
    # A stump, a bat or a rod carried: "taking a stump to", "bat lekar", "स्टंप घेऊन".
    "sport_weapon_carried": (
        "taking a stump", "taking a bat", "taking a rod", "taking a hockey stick", "bringing a stump",
        "bringing a bat", "stump lekar", "स्टंप लेकर", "bat lekar", "बैट लेकर", "rod lekar", "रॉड लेकर",
        "stump gheun", "स्टंप घेऊन", "bat gheun", "बॅट घेऊन", "rod gheun", "रॉड घेऊन", "danda lekar", "डंडा लेकर",
        "dandka gheun", "दांडकं घेऊन",
    ),
    # The lesson promised: "he will learn", "मग कळेल", "सबक सिखाऊंगा".
    "sport_lesson": (
        "he will learn", "he'll learn", "hell learn", "mag kalel", "मग कळेल", "tyala kalel", "त्याला कळेल",
        "use pata chalega", "उसे पता चलेगा", "tab pata chalega", "तब पता चलेगा", "sabak sikhaunga", "सबक सिखाऊंगा",
        "dhada shikavto", "धडा शिकवतो", "dhada shikavnar", "धडा शिकवणार", "teach him a lesson",
    ),
    # The brakes of his vehicle taken off or cut.
    "sport_brakes_off": (
        "ब्रेक काढून", "brake kadhun", "break kadhun", "ब्रेक काढणार", "brake kadhnar", "brake nikal dunga",
        "ब्रेक निकाल दूंगा", "brake nikal dena", "cut his brakes", "cut the brakes", "brake wire kaat",
        "ब्रेक की तार काट", "ब्रेकची वायर कापणार", "brake fail kar dunga", "ब्रेक फेल कर दूंगा",
    ),
    # A match, practice, a friend's bat returned: what a bat or a stump is ordinarily carried for.
    "sport_game_errand": (
        "match", "मॅच", "मैच", "practice", "सराव", "saraav", "net", "nets", "खेळायला", "khelayla", "खेलने",
        "khelne", "play", "return", "returning", "wapas", "वापस", "parat", "परत", "borrow", "sign", "autograph",
    ),
    # A garage, new brakes, a repair: brakes taken off to be changed.
    "sport_repair": (
        "garage", "गॅरेज", "mechanic", "मेकॅनिक", "मैकेनिक", "repair", "दुरुस्त", "durust", "naveen", "नवीन", "new",
        "naya", "नया", "service", "सर्विस", "badal", "बदल", "change",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SETTLED_AFTER_THE_MATCH: tuple[Combination, ...] = (
    # His head broken or his legs, beside his house known or the thing he is struck with.
    Combination(H, (_g("sport_harm_done"), _g("sport_his_place_or_tool", "sport_weapon_carried")), 16, across=True),
    # A stump or a bat carried to his house, or with the lesson promised; a match is no threat.
    Combination(H, (_g("sport_weapon_carried"), _g("sport_his_place_or_tool", "sport_lesson", "third_person")), 12,
                across=True, unless=_g("sport_game_errand"), unless_reach=10),
    # His brakes taken off, to him, or with the lesson promised; a garage changes brakes.
    Combination(H, (_g("sport_brakes_off"), _g("third_person", "sport_lesson")), 12, across=True,
                unless=_g("sport_repair"), unless_reach=8),
)
