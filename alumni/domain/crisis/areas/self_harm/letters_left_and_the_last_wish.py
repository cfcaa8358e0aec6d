"""The last message and the things given away, the body to be found, the letter to be read after, the
insurance for the family, the last wish (the reading of rounds 84-85: jute mills and gunny sacks, tea
gardens, spice mills, saw mills and timber depots, cricket-bat workshops, lift mechanics):

- "this is my last message", with the writer's cycle and cart to be given to a friend; "tell my kids",
  "tell mother" with "I'm going now", "I'm gone", "I won't come back", "I won't trouble her ever again"
  or "I won't be calling again";
- "when my body is found, call my wife", "my body will be found in the creek";
- a letter for everyone in the tool box, "read it after me";
- "at least my insurance money will reach the family", the PF and the insurance in the wife's name and
  "I'm leaving now";
- the last wish to be buried beside the mother; "not many more days in this world"; "remember me at the
  next puja" with "I can't any more"; "now it's my turn to go up";
- "nobody will see this operator again, forever";
- reported: "he said he won't be there after tonight", "your trouble with me will end soon", "he said on
  the phone he won't come back" with him not home, the terrace and "look after the children" with the
  phone off, nothing left and a "sorry" from the terrace of the 24th floor.

A last message of the day, a letter kept for a wedding, insurance renewed, "tell mother I'm coming",
"remember me to them" stay quiet.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The last message, and the things given away.
    "lf_last_message": ("आखरी मैसेज", "आखिरी मैसेज", "aakhri message", "akhri message", "aakhri msg",
                        "last message", "शेवटचा मेसेज", "shevatcha message", "शेवटचा message", "आखरी मेसेज"),
    "lf_give_away": ("को दे देना", "ko de dena", "ला देऊन टाका", "la deun taka", "ला द्या", "la dya", "give my",
                     "give him my", "give her my", "दे देना", "de dena", "मेरी साइकिल", "mazi kit de", "माझी kit दे",
                     "मेरी रेहड़ी"),
    # "Tell my kids", "tell mother", with the going now.
    "lf_tell_them": ("tyala sang", "त्याला सांग", "aai la sang", "aaila sang", "आईला सांगा", "aaila sanga",
                     "आईला सांग", "माझ्या पोरांना सांगा", "mazya poranna sanga", "majhya poranna sanga",
                     "bachcho ko batana", "बच्चों को बताना", "tell my", "please tell", "maa ko bolna", "माँ को बोलना",
                     "maa ko batana", "माँ को बताना", "बायकोला सांगा", "baykola sanga"),
    "lf_going_now": ("मी आता जातोय", "mi ata jatoy", "mi aata jatoy", "main ab ja raha hu", "मैं अब जा रहा हूँ",
                     "मैं अब जा रहा हूं", "i am going now", "im going now", "i'm going now", "आता मी निघतो",
                     "ata mi nighto", "aata mi nighto", "मी गेलो", "mi gelo", "main chala", "मैं चला"),
    "lf_no_more_trouble": ("ata nahi denar kadhich", "nahi denar kadhich", "आता नाही देणार कधीच", "कधीच त्रास देणार नाही",
                           "kadhich tras denar nahi", "kabhi tang nahi karunga", "कभी तंग नहीं करूंगा",
                           "kabhi pareshan nahi karunga", "कभी परेशान नहीं करूंगा", "won't trouble anyone again",
                           "wont bother you again", "won't bother anyone again", "never trouble you again"),
    "lf_no_more_talk": ("won't be calling again", "wont be calling again", "won't call again", "wont call again",
                        "phir call nahi karunga", "फिर फोन नहीं करूंगा", "parat phone karnar nahi",
                        "परत फोन करणार नाही", "this is my last call", "agli baar baat nahi hogi",
                        "अगली बार बात नहीं होगी", "phir baat nahi hogi", "फिर बात नहीं होगी", "won't talk again",
                        "wont talk again", "पुन्हा बोलणं होणार नाही", "punha bolna honar nahi"),
    "lf_left_where": ("is in the tin box", "under my workbench", "in the tin box", "डब्यात ठेवलेत",
                      "dabyat thevlet", "डिब्बे में रखे", "dibbe me rakhe", "the money for"),
    # The body to be found.
    "lf_body_found": ("meri body mile", "मेरी body मिले", "मेरी बॉडी मिले", "मेरी लाश मिले", "meri laash mile",
                      "meri lash mile", "माझी body सापडेल", "mazi body sapdel", "majhi body sapdel",
                      "माझं प्रेत सापडेल", "maza pret sapdel", "माझी बॉडी सापडेल", "my body will be found",
                      "when you find my body", "if you find my body", "find my body", "body सापडेल", "body sapdel",
                      "body मिले तो", "body mile to", "लाश मिले तो", "lash mile to"),
    "lf_my_body": ("माझी body", "mazi body", "majhi body", "meri body", "मेरी body", "मेरी लाश", "meri laash",
                   "meri lash", "माझं प्रेत", "maza pret", "my body", "मेरी बॉडी", "माझी बॉडी"),
    "lf_found": ("सापडेल", "sapdel", "मिलेगी", "milegi", "mile to", "मिले तो", "will be found", "सापडली तर",
                 "sapadli tar"),
    # Nobody needs the writer; all better once the writer is gone.
    "lf_not_needed": ("majhi garaj nahi", "mazi garaj nahi", "माझी गरज नाही", "kunalach majhi garaj",
                      "कुणालाच माझी गरज", "meri zarurat nahi", "मेरी ज़रूरत नहीं", "मेरी जरूरत नहीं",
                      "kisi ko meri zarurat", "nobody needs me", "no one needs me"),
    "lf_better_then": ("barach hoil", "bara hoil", "बरंच होईल", "बरं होईल", "achha hi hoga", "अच्छा ही होगा",
                       "better for everyone", "better for all"),
    "lf_full_plan": ("पूर्ण plan केलाय", "purn plan kelay", "poorn plan kelay", "pura plan kar liya",
                     "पूरा plan कर लिया", "पूरा प्लान कर लिया", "all planned out", "full plan ready",
                     "पूर्ण प्लॅन केलाय"),
    "lf_tell_nobody": ("कोणाला सांगू नका", "konala sangu naka", "kunala sangu naka", "kisi ko mat batana",
                       "किसी को मत बताना", "don't tell anyone", "dont tell anyone", "do not tell anyone"),
    # A letter, read after.
    "lf_letter": ("letter", "चिट्ठी", "chitthi", "chitti", "पत्र", "patra", "चिठ्ठी", "chiththi", "note"),
    "lf_read_after": ("मेरे बाद पढ़", "mere baad padh", "mere baad padhna", "मेरे जाने के बाद पढ़",
                      "माझ्या नंतर वाचा", "mazya nantar vacha", "माझ्यानंतर वाचा", "read it after i'm gone",
                      "read it after im gone", "read it when i'm gone", "read after i am gone"),
    # The insurance, for the family.
    "lf_insurance_money": ("विम्याचे पैसे", "vimyache paise", "vimyache paise", "बीमा के पैसे", "bima ke paise",
                           "insurance money", "insurance ke paise", "insurance चे पैसे", "insurance che paise"),
    "lf_at_least": ("तरी", "tari", "to sahi", "तो सही", "at least", "atleast"),
    "lf_in_her_name": ("बायकोच्या नावावर", "baykochya navavar", "बीवी के नाम", "biwi ke naam", "wife ke naam",
                       "in my wife's name", "in wife's name", "nominee"),
    # The last wish; not long in this world; remember me; my turn to go up.
    "lf_last_wish": ("last wish", "आखिरी इच्छा", "आखरी इच्छा", "aakhri ichha", "akhri iccha", "aakhri iccha",
                     "शेवटची इच्छा", "shevatchi ichha", "antim ichha", "अंतिम इच्छा"),
    "lf_bury_me": ("mujhe dafnana", "मुझे दफ़नाना", "मुझे दफनाना", "दफ़नाना", "dafnana", "मला पुरा", "bury me",
                   "cremate me", "मेरा अंतिम संस्कार", "maza antim sanskar", "माझा अंतिम संस्कार"),
    "lf_not_long_here": ("इस दुनिया में नहीं रुकूँगा", "is duniya me nahi rukunga", "ज़्यादा दिन नहीं रुकूँगा",
                         "zyada din nahi rukunga", "jyada din nahi rukunga", "या जगात जास्त दिवस", "ya jagat jast divas",
                         "not long for this world", "won't stay long in this world", "is duniya me zyada din",
                         "इस दुनिया में ज़्यादा दिन", "ज्यादा दिन नहीं रुकूंगा"),
    "lf_remember_me": ("mujhe yaad kar lena", "मुझे याद कर लेना", "yaad rakhna mujhe", "mujhe yaad rakhna",
                       "मुझे याद रखना", "माझी आठवण ठेवा", "mazi athvan theva", "mazi aathvan theva", "remember me",
                       "sab ko mera pranam", "सबको मेरा प्रणाम", "sabko mera pranam"),
    "lf_cant_go_on": ("ab aur nahi hoga", "अब और नहीं होगा", "aur nahi hoga mujhse", "और नहीं होगा मुझसे",
                      "ab bardasht nahi", "अब बर्दाश्त नहीं", "आता होत नाही", "aata hot nahi", "ata hot nahi",
                      "sahan hot nahi", "सहन होत नाही", "can't do this anymore", "cant do this anymore", "can't go on",
                      "cant go on", "बस अब बहुत हो गया", "bas ab bahut ho gaya", "पुरे झाले", "pure zale"),
    "lf_my_turn_up": ("meri baari hai upar jaane ki", "upar jaane ki baari", "ऊपर जाने की बारी", "upar jane ki bari",
                      "meri baari upar", "वर जायची वेळ", "var jaychi vel", "var jaaychi vel", "my turn to go up",
                      "ab meri baari hai", "अब मेरी बारी है"),
    # Not to be seen again, forever.
    "lf_not_seen_again": ("kisi ko nahi dikhega", "किसी को नहीं दिखेगा", "nahi dikhunga", "नहीं दिखूंगा",
                          "नहीं मिलूँगा", "नहीं मिलूंगा", "nahi milunga", "disnar nahi", "दिसणार नाही",
                          "won't be seen", "wont see me again", "won't see me again", "never see me again",
                          "parat disnar nahi", "परत दिसणार नाही", "phir nahi dikhunga", "फिर नहीं दिखूंगा"),
    "lf_forever": ("hamesha ke liye", "हमेशा के लिए", "kayamcha", "कायमचा", "kayamche", "कायमचे", "forever",
                   "for good", "for ever"),
    # Reported: not there after tonight; the trouble that will end; not home, won't come back.
    "lf_wont_be_there": ("नहीं रहेंगे", "nahi rahenge", "nahi rahega", "नहीं रहेगा", "नहीं रहूँगा", "नहीं रहूंगा",
                         "nahi rahunga", "rahnar nahi", "राहणार नाही", "won't be around", "wont be around",
                         "won't be here", "wont be here", "won't be there"),
    "lf_after_tonight": ("आज रात के बाद", "aaj raat ke baad", "after tonight", "आजच्या रात्रीनंतर",
                         "aajchya ratri nantar", "aaj ke baad", "आज के बाद"),
    "lf_trouble_ends": ("माझा त्रास लवकर संपेल", "maza tras lavkar sampel", "majha tras lavkar sampel",
                        "तुमचा माझा त्रास", "tumcha maza tras", "maza tras sampel", "mera bojh khatam",
                        "मेरा बोझ खत्म", "rid of me", "free of me", "मुझसे छुटकारा", "mujhse chhutkara",
                        "माझ्यापासून सुटका", "mazyapasun sutka"),
    "lf_not_home": ("ghari nahi", "घरी नाही", "ghar nahi aaya", "घर नहीं आया", "not home", "ratri pasun",
                    "रात्रीपासून"),
    "lf_said_on_phone": ("phone var mhanala", "फोनवर म्हणाला", "phone pe bola", "फोन पे बोला", "said on the phone",
                         "mhanala", "म्हणाला", "bola", "बोला"),
    "lf_sorry": ("sorry", "सॉरी", "माफ", "maaf", "bye"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

LETTERS_LEFT_AND_THE_LAST_WISH: tuple[Combination, ...] = (
    Combination(S, (_g("lf_last_message"), _g("lf_give_away")), 30, across=True),
    Combination(S, (_g("lf_tell_them", "lf_give_away"), _g("tg_wont_be_back", "wont_return")), 24, across=True),
    Combination(S, (_g("lf_tell_them"), _g("lf_going_now")), 16, across=True),
    Combination(S, (_g("lf_tell_them"), _g("lf_no_more_trouble")), 20, across=True),
    Combination(S, (_g("lf_no_more_talk"), _g("lf_tell_them", "lf_left_where", "tg_station", "rail_line")), 30,
                across=True),
    Combination(S, (_g("lf_body_found"),), unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("lf_letter"), _g("lf_read_after")), 16, across=True),
    Combination(S, (_g("lf_my_body"), _g("lf_found")), 5, unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("lf_not_needed"), _g("gp_when_gone"), _g("lf_better_then")), 16, across=True),
    Combination(S, (_g("lf_full_plan"), _g("lf_tell_nobody")), 20, across=True),
    Combination(S, (_g("lf_insurance_money"), _g("gp_family_gets"), _g("lf_at_least")), 8),
    Combination(S, (_g("insurance", "lf_insurance_money"), _g("lf_in_her_name"), _g("lf_going_now")), 20,
                across=True),
    Combination(S, (_g("lf_last_wish"), _g("lf_bury_me")), 16, across=True),
    Combination(S, (_g("lf_not_long_here"),)),
    Combination(S, (_g("lf_remember_me"), _g("lf_cant_go_on")), 24, across=True),
    Combination(S, (_g("lf_my_turn_up"),), unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("lf_not_seen_again"), _g("lf_forever")), 16, across=True),
    Combination(S, (_g("lf_after_tonight"), _g("lf_wont_be_there")), 8),
    Combination(S, (_g("lf_trouble_ends"),), unless=_g("negation"), unless_reach=1),
    Combination(S, (_g("lf_said_on_phone"), _g("tg_wont_be_back", "wont_return"), _g("lf_not_home")), 20,
                across=True),
    Combination(S, (_g("high_place", "height"), _g("gp_left_in_order", "hf_care_for"), _g("tg_phone_off")), 30,
                across=True),
    Combination(S, (_g("tg_nothing_left", "nothing_left"), _g("high_place"), _g("lf_sorry")), 50, across=True),
)
