"""Self-harm told by its instrument and the verb that goes with it (round 14: holdouts 38 and
39): the geometry box's compass in Marathi's instrumental ("कंपासने मांडीवर ओरखडे", "kampasne
hatavar"), a name carved into the arm in Marathi and Hindi ("हातावर नाव कोरलं", "naam khod
liya"), a needle or a spoon heated and put to the fingers ("सुई गरम करके उंगलियों पे"), the
flame of a diya or a candle held to the arm on purpose, even during the aarti, the writer
beating themself with a belt in the Hindi and Marathi verbs of beating ("khud ko belt se
peet-ta hu", "swatala belt ne marto", "पट्ट्याने बडवतो"), and a wound dressed and owned as
the writer's own doing ("wrists are bandaged ... did it myself again", "kalai pe patti hai,
khud hi kiya").

Each rule needs the instrument beside the body, or the act owned: a compass bought for a
child's homework, a belt bought, a diya lit for the aarti, a needle heated to take out a thorn
or pierce an ear, a wrist bandaged after a fall, "did it myself" about a repair stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

SH = Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    # The compass, a needle and broken glass in the instrumental: "कंपासने", "compass se",
    # "सुईने", "काचेने" (the bare words are listed in hurting_oneself.py; "compass" folds
    # apart from "कंपास", so both scripts).
    "cutting_tool": ("कंपास", "कंपासने", "कंपासनं", "कंपासच्या", "kampas", "kampasne", "kampass", "compassne",
                     "compass se", "कंपास से", "suine", "सुईने", "sui se", "सुई से", "काचेने", "kachene",
                     "kaachene", "काचेच्या", "kachechya"),
    # Carved, in Marathi and Hindi: "कोरलं", "कोरून", "khod liya", "kured diya".
    "carve": ("korla", "korle", "korli", "korlay", "कोरलं", "कोरला", "कोरले", "कोरली", "कोरलंय", "korun",
              "कोरून", "korto", "कोरतो", "korte", "कोरते", "khod liya", "khod diya", "khod li", "खोद लिया",
              "खोद दिया", "खोद ली", "kured liya", "kured diya", "कुरेद लिया", "कुरेद दिया", "gouged"),
    # A sharp thing heated, either word first: "सुई गरम करके", "needle heated", "चमचा तापवून".
    "hot_thing": ("sui garam", "सुई गरम", "needle garam", "pin garam", "chammach garam", "chamach garam",
                  "चम्मच गरम", "chamcha garam", "चमचा गरम", "chaku garam", "चाकू गरम", "blade garam",
                  "ब्लेड गरम", "sui tapvun", "सुई तापवून", "tapavleli sui", "तापवलेली सुई", "chamcha tapvun",
                  "चमचा तापवून", "heated needle", "heated a needle", "heated the needle", "needle heated",
                  "red hot needle", "heated spoon", "heated the spoon", "heated a spoon", "garam ki hui sui",
                  "गरम की हुई सुई"),
    # The flame of a lamp or a candle: a diya by the forms "दिया" (gave) cannot be mistaken for.
    # A concept of its own: a finger burnt on the diya while lighting it is an accident, so
    # only the rule that needs "on purpose" reads it.
    "lamp_flame": ("the diya", "a diya", "my diya", "diye ki lau", "दिये की लौ", "दीये की लौ", "diye se",
                   "दिये से", "दीये से", "diya flame", "diyas flame", "diya's flame", "the flame", "candle flame",
                   "candle", "candles", "mombatti", "मोमबत्ती", "mombatti ki lau", "मोमबत्ती की लौ", "diva",
                   "दिवा", "ज्योत", "jyot", "ज्योतीवर", "jyotivar", "दिव्याने", "divyane", "दिव्यावर", "divyavar",
                   "दिव्याच्या", "divyachya", "पणती", "पणतीवर", "pantivar", "पणतीने", "pantine"),
    # What else a needle is heated for, or a skin pricked: a thorn, a splinter, an ear pierced.
    # ("sui" alone is also the injection: "doctor ne sui lagayi baanh pe").
    "by_accident": ("kaanta", "kanta", "कांटा", "काँटा", "kaante", "कांटे", "फांस", "phaans", "splinter",
                    "splinters", "thorn", "thorns", "piercing", "pierce", "pierced", "kaan chhed*", "कान छेद*",
                    "naak chhed*", "नाक छेद*", "teeka", "tika", "टीका", "vaccine", "vaccination", "nurse",
                    "lagwayi", "lagwaya", "लगवाई", "लगवाया", "blood test",
                    # sewing (round 17's probes): "silai karte waqt", "शिवताना", "while stitching"
                    "silai", "सिलाई", "shivtana", "शिवताना", "shivan", "शिवण", "sewing", "stitching"),
    # Beating, in the verbs of beating: Hindi "peet-ta", "पीटता", "pitai"; Marathi "मारतो"
    # (the first person, also "I die": only beside the belt and oneself), "बडवतो", "झोडपतो".
    # ("पिता", father, folds like "peet": look_alike_words.py.)
    "beat_verb": ("peet", "peetta", "peet ta", "पीट", "पीटता", "पीटती", "पीटा", "peet liya", "पीट लिया",
                  "peet leta", "पीट लेता", "pitai", "पिटाई", "marto", "मारतो", "marte", "मारते", "martoy",
                  "मारतोय", "martey", "मारतेय", "marat", "मारत", "badavto", "बडवतो", "badavte", "बडवते",
                  "badavla", "बडवलं", "badavun", "बडवून", "zodpto", "jhodapto", "झोडपतो", "zodapla", "झोडपलं"),
    # The belt in one Marathi word: "बेल्टने", "beltne" (plan_and_courage.py has "belt ne").
    "beat_tool": ("beltne", "बेल्टने", "बेल्टनं", "beltna", "बेल्ट से"),
    # The wound owned: "did it myself", "खुद ही किया", "स्वतःच केलं".
    "self_done": ("did it myself", "did this myself", "did it to myself", "did this to myself", "done it myself",
                  "done this to myself", "did that myself", "khud kiya", "khud hi kiya", "khud se kiya",
                  "maine khud kiya", "maine hi kiya", "खुद किया", "खुद ही किया", "खुद से किया", "मैंने खुद किया",
                  "मैंने ही किया", "apne aap kiya", "अपने आप किया", "swatahach kela", "swatach kela",
                  "swatahch kela", "स्वतःच केलं", "स्वतःच केले", "mich kela", "मीच केलं", "mich kelay",
                  "मीच केलंय"),
    # A wound dressed: bandaged, stitched ("patti" alone folds like "pati", husband).
    "dressed": ("bandaged", "bandage", "bandages", "band-aid", "bandaid", "band aid", "bandaged up",
                "stitches", "stitched", "patti bandhi", "पट्टी बांधी", "patti bandhli", "पट्टी बांधली",
                "patti lagi", "पट्टी लगी", "patti lavli", "पट्टी लावली", "malampatti", "मलमपट्टी", "taake",
                "टाके", "taanke", "टांके", "dressing"),
    # How a wrist is hurt by no one's will: a fall, a sprain, a game, the road.
    "mishap": ("fell", "fall", "slipped", "accident", "accidentally", "by mistake", "galti se", "गलती से",
               "chukun", "चुकून", "gir gaya", "gir gayi", "गिर गया", "गिर गई", "padlo", "पडलो", "padle", "पडले",
               "sprain", "sprained", "moch", "मोच", "lachak", "fracture", "fractured", "cricket", "football",
               "gym", "bike", "cycle", "road", "repair", "repaired", "fixed", "painted", "cooking", "kitchen"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

INSTRUMENTS: tuple[Combination, ...] = (
    # The flame of a lamp held to the body on purpose, the worship beside it or not:
    # "burned my arm with the diya during aarti, on purpose", "दिये की लौ पे हाथ जानबूझकर".
    Combination(SH, (_g("lamp_flame", "burning_tool"), _g("burn", "hand_part", "cut_site", "self"), _g("on_purpose")),
                8, unless=_g("by_accident")),
    # Beaten with a belt by oneself: "khud ko belt se peet-ta hu", "swatalach belt ne marto".
    Combination(SH, (_g("beat_tool"), _g("beat_verb"), _g("self")), 5, unless=_g("by_accident")),
    # A wound dressed and owned: "wrists are bandaged ... did it myself again".
    Combination(SH, (_g("self_done"), _g("cut_site", "hand_part", "wound"), _g("dressed", "wound", "bleed")), 16,
                across=True, unless=_g("mishap")),
)
