"""Danger words in the talk of the medical college, the reeling unit, the oil platform, the cricket ground,
the door-to-door round and the village office (the reading of rounds 92-93). Each phrase is harmless only
beside the words of its kind in the same sentence (alumni.domain.crisis.quiet_phrases):

- the MD exam; the narcotics cupboard and its key (not when the writer fears it); attendance
  hanging by a thread; the helideck's fire drill and its foam; "killing time" till the chopper, and the
  chopper that flies the crew home;
- a daughter who "set the function on fire" dancing; a neighbour "burnt to ashes" by a new car; a bowler
  who "burnt the batsmen", a "suicidal single", three stumps "blown away"; a mower that "cuts fast";
- the crew change "hanging" for two weeks; bitter gourd "like poison"; heat "enough to take a life";
  worn out "till the breath left"; a rope for the flag or held from below by the painters;
- "tea, nothing else", "the old drinking group left", "walked on past the gutta" (not when the feet stopped),
  the theka on the way "and still no drink", "done with that for life", stood at the old jetty and
  watched the boats; Dada Kondke mimicked.

Read by alumni.domain.crisis.idioms.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.quiet_phrases import Phrase, PhraseBook, word_set

_GRADES = word_set("attendance", "marks", "exam", "internship", "percent", "results", "viva", "posting")
_FIRE_DRILL = word_set("फायर", "fire", "सराव", "drill", "saraav", "fighting", "फायटिंगचा", "mock")
_FLIGHT = word_set("rig", "rec", "helideck", "flight", "weather", "pilot", "landing", "platform", "ONGC", "crew",
                   "heliport")
_HARM = word_set("kill", "cut", "kaat", "maar", "his", "him", "uska", "neck", "गर्दन", "गला")
_STAGE = word_set("नाची", "नाचा", "naachi", "nachi", "फंक्शन", "function", "stage", "dance", "डांस", "गाणं", "गाना")
_ENVY = word_set("baghitli", "बघितली", "car", "navin", "नवीन", "😂", "🤣", "gaadi", "गाडी")
_BOWLING = word_set("bowling", "batsman", "गेंदबाजी", "बल्लेबाजों", "बल्लेबाज", "bowler", "batting", "गोलंदाजी",
                    "batsmen")
_STALLED = word_set("change", "crew", "file", "kaam", "काम", "HR", "transfer", "visa", "payment", "pagar",
                    "salary", "promotion", "approval", "hafte", "हफ्ते", "mahine", "relieving")
_FOOD = word_set("bhaji", "भाजी", "karlyachi", "कारल्याची", "karela", "khalli", "खाल्ली", "jevan", "जेवण", "sabzi")
_HEAT = word_set("उन्हाने", "unhane", "ऊन", "heat", "garmi", "गर्मी", "पंखा", "उकाडा", "ukada")
_WORN = word_set("bojh", "बोझ", "kaam", "काम", "thak", "थक", "ferfar", "duty", "kaam")
_GRASS = word_set("ghaas", "घास", "mower", "grass", "gavat", "गवत")
_PAINTING = word_set("काम", "kaam", "पुताई", "हम", "ham", "painting", "putai")
_FLAG = word_set("jhanda", "झंडा", "flag", "ध्वज", "dhwaj", "vandan", "वंदन", "15", "26")
_LEFT = word_set("छोड़", "chhod", "सोडला", "sodla", "left", "quit", "सोडलं")
_STILL_NO = word_set("nahi", "नहीं", "phir", "fir", "bhi")
_TEMPTED = word_set("मन", "man", "भीती", "bhiti", "rakh", "रख", "स्वतःची", "swatachi", "tempt", "tempted", "urge",
                    "want", "wanted", "darr", "डर")
_PULLED = word_set("thambale", "thambtat", "thambla", "pay", "paay", "vatla", "vatta", "ichha", "kathin", "bhiti",
                   "थांबले", "थांबतात", "वाटलं", "इच्छा", "भीती", "man", "मन")
_SOBER = word_set("clean", "watched", "sober")

_PHRASES = (
    Phrase((("MD", "ka", "exam"), ("md", "ka", "exam"), ("MD", "exam"), ("MD", "entrance"), ("MD", "ki", "padhai"),
            ("MD", "admission"), ("MD", "seat"), ("MD", "cha", "exam")),),
    Phrase((("hanging", "by", "a", "thread"),), _GRADES),
    Phrase((("narcotic", "almari"), ("narcotic", "cupboard"), ("narcotic", "register"), ("narcotic", "key"),
            ("narcotics", "cupboard"), ("narcotic", "ki", "chaabi")), frozenset(), _TEMPTED),
    Phrase((("फोम", "मारून"), ("foam", "maarun"), ("फोम", "मारला"), ("foam", "spray")), _FIRE_DRILL),
    Phrase((("killing", "time"), ("chopper",), ("by", "chopper")), _FLIGHT, _HARM),
    Phrase((("आग", "लगा", "दी"), ("aag", "laga", "di"), ("आग", "लावली"), ("aag", "lavli")), _STAGE),
    Phrase((("jalun", "khak", "zalya"), ("jalun", "khak", "zale"), ("जळून", "खाक", "झाल्या")), _ENVY),
    Phrase((("jalun", "taakla"), ("jalun", "takla"), ("जला", "के", "रख", "दिया"), ("jala", "ke", "rakh", "diya"),
            ("जाळून", "टाकलं")), _BOWLING),
    Phrase((("suicidal", "single"), ("suicidal", "run"), ("suicidal", "shot"), ("suicidal", "second", "run")),),
    Phrase((("stumps", "उड़ा"), ("stumps", "uda"), ("stumps", "udaye"), ("stumps", "udavle"), ("stump", "उड़ा")),),
    Phrase((("katta", "hai", "ghaas"), ("katta", "hai")), _GRASS),
    Phrase((("latka", "pada"), ("latka", "hua"), ("लटका", "पड़ा"), ("लटका", "हुआ"), ("latakla", "ahe"),
            ("लटकलं", "आहे")), _STALLED),
    Phrase((("zeher", "vatte"), ("विष", "वाटते"), ("zahar", "vatte")), _FOOD),
    Phrase((("जीव", "जायची", "वेळ", "आली"), ("jiv", "jaychi", "vel", "aali")), _HEAT),
    Phrase((("dam", "nikal"), ("दम", "निकल")), _WORN),
    Phrase((("रस्सी", "पकड़"), ("rassi", "pakad"), ("दोरी", "धरली"), ("dori", "dharli")), _PAINTING),
    Phrase((("rassi",), ("रस्सी",), ("dori",), ("दोरी",)), _FLAG),
    Phrase((("drinking", "वाले"), ("drinking", "wale"), ("drinking", "wala")), _LEFT),
    Phrase((("चाय", "पिला"), ("chai", "pila"), ("चहा", "पाज")),),
    Phrase((("gutta", "samorun", "nighun"), ("गुत्ता", "समोरून", "निघून")), frozenset(), _PULLED),
    Phrase((("theka", "roz", "raste"), ("theka", "raste"), ("ठेका", "रास्ते")), _STILL_NO),
    Phrase((("done", "with", "that", "for", "life"), ("done", "with", "it", "for", "life"),
            ("done", "with", "drinking", "for", "life")),),
    Phrase((("stood", "at", "the", "same"),), _SOBER),
    Phrase((("Dada", "Kondke"), ("dada", "kondke"), ("दादा", "कोंडके")),),
    Phrase((("किनारे", "वाले"), ("kinare", "wale"), ("किनारे", "के", "गाँव")),),
)
_BOOK = PhraseBook(_PHRASES)


def forget_ground_and_rig_talk(c: Concepts) -> None:
    _BOOK.forget(c)
