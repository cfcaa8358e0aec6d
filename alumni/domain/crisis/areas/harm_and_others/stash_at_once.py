"""Overdose told by people on opioid substitution or who inject: the whole stash put in at once
(a packet, the puDi, a tola, ampoules gathered, a month's sleeping pills) said beside today,
tonight or a word that no coming back is meant ("no half measures", "परत उठायचं नाही", "je hoil
te hoil"); and an overdose seen by an outreach worker or a relative: someone lying collapsed
with blue lips or not breathing, or beside naloxone run out or given.

What keeps each quiet is named beside it: the day's doses taken together in the morning or after
food as the doctor said, the take-home doses handed out at once by the clinic; naloxone in a
training, a demonstration or a kit asked about.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # What is used, by its street or clinic name and by what holds it.
    "sao_drug": (
        "packet", "the whole packet", "pudi", "pudiya", "पुड़िया", "पुडिया", "पुडी", "पुड़ी", "pudya",
        "पुड्या", "smack", "स्मैक", "gard", "गर्द", "गर्दचा", "गर्दची", "brown sugar", "ब्राउन शुगर", "heroin",
        "हेरोइन", "chitta", "चिट्टा", "goliyan", "गोलियां", "गोलियाँ", "golya", "गोळ्या", "pills", "tablets",
        "ampoule", "ampoules", "ampul", "ampuls", "एम्प्यूल", "शीशी", "shishi", "vial", "vials", "norphin",
        "नॉर्फिन", "नॉरफिन", "lupigesic", "लुपीजेसिक", "tidigesic", "टिडिजेसिक", "avil", "एविल", "बुप्रेनॉर्फिन",
        "buprenorphine", "bupe", "methadone", "मेथाडोन", "मेथाडॉन", "take home", "gram", "ग्राम", "tola", "तोळा",
        "stash", "maal", "माल", "neend ki goli", "नींद की गोली", "sleeping pills", "zopechya golya",
        "झोपेच्या गोळ्या", "injection", "इंजेक्शन",
    ),
    # All of it in one go: "in one shot", "ek saath", "ekach sui madhe", "ek syringe mein".
    "sao_all_in_one": (
        "in one shot", "one shot", "in one go", "all at once", "at once", "ek saath", "एक साथ", "ek sath",
        "sab ek saath", "सब एक साथ", "ek hi baar me", "ek hi baar mein", "एक ही बार में", "ek hi bar me",
        "ekach sui", "ekach sui madhe", "एकाच सुईत", "एकाच सुईमध्ये", "ek syringe me", "ek syringe mein",
        "एक syringe में", "एक सिरिंज में", "ek sui me", "एक सुई में", "ekatra", "एकत्र", "एकत्रच", "ekach veli",
        "एकाच वेळी", "एकाच वेळेस", "ekdach", "एकदाच", "one syringe", "a single syringe", "single shot",
        # a month's pills "at one time" (round 39)
        "एका वेळी", "eka veli", "एक वेळी", "ek veli", "at one time",
    ),
    # The day meant, or that no coming back is meant.
    "sao_now_or_final": (
        "aaj", "आज", "aj", "today", "tonight", "aaj raat", "आज रात", "aaj ratri", "आज रात्री", "no half measures",
        "bye", "alvida", "wapas aane ka mood nahi", "वापस आने का मूड नहीं", "wapas nahi aana", "वापस नहीं आना",
        "parat uthaycha nahi", "परत उठायचं नाही", "uthna nahi", "उठना नहीं", "je hoil te hoil", "जे होईल ते होईल",
        "jo hoga dekha jayega", "जो होगा देखा जाएगा", "jo hoga so hoga", "जो होगा सो होगा", "whatever happens",
        "tayari zali", "तयारी झाली", "tayari ho gayi", "तैयारी हो गई", "not waking up", "wont wake up",
        "won't wake up", "kha li", "खा ली", "kha gaya", "खा गया", "kha gayi", "ghetlya", "घेतल्या", "gilli",
        "गिळल्या", "swallowed", "took them all",
    ),
    # What the doctor said, the day's routine and the clinic's handing out: doses taken together
    # are the regimen there.
    "sao_regimen": (
        "roz", "रोज", "daily", "every day", "everyday", "har din", "हर दिन", "subah", "सुबह", "sakali", "सकाळी",
        "morning", "khane ke baad", "खाने के बाद", "jevnanantar", "जेवणानंतर", "after food", "with food",
        "doctor ne kaha", "डॉक्टर ने कहा", "doctor ne bola", "doctor mhanale", "डॉक्टर म्हणाले", "as prescribed",
        "prescribed", "mili", "मिली", "mil gayi", "मिल गई", "diye", "दिए", "dili", "दिली", "given", "handed",
        "milali", "मिळाली", "as told", "sister ne", "nurse ne", "ek saath di", "एक साथ दी",
        "ek saath mili", "एक साथ मिली", "ekatra dilya", "एकत्र दिल्या", "ekatra milalya", "एकत्र मिळाल्या",
    ),
    # An overdose's signs seen on someone: blue lips, not breathing, no response.
    "sao_od_sign": (
        "lips blue", "blue lips", "lips निळे", "lips neele", "lips नीले", "होंठ नीले", "hont neele", "honth neele",
        "ओठ निळे", "oth nile", "oth nila", "ओठ काळे", "found blue", "turned blue", "neela pada", "नीला पड़ा",
        "nila padla", "निळा पडला", "not breathing", "barely breathing", "saans nahi", "सांस नहीं", "saans dheemi",
        "सांस धीमी", "श्वास घेत नाही", "shwas ghet nahi", "shvas nahi", "श्वास नाही", "unresponsive",
        "no response", "response nahi", "response नहीं", "response नाही", "behosh", "बेहोश", "beshuddh",
        "बेशुद्ध", "halat nahi", "हालत नाही", "jhaag", "झाग", "foaming",
    ),
    # Lying where he fell: "padlay", "पड़ा है", "collapsed".
    "sao_collapsed": (
        "padlay", "पडलाय", "पडला आहे", "padla ahe", "pada hai", "पड़ा है", "gir gaya", "गिर गया",
        "collapsed", "lying", "padun ahe", "पडून आहे", "nahi utha", "नहीं उठा", "uthat nahi", "उठत नाही",
        "nahi uth raha", "नहीं उठ रहा",
    ),
    "sao_naloxone": ("naloxone", "narcan", "नालोक्सोन", "नॅलॉक्सोन", "नालॉक्सोन", "naloxon"),
    # Naloxone as a subject of training: a demo, a training, a kit, a certificate, a question.
    "sao_naloxone_taught": (
        "training", "ट्रेनिंग", "demo", "डेमो", "certificate", "kit", "किट", "session", "workshop", "sikhaya",
        "सिखाया", "shikavla", "शिकवलं", "kab hogi", "कब होगी", "kadhi", "कधी", "if", "agar", "अगर", "jar", "जर",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

STASH_AT_ONCE: tuple[Combination, ...] = (
    # The stash put in at once, today or for good; the regimen or the clinic's handing out keeps
    # it the day's doses.
    Combination(OD, (_g("sao_drug"), _g("sao_all_in_one"), _g("sao_now_or_final")), 14, across=True,
                unless=_g("sao_regimen"), unless_reach=3),
    # Someone found blue or not breathing, lying collapsed or beside naloxone.
    Combination(OD, (_g("sao_od_sign"), _g("sao_collapsed", "sao_naloxone")), 16, across=True,
                unless=_g("sao_naloxone_taught"), unless_reach=2),
    Combination(OD, (_g("sao_naloxone"), _g("sao_collapsed")), 12, across=True,
                unless=_g("sao_naloxone_taught"), unless_reach=3),
)
