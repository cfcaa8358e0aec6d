"""Using again told by the glass or the bottle in the writer's hand (round 18): a glass lifted
("glass utha liya", "ग्लास उचलला", "raised a glass"), a glass handed over and taken ("कोणीतरी
ग्लास हातात दिला, घेतला", "someone handed me a glass, i took it"), a bottle of liquor opened
("शराब की बोतल खोल दी", "दारूची बाटली उघडली", "opened a bottle of rum"), and the evening sitting
begun again ("रोज संध्याकाळी बसतोय", "roz shaam ko baith raha hu", "basayla laglo").

Quiet: a glass of water, juice or milk; a medicine's bottle; a glass refused; the bottle opened
by the others; a glass picked up while clearing or broken; sitting every evening to study, to
pray, at the shop or at a meeting. Words and the rules that read them (appended to the area's
COMBINATIONS by rules.py)."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

RE = Category.RELAPSE

NEW: dict[str, tuple[str, ...]] = {
    # Lifted, raised: "glass utha liya", "ग्लास उचलला", "raised a glass".
    "glass_lifted": ("utha liya", "utha li", "uthaya", "uthayi", "उठा लिया", "उठा ली", "उठाया", "उठाई",
                     "uchalla", "uchalla", "उचलला", "uchlla", "raised", "lifted", "raised my", "raised a",
                     "cheers kiya", "cheers kela", "चियर्स किया", "चियर्स केलं"),
    # The cup of the songs and the poems: "jaam uthaya", "प्याला उठाया".
    "wine_cup": ("jaam", "जाम", "jaam pe jaam", "pyala", "प्याला", "pyaala", "peala", "paimana", "पैमाना"),
    # Opened: "botal khol di", "बाटली उघडली", "opened a bottle".
    "bottle_opened": ("khol di", "khol li", "khol diya", "khol liya", "kholi", "खोल दी", "खोल ली", "खोल दिया",
                      "खोल लिया", "ughadli", "ughadali", "ughadla", "उघडली", "उघडला", "fodli", "फोडली",
                      "opened", "opened a", "opened the", "cracked open", "popped open", "uncorked"),
    # Taken when handed: "took it", "had it", "le liya".
    "accepted": ("took it", "i took it", "took one", "had it", "drank it", "accepted it", "le liya", "ले लिया",
                 "le li", "ले ली", "pakad liya", "पकड़ लिया", "ghetla", "घेतला", "ghetli", "घेतली"),
    # The evening sitting, begun again or going on: "बसतोय", "baith raha hu", "basayla laglo".
    "sitting_again": ("bastoy", "basatoy", "बसतोय", "bastoy roj", "basayla laglo", "basaayla laglo",
                      "बसायला लागलो", "baithne laga", "बैठने लगा", "baithne laga hu", "बैठने लगा हूं",
                      "baith raha hu", "baith raha hun", "बैठ रहा हूं", "बैठ रहा हूँ", "baithta hu", "बैठता हूं"),
    # What one sits for every evening that is no drinking session.
    "sat_for": ("abhyas", "अभ्यास", "padhne", "पढ़ने", "padhai", "पढ़ाई", "study", "studying", "pooja", "puja",
                "पूजा", "bhajan", "भजन", "mandir", "मंदिर", "dhyan", "ध्यान", "meditation", "riyaz", "रियाज़",
                "dukan", "दुकान", "dukanat", "दुकानात", "office", "tv", "garden", "baget", "बागेत", "walk",
                "meeting", "meetings", "class", "classes", "practice", "sarav", "सराव", "computer", "laptop",
                "kaam", "काम", "kam", "homework", "tuition", "shikavni", "शिकवणी",
                "mulansobat", "मुलांसोबत", "bachchon", "बच्चों", "abhyasala", "अभ्यासाला", "abhyasasathi", "अभ्यासासाठी",
                "pujela", "पूजेला", "bhajanala", "भजनाला", "dhyanala", "ध्यानाला", "kamala", "कामाला", "padhai karne",
                "पढ़ाई करने", "pooja karne", "पूजा करने"),
    # What a glass lifted is when it is broken or cleared.
    "glass_cleared": ("broken", "pieces", "tukde", "टुकड़े", "tukde", "tukade", "तुकडे", "phuta", "फूटा", "futla",
                      "फुटला", "saaf", "साफ", "dhuya", "धोया", "dhutla", "धुतला", "dishes", "bartan", "बर्तन",
                      "bhandi", "भांडी", "table"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_NOT_THE_WRITERS = _g("others", "third_person", "want", "craving", "fear", "quit", "story")

GLASS_IN_HAND: tuple[Combination, ...] = (
    # "usi pe glass utha liya", "ग्लास उचलला", "raised a glass".
    Combination(RE, (_g("glass_measure", "drink_unit", "wine_cup"), _g("glass_lifted")), 2,
                unless=_g("beverage", "glass_cleared") + _NOT_THE_WRITERS),
    # "कोणीतरी ग्लास हातात दिला, घेतला", "someone handed me a glass and i took it".
    Combination(RE, (_g("glass_measure"), _g("offered", "handed"), _g("took", "down_it", "accepted")), 5, order=True,
                unless=_g("beverage", "glass_cleared") + _NOT_THE_WRITERS),
    Combination(RE, (_g("offered", "handed"), _g("glass_measure"), _g("took", "down_it", "accepted")), 8, order=True,
                unless=_g("beverage", "glass_cleared") + _NOT_THE_WRITERS),
    # The drug itself offered and taken: "gym madhe injection cha offer aala, ghetla" (round 44).
    Combination(RE, (ANY, _g("offered"), _g("took", "accepted")), 5, order=True,
                unless=_g("beverage", "negation", "not_taken") + _NOT_THE_WRITERS, unless_reach=3),
    # "शराब की बोतल खोल दी", "दारूची बाटली उघडली", "opened a bottle of rum".
    Combination(RE, (ANY, _g("bottle_opened")), 4,
                unless=_g("beverage", "medical", "pills", "not_taken", "shop_any") + _NOT_THE_WRITERS, unless_reach=4),
    # "चार दिवस झाले रोज संध्याकाळी बसतोय", "roz shaam ko baith raha hu".
    Combination(RE, (_g("hour_onset", "routine_use"), _g("sitting_again")), 3, order=True,
                unless=_g("sat_for", "work_load", "beverage") + _NOT_THE_WRITERS, unless_reach=6),
)
