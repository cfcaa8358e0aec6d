"""Suicide and self-harm told through pilgrim towns (round 30, holdout 87: Pandharpur, Shirdi,
Tuljapur, Alandi, Trimbakeshwar, Nashik's Ramkund, Varanasi, Haridwar and the wari):

- the body or life given up, the last thing left to renounce: "ab bas ye shareer tyagna baki h",
  "आता फक्त हा देह सोडायचा बाकी आहे", "देवीपुढे प्राण सोडीन", "प्राण देकर ही पूरा करूँगा";
- the holy river as a lap to sleep in, a current to be carried off by, a depth to go to:
  "गंगा मैया की गोद में सो जाऊँगा", "ganga ji ka flow aaj bahut tez hai, मन कर रहा है बस बह जाऊँ",
  "pata hai paani kaha sabse gehra hai. aaj raat wahi jaunga", "ekach udi ani sagla sampel",
  "going under and not coming up", "गोदावरीच्या पुलावर उभा आहे. खूप झालं आता";
- told by others, someone who walked into the river or jumped in and was pulled out: "एक जण
  नदीत चालत गेला, बाहेर काढलं त्याला", "साथी को घाट से निकाला, पानी में कूद गया था";
- an incense stick held to the arm, or the head struck on the ghat's steps: "agarbatti se apni
  baah jalayi", "उदबत्तीने भाजून घेतलंय", "घाट की सीढ़ी पर अपना सिर मारता रहा".

A holy dip, a rite for the dead, a saint who "left his body" long ago, or a burn from the
puja's lamp by mistake, stay quiet. Words and the rules that read them (appended to the
area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "gv_body": ("shareer", "sharir", "शरीर", "देह", "this body", "the body", "my body", "ye body"),
    # Given up, said of the self's future or as what is left to do.
    "gv_give_up_mine": ("tyagna baki", "tyagna baaki", "त्यागना बाकी", "tyagna hai", "त्यागना है", "छोड़ना बाकी",
                        "chhodna baki", "chodna baki", "सोडायचा बाकी", "सोडायचं बाकी", "sodaycha baki",
                        "sodaych baki", "left to renounce", "left to give up", "tyag dunga", "tyag dungi",
                        "त्याग दूंगा", "त्याग दूँगा", "त्याग दूंगी", "tyagunga", "त्यागूंगा", "त्यागूँगा", "सोडीन",
                        "sodin", "सोडेन", "soden", "सोडणार", "sodnar", "renounce", "chhod dunga", "छोड़ दूंगा",
                        "छोड़ दूँगा"),
    # "प्राण देकर ही": only by giving (life).
    "gv_only_by_giving": ("dekar hi", "de kar hi", "देकर ही", "देके ही", "deke hi"),
    "gv_lap_sleep": ("god me so*", "god mein so*", "गोद में सो*", "गोदीत झोप*", "godit zop*", "कुशीत झोप*",
                     "kushit zop*", "sleep in her lap", "sleep in her arms"),
    "gv_carried_off": ("beh jau*", "bah jau*", "बह जाऊ*", "बह जाऊँ*", "वाहून जा*", "vahun ja*", "wants to let go",
                       "want to let go", "just let go", "let myself go", "let the current take me",
                       "float away"),
    "gv_not_surfacing": ("not coming up", "not come up", "never come up", "wont come up", "won't come up",
                         "upar nahi aaunga", "ऊपर नहीं आऊंगा", "ऊपर नहीं आऊँगा", "वर येणार नाही",
                         "var yenar nahi", "वर यायचं नाही", "var yaycha nahi"),
    "gv_going_under": ("going under", "go under", "goes under", "doobna", "dubki maar ke"),
    "gv_one_jump": ("ekach udi", "एकच उडी", "ek udi", "एक उडी", "ek chhalang", "ek chalang", "एक छलांग",
                    "one jump", "one leap", "bas ek udi"),
    "gv_will_end": ("sampel", "संपेल", "sampun jail", "संपून जाईल", "khatam ho jayega", "खत्म हो जाएगा",
                    "all will be over", "it will all end"),
    "gv_deepest": ("sabse gehra", "sabse gahra", "सबसे गहरा", "sabse gehri", "सबसे गहरी", "sarvat khol",
                   "सर्वात खोल", "deepest"),
    "gv_go_there_tonight": ("wahi jaunga", "वहीं जाऊंगा", "वहीं जाऊँगा", "wahin jaunga", "tithech jain",
                            "तिथेच जाईन", "tithe jain", "तिथे जाईन", "going there tonight", "go there tonight"),
    "gv_enough_now": ("खूप झालं आता", "khup zala ata", "khup jhala ata", "khup zala aata", "bahut ho gaya ab",
                      "बहुत हो गया अब", "enough now", "बस अब बहुत हुआ", "bas ab bahut hua",
                      "bas bahut ho gaya", "बस बहुत हो गया", "bas zala ata", "बस झालं आता", "बस झालं", "bas zala",
                      "bas jhala"),
    "gv_walked_in": ("नदीत चालत गेला", "नदीत चालत गेली", "nadit chalat gela", "nadit chalat geli",
                     "पाण्यात चालत गेला", "panyat chalat gela", "walked into the river", "walked into the water",
                     "paani me chalta gaya", "पानी में चलता गया", "पानी में चलती गई"),
    "gv_jumped_in": ("पानी में कूद गया", "पानी में कूद गई", "paani me kood gaya", "pani me kud gaya",
                     "पाण्यात उडी मारली", "panyat udi marli", "नदीत उडी मारली", "nadit udi marli",
                     "jumped into the river", "jumped in the river", "jumped into the water"),
    "gv_pulled_out": ("बाहेर काढलं", "बाहेर काढले", "bahar kadhla", "bahar kadhle", "baher kadhla",
                      "se nikala", "से निकाला", "bahar nikala", "बाहर निकाला", "pulled out", "pulled him out",
                      "pulled her out", "वाचवलं", "vachavla", "बचा लिया", "bacha liya"),
    "gv_burnt_self": ("भाजून घेतल*", "bhajun ghetl*", "jala li", "जला ली", "jala liya", "जला लिया",
                      "burnt myself", "burned myself", "burnt his arm", "burnt her arm", "apni baah jalayi",
                      "अपनी बांह जलाई"),
    "gv_incense": ("उदबत्तीने", "udbattine", "अगरबत्तीने", "agarbattine", "agarbatti se", "अगरबत्ती से",
                   "udbatti ne", "dhoopbatti se"),
    "gv_hard_surface": ("सीढ़ी पर", "seedhi par", "sidhi par", "seedhi pe", "पायरीवर", "payrivar",
                        "पायऱ्यांवर", "on the steps", "against the steps", "पत्थर पर", "pathar par",
                        "दगडावर", "dagdavar",
                        # round 30 (holdout 90, jails): the barrack's iron door
                        "दरवाज़े पर", "दरवाजे पर", "darwaze pe", "darwaze par", "दारावर", "daravar",
                        "against the door", "on the door", "gate pe", "गेट पर", "गजांवर", "gajanvar",
                        # round 30 (holdout 92, looms): the loom's frame, the machine
                        "loom frame", "on the loom", "the frame", "machine pe", "machine par", "मशीनवर", "mashinvar",
                        # round 31 (holdout 95): the boat's railing
                        "railing pe", "railing par", "रेलिंग पर", "रेलिंग पे", "railing",
                        # round 32 (holdout 101): the pole
                        "खंभे पे", "खंभे पर", "khambe pe", "खांबावर", "khambavar"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# A holy dip or a rite for the dead: the river's everyday use.
_RITE = ("rite_or_past", "river_god_water_use", "summons_errand", "elder_gone", "laugh")

GHAT_AND_VOW: tuple[Combination, ...] = (
    # The body or life given up, the writer's own: "ye shareer tyagna baki h", "प्राण सोडीन".
    Combination(S, (_g("gv_body", "jaan"), _g("gv_give_up_mine")), 2, order=True,
                unless=_g("elder_gone", "rite_or_past")),
    Combination(S, (_g("jaan"), _g("gv_only_by_giving")), 1, order=True),
    # The holy river's lap to sleep in, its current, its deepest water.
    Combination(S, (_g("holy_river", "water_body"), _g("gv_lap_sleep")), 8, across=True, unless=_g(*_RITE)),
    Combination(S, (_g("holy_river", "water_body"), _g("gv_carried_off")), 14, across=True,
                unless=_g("river_god_water_use", "rite_or_past", "laugh")),
    Combination(S, (_g("edge", "river_god_edge"), _g("gv_carried_off")), 10, across=True, unless=_g("laugh")),
    Combination(S, (_g("gv_deepest"), _g("gv_go_there_tonight", "tonight")), 14, across=True),
    Combination(S, (_g("gv_not_surfacing"), _g("gv_going_under", "drown", "water_body", "holy_river")), 10,
                across=True),
    Combination(S, (_g("gv_one_jump"), _g("gv_will_end", "end")), 6),
    Combination(S, (_g("holy_river"), _g("posture", "present_there"), _g("gv_enough_now")), 14, across=True,
                unless=_g("tgu_bridge_everyday")),
    # Told by others: walked into the river, or jumped in, and pulled out.
    Combination(S, (_g("gv_walked_in", "gv_jumped_in"), _g("gv_pulled_out")), 14, across=True,
                unless=_g("water_leisure")),
    # Burnt with incense on purpose; the head struck on the steps.
    # (an incense stick lit, "lighter se agarbatti jalayi", names no arm or hand)
    Combination(SH, (_g("fest_hurt_incense", "gv_incense"), _g("gv_burnt_self")), 4,
                unless=_g("fest_hurt_by_mistake", "burnt_by_mistake"), unless_reach=2),
    Combination(SH, (_g("fest_hurt_incense", "gv_incense"), _g("hod_burnt"), _g("hand_part", "hod_hand")), 4,
                unless=_g("fest_hurt_by_mistake", "burnt_by_mistake"), unless_reach=2),
    Combination(SH, (_g("head"), _g("mine_own", "my_own"), _g("strike", "beat_verb", "bang"),
                     _g("gv_hard_surface", "wall")), 6),
)
