"""Suicide told as the passwords sent, the last live, the keys and the accounts left, everyone freed
by the writer's going, the vat or the crusher gone into; self-harm on the hot pan and the iron (the
reading of rounds 72-73: mobile repairers, jaggery makers, street food carts, flour and oil mills,
upholsterers, reel makers):

- the channel's or the Instagram password sent, with "before I go", "take care of it" or "Vicky chala
  gaya"; the last live or the last video, and the phone off or "the account and I both gone";
- the shop's keys or the accounts left where they can be found, with "don't wait for me", "we won't
  meet", "after me", a last message (a key left for a helper, with nothing more, stays quiet);
- everyone freed or better off once the writer goes or dies: "मी मेलो की सुटतील सगळे", "mere bacche
  bina baap ke zyada sukhi rahenge", "दोन्ही माझ्या जाण्यानेच संपतील";
- into the boiling vat, the crusher's rollers, under the loaded trolley: "उकळत्या काहिलीत उडी मारली
  तर सगळं संपेल", "कल कोल्हू के बेलन में खुद को दे दूंगा", "गन्ने से भरी ट्रॉली के नीचे आ जाऊं";
- "मेरा अंत लिखा है"; "meri arthi pe koi rona mat"; God asked to take the writer and "मीच जायचं
  ठरवलंय"; "usse pehle hi upar chala jaunga"; enough of living, "he jagna band vhava"; today wished
  the last day; no purpose left and the end; not to stay in this world;
- the fast train and the end or "I'm tired"; the seventh floor looked down from, and calm;
- the live wire held, "maybe tomorrow"; "before I go" beside the wire or the things given;
- the belt tied to the roof's hook; "will it bear my weight" beside the beam;
- forgive me and up to the terrace; sorry and bye and the phone off, reported;
- the hot pan, a heated rod or the motor held to the skin on purpose; punches to the iron till it
  bleeds; the head banged "when nobody is around"; a blow struck to one's own hand.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH = Category.SUICIDE, Category.SELF_HARM

NEW: dict[str, tuple[str, ...]] = {
    "pw_password": ("password", "पासवर्ड", "insta password", "channel password"),
    "pw_sent": ("sent", "bhej diya", "भेज दिया", "पाठवले", "पाठवला", "pathavla", "de diya", "दे दिया", "gave"),
    "pw_farewell_hint": ("before i go", "jaane se pehle", "जाण्याआधी", "chala gaya", "चला गया", "take care of it",
                         "something is wrong", "kuch gadbad", "sorted before",
                         # round 73: "पासवर्ड मला पाठवले आणि म्हणाला आता तूच बघ"
                         "आता तूच बघ", "ata tuch bagh", "aata tuch bagh", "ab tu hi dekh", "अब तू ही देख", "you take over"),
    "pw_last_live": ("आखिरी live", "aakhri live", "शेवटचा live", "shevatcha live", "last live", "my last video",
                     "मेरा last video", "माझा last video", "last video है", "आखिरी वीडियो", "aakhri video"),
    "pw_me_too_gone": ("और मैं दोनों", "मी आणि", "me and this account", "dono gone", "दोघंही", "दोनों gone"),
    # Keys and accounts left; a farewell beside them.
    # The accounts themselves are pricked_burnt_and_my_time_up.py's mt_my_accounts; Marathi's are here.
    "pw_keys": ("keys r under", "keys are under", "chabi", "चाबी", "चावी", "chavi", "keys", "हिशोब", "hishob"),
    "pw_farewell": ("for the last time", "mazi vaat baghu naka", "माझी वाट बघू नका", "don't wait for me",
                    "dont wait for me", "ab main kisi ko nahi milunga", "अब मैं किसी को नहीं मिलूंगा", "मेरे बाद",
                    "mere baad", "bayko ला द्या", "आज last message", "last message", "अब नहीं होगा", "ab nahi hoga",
                    "tell amma im sorry"),
    # Everyone freed once the writer goes.
    "pw_when_i_go": ("मी मेलो की", "mi melo ki", "मैं मर गया तो", "main mar gaya to", "if i die", "bina baap ke",
                     "बिना बाप के", "if i just go", "if the furnace took me", "furnace took me", "माझ्या जाण्यानेच",
                     "mazya janyanech", "mi nasloch tar", "मी नसलोच तर"),
    "pw_all_freed": ("सुटतील सगळे", "sutatil sagle", "will be free", "free of my debts", "sukhi rahenge", "सुखी रहेंगे",
                     "better off", "संपतील", "sampatil", "sagla sutel", "सगळं सुटेल"),
    # Into the vat, the rollers, under the trolley.
    "pw_self_into": ("उडी मारली तर", "udi marli tar", "udi maru", "उडी मारू", "khud belan me chala jaunga", "खुद को दे दूंगा",
                     "khud ko de dunga", "jaun padava", "जाऊन पडावं", "took me"),
    "pw_under_it": ("के नीचे आ जाऊं", "ke neeche aa jaun", "ke niche aa jau", "ke neeche aa jaaun"),
    "pw_my_end": ("मेरा अंत लिखा", "mera ant likha", "माझा अंत लिहिला", "maza ant lihila"),
    "pw_my_bier": ("meri arthi", "मेरी अर्थी", "majhi tirdi", "माझी तिरडी", "my funeral"),
    "pw_dont_cry": ("rona mat", "रोना मत", "रडू नका", "radu naka", "don't cry", "dont cry"),
    "pw_god_take_me": ("मला उचलून ने", "mala uchlun ne", "mujhe utha le", "मुझे उठा ले", "take me away god"),
    "pw_decided_to_go": ("मीच जायचं ठरवलंय", "mich jaycha tharavlay", "ab main khud jaunga", "अब मैं खुद जाऊंगा",
                         "decided to go myself"),
    "pw_before_that": ("usse pehle hi", "us se pehle hi", "uske pehle hi", "usse pehle", "उससे पहले ही"),
    "pw_enough_living": ("पुरे झालं जगणं", "pure zala jagna", "jagna band vhava", "जगणं बंद व्हावं", "jeena band ho jaye",
                         "जीना बंद हो जाए", "शेवटचा दिवस असावा", "shevatcha divas asava", "aakhri din ho jaye",
                         "आखिरी दिन हो जाए"),
    "pw_no_purpose": ("purpose नहीं बचा", "koi purpose nahi", "no purpose left", "कोई मकसद नहीं बचा"),
    "pw_not_stay": ("ab nahi rehna", "अब नहीं रहना", "mujhe nahi rehna", "मुझे नहीं रहना"),
    "pw_this_world": ("is duniya", "इस दुनिया", "ya jagat", "या जगात"),
    # The fast train and the end; the floor looked down from, and calm.
    "pw_fast_train": ("fast train", "फास्ट लोकल", "fast local", "express chi vaat", "एक्सप्रेसची वाट"),
    "pw_end_words": ("the end", "im tired", "i'm tired", "थकलोय", "thakloy", "thak gaya hu"),
    "pw_looking_down": ("khali baghun", "खाली बघून", "neeche dekh ke", "नीचे देख के", "looking down"),
    "pw_calm": ("shanta vatatay", "शांत वाटतंय", "sukoon", "सुकून", "peaceful", "shant vatta"),
    "pw_floor": ("majla", "मजला", "floor", "मंजिल", "manzil", "gachhivar", "गच्चीवर"),
    # The live wire held; maybe tomorrow.
    "pw_live_wire": ("bare end", "starter wire", "main switch वाला wire", "naked wire", "नंगा तार", "current wala taar",
                     "high tension wire", "हाय टेन्शन"),
    "pw_maybe_tomorrow": ("maybe tomorrow", "didnt do it", "पकड़ लूँ", "pakad lun", "pakad lu", "पकड़ लूं", "before i go"),
    # The belt tied to the hook; the beam and the weight.
    "pw_roof_hook": ("आकड्याला", "aakdyala", "हुकला", "hookla", "hook"),
    "pw_tied": ("बांधलाय", "bandhlay", "baandh diya", "बांध दिया", "tied"),
    "pw_strap": ("पट्टा", "patta", "belt", "dori", "दोरी", "niwar", "निवार", "patti", "पट्टी", "strap"),
    "pw_bears_me": ("mazha bhar sahan karel", "माझा भार सहन करेल", "mera bhaar sahega", "take my weight",
                    "mujhe bhi utha legi", "mujhe bhi jhel legi", "will take me too"),
    "pw_beam": ("vasyakade", "वाशाकडे", "वासा", "vasa", "beam", "niwar", "निवार", "patti", "पट्टी"),
    # Forgive me, and up to the terrace; sorry and bye, the phone off.
    "pw_forgive_me": ("mala maaf kar", "मला माफ कर", "mujhe maaf kar", "मुझे माफ कर", "forgive me"),
    "pw_sorry_bye": ("sorry आणि bye", "sorry and bye", "sorry n bye", "sorry bye", "sorry ani bye"),
    # On purpose, to the skin; punches till it bleeds; a blow to one's own hand.
    "pw_hot_thing": ("tavya", "tawa", "तवा", "तव्यावर", "garam rod", "garam motor", "hot jaggery ladle", "hot ladle",
                     "garam karchi", "गरम करछी"),
    "pw_on_purpose": ("mudaam", "mudam", "मुद्दाम", "on purpose", "jaanbujh", "जानबूझ", "jab tak chamdi nahi jali",
                      "dard acha lagta"),
    "pw_skin": ("haat", "haath", "हात", "हाथ", "thigh", "मांडी", "bazu", "बाजू", "baazu", "forearm", "arm", "skin",
                "chamdi"),
    "pw_till_it_bleeds": ("raktbambal", "रक्तबंबाळ", "till it bleeds", "khoon nikal", "ungli tooti", "उंगली शायद टूटी",
                          "फिर से दीवार पे"),
    "pw_strike_own": ("स्वतःच्या हातावर वार", "swatachya hatavar var", "apne haath pe vaar", "अपने हाथ पे वार"),
    "pw_nobody_around": ("when nobody is around", "थांबता येत नाही", "thambta yet nahi", "it helps more than"),
    "pw_own_forearm": ("on my own forearm", "on my own arm", "my own forearm"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

PASSWORD_SENT_AND_LAST_LIVE: tuple[Combination, ...] = (
    Combination(S, (_g("pw_password"), _g("pw_sent"), _g("pw_farewell_hint")), 20, across=True),
    Combination(S, (_g("pw_last_live"), _g("pw_me_too_gone", "cs_no_answer", "unreachable", "nl_phone_off", "mt_i_go",
                                               "tb_acid", "poison")), 20,
                across=True),
    Combination(S, (_g("pw_keys", "mt_my_accounts"), _g("pw_farewell")), 20, across=True),
    Combination(S, (_g("pw_when_i_go", "when_i_go", "eol_if_i_go"), _g("pw_all_freed", "hinted_freed")), 12, across=True,
                unless=_g("mt_trip_or_job"), unless_reach=8),
    Combination(S, (_g("vc_vessel"), _g("pw_self_into")), 10, across=True),
    Combination(S, (_g("pw_under_it"),), 0),
    Combination(S, (_g("pw_my_end"),), 0),
    Combination(S, (_g("pw_my_bier"), _g("pw_dont_cry")), 8),
    Combination(S, (_g("pw_god_take_me"), _g("pw_decided_to_go")), 16, across=True),
    Combination(S, (_g("mt_up"), _g("pw_before_that")), 6),
    Combination(S, (_g("pw_enough_living"),), 0),
    Combination(S, (_g("pw_no_purpose"), _g("end")), 10, across=True),
    Combination(S, (_g("pw_not_stay"), _g("pw_this_world")), 10, across=True),
    Combination(S, (_g("pw_fast_train", "mt_fast_train"), _g("pw_end_words")), 20, across=True),
    Combination(S, (_g("pw_floor", "high_place"), _g("pw_looking_down"), _g("pw_calm")), 12, across=True),
    Combination(S, (_g("pw_live_wire"), _g("pw_maybe_tomorrow")), 20, across=True),
    Combination(S, (_g("pw_roof_hook"), _g("pw_strap"), _g("pw_tied")), 8),
    Combination(S, (_g("pw_bears_me"), _g("pw_beam", "mt_hook")), 16, across=True),
    Combination(S, (_g("pw_forgive_me"), _g("high_place", "pw_floor", "rail_line", "water_body")), 12, across=True),
    Combination(S, (_g("pw_sorry_bye"), _g("cs_no_answer", "unreachable")), 12, across=True),
    Combination(SH, (_g("pw_hot_thing", "mt_heated"), _g("pw_skin", "mt_body"), _g("pw_on_purpose")), 12, across=True),
    Combination(SH, (_g("mt_punches"), _g("pw_till_it_bleeds", "pw_on_purpose")), 12, across=True),
    Combination(SH, (_g("mt_head"), _g("mt_bang"), _g("pw_nobody_around")), 12, across=True),
    Combination(SH, (_g("pw_strike_own"),), 0),
    Combination(SH, (_g("pw_own_forearm"), _g("cut")), 10, across=True),
)
