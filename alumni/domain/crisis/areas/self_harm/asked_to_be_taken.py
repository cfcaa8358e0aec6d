"""Suicide said as a prayer: God, a named deity or fate asked to take the writer ("देवा उचल आता
मला", "bappa mala ghe re", "upar wala bula le"); a meeting with God or in heaven promised soon
("bhetuya vaikunthat", "upar wale se milne jaunga", "see you in heaven"); and a prayer not to
wake ("सुबह uthna na pade", "sakali dole ughdu deu naka").

What keeps each quiet is named beside it: a pilgrimage, a temple visit or a darshan (God takes
the writer to Pandharpur, a meeting at the temple); waking early or late for work, school or an
alarm.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # God called by a household name the other lists lack: "bappa", "ram ji".
    "hinted_god": ("bappa", "बाप्पा", "ganpati", "गणपती", "ram ji", "राम जी", "ramji", "रामजी", "ishwar", "maula", "मौला",
                "vitthalachya", "विठ्ठलाच्या", "devachya", "देवाच्या", "bappachya", "बाप्पाच्या", "swaminchya",
                "स्वामींच्या", "भगवान के", "bhagwan ke",
                # round 33 (Christian alumni): "Jesus मला घरी घे"
                "jesus", "येशू", "येशु", "yeshu", "christ", "prabhu yeshu", "प्रभु येशू", "mother mary", "मदर मेरी",
                # in the dative (round 33, dairy farmers): "देवाला रोज सांगतो, म्हशीऐवजी मला ने"
                "देवाला", "devala", "dewala", "bhagwan ko", "भगवान को", "देवाने", "devane"),
    # Take me, said to God: "utha le", "uchal mala", "gheun ja", "bula le", "take me".
    "hinted_take_me": (
        "utha le", "utha lo", "uthale", "उठा ले", "उठा लो", "mujhe utha le", "मुझे उठा ले", "bula le", "bula lo",
        "bula len", "बुला ले", "बुला लो", "बुला लें", "bula lijiye", "बुला लीजिए", "apne paas bula", "अपने पास बुला",
        "le ja", "le jao", "ले जा", "ले जाओ", "mujhe le ja", "मुझे ले जा", "uchal", "उचल", "uchal mala",
        "उचल मला", "mala uchal", "मला उचल", "gheun ja", "घेऊन जा", "ghevun ja", "mala ghe", "मला घे",
        "ghe re", "घे रे", "mala ne", "मला ने", "ne mala", "ने मला", "take me", "take me away", "take me home",
        "call me back", "call me home", "bolavun ghe", "बोलावून घे", "bolav mala", "बोलाव मला",
        # round 33: "Allah, मला तुझ्याकडे बोलाव", "मला घरी घे", "jab tak bula na le", "अल्लाह बोलवेपर्यंत",
        # "fasting till God takes him"
        "तुझ्याकडे बोलाव", "tujhyakade bolav", "मला घरी घे", "mala ghari ghe", "bula na le", "बुला न ले",
        "बुला ना ले", "बोलवेपर्यंत", "बोलावेपर्यंत", "bolvepryant", "bolavepryant", "takes him", "takes me",
        "take him home", "उचलून न्यावं", "uchlun nyava", "uchalun nyava",
    ),
    # A meeting with God, soon or in the other world: "milne jaunga", "bhetnar", "bhetuya".
    "hinted_meet_soon": (
        "milne jaunga", "मिलने जाऊंगा", "मिलने जाऊँगा", "milne jaungi", "milunga", "मिलूंगा", "मिलूँगा",
        "milenge", "मिलेंगे", "bhetnar", "भेटणार", "bhetuya", "भेटूया", "bhetu", "भेटू", "bhetin", "भेटीन",
        "meet", "meeting", "see you", "pashi asen", "पायाशी असेन", "payashi asen", "charno me hounga",
        "चरणों में होऊंगा",
        # going to God's side: "bhagwan ke paas jaana he jaldi", "देवाकडे जायचंय"
        "paas jaana", "पास जाना", "paas jana", "kade jaycha", "कडे जायचं", "kade jaychay", "कडे जायचंय",
    ),
    # The other world: heaven, Vaikunth, "upar", "tya jagat".
    "hinted_other_world": (
        "vaikunth", "vaikunthat", "वैकुंठ", "वैकुंठात", "swarg", "swargat", "स्वर्ग", "स्वर्गात", "स्वर्ग में",
        "heaven", "upar milenge", "ऊपर मिलेंगे", "upar bhetu", "वर भेटू", "us duniya", "उस दुनिया", "tya jagat",
        "त्या जगात", "other side", "paralok", "परलोक",
    ),
    # Soon, directly, this time: what makes a meeting with God a going.
    "hinted_soon": (
        "lavkarach", "लवकरच", "lavkar", "लवकर", "jaldi", "जल्दी", "jald", "जल्द", "soon", "pakka", "पक्का",
        "thet", "थेट", "seedha", "सीधा", "directly", "is baar", "इस बार", "yanda", "यंदा", "this time",
        "majak nahi", "मजाक नहीं", "mazak nahi", "मज़ाक नहीं", "not joking", "joke nahi", "जोक नहीं", "khara",
        "खरंच", "kharach",
    ),
    # Waking: "uthna", "dole ughdu", "aankh khule", "wake up".
    "hinted_wake": (
        "uthna", "उठना", "ankh khule", "aankh khule", "आँख खुले", "आंख खुले", "ankh na khule", "dole ughdu",
        "डोळे उघडू", "dole ughadu", "dole ughdtil", "डोळे उघडतील", "uthaycha", "उठायचं", "wake up again",
        "never wake up", "not wake up again",
    ),
    # Asked for, prayed: "pray", "dua", "vinanti", "let me not".
    "hinted_prayed": (
        "pray", "praying", "prayer", "dua", "दुआ", "prarthana", "प्रार्थना", "vinanti", "विनंती", "mannat", "मन्नत",
        "wish", "i hope", "kaash", "काश", "deu naka", "देऊ नका", "deu nakos", "देऊ नकोस", "na pade", "न पड़े",
        "ना पड़े", "nahi padna chahiye", "let me not", "don't let me", "dont let me",
    ),
    # A pilgrimage or a temple: God takes the writer there, one meets him at the temple.
    # A devotional song sung or quoted: "vitthala mala ghe ... he abhang aaji gaate".
    "hinted_sung": ("abhang", "अभंग", "bhajan", "भजन", "kirtan", "कीर्तन", "song", "gaana", "गाणं", "गाना",
                 "aarti", "आरती", "ovi", "ओवी", "gaate", "गाते", "gaat", "गात", "gaati", "गाती"),
    "hinted_pilgrimage": (
        "darshan*", "दर्शन*", "mandir*", "मंदिर*", "temple", "yatra", "यात्रा", "dindi", "दिंडी",
        "palkhi", "पालखी", "pandharpur", "पंढरपूर", "pandharpurla", "पंढरपूरला", "shirdi", "शिर्डी", "kashi",
        "kedarnath", "केदारनाथ", "badrinath", "बद्रीनाथ", "vaishno", "वैष्णो", "amarnath", "ayodhya", "अयोध्या",
        "dham", "धाम", "ujjain", "उज्जैन", "tirupati", "तिरुपति", "jejuri", "जेजुरी",
        "काशी", "tirth", "तीर्थ", "church", "masjid", "dargah", "pooja", "puja", "पूजा", "aarti", "आरती", "gaon",
        "gavi", "गावी", "kirtan", "bhajan",
    ),
    # Waking for something ordinary: work, school, an alarm, early or late.
    "hinted_wake_for": (
        "early", "late", "alarm", "jaldi", "जल्दी", "lavkar", "लवकर", "ushira", "उशिरा", "der", "देर", "office",
        "ऑफिस", "school", "स्कूल", "shala", "शाळा", "college", "duty", "shift", "kaam", "काम", "work", "class",
        "exam", "monday", "somvar", "baby", "बाळ", "bala", "बाळा", "bachcha", "बच्चा", "munna", "kids", "wake me",
        "before", "pehle", "पहले", "aadhi", "आधी", "सोमवार", "thand", "ठंड", "thandi", "ठंडी", "winter", "sunday", "chutti",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_GOD = _g("god", "god_by_name", "hinted_god")

ASKED_TO_BE_TAKEN: tuple[Combination, ...] = (
    # God asked to take the writer: "देवा उचल आता मला", "पांडुरंगा ... घेऊन जा".
    Combination(S, (_GOD, _g("hinted_take_me")), 8, across=True, unless=_g("hinted_pilgrimage", "hinted_sung"),
                unless_reach=8),
    # A meeting with God soon, or for real: "dev ani mi bhetnar lavkarach", "upar wale se milne jaunga".
    Combination(S, (_GOD, _g("hinted_meet_soon"), _g("hinted_soon")), 8, across=True,
                unless=_g("hinted_pilgrimage"), unless_reach=8),
    # A meeting in the other world: "bhetuya vaikunthat", "see you in heaven".
    Combination(S, (_g("hinted_other_world"), _g("hinted_meet_soon")), 4, unless=_g("hinted_pilgrimage"), unless_reach=4),
    # A prayer not to wake: "roz pray karta hu ki subah uthna na pade".
    Combination(S, (_g("hinted_prayed"), _g("hinted_wake"), _g("negation", "hinted_prayed")), 6,
                across=True, unless=_g("hinted_wake_for"), unless_reach=5),
)
