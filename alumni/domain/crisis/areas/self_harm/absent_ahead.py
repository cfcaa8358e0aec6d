"""Suicide said as the writer's absence from what is ahead: a coming meeting or month at which
the writer will not be, said in earnest or with "don't ask" ("pudhchya mahinyachi meeting? mi
tithe nasen. khara sangto", "पुढच्या महिन्याचं विचारू नका. मी नसेन"); a tomorrow that will not
come for the writer ("kal hoga hi nahi mera", "उद्या नाहीच"); and someone else answering the
writer's phone next time ("अगली बार आप फ़ोन करोगे तो कोई और उठाएगा").

What keeps each quiet is named beside it: a trip, a shift or a duty elsewhere (the writer is
away, not gone); an event that will not take place tomorrow (a match, an exam, a meeting
cancelled); a number, a SIM or a phone handed over, a transfer.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The writer will not be: "mi nasen", "मैं नहीं रहूंगा", "i won't be there".
    "hinted_i_wont_be": (
        "mi nasen", "मी नसेन", "mi nasnar", "मी नसणार", "mi tithe nasen", "मी तिथे नसेन", "mi nasel",
        "main nahi rahunga", "मैं नहीं रहूंगा", "मैं नहीं रहूँगा", "main nahi hounga", "मैं नहीं होऊंगा",
        "main nahi rahungi", "मैं नहीं रहूंगी", "i won't be there", "i wont be there", "i will not be there",
        "i won't be around", "i wont be around", "i won't be here", "i wont be here",
    ),
    # What is ahead: the next meeting, next month, the next visit.
    "hinted_ahead": (
        "pudhchya", "पुढच्या", "pudhcha", "पुढचा", "pudhchi", "पुढची", "agle", "अगले", "agli", "अगली",
        "next", "meeting", "मीटिंग", "mahinyachi", "महिन्याचं", "mahine", "महीने", "month", "week", "year",
        "varshi", "वर्षी", "saal", "साल",
    ),
    # Asked about it: don't ask, really, truly.
    "hinted_dont_ask": (
        "vicharu naka", "विचारू नका", "vicharu nakos", "विचारू नकोस", "mat puchho", "मत पूछो", "mat poochho",
        "mat puchiye", "मत पूछिए", "don't ask", "dont ask", "khara sangto", "खरं सांगतो", "khara sangte",
        "खरं सांगते", "sach keh raha", "सच कह रहा", "sach bol raha", "for real", "seriously", "trust me",
    ),
    # A tomorrow that will not come: "kal hoga hi nahi", "उद्या नाहीच", "no tomorrow for me".
    "hinted_no_tomorrow": (
        "kal hoga hi nahi", "कल होगा ही नहीं", "kal hogi hi nahi", "kal aayega hi nahi", "कल आएगा ही नहीं",
        "mera kal nahi", "मेरा कल नहीं", "udya nahich", "उद्या नाहीच", "udya nahich ahe", "उद्या नाहीच आहे",
        "majha udya nahi", "माझा उद्या नाही", "udya yenarach nahi", "उद्या येणारच नाही", "no tomorrow for me",
        "there won't be a tomorrow", "there wont be a tomorrow", "there is no tomorrow for me",
    ),
    # Someone else answering: "koi aur uthayega", "dusra koni uchlel".
    "hinted_other_answers": (
        "koi aur uthayega", "कोई और उठाएगा", "koi aur uthaega", "koi aur utha lega", "कोई और उठा लेगा",
        "dusra koni uchlel", "दुसरं कोणी उचलेल", "dusre koni uchlel", "दुसरे कोणी उचलेल", "koni dusra uchlel",
        "कोणी दुसरा उचलेल", "someone else will pick up", "someone else will answer", "somebody else will answer",
        "somebody else will pick up",
    ),
    # The writer's own photo garlanded, as the dead's are: "माझा photo हार घालून लावा".
    "hinted_my": ("majha", "माझा", "mazha", "majhi", "माझी", "mera", "मेरा", "meri", "मेरी", "my", "apna", "अपना"),
    "hinted_photo": ("photo", "फोटो", "फ़ोटो", "photu", "फोटू", "picture", "tasveer", "तस्वीर", "pic"),
    "hinted_garland": (
        "haar ghalun", "हार घालून", "haar ghala", "हार घाला", "haar ghalaa", "haar chadha", "हार चढ़ा",
        "हार चढा", "mala chadha", "माला चढ़ा", "garland", "garlanded", "phulancha haar", "फुलांचा हार",
    ),
    # A long journey told to the children, never to be explained: "papa lambi yatra pe ja rahe".
    "hinted_long_journey": (
        "lambi yatra", "लंबी यात्रा", "lambe safar", "लंबे सफ़र", "lambe safar pe", "lambya pravasala",
        "लांबच्या प्रवासाला", "lambcha pravas", "लांबचा प्रवास", "long journey", "long trip", "far away place",
        "door ja rahe", "दूर जा रहे", "khup lamb jato", "खूप लांब जातो",
    ),
    "hinted_never_tell": (
        "kuch mat batana", "कुछ मत बताना", "kabhi mat batana", "कभी मत बताना", "mat batana kabhi",
        "मत बताना कभी", "kahi sangu naka", "काही सांगू नका", "kadhich sangu naka", "कधीच सांगू नका",
        "never tell them", "don't tell them", "dont tell them", "don't ever tell", "never let them know",
    ),
    # One's fate decided by oneself: "मेरी होनी मैंने तय कर ली", "majhi honi mi tharavli".
    "hinted_own_fate_decided": (
        "meri honi maine tay", "मेरी होनी मैंने तय", "meri honi tay", "मेरी होनी तय", "apni honi tay",
        "अपनी होनी तय", "majhi honi tharavli", "माझी होणी ठरवली", "majha shevat tharavla", "माझा शेवट ठरवला",
        "mera ant tay", "मेरा अंत तय", "decided my fate", "decided my end", "i've chosen my end",
    ),
    # A living man garlanded, or a journey with a place: an honour, a wedding, a job abroad, a surprise.
    "hinted_garland_or_trip_ordinary": (
        "felicitation", "satkar", "सत्कार", "award", "puraskar", "पुरस्कार", "sanman", "सन्मान", "wedding",
        "lagna", "लग्न", "shaadi", "शादी", "birthday", "vadhdivas", "वाढदिवस", "election", "nivadnuk", "jeet",
        "victory", "dubai", "abroad", "gulf", "videsh", "विदेश", "surprise", "सरप्राइज", "gift", "job", "naukri",
        "नौकरी", "posting", "tour", "ship", "army", "fauj", "फौज",
    ),
    # An ordinary absence or an ordinary tomorrow: away, cancelled, handed over.
    "hinted_ordinary_absence": (
        "trip", "travel*", "gaon", "गांव", "gavi", "गावी", "out of town", "bahergavi", "बाहेरगावी", "shift",
        "duty", "leave", "chutti", "छुट्टी", "sutti", "सुट्टी", "busy", "match", "exam", "paper", "class",
        "cancel*", "postpone*", "holiday", "bandh", "बंद", "strike", "number", "sim", "new phone", "naya phone",
        "नया फ़ोन", "transfer", "handover", "hand over", "reception", "office", "assistant", "secretary",
        "wedding", "shaadi", "lagna", "लग्न", "hospital", "admit",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_ORDINARY = _g("hinted_ordinary_absence")

ABSENT_AHEAD: tuple[Combination, ...] = (
    # Not to be at what is ahead, said in earnest: "pudhchya meeting? mi tithe nasen. khara sangto".
    Combination(S, (_g("hinted_ahead"), _g("hinted_i_wont_be"), _g("hinted_dont_ask", "in_earnest", "asking_serious")),
                14, across=True, unless=_ORDINARY, unless_reach=14),
    # No tomorrow for the writer: "kal hoga hi nahi", "उद्या नाहीच".
    Combination(S, (_g("hinted_no_tomorrow"),), 0, unless=_ORDINARY, unless_reach=6),
    # One's own photo to be garlanded: "पुढच्या meet ला माझा photo हार घालून लावा".
    Combination(S, (_g("hinted_my"), _g("hinted_photo"), _g("hinted_garland")), 5, order=True,
                unless=_g("hinted_garland_or_trip_ordinary"), unless_reach=8),
    # A long journey told to the children, never to be explained to them.
    Combination(S, (_g("hinted_long_journey"), _g("hinted_never_tell")), 14, across=True,
                unless=_g("hinted_garland_or_trip_ordinary"), unless_reach=14),
    # One's fate decided by oneself.
    Combination(S, (_g("hinted_own_fate_decided"),), 0),
    # Someone else will answer the writer's phone next time.
    Combination(S, (_g("hinted_other_answers"),), 0, unless=_ORDINARY, unless_reach=12),
)
