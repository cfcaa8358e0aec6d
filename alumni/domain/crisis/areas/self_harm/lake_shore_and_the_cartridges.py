"""The lake shore and the cartridges (the reading of rounds 130-131: runners, Katkari families, chess players,
dental clinics, co-operative bank clerks, Ambedkarite Buddhist families):

- what is left when I am gone: "after I'm gone sell the chair, pay her fees", "if I go, they'll be happy", "only if
  I go will this be solved", the insurance money "you'll be happy", "before that I'll go myself", "better I went
  myself", "my matter will be over before Monday", "made a plan to die", "resign from life", "what is left to live
  for", "I won't be alive then", "I'll never be there", "better off if I just wasn't there";
- the last words: "we won't meet any more" beside goodbye, "our last meeting", "tell mother to forgive me", "the
  last photo" beside bye, "tonight's decision is taken", "tell them he was tired", things given away "I won't need
  them now";
- the water, the height and the rails: on the bridge or by the lake "look after the children", "switching the
  phone off", "a little longer and then I'm calm too"; the window open "looking down, just had to tell someone";
  "next time I won't pull my feet back"; "only the dam's road is left"; waiting on the rails for the 9:40;
- self-harm: a burning log, a hot knife or hot lac laid on one's own hand or thigh, the hand held in the flame, one's
  own hand bitten till it bled, scratching with safety pins or a compass, the stapler pin pushed in, "ran on the
  fracture on purpose, wanted it to hurt";
- overdose: the local-anaesthetic cartridges loaded "to give myself", the poison "I'll put my mouth to it", the
  kerosene "when all are asleep I drink", the pesticide on the hill "today, right here", the whole packet of brown
  sugar at once "breath heavy", the rat-poison packet "just opening it";
- reported: the room locked "no response from inside", "said today is his last day" and not answering, "said he'll
  finish himself tonight" and the phone off, "went towards the tracks", "not back yet, said he won't come back",
  sitting on the bridge railing "not listening", burning his own hand with a cigarette.

Words and the rules that read them (appended to the area's COMBINATIONS by readings_from_round_50.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, OD = Category.SUICIDE, Category.SELF_HARM, Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # What is left when I am gone.
    "vf_after_me": ("mere jaane ke baad", "मेरे जाने के बाद", "mere jane ke baad", "मी गेल्यावर", "mi gelyavar",
                    "after i'm gone", "after im gone", "when i'm gone"),
    "vf_do_this": ("bech dena", "बेच देना", "bhar dena", "भर देना", "de dena", "दे देना", "sambhal lena", "संभाल लेना",
                   "विकून टाका", "vikun taka", "देऊन टाका", "deun taka"),
    "vf_if_i_go": ("mi gelo tar", "मी गेलो तर", "mi gelo tarach", "मी गेलो तरच", "मी गेल्यावर", "mi gelyavar",
                   "main chala gaya to", "मैं चला गया तो", "if i go", "if i just wasnt there", "if i wasnt there",
                   "wasnt there anymore", "wasn't there anymore"),
    "vf_their_relief": ("सुख मिळेल", "sukh milel", "सुखी राहाल", "sukhi rahal", "sukh milega", "सुख मिलेगा",
                        "sutel", "सुटेल", "better off", "compassionate", "sukhi rahoge", "सुखी रहोगे"),
    "vf_you_happy": ("सुखी राहाल", "sukhi rahal", "sukhi rahoge", "सुखी रहोगे", "sukh milel", "सुख मिळेल", "sukh milega",
                     "सुख मिलेगा"),
    "vf_insurance": ("विम्याचे पैसे", "vimyache paise", "insurance", "LIC", "claim", "बीमा", "bima", "विमा", "vima"),
    "vf_before_that_i_go": ("त्याआधी मीच जातो", "tyaadhi mich jato", "usse pehle main hi chala jaunga",
                            "उससे पहले मैं ही चला जाऊंगा", "before that i'll go myself", "मीच गेलेलो बरा",
                            "mich gelelo bara", "त्यापेक्षा मीच गेलेलो", "main hi chala jaun to behtar",
                            "मैं ही चला जाऊं तो बेहतर"),
    "vf_matter_over_by": ("माझा विषय संपलेला असेल", "maza vishay samplela asel", "majha vishay samplela asel",
                          "माझा विषय संपेल", "mera qissa khatam ho chuka hoga", "मेरा किस्सा खत्म हो चुका होगा"),
    "vf_plan_to_die": ("मरने का plan", "marne ka plan", "मरने का प्लान", "मरण्याचा plan", "maranyacha plan",
                       "plan to die", "plan to end it"),
    "vf_resign_life": ("life से resign", "life se resign", "zindagi se resign", "जिंदगी से resign", "resign from life",
                       "आयुष्यातून resign", "ayushyatun resign"),
    "vf_nothing_to_live": ("जीने को बचा क्या है", "jeene ko bacha kya hai", "jine ko bacha kya hai",
                           "जगायला काय उरलं", "jagayla kay urla", "what is left to live for"),
    "vf_not_alive_then": ("zinda nasnar", "जिंदा नसणार", "जिवंत नसणार", "jivant nasnar", "zinda nahi rahunga",
                          "जिंदा नहीं रहूंगा", "won't be alive", "wont be alive", "कधीच नसणार", "kadhich nasnar",
                          "kabhi nahi rahunga", "कभी नहीं रहूंगा"),
    # The last words.
    "vf_no_more_meeting": ("अब मुलाकात नहीं होगी", "ab mulakat nahi hogi", "ab mulaqat nahi hogi", "आता भेट नाही होणार",
                           "ata bhet nahi honar", "we won't meet again", "we wont meet again"),
    "vf_farewell": ("राम राम", "ram ram", "रामराम", "bye", "alvida", "अलविदा", "jai bhim", "जय भीम", "khuda hafiz",
                    "goodbye", "sorry", "माफ"),
    "vf_for_now": ("is hafte", "इस हफ्ते", "jaldi", "जल्दी", "exam", "परीक्षा", "hostel", "होस्टल", "kuch din",
                   "कुछ दिन", "this week", "for a while", "trip", "tour", "gaon", "गांव", "gavala", "गावाला", "ya athavdyat",
                   "या आठवड्यात", "kahi divas", "काही दिवस"),
    "vf_last_meeting": ("shevatcha bhetna", "शेवटचं भेटणं", "aapla shevatcha", "आपलं शेवटचं", "aakhri mulakat",
                        "आखरी मुलाकात", "our last meeting"),
    "vf_mother_forgive": ("माँ को बोलना मुझे माफ करे", "maa ko bolna mujhe maaf kare", "मां को बोलना मुझे माफ",
                          "aai la sanga mala maaf kar", "आईला सांगा मला माफ कर", "tell mother to forgive me",
                          "tell my mother to forgive me"),
    "vf_last_photo": ("last photo", "आखिरी फोटो", "aakhri photo", "शेवटचा फोटो", "shevatcha photo"),
    "vf_trip": ("trip", "tour", "goa", "holiday", "picnic", "wedding", "shaadi", "शादी", "लग्न", "event", "party",
                "ट्रिप", "सहल", "sahal"),
    "vf_decision_tonight": ("आज रात्रीचा निर्णय", "aaj ratricha nirnay", "आज रात का फैसला", "aaj raat ka faisla",
                            "tonight's decision", "tonights decision"),
    "vf_tell_them_tired": ("sanga to thakla hota", "सांगा तो थकला होता", "kehna thak gaya tha", "कहना थक गया था",
                           "tell them i was tired", "say he was tired"),
    "vf_give_away": ("क्लबला द्या", "वाटून द्या", "vatun dya", "vaatun dya", "बाटून देना", "baant dena", "give them to"),
    "vf_wont_need": ("मी आता राहणार नाही", "mi ata rahnar nahi", "मला आता लागणार नाहीत", "mala ata lagnar nahit",
                     "i wont need them", "i won't need them", "ab nahi rahunga", "अब नहीं रहूंगा"),
    "vf_accounts_settled": ("dues clear kele", "hisab dila", "हिशोब दिला", "हिसाब चुका दिया", "cleared all dues",
                            "sab clear kele", "सगळं clear केलं"),
    "vf_i_go_now": ("ata mi jato", "आता मी जातो", "ata mi jaato"),
    "vf_sorry_all": ("sagalyana sorry", "सगळ्यांना सॉरी", "saglyana sorry", "सगळ्यांना sorry", "sorry sagalyana",
                     "sorry everyone", "sorry sabko", "सबको सॉरी"),
    # The water, the height and the rails.
    "vf_at_water": ("पुल पर हूँ", "पुल पर हूं", "pul par hu", "pul pe hu", "पुलावर आहे", "pulavar ahe", "तालाब पे आया",
                    "talab pe aaya", "talav ke kinare", "तलाव के किनारे", "तलावाजवळ", "talavajaval", "bridge railing",
                    "पुल की रेलिंग", "on the bridge", "तालाब के किनारे"),
    "vf_leaving_word": ("ध्यान रखना", "dhyan rakhna", "khayal rakhna", "ख्याल रखना", "काळजी घ्या", "kalji ghya",
                        "फोन अब बंद", "phone ab band", "switch off करतोय", "switch off kartoy", "फोन switch off",
                        "thodi der aur", "थोड़ी देर और", "not listening", "sun nahi raha", "सुन नहीं रहा"),
    "vf_looking_down": ("नीचे देख रहा", "neeche dekh raha", "niche dekh raha", "खाली बघून", "khali baghun",
                        "niche sab chhote", "नीचे सब छोटे", "looking down"),
    "vf_up_there": ("window खुली", "खिड़की खुली", "खिडकी उघडी", "tanki pe chadha", "टंकी पे चढ़ा", "टाकीवर",
                    "gacchivar", "गच्चीवर", "majla", "मजला", "railing", "ledge", "chhat pe", "छत पे"),
    "vf_telling_someone": ("bas kisi ko batana tha", "बस किसी को बताना था", "maaf karna sabko", "माफ करना सबको",
                           "vatla hech barobar", "वाटलं हेच बरोबर", "udya parat jaanar"),
    "vf_no_pulling_back": ("agli baar nahi kheenchunga", "अगली बार नहीं खींचूंगा", "next time i won't pull back",
                           "pudhchya veli maghe yenar nahi"),
    "vf_only_road_left": ("रस्ता उरला", "rasta urla", "रास्ता बचा", "rasta bacha", "only way left"),
    "vf_water_place": ("dam", "धरण", "dharan", "nadi", "नदी", "talav", "तलाव", "khadi", "खाडी", "विहीर", "vihir"),
    "vf_rails": ("patri", "पटरी", "railway phatak", "रेल्वे फाटक", "phatak", "रुळ", "rul"),
    "vf_train_awaited": ("train ka wait karne ka mann", "ट्रेन का wait करने का मन", "train ka intezaar karne ka mann",
                         "utar jaunga uspe", "उतर जाऊंगा उसपे", "गाडीची वाट बघायची इच्छा"),
    # Self-harm.
    "vf_burning": ("जळतं लाकूड", "jalta lakud", "hot fish knife", "hot knife", "गरम लाख", "garam lakh", "सिगरेट",
                   "cigarette", "गरम", "garam", "hot"),
    "vf_laid_on": ("लावलं", "lavla", "press", "i press", "ओतली", "otli", "poured", "जलाते हैं", "jalate hai",
                   "जलाता है", "jalata hai"),
    "vf_body": ("हातावर", "hatavar", "हाथ पर", "haath par", "हाथ पे", "haath pe", "thigh", "मांडीवर", "mandivar", "hand",
                "hands", "arm"),
    "vf_cooking": ("स्वयंपाक", "swayampak", "cooking", "चुकून", "chukun", "galti se", "गलती से", "accident", "by mistake",
                   "kapde", "कपडे", "istri", "इस्त्री", "clothes", "ironing", "tel", "तेल", "oil", "malish", "मालिश",
                   "shek", "शेक", "balm", "बाम"),
    "vf_hand_in_flame": ("लौ पे हाथ रखा", "lau pe haath rakha", "ज्योतीवर हात धरला", "jyotivar haat dharla",
                         "held my hand over the flame", "flame pe haath"),
    "vf_bit_self": ("हाताला चावलो", "hatala chavlo", "हाताला कडकडून चावलो", "bit my own hand", "bit my hand",
                    "apna haath kaat liya"),
    "vf_blood_daily": ("रक्त", "ragat", "blood", "khoon", "खून", "रोज होतंय", "roj hotay"),
    "vf_scratching": ("खरोंचता", "kharonchta", "खरोंचती", "scratching", "orakhdto", "ओरखडतो"),
    "vf_small_point": ("safety pins", "safety pin", "pins से", "compass", "कंपास", "pin", "पिन"),
    "vf_pushed_in": ("ghusata", "घुसाता", "ghusati", "घुसाती", "ghusa deta", "घुसा देता"),
    "vf_wanted_hurt": ("wanted it to hurt", "so it would hurt", "dard ho isliye", "दर्द हो इसलिए", "दुखावं म्हणून",
                       "dukhava mhanun"),
    # Overdose.
    "vf_anaesthetic": ("lignocaine", "xylocaine", "लोकल anaesthesia", "local anaesthesia", "local anesthesia",
                       "lidocaine", "anaesthetic", "anesthetic"),
    "vf_cartridges": ("cartridges", "cartridge", "कार्ट्रिज"),
    "vf_to_myself": ("स्वतःला देणार", "swataha la denar", "swatala denar", "khud ko lagane", "खुद को लगाने",
                     "push it all in", "inject myself", "give myself"),
    "vf_to_mouth": ("तोंड लावणार", "tond lavnar", "munh laga lunga", "मुंह लगा लूंगा", "muh lagaunga", "pee jaunga",
                    "पी जाऊंगा"),
    "vf_poison": ("pesticide", "कीटकनाशक", "kitaknashak", "keetnashak", "कीटनाशक", "ghaslet", "घासलेट", "ghasletachi",
                  "घासलेटची", "kerosene", "रॉकेल", "rockel", "zeher", "ज़हर", "जहर", "vish", "विष"),
    "vf_when_asleep": ("sagle zople ki pito", "सगळे झोपले की पितो", "sagle zople ki", "सगळे झोपले की",
                       "sab so jayenge tab", "सब सो जाएंगे तब"),
    "vf_came_up_to": ("टेकडीवर आलोय", "tekdivar aloy", "डोंगरावर आलोय", "dongravar aloy", "pahadi pe aa gaya",
                      "पहाड़ी पे आ गया", "came up the hill"),
    "vf_here_today": ("आज इथेच", "aaj ithech", "aaj yahin", "आज यहीं", "aaj yahi khatam"),
    "vf_whole_dose": ("पूर्ण पुडा", "purna puda", "पूरी पुड़िया", "poori pudiya", "whole packet", "whole pudi"),
    "vf_breath": ("श्वास जड", "shwas jad", "saans phool", "सांस नहीं आ", "can't breathe", "cant breathe",
                  "एकदम ओढला", "ekdam odhla"),
    "vf_rat_packet": ("chuha maar dawai", "चूहा मार दवाई", "chuha maar", "चूहा मार", "rat poison", "उंदीर मारायचं"),
    "vf_opening_now": ("bas khol raha hu", "बस खोल रहा हूं", "khol raha hu", "opening it now", "into my", "its on the table",
                       "it's on the table"),
    # Reported.
    "vf_locked_in": ("room lock केली", "room lock keli", "locked himself in", "locked herself in", "room lock कर ली",
                     "room lock kar li"),
    "vf_no_response": ("response नाही", "response nahi", "no response", "please call him", "please call her",
                       "please लवकर call करा", "call करा"),
    "vf_not_picking": ("phone bhi nahi utha rahe", "फोन भी नहीं उठा रहे", "phone nahi utha rahe", "फोन नहीं उठा रहे",
                       "phone uchalat nahit", "फोन उचलत नाहीत", "not picking up"),
    "vf_finish_self_said": ("khatam kar lega", "खत्म कर लेगा", "संपवून टाकेल", "sampvun takel", "khud ko khatam",
                            "खुद को खत्म"),
    "vf_phone_off": ("phone band hai", "फोन बंद है", "phone band", "फोन बंद", "switched off", "phone off"),
    "vf_towards_rails": ("रुळाकडे गेलेत", "rulakade gelet", "रुळाकडे गेले", "पटरी की तरफ गए", "patri ki taraf gaye",
                         "went towards the tracks"),
    "vf_not_back_said": ("ajun aale nahit", "अजून आले नाहीत", "ajun ala nahi", "अजून आला नाही", "abhi tak nahi aaye",
                         "अभी तक नहीं आए"),
    "vf_wont_return_said": ("parat yenar nahi", "परत येणार नाही", "wapas nahi aayenge", "वापस नहीं आएंगे",
                            "won't come back", "wont come back"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

LAKE_SHORE_AND_THE_CARTRIDGES: tuple[Combination, ...] = (
    # What is left when I am gone.
    Combination(S, (_g("vf_after_me"), _g("vf_do_this")), 12, across=True),
    Combination(S, (_g("vf_if_i_go"), _g("vf_their_relief")), 12, across=True),
    Combination(S, (_g("vf_insurance"), _g("vf_you_happy")), 12, across=True),
    Combination(S, (_g("vf_before_that_i_go"),)),
    Combination(S, (_g("vf_matter_over_by"),)),
    Combination(S, (_g("vf_plan_to_die"),)),
    Combination(S, (_g("vf_resign_life"),)),
    Combination(S, (_g("vf_nothing_to_live"),)),
    Combination(S, (_g("vf_not_alive_then"),)),
    # The last words.
    Combination(S, (_g("vf_no_more_meeting"), _g("vf_farewell")), 20, across=True, unless=_g("vf_for_now"),
                unless_reach=12),
    Combination(S, (_g("vf_last_meeting"),)),
    Combination(S, (_g("vf_mother_forgive"),)),
    Combination(S, (_g("vf_last_photo"), _g("vf_farewell")), 12, across=True, unless=_g("vf_trip"), unless_reach=12),
    Combination(S, (_g("vf_decision_tonight"),)),
    Combination(S, (_g("vf_tell_them_tired"),)),
    Combination(S, (_g("vf_give_away"), _g("vf_wont_need")), 20, across=True),
    Combination(S, (_g("vf_accounts_settled"), _g("vf_i_go_now"), _g("vf_sorry_all")), 20, across=True),
    # The water, the height and the rails.
    Combination(S, (_g("vf_at_water"), _g("vf_leaving_word")), 20, across=True),
    Combination(S, (_g("vf_looking_down"), _g("vf_up_there"), _g("vf_telling_someone")), 20, across=True),
    Combination(S, (_g("vf_no_pulling_back"),)),
    Combination(S, (_g("vf_only_road_left"), _g("vf_water_place")), 6),
    Combination(S, (_g("vf_rails"), _g("vf_train_awaited")), 12, across=True),
    # Self-harm.
    Combination(SH, (_g("vf_burning"), _g("vf_body"), _g("vf_laid_on")), 8, unless=_g("vf_cooking"), unless_reach=8),
    Combination(SH, (_g("vf_hand_in_flame"),)),
    Combination(SH, (_g("vf_bit_self"), _g("vf_blood_daily")), 12, across=True),
    Combination(SH, (_g("vf_small_point"), _g("vf_body", "vd_body"), _g("vf_scratching", "vf_pushed_in")), 8),
    Combination(SH, (_g("vf_wanted_hurt"),)),
    # Overdose.
    Combination(OD, (_g("vf_anaesthetic"), _g("vf_cartridges"), _g("vf_to_myself")), 12, across=True),
    Combination(OD, (_g("vf_poison"), _g("vf_to_mouth")), 10),
    Combination(OD, (_g("vf_poison"), _g("vf_when_asleep")), 12, across=True),
    Combination(OD, (_g("vf_poison"), _g("vf_came_up_to"), _g("vf_here_today")), 20, across=True),
    Combination(OD, (_g("vf_whole_dose"), _g("vf_breath")), 12, across=True),
    Combination(OD, (_g("vf_rat_packet"), _g("vf_opening_now")), 12, across=True),
    # Reported.
    Combination(S, (_g("vf_locked_in"), _g("vf_no_response")), 20, across=True),
    Combination(S, (_g("ux_last_day_said"), _g("vf_not_picking")), 20, across=True),
    Combination(S, (_g("vf_finish_self_said"), _g("vf_phone_off")), 20, across=True),
    Combination(S, (_g("vf_towards_rails"), _g("vf_not_picking", "vf_phone_off")), 20, across=True),
    Combination(S, (_g("vf_not_back_said"), _g("vf_wont_return_said")), 20, across=True),
)
