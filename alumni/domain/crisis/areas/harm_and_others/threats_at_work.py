"""Harm to others told the way workers and students threaten a boss, a contractor, a roommate or
a relation: stabbing a manager tomorrow ("मॅनेजरला उद्या सुरीने भोसकणार"), a murder vowed in
the borrowed word ("contractor चा मर्डर करेन"), a bottle broken on someone's head ("batli dokyat
fodto", "bottle sir pe phod dunga"), "he won't see the morning" ("सुबह नहीं देखेगा"), an institute
or an office burnt down ("going to burn down that institute", "coaching ko aag laga dunga"), the
Marathi "tyacha kaatach kadhto" (removing him like a thorn), and a sickle taken up if a relation
abuses again ("parat shivi dilya tar koyta ghein").

A murder mystery watched, a bottle broken by accident, a thorn pulled from a foot, calories burnt,
a sickle taken to the farm stay quiet: each reading needs the person threatened or the threat's
own verb, and the film, the farm or the accident cancels it.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

# A boss or a contractor in the object case ("मॅनेजरला", "manager ko"): the one a threat is aimed at.
_BOSS_AS_OBJECT = ("मॅनेजरला", "managerla", "manager la", "manager ko", "मैनेजर को", "मॅनेजर ला",
                   "supervisor la", "supervisorla", "सुपरवायझरला", "supervisor ko", "सुपरवाइज़र को",
                   "contractor la", "contractorla", "कॉन्ट्रॅक्टरला", "contractor ko", "कॉन्ट्रैक्टर को",
                   "thekedar ko", "ठेकेदार को", "thekedarala", "ठेकेदाराला", "malakala", "मालकाला",
                   "malik ko", "मालिक को", "sethla", "शेठला", "seth ko", "सेठ को", "boss la", "बॉसला",
                   "boss ko", "बॉस को", "owner ko", "sir la", "सरांना",
                   # a teacher, a warden or a principal: "maths sir ko maar dalunga"
                   "sir ko", "सर को", "teacher ko", "टीचर को", "madam ko", "मैडम को", "principal ko",
                   "प्रिंसिपल को", "warden ko", "वार्डन को", "teacherla", "टीचरला", "madamla", "मॅडमला",
                   "wardenla", "वॉर्डनला")

NEW: dict[str, tuple[str, ...]] = {
    # A boss or a contractor named in the object case: "मॅनेजरला", "manager ko", "malik ko".
    "boss_as_object": _BOSS_AS_OBJECT,
    # A murder vowed in the borrowed word, with a Marathi or Hindi verb: "मर्डर करेन", "murder kar
    # dunga". (The English "gonna murder me" and "तुझा खून करीन 😂" are the scolding idioms the
    # other readings already weigh; they are not listed here.)
    "murder_vowed": ("मर्डर करेन", "मर्डर करीन", "मर्डर करणार", "मर्डर करतो", "murder karen", "murder karin",
                     "murder karnar", "murder karto", "मर्डर करूंगा", "मर्डर करूँगा", "मर्डर कर दूंगा",
                     "मर्डर कर दूँगा", "murder karunga", "murder kar dunga", "murder kar denge", "मर्डर कर देंगे",
                     "murder karungi", "मर्डर करूंगी", "murder kar dungi", "मर्डर कर दूंगी"),
    # A bottle broken on a head: "dokyat fodto", "sir pe phod dunga", "on his head".
    "broken_on_a_head": ("dokyat fodto", "डोक्यात फोडतो", "dokyat fodin", "डोक्यात फोडीन", "dokyat fodnar",
                         "डोक्यात फोडणार", "dokyavar fodto", "डोक्यावर फोडतो", "dokyavar fodin", "डोक्यावर फोडीन",
                         "sir pe phod", "सिर पे फोड़", "sir par phod", "सिर पर फोड़", "sar pe phod", "sir pe fod",
                         "sir pe tod", "सिर पे तोड़", "sir par tod", "सिर पर तोड़", "on his head", "on her head",
                         "on his skull", "over his head"),
    # Breaking a bottle on someone: "break a bottle on", "smash a bottle over".
    "bottle_broken_on": ("break a bottle on", "break a bottle over", "smash a bottle on", "smash a bottle over",
                         "break the bottle on", "smash the bottle on", "break a beer bottle on",
                         "bottle on his head", "bottle over his head", "bottle on her head"),
    # A bottle broken by accident: it fell, it slipped.
    "bottle_by_accident": ("by mistake", "accidentally", "by accident", "galti se", "गलती से", "chukun", "चुकून",
                           "fell", "slipped", "gir gayi", "गिर गई", "padli", "पडली", "haatun sutli", "हातून सुटली"),
    # He won't see the morning: "subah nahi dekhega", "उद्याची सकाळ बघणार नाही".
    "wont_see_morning": ("wont see the morning", "won't see the morning", "wont see tomorrow", "won't see tomorrow",
                         "wont see another day", "won't see another day", "wont live to see", "won't live to see",
                         "wont wake up tomorrow", "won't wake up tomorrow", "subah nahi dekhega", "सुबह नहीं देखेगा",
                         "subah nahi dekh payega", "सुबह नहीं देख पाएगा", "kal ka suraj nahi dekhega",
                         "कल का सूरज नहीं देखेगा", "kal ki subah nahi dekhega", "कल की सुबह नहीं देखेगा",
                         "udyachi sakal baghnar nahi", "उद्याची सकाळ बघणार नाही", "udyacha suryoday baghnar nahi",
                         "उद्याचा सूर्योदय बघणार नाही", "sakal baghnar nahi", "सकाळ बघणार नाही"),
    # Someone else who will not see it: he, she, that fellow.
    "he_or_she": ("he", "she", "that guy", "that fellow", "woh", "wo", "वो", "vo", "to", "ती", "तो", "ti"),
    # A building burnt down: "burn down", "aag laga dunga", "पेटवून देतो".
    "burn_down_vowed": ("going to burn down", "gonna burn down", "will burn down", "i'll burn down", "ill burn down",
                        "burn it down", "burn it all down", "burn the place down", "burn that place down",
                        "burn down that", "burn down their", "burn down the", "aag laga dunga", "आग लगा दूंगा",
                        "आग लगा दूँगा", "aag laga denge", "आग लगा देंगे", "aag lagaunga", "आग लगाऊंगा",
                        "aag lagaa dunga", "jala ke rakh dunga", "जला के राख कर दूंगा", "phoonk dunga",
                        "फूंक दूंगा", "petvun deto", "पेटवून देतो", "petvun denar", "पेटवून देणार", "petvun din",
                        "पेटवून देईन", "aag lavto", "आग लावतो", "aag lavin", "आग लावीन", "aag lavnar", "आग लावणार"),
    # A building or a business: an institute, an office, a shop, a hotel.
    "building_named": ("institute", "coaching", "academy", "classes", "class", "office", "college", "school",
                       "hostel", "shop", "dukaan", "दुकान", "dukan", "hotel", "restaurant", "building", "factory",
                       "godown", "godam", "गोदाम", "house", "ghar", "घर", "ghar ko", "ghara", "घराला", "gharala",
                       "dukanala", "दुकानाला", "office la", "ऑफिसला", "इन्स्टिट्यूट", "इंस्टिट्यूट", "कोचिंग",
                       "क्लास", "क्लासला", "ऑफिस", "हॉटेल", "होटल", "हॉस्टेल"),
    # What makes burning down harmless: calories, fat, a game, the garbage, the stubble, bridges.
    "burnt_harmlessly": ("calories", "calorie", "fat", "game", "minecraft", "garbage", "kachra", "कचरा", "stubble",
                         "parali", "पराली", "bridges", "candle", "diya", "holi", "holika", "ravan", "रावण",
                         "effigy", "putla", "पुतला", "crackers", "fire drill", "mock drill", "rebuild", "demolish",
                         "demolition", "renovation", "renovate", "lol", "haha"),
    # Removing him like a thorn: "tyacha kaatach kadhto", "uska kaanta nikal dunga".
    "thorn_removed": ("tyacha kaatach kadhto", "tyacha kaata kadhto", "tyacha kata kadhto", "tyacha katach kadhto",
                      "त्याचा काटाच काढतो", "त्याचा काटा काढतो", "tyacha kaata kadhin", "त्याचा काटा काढीन",
                      "tyacha kaatach kadhin", "त्याचा काटाच काढीन", "tyacha kaata kadhnar", "त्याचा काटा काढणार",
                      "ticha kaata kadhto", "तिचा काटा काढतो", "ticha kaatach kadhto", "तिचा काटाच काढतो",
                      "tyancha kaata kadhto", "त्यांचा काटा काढतो", "kaatach kadhto", "काटाच काढतो",
                      "kaatach kadhin", "काटाच काढीन", "uska kaanta nikal dunga", "उसका कांटा निकाल दूंगा",
                      "उसका काँटा निकाल दूँगा", "uska kanta nikal dunga", "rasta ka kaanta hata dunga",
                      "रास्ते का कांटा हटा दूंगा", "raaste ka kaanta hata dunga"),
    # A thorn from a foot, a fish bone: the literal thorn.
    "literal_thorn": ("paay", "पाय", "payatla", "पायातला", "payat", "पायात", "pair", "पैर", "foot", "finger",
                      "bot", "बोट", "ungli", "उंगली", "fish", "masa", "मासा", "machhli", "मछली", "doctor",
                      "डॉक्टर"),
    # A blade taken up: "koyta ghein", "darati utha lunga", "I'll pick up the sickle".
    "blade_taken_up": ("koyta ghein", "कोयता घेईन", "koyta gheto", "कोयता घेतो", "koyta ghenar", "कोयता घेणार",
                       "kurhad ghein", "कुऱ्हाड घेईन", "kurhad gheto", "कुऱ्हाड घेतो", "vila ghein", "विळा घेईन",
                       "suri ghein", "सुरी घेईन", "talwar ghein", "तलवार घेईन", "darati utha lunga",
                       "दराती उठा लूंगा", "daranti utha lunga", "हंसिया उठा लूंगा", "hansiya utha lunga",
                       "gandasa utha lunga", "गंडासा उठा लूंगा", "kulhadi utha lunga", "कुल्हाड़ी उठा लूंगा",
                       "talwar utha lunga", "तलवार उठा लूंगा", "pick up the sickle", "pick up a sickle",
                       "take the sickle to him", "take an axe to him", "take a machete to him"),
    # Abuse done again: "parat shivi dilya", "phir gaali di", "hits her again".
    "abuse_again": ("shivi", "शिवी", "shivya", "शिव्या", "gaali", "गाली", "gaaliyan", "गालियां", "galiya",
                    "haat lavla", "हात लावला", "haath lagaya", "हाथ लगाया", "maarla", "मारलं", "marla",
                    "maara", "मारा", "abuse", "abuses", "abused", "hits her", "hit her", "hits my", "touch her",
                    "touches her"),
    # The farm or the wood: why a sickle is taken up on an ordinary day.
    "farm_errand": ("shet", "शेत", "shetat", "शेतात", "khet", "खेत", "ऊस", "gavat", "गवत", "ghaas", "घास",
                    "chara", "चारा", "lakud", "लाकूड", "lakdi", "लकड़ी", "firewood", "jungle", "जंगल", "farm",
                    "field", "kapaycha", "कापायचं", "kaatne", "काटने", "harvest", "kapni", "कापणी"),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    # The boss in the object case is the one a blow is aimed at, so that "मॅनेजरला उद्या मारणार" is
    # read as a threat to him and not as the writer's own death.
    "other_target": _BOSS_AS_OBJECT,
}

_SCREEN = _g("screen_watched")

THREATS_AT_WORK: tuple[Combination, ...] = (
    # A boss or a contractor and a stab or a kill vowed (the knife or the day beside it).
    # (Not "marunga nahi, bas baat karunga": the blow denied right beside it.)
    Combination(HO, (_g("boss_as_object"), _g("kill", "maim")), 6, unless=_SCREEN + _g("negation"), unless_reach=2),
    # A murder vowed in borrowed words.
    Combination(HO, (_g("murder_vowed"),), 0, unless=_SCREEN + _g("laugh", "burnt_harmlessly"), unless_reach=8),
    # A bottle broken on someone's head: said with the head's verb, or "break a bottle on" a head.
    Combination(HO, (_g("bottle_word"), _g("broken_on_a_head")), 6, unless=_g("bottle_by_accident"), unless_reach=4),
    Combination(HO, (_g("bottle_broken_on"), _g("head")), 6, unless=_g("bottle_by_accident"), unless_reach=4),
    # He or she will not see the morning.
    Combination(HO, (_g("he_or_she", "third_person", "other_target"), _g("wont_see_morning")), 3, order=True,
                unless=_SCREEN, unless_reach=6),
    # A building burnt down, vowed: beside the building or the fuel to do it.
    Combination(HO, (_g("burn_down_vowed"), _g("building_named", "fuel")), 14, across=True,
                unless=_g("burnt_harmlessly"), unless_reach=10),
    # Removing him like a thorn (not a thorn pulled from a foot).
    Combination(HO, (_g("thorn_removed"),), 0, unless=_g("literal_thorn"), unless_reach=6),
    # A blade taken up if a relation abuses again (not a sickle taken to the farm).
    Combination(HO, (_g("abuse_again"), _g("blade_taken_up")), 10, order=True, unless=_g("farm_errand"),
                unless_reach=8),
)
