"""Suicide told as a way left open at a height, or a means kept as the last option (round 55's
reading of rounds 54-55, holdouts 186, 188-190, 192 and 193):

- the terrace door left open, and "this is the time" or "you understand the rest": "टेरेसचं दार
  उघडं आहे, वॉचमन झोपलाय. हीच वेळ आहे", "terrace चं door उघडं ठेवलंय, बाकी तुम्ही समजा";
- a means as the last or only option: "अब lift shaft ही last option लगता है";
- the rope of use to oneself now: "ab rassi apne kaam aayegi";
- the window's grill taken off, and the floor: "फ्लॅटच्या खिडकीचं ग्रिल काढून ठेवलंय, १८ वा मजला आहे";
- (rounds 58-59) a terrace whose lock stays open or whose key the writer has, and "tonight, there";
  a goods train at night, and "that's where I'll go".

A grill taken off to be painted or cleaned, a terrace opened for the water tank, and a rope that
came in handy at work stay quiet. Words and the rules that read them (appended to the area's
COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    "wo_terrace": ("terrace", "टेरेस", "टेरेसचं", "टेरेसचे", "टेरेसची", "टेरेसवर", "terracecha", "terracechi", "chhat", "छत", "छत का", "gachchi", "गच्ची", "गच्चीची",
                   "गच्चीवर", "gachchichi", "gachichi", "gachivar",
                   "roof"),
    # Left open: "उघडं ठेवलंय", "khula chhoda hai".
    # Open to the writer: the lock that stays open, the key with him (rounds 58-59's third reading).
    "wo_open_to_me": ("ताला खुला", "tala khula", "taala khula", "never locked", "no lock", "chavi mazyakade",
                      "चावी माझ्याकडे", "chavi majhyakade", "key is with me", "i have the key", "have the keys",
                      "khula rehta", "खुला रहता", "ughadach asta", "उघडंच असतं"),
    # What the terrace is for tonight: kites, a party, a puja.
    "wo_pastime": ("patang", "पतंग", "kite", "kites", "party", "पार्टी", "birthday",
                   "dinner", "jevan", "जेवण", "movie", "stars", "tare", "तारे"),
    "wo_left_open": ("उघडं ठेवलंय", "ughada thevlay", "ughad thevla", "उघडं आहे", "ughada ahe", "ughad ahe",
                     "उघडं", "khula chhoda", "खुला छोड़ा", "khula hai", "खुला है", "left open", "is open", "unlocked"),
    # "This is the time", "you understand the rest".
    "wo_the_time": ("हीच वेळ आहे", "hich vel ahe", "hich vel aahe", "हीच ती वेळ", "yahi sahi waqt", "यही सही वक्त",
                    "yahi waqt hai", "यही वक्त है", "now is the time", "this is the time", "ab waqt aa gaya",
                    "अब वक्त आ गया", "बाकी तुम्ही समजा", "baki tumhi samja", "baaki tumhi samja", "baaki aap samajh",
                    "बाकी आप समझ", "you know the rest", "you understand the rest"),
    # The last or only option.
    "wo_last_option": ("ekach marg urlay", "एकच मार्ग उरलाय", "ekach marg urla", "एकच मार्ग उरला", "ekach rasta urlay",
                       "एकच रस्ता उरलाय", "only way left", "ek hi rasta bacha", "एक ही रास्ता बचा",
                       "last option", "only option", "aakhri option", "akhri option", "आखिरी option",
                       "एकच पर्याय", "ekach paryay", "शेवटचा पर्याय", "shevatcha paryay", "aakhri rasta",
                       "आखिरी रास्ता", "only way out"),
    "wo_means": ("lift shaft", "shaft", "rassi", "रस्सी", "dor", "दोर", "rope", "tracks", "patri", "पटरी", "zeher",
                 "railway line", "रेल्वे लाईन", "railway track", "रेल्वे रूळ",
                 "ज़हर", "जहर", "vish", "विष", "poison", "terrace", "टेरेस", "building", "bridge", "pul", "पुल"),
    # The only way down or out, from the roof: "उतरने का रास्ता बस ऊपर वाली छत से दिखता है".
    "wo_way_down": ("उतरने का रास्ता", "utarne ka rasta", "utarne ka raasta", "उतरायचा रस्ता", "utraycha rasta",
                    "only way down", "only way out", "ekach rasta", "एकच रस्ता", "bas yahi rasta", "बस यही रास्ता"),
    # Of use to oneself now: "apne kaam aayegi".
    "wo_of_use_to_me": ("apne kaam aayegi", "apne kaam aayega", "mere kaam aayegi", "mere kaam aayega",
                        "मेरे काम आएगी", "अपने काम आएगी", "माझ्या कामाला येईल", "mazya kamala yeil",
                        "will come in handy for me"),
    # Grill taken off: "ग्रिल काढून ठेवलंय", "grill nikal di".
    "wo_grill_off": ("ग्रिल काढून", "grill kadhun", "grill kadhla", "ग्रिल काढलं", "grill nikal di", "ग्रिल निकाल दी",
                     "grill nikaal di", "removed the grill", "took off the grill", "grill hata di", "ग्रिल हटा दी"),
    "wo_floor": ("मजला", "majla", "majala", "floor", "manzil", "मंजिल", "माळा", "mala"),
    # The stairs or the lift: a way down that is only a way down.
    "stairs_or_lift": ("stairs", "सीढ़ी", "सीढ़ियों", "seedhi", "jina", "जिना", "जिन्याने", "lift", "लिफ्ट", "ladder"),
    # The everyday reasons to open a terrace or take a grill off.
    "wo_chore": ("paint", "पेंट", "rang", "रंग", "clean", "saaf", "साफ", "tank", "टाकी", "taki", "repair", "welding",
                 "वेल्डिंग", "kapde", "कपडे", "kaam zala", "kaam hua", "helpful", "handy at work", "saved", "site", "साइट", "rakh lo",
                 "रख लो", "rakh le", "kaam pe", "काम पे"),
    # Marathi "फास" (a noose) made or thrown over: "दोरीला फास केलाय, कप्पीवरून टाकलाय" (round 56).
    # Latin "fas" is also Hindi "फंस" (stuck), so only the Devanagari word.
    "wo_noose": ("फास", "फासा", "फासाची", "फासाचा"),
    "wo_noose_made": ("केलाय", "केला", "केलं", "केली", "बनवला", "बनवलाय", "बनवलं", "तयार", "टाकलाय", "टाकला",
                      "टाकली", "बांधलाय", "बांधला", "लावलाय", "अडकवलाय", "अडकवला"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

THE_WAY_LEFT_OPEN: tuple[Combination, ...] = (
    Combination(S, (_g("wo_terrace", "high_place", "roof_top"), _g("wo_left_open"), _g("wo_the_time")), 16,
                across=True, unless=_g("wo_chore"), unless_reach=4),
    Combination(S, (_g("wo_means"), _g("wo_last_option")), 4, unless=_g("wo_chore")),
    Combination(S, (_g("hang", "rope_named", "poison"), _g("wo_of_use_to_me")), 4, unless=_g("wo_chore"),
                unless_reach=4),
    Combination(S, (_g("wo_grill_off"), _g("wo_floor")), 8, across=True, unless=_g("wo_chore"), unless_reach=6),
    Combination(S, (_g("wo_way_down"), _g("wo_terrace", "high_place", "roof_top")), 10, across=True,
                unless=_g("wo_chore", "stairs_or_lift"), unless_reach=4),
    Combination(S, (_g("wo_noose"), _g("wo_noose_made")), 3, order=True),
    # A terrace or a roof open to the writer, and "tonight, there" (rounds 58-59's third reading):
    # "बिल्डिंग की छत का ताला खुला रहता है। आज रात वहीं जाऊंगा", "टेरेसची चावी माझ्याकडे आहे. आज रात्री तिथेच
    # जाणार"; a goods train at night and "that's where I'll go".
    Combination(S, (_g("wo_terrace", "high_place", "roof_top"), _g("wo_left_open", "wo_open_to_me"),
                    _g("wr_there_i_go", "gv_go_there_tonight")), 16, across=True,
                unless=_g("wo_chore", "wo_pastime", "laugh"), unless_reach=4),
    Combination(S, (_g("wt_goods_train"), _g("wr_there_i_go", "gv_go_there_tonight")), 10, across=True),
)
