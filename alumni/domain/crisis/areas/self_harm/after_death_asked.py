"""Suicide said as a question about what comes after: what death feels like or where the soul
goes, asked in earnest ("मरने के बाद कुछ feel होता है क्या? seriously", "does the pain stop
after? i need to know"); what becomes of those who go by their own hand, or whether God forgives
them ("खुद से जाने वालों का क्या होता है", "will God forgive a man who goes before his time");
and no place in this world, with the other world asked about ("ya jagat mala jaga nahi").

What keeps each quiet is named beside it: a relative's or a pet's death (the question is grief),
a class, an essay, a book or a film (the question is study), a surgery or a tooth (the pain is
a body's).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # After death, or the pain's end after it: "marne ke baad", "मृत्यूनंतर", "what happens after".
    "hinted_after_death": (
        "after death", "after dying", "after you die", "after we die", "after one dies", "what happens after",
        "maut ke baad", "मौत के बाद", "mrityu ke baad", "मृत्यु के बाद", "marne ke bad", "मरने के बाद",
        "maranantar", "मरणानंतर", "mrutyunantar", "मृत्यूनंतर", "melyavar", "मेल्यावर", "melyanantar",
        "मेल्यानंतर", "mele ki", "मेल्यावर काय", "mar ke kya", "मर के क्या", "mar jaane ke baad",
        "मर जाने के बाद", "after i die", "dead feel", "does the pain stop", "pain stops", "dard khatam hota",
        "दर्द खत्म होता", "dukh sampta", "दुःख संपतं", "dukh samptat",
    ),
    # The soul, and where it goes: "aatma kuthe jaate", "soul go".
    "hinted_soul": ("aatma", "आत्मा", "atma", "soul", "jeev", "जीव", "rooh", "रूह", "pran", "प्राण"),
    "hinted_where": ("kuthe", "कुठे", "kahan", "कहाँ", "कहां", "kidhar", "किधर", "where", "kaha"),
    # Asked: a question word or asked in earnest.
    "hinted_asked": (
        "kya", "क्या", "kay", "काय", "does", "do", "will", "what", "hota", "होता", "hote", "होते", "hoto", "होतो",
        "asel ka", "असेल का", "ka", "का", "need to know", "want to know", "janna hai", "जानना है", "jaanna",
        "kalel ka", "puchna", "पूछना", "vicharaycha", "विचारायचं",
    ),
    "hinted_earnest": (
        "seriously", "serious", "for real", "really need", "need to know", "really want to know", "sach me",
        "सच में", "sach mein", "khara", "खरं", "kharach", "खरंच", "asking", "puch raha", "पूछ रहा", "pooch raha",
        "puchh raha", "vicharto", "विचारतो", "vichartoy", "विचारतोय", "atleast", "at least", "kamse kam",
    ),
    # Those who go by their own hand: "खुद से जाने वाले", "goes before his time".
    "hinted_own_going": (
        "before his time", "before their time", "before my time", "before her time", "khud se jaane",
        "खुद से जाने", "khud jaane wal*", "खुद जाने वाल*", "apni marzi se jaane", "अपनी मर्ज़ी से जाने",
        "apne aap jaane", "अपने आप जाने", "jo khud chale", "जो खुद चले", "swatahun janar*", "स्वतःहून जाणार*",
        "aapanhun janar*", "आपणहून जाणार*", "take their own life", "takes his own life", "end their own life",
        "apni jaan lene wal*", "अपनी जान लेने वाल*", "swatacha jeev ghenar*", "स्वतःचा जीव घेणार*",
    ),
    # What becomes of them: forgiven, a sin, hell, what happens.
    "hinted_their_fate": (
        "forgive", "forgiven", "maaf", "माफ़", "माफ", "paap", "पाप", "narak", "नरक", "hell", "sin", "kya hota",
        "क्या होता", "kay hota", "काय होतं", "kay hote", "what happens", "mukti", "मुक्ति", "moksh", "मोक्ष",
    ),
    # No place in this world: "ya jagat mala jaga nahi", "इस दुनिया में मेरे लिए जगह नहीं".
    "hinted_no_place_here": (
        "ya jagat mala jaga nahi", "या जगात मला जागा नाही", "ya jagat majhi jaga nahi", "या जगात माझी जागा नाही",
        "is duniya me mere liye jagah nahi", "इस दुनिया में मेरे लिए जगह नहीं", "is duniya me meri jagah nahi",
        "इस दुनिया में मेरी जगह नहीं", "no place for me in this world", "no place for me in this life",
        "there is no place for me here", "this world has no place for me",
    ),
    # Whose death the question follows: a relative or a pet (grief), or whose study it is.
    "hinted_grief_or_study": (
        "papa", "पापा", "dadi", "दादी", "dadaji", "दादाजी", "nani", "नानी", "nanaji", "नानाजी", "aaji", "आजी", "ajoba", "आजोबा", "grandma",
        "grandpa", "grandmother", "grandfather", "granny", "mother died", "father died", "dog", "cat", "kutta",
        "कुत्ता", "pet", "tommy", "essay", "class", "exam", "project", "assignment", "book", "novel", "movie",
        "film", "series", "documentary", "podcast", "pravachan", "प्रवचन", "sermon", "lecture", "science",
        "philosophy", "nibandh", "निबंध", "surgery", "operation", "tooth", "daant", "दांत", "injection",
        "delivery", "periods", "knee", "physio", "game", "character",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_GRIEF = _g("hinted_grief_or_study")

AFTER_DEATH_ASKED: tuple[Combination, ...] = (
    # What comes after death, asked in earnest: "मरने के बाद कुछ feel होता है क्या? seriously".
    Combination(S, (_g("hinted_after_death", "after_death"), _g("hinted_asked"), _g("hinted_earnest", "asking_serious",
                                                                               "in_earnest")),
                14, across=True, unless=_GRIEF, unless_reach=14),
    # Where the soul goes after death: "मेल्यानंतर आत्मा कुठे जाते".
    Combination(S, (_g("hinted_after_death", "after_death"), _g("hinted_soul"), _g("hinted_where")), 5,
                unless=_GRIEF, unless_reach=10),
    # What becomes of those who go by their own hand: forgiven, or what happens to them.
    Combination(S, (_g("hinted_own_going"), _g("hinted_their_fate")), 8, across=True, unless=_GRIEF, unless_reach=8),
    # No place in this world: alone it is said by the one who has none.
    Combination(S, (_g("hinted_no_place_here"),), 0),
)
