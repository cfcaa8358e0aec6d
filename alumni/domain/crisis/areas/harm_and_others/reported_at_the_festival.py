"""What a wife or a mother reports at a festival, and a threat over a wedding or a fair: he said
this one (the festival, the gudi) is his last and his door is shut now ("to mhanala hi majhi
shevatchi. kholicha darwaja band"); he keeps saying he is of no use and has gone with the phone
off; he sent "sorry to everyone" and is not back; a man to be crushed under a car ("gadit ghalun
chirdnar"); "his game" to be done with men called over a wife touched ("त्याचा game करतो").

What keeps each quiet is named beside it: his last cigarette, or a door shut for sleep; "sorry
everyone" for being late; a game played on a
phone, a board or a pitch; insects crushed.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, HO = Category.SUICIDE, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # He said this is his last: "to mhanala hi majhi shevatchi", "bola ye meri aakhri hai".
    "fest_report_said_his_last": (
        "mhanala hi majhi shevatchi", "म्हणाला ही माझी शेवटची", "mhanala ha majha shevatcha", "म्हणाला हा माझा शेवटचा",
        "mhanto hi majhi shevatchi", "hi majhi shevatchi", "ही माझी शेवटची", "ha majha shevatcha", "हा माझा शेवटचा",
        "bola ye meri aakhri", "बोला ये मेरी आखिरी", "bola yeh meri aakhri", "kaha ye meri aakhri", "कहा ये मेरी आखिरी",
        "ye meri aakhri", "ये मेरी आखिरी", "यह मेरी आखिरी", "said this is his last", "said it's his last",
        "said its his last", "says this is his last",
    ),
    # The last of a small thing, or a door shut for sleep: "his last cigarette", "zopla".
    "fest_report_last_of_a_thing": (
        "cigarette", "cigarettes", "सिगरेट", "bidi", "बिडी", "peg", "chai", "चहा", "match", "ball", "try", "chance",
        "zopla", "झोपला", "so gaya", "सो गया", "slept", "sleeping", "asleep", "zopli", "झोपली",
    ),
    # He says, he keeps saying: the relation's words reported.
    "fest_report_he_says": (
        "mhanto", "म्हणतो", "mhanala", "म्हणाला", "mhanaycha", "म्हणायचा", "bolta hai", "बोलता है", "kehta hai",
        "कहता है", "bolta rehta", "बोलता रहता", "kehta rehta", "कहता रहता", "he says", "keeps saying", "kept saying",
    ),
    # His door shut: "kholicha darwaja band", "दरवाजा बंद", "door locked".
    "fest_report_door_shut": (
        "darwaja band", "दरवाजा बंद", "दरवाज़ा बंद", "darvaja band", "दार बंद", "daar band", "kadi lavli",
        "कडी लावली", "door locked", "door is locked", "door shut", "door is shut", "locked the door",
        "kamra band", "कमरा बंद", "kholi band", "खोली बंद",
    ),
    # "Sorry to everyone", as a message left: "sorry सगळ्यांना", "sabko sorry".
    "fest_report_sorry_to_all": (
        "sorry सगळ्यांना", "sorry saglyanna", "sorry saglyana", "सगळ्यांना sorry", "saglyanna sorry",
        "सॉरी सगळ्यांना", "sorry sabko", "sorry सबको", "sabko sorry", "सबको sorry", "सबको सॉरी", "sorry everyone",
        "sorry to everyone", "sorry to all", "sab se maafi", "सब से माफ़ी", "सबसे माफी",
    ),
    # An ordinary "sorry everyone": late, a delay, a mistake in the group.
    "fest_report_sorry_for_little": (
        "late", "ushir", "उशीर", "der", "देर", "traffic", "wrong", "typo", "galat", "गलत", "chukla", "miss",
        "missed", "delay",
    ),
    # Not back yet: "अजून आले नाहीत", "abhi tak nahi aaye", "not back yet".
    "fest_report_not_back_yet": (
        "अजून आले नाहीत", "ajun aale nahit", "ajun ale nahit", "ajun aala nahi", "अजून आला नाही",
        "abhi tak nahi aaye", "अभी तक नहीं आए", "abhi tak nahi aaya", "अभी तक नहीं आया", "not back yet",
        "still not back", "hasn't come back", "hasnt come back", "not come back yet",
    ),
    # Crushed under a vehicle: "gadit ghalun chirdnar", "kuchal dunga".
    "fest_report_crush": (
        "chirdnar", "चिरडणार", "chirdun takin", "चिरडून टाकीन", "chirdun takto", "चिरडून टाकतो", "chirdto",
        "चिरडतो", "kuchal dunga", "कुचल दूंगा", "kuchal doonga", "kuchal denge", "कुचल देंगे", "run him over",
        "run over him", "gadikhali ghalto", "गाडीखाली घालतो", "gadit ghalun", "गाडीत घालून",
    ),
    # Insects, cans: what else is crushed.
    "fest_report_crushed_things": (
        "cockroach", "zurl*", "झुरळ*", "machhar", "मच्छर", "dhekun", "ढेकूण", "can", "cans", "ants", "mungya",
        "मुंग्या", "ऊस", "sugarcane",
    ),
    # His game done: "त्याचा game करतो", "uska game baja dunga".
    "fest_report_his_game": (
        "tyacha game karto", "त्याचा game करतो", "त्याचा गेम करतो", "tyacha game karnar", "त्याचा game करणार",
        "tyacha game vajavto", "त्याचा गेम वाजवतो", "uska game baja", "उसका game बजा", "उसका गेम बजा",
        "uska game kar dunga", "उसका game कर दूंगा", "उसका गेम कर दूंगा", "game baja dunga", "गेम बजा दूंगा",
    ),
    # Men called over, or the grievance that is touching one's own.
    "fest_report_men_called": (
        "माणसं बोलावलीत", "manse bolavli", "manse bolavlit", "माणसं बोलावली", "पोरं बोलावली", "pora bolavli",
        "ladke bulaye", "लड़के बुलाए", "ladke bula liye", "लड़के बुला लिए", "boys called", "called the boys",
        "called my boys",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

REPORTED_AT_THE_FESTIVAL: tuple[Combination, ...] = (
    # He said this is his last, and his door is shut now.
    Combination(S, (_g("fest_report_said_his_last"), _g("fest_report_door_shut", "unreachable", "gone_missing")), 18, across=True,
                unless=_g("fest_report_last_of_a_thing"), unless_reach=6),
    # He keeps saying he is of no use, and is gone with the phone off.
    Combination(S, (_g("he_or_she", "third_person", "fest_report_he_says"), _g("worthless_me"), _g("unreachable", "gone_missing")), 20,
                across=True),
    # "Sorry to everyone" left, and not back (a phone switched off alone is the writer's own apology); sorry for being late is no farewell.
    Combination(S, (_g("fest_report_sorry_to_all"), _g("fest_report_not_back_yet", "gone_missing")), 16, across=True,
                unless=_g("fest_report_sorry_for_little"), unless_reach=3),
    # Someone to be crushed under a car; insects or cans crushed are chores.
    Combination(HO, (_g("third_person", "other_target", "he_or_she"), _g("fest_report_crush")), 6,
                unless=_g("fest_report_crushed_things"), unless_reach=3),
    # His game to be done, with men called over or over a wife touched.
    Combination(HO, (_g("fest_report_his_game"), _g("fest_report_men_called", "abuse_again")), 16, across=True),
)
