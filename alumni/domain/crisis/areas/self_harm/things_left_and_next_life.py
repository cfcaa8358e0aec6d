"""Suicide said indirectly in Marathi- and Hindi-speaking homes, as a parting: the next life beside
one's things given ("पुढच्या जन्मात भेटू. माझी bike तुला"), or being good enough there; the writer's
own things (a bike, a cycle, the phone and its password) given to a brother or a friend beside the mother to
be looked after or "it was not her fault"; an apology or a greeting sent to everyone through
someone ("सबको मेरी तरफ़ से माफ़ी माँग लेना", "सगळ्यांना माझा नमस्कार सांगा") beside one person
to be looked after or no grudge held; a bye with "you tried your best".

What keeps each quiet is named beside it: a film, a song or a lover's "in every life" for the
next life; a joke about a reply or a raise that will come in the next life; a bike sold, lent or
serviced; a party, a festival or a late evening for the apology sent round; a match, an exam, a
transfer or a farewell party for the bye.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The next life or birth.
    "tl_next_life": (
        "पुढच्या जन्मात", "पुढच्या जन्मी", "pudhchya janmat", "pudhchya janmi", "pudhcha janma",
        "agle janam", "अगले जन्म", "agle janm", "अगले जनम", "next life", "next janam", "next janm",
        "next birth", "agli zindagi", "अगली ज़िंदगी", "अगली जिंदगी",
    ),
    # Being good enough there; meeting there alone is a friend's "never" ("agle janam me milenge").
    "tl_worth": (
        "good enough", "layak", "लायक", "laayak", "worthy", "chaangla", "चांगला",
    ),
    # A film, a song, a lover's every life, a joke about what comes late.
    "tl_next_life_joke": (
        "film", "movie", "song", "gaana", "गाणं", "serial", "saat janam", "सात जन्म", "har janam",
        "हर जनम", "हर जन्म", "saatjanmache", "सातजन्माचे", "bhi tu", "bhi tum", "tuch", "तूच", "lol",
        "haha", "reply", "busy", "salary", "hike", "increment", "promotion", "refund", "pending",
        "delivery", "order", "ticket", "result", "sale", "biryani", "khana", "kavita", "कविता", "poem",
        "dialogue", "डायलॉग", "filmy", "shayari", "शायरी", "quote", "status",
    ),
    # The writer's own things, given away.
    "tl_my_things": (
        "majhi cycle", "माझी cycle", "माझी सायकल", "majhi bike", "mazi bike", "माझी bike", "माझी बाईक",
        "meri bike", "मेरी bike", "मेरी बाइक", "my bike", "bike keys", "phone password", "my phone",
        "meri cycle", "मेरी साइकिल", "majha phone", "माझा फोन", "mera phone", "मेरा फोन", "tyachi bike",
        "त्याची bike", "uski bike", "उसकी bike", "his bike", "his phone", "my watch", "meri ghadi",
        "मेरी घड़ी", "majha ghadyal", "माझं घड्याळ", "mera laptop", "majha laptop", "my laptop",
        "his things", "my things", "apna saman", "अपना सामान", "apni cheezein", "अपनी चीज़ें", "majhya vastu",
        "माझ्या वस्तू", "tyachya vastu", "त्याच्या वस्तू",
    ),
    # Selling, lending, servicing: a thing's ordinary passing on.
    "tl_thing_business": (
        "sell", "sold", "bech", "बेच", "vikli", "विकली", "vikaychi", "lend", "lent", "udhar", "उधार",
        "service", "servicing", "repair", "puncture", "olx", "price", "kimat", "किंमत", "kal", "udya",
        "tomorrow", "return", "wapas", "परत दे", "parat de", "charging", "charge", "emi", "ride",
    ),
    # The mother to be looked after, or told it was not her fault.
    "tl_mother_cared_for": (
        "aaichi kalji ghe", "आईची काळजी घे", "aai chi kalji ghe", "aaichi kaalji ghe", "look after aai",
        "look after mom", "look after mother", "look after amma", "maa ka khayal rakhna",
        "मां का ख्याल रखना", "माँ का ख्याल रखना", "mummy ka khayal rakhna", "मम्मी का ख्याल रखना",
        "chuk navhti", "चूक नव्हती", "तिची चूक नाही", "tichi chuk nahi", "galti nahi thi", "गलती नहीं थी",
        "not her fault", "wasn't her fault", "wasnt her fault", "uska khayal rakhna", "उसका ख्याल रखना",
        "उसका खयाल रखना", "tyachi kalji ghe", "त्याची काळजी घे", "tichi kalji ghe", "तिची काळजी घे",
    ),
    # An apology or a greeting sent to everyone through someone.
    "tl_from_me_to_all": (
        "meri taraf se sorry", "मेरी तरफ़ से सॉरी", "मेरी तरफ से सॉरी", "मेरी तरफ़ से माफ़ी",
        "मेरी तरफ से माफ़ी", "मेरी तरफ से माफी", "meri taraf se maafi", "meri taraf se mafi",
        "सगळ्यांना माझा नमस्कार", "saglyanna majha namaskar", "saglyana maza namaskar",
        "सगळ्यांना सॉरी", "saglyanna sorry", "tell everyone i'm sorry", "tell everyone im sorry",
        "say sorry to everyone for me", "माझ्याकडून सगळ्यांना सॉरी", "majhyakadun saglyanna sorry",
    ),
    # Someone to be looked after, especially one, no grudge held.
    "tl_one_to_care_for": (
        "khayal rakhna", "ख्याल रखना", "ख़याल रखना", "खयाल रखना", "काळजी घ्या", "kalji ghya",
        "काळजी घे", "kalji ghe", "look after", "take care of", "कोणाचा राग नाही", "konacha raag nahi",
        "kisi se naraz nahi", "किसी से नाराज़ नहीं", "किसी से नाराज नहीं", "no hard feelings",
        "खास कर", "khaas kar", "khas kar", "ख़ास कर", "खासकरून", "khaskarun", "especially",
    ),
    # A party, a festival, a late evening: what an apology sent round is usually for.
    "tl_occasion": (
        "party", "diwali", "दिवाली", "दिवाळी", "birthday", "wedding", "shaadi", "शादी", "lagna", "लग्न",
        "late", "aa nahi", "नहीं आ पाऊंगा", "yenar nahi", "येणार नाही", "can't come", "cant come",
        "meeting", "function", "program", "puja", "pooja", "पूजा", "trip", "udya", "kal", "tomorrow",
    ),
    # A bye, and "you tried your best".
    "tl_bye": ("bye", "say bye", "alvida", "अलविदा", "goodbye", "good bye", "बाय", "निरोप", "nirop"),
    "tl_you_tried": (
        "you people tried your best", "you tried your best", "you all tried your best",
        "aap logon ne koshish ki", "आप लोगों ने कोशिश की", "aapne bahut koshish ki", "आपने बहुत कोशिश की",
        "tumhi khup prayatna kele", "तुम्ही खूप प्रयत्न केले", "tumhi khup kela", "तुम्ही खूप केलं",
        "सगळ्यांनी खूप केलं", "saglyanni khup kela", "sabne bahut kiya", "सबने बहुत किया",
    ),
    "tl_bye_occasion": (
        "match", "team", "game", "exam", "result", "interview", "transfer", "last day", "farewell party",
        "retire", "retirement", "resign", "company", "new job", "shifting", "hostel", "batch",
        "tournament", "season", "course", "discharge", "discharged",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

THINGS_LEFT_AND_NEXT_LIFE: tuple[Combination, ...] = (
    # One's things or one's mother beside the next life, or good enough there; a film or a lover's every life is not.
    Combination(S, (_g("tl_next_life"), _g("tl_worth", "tl_my_things", "tl_mother_cared_for")), 14,
                across=True, unless=_g("tl_next_life_joke"), unless_reach=10),
    # One's things given, beside the mother to be looked after or not to blame.
    Combination(S, (_g("tl_my_things"), _g("tl_mother_cared_for")), 18, across=True,
                unless=_g("tl_thing_business"), unless_reach=8),
    # An apology or a greeting sent to everyone, beside one to be looked after or no grudge.
    Combination(S, (_g("tl_from_me_to_all"), _g("tl_one_to_care_for")), 14, across=True,
                unless=_g("tl_occasion"), unless_reach=12),
    # A bye, and "you tried your best", or "everyone did so much for me" beside stopping now.
    Combination(S, (_g("tl_bye", "goodbye", "hm_sleep_or_stop"), _g("tl_you_tried")), 16, across=True,
                unless=_g("tl_bye_occasion"), unless_reach=12),
)
