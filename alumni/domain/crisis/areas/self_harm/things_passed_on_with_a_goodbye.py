"""Suicide told as one's things passed on beside a goodbye (rounds 48-49, holdouts 162-169):
"sorry मम्मी, this is the end. मेरा phone Pappu को दे देना", "bye सगळ्यांना, माझी topli आईला
द्या", "सगळ्यांना शेवटचा रामराम. होडी पाटलाला परत द्या", "give my stick and ghongadi to my son
... dont call back", "meri bike bhai ke naam kar di ... ab kuch baaki nahi reh gaya"; once gone or wanting nothing
now (rounds 50-51: "mi gelyavar maze dumbbells Sagar la de", "मेरा चाक ... छोटू को दे देना। मुझे अब
किसी चीज़ की ज़रूरत नहीं"); "my time has come" with "stay happy, all".

The writer's own thing, an instruction to give it on, and a goodbye, an apology or a last
word, all three: a charger lent back with a "sorry" has no goodbye that ends anything, and a
goodbye alone is read elsewhere. Words and the rules that read them (appended to the area's
COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Given on, said as an instruction or as done: "को दे देना", "आईला द्या", "ke naam kar di".
    "tp_give_on": ("को दे देना", "ko de dena", "is his now", "is yours now", "tera hai ab", "तेरा है अब", "la de", "ला दे", "la dila", "ला दिला", "द्या", "dya", "ko de dijiye", "को दे दीजिए", "को दे दीजिये", "ला द्या", "la dya",
                   "परत द्या", "parat dya", "give my", "give it to", "ke naam kar di", "के नाम कर दी",
                   "ke naam kar diya", "के नाम कर दिया", "च्या नावावर केली", "chya navavar keli", "de dena",
                   "दे देना", "he can take", "she can take", "can have my"),
    # A goodbye that ends something, an apology to all, a last word.
    # (a bare "bye" or "sorry" also ends a chat: "sorry late reply, meri slip HR ko de dena")
    "tp_goodbye": ("bye सगळ्यांना", "bye sagalyanna", "bye sagalyana", "bye everyone", "bye to all", "सबको bye",
                   "sabko bye", "alvida", "अलविदा", "maaf kar de", "माफ कर दे",
                   "maaf karna", "माफ करना", "mujhe maaf", "मुझे माफ", "mala maaf kara", "मला माफ करा",
                   "this is the end", "the end", "शेवटचा रामराम", "shevatcha ramram", "शेवटचा नमस्कार",
                   "main ab chala", "मैं अब चला", "ab chala", "dont call back", "don't call back",
                   "call karu naka", "कॉल करू नका", "phone mat karna", "kuch baaki nahi", "कुछ बाकी नहीं",
                   "kahi baki nahi", "काही बाकी नाही",
                   # sorry to all, a last greeting to all (round 53's reading: "माझा badge मुलाला द्या, sorry
                   # सगळ्यांना", "सगळ्यांना राम राम", "सबसे माफी मांगता हूं")
                   "sorry सगळ्यांना", "sorry sagalyanna", "sorry sagalyana", "सगळ्यांना sorry", "sorry sabko",
                   "सबको sorry", "sorry to everyone", "sorry everyone", "सबसे माफी", "sabse maafi", "सगळ्यांना राम राम",
                   "sagalyanna ram ram", "सबको राम राम", "maaf kar de", "माफ करा सगळ्यांना", "सगळ्यांना माफ करा",
                   # once gone (rounds 50-51: "mi gelyavar maze dumbbells Sagar la de"; "mere baad", after
                   # me, is also the next in a queue, and a thing no longer needed is often replaced)
                   "mi gelyavar", "मी गेल्यावर", "after i'm gone", "after im gone", "when i'm gone",
                   ),
    # Nothing wanted any more, or nobody needing the writer (round 51: "मुझे अब किसी चीज़ की ज़रूरत
    # नहीं", "mala ata kahi nako", "ab meri zarurat nhi kisi ko").
    "tp_need_nothing": ("किसी चीज़ की ज़रूरत नहीं", "किसी चीज की जरूरत नहीं", "kisi cheez ki zarurat nahi",
                        "mala ata kahi nako", "मला आता काही नको", "i wont need it anymore", "i won't need it anymore",
                        "meri zarurat nahi", "meri zarurat nhi", "meri jarurat nahi", "मेरी ज़रूरत नहीं",
                        "मेरी जरूरत नहीं", "mazi garaj nahi", "माझी गरज नाही", "nobody needs me",
                        # round 54-55: nothing needed now, or the thing given not needed
                        "kashachi garaj nahi", "कशाचीच गरज नाही", "kashachich garaj nahi", "कशाचीही गरज नाही",
                        "अब उसकी जरूरत नहीं", "ab uski zarurat nahi", "ab iski zarurat nahi", "अब इसकी जरूरत नहीं",
                        "i wont be needing it", "i won't be needing it", "wont be needing it", "won't be needing it",
                        "he won't need it", "he wont need it", "because he won't need it"),
    # Of no use to the writer now, said of the thing given: "ata tyachi garaj nahi mala".
    "tp_no_use_now": ("garaj nahi padnar", "गरज नाही पडणार", "i wont need them", "i won't need them",
                      "wont need them", "won't need them", "i wont need it", "i won't need it", "garaj nahi mala", "गरज नाही मला", "mala garaj nahi", "मला गरज नाही",
                      "tyachi garaj nahi", "त्याची गरज नाही", "zarurat nahi ab", "ज़रूरत नहीं अब",
                      "ab zarurat nahi", "अब ज़रूरत नहीं", "अब जरूरत नहीं", "dont need it now", "don't need it now"),
    # Not to be met again, the last time written: "आता भेट नाही", "ab milna nahi hoga", "आखिरी बार लिख रहा हूं".
    "tp_final": ("आता भेट नाही", "ata bhet nahi", "aata bhet nahi", "ab milna nahi hoga", "अब मिलना नहीं होगा",
                 "आखिरी बार लिख रहा", "aakhri baar likh raha", "akhri baar likh raha", "शेवटचं लिहितोय",
                 "shevatcha lihitoy", "wont see you again", "won't see you again", "last time im writing",
                 "last time i'm writing"),
    # A letter kept for them: "मेरी चिट्ठी करघे के नीचे रखी है", "locker madhe chitthi thevli ahe".
    "tp_letter_kept": ("चिट्ठी रखी", "chitthi rakhi", "chitti rakhi", "चिठ्ठी ठेवली", "chitthi thevli",
                       "chitthi thevli ahe", "माझी चिठ्ठी", "mazi chitthi", "majhi chitthi", "मेरी चिट्ठी",
                       "meri chitthi", "left a letter", "left a note", "my letter is", "letter is in", "note is in",
                       "चिट्ठी रखी है", "चिठ्ठी ठेवली आहे", "लॉकर में चिट्ठी"),
    # A note for the milkman, the school or the rent is an errand's.
    "tp_errand_note": ("doodh", "दूध", "milk", "milkman", "dhobi", "धोबी", "bill", "बिल", "sabzi", "सब्ज़ी", "school",
                       "स्कूल", "teacher", "courier", "kirana", "किराना", "kiraya", "किराया", "rent", "maid", "bai la",
                       "बाईला", "kamwali"),
    "tp_papers": ("पेन्शनचे कागद", "pension che kagad", "पेंशन के कागज़", "पेंशन के कागज", "pension ke kagaz",
                  "policy ka number", "insurance policy", "पॉलिसी", "policy papers", "bank ke kagaz", "बँकेचे कागद"),
    # The writer going, said as the last word: "main ja raha hu", "मी चाललोय", "मी आता निघते"
    # (read only beside things given on or someone put in care).
    "tp_leaving": ("main ja raha hu", "main ja raha hoon", "main ja rha hu", "मैं जा रहा हूँ", "मैं जा रहा हूं",
                   "main ja rahi hu", "मैं जा रही हूँ", "मैं जा रही हूं", "मी चाललोय", "mi challoy", "mi chalaloy",
                   "मी चालले", "मी चाललेय", "मी आता निघते", "mi ata nighte", "mi aata nighte", "मी आता निघतो",
                   "mi ata nighto", "i'm going now", "im going now", "i am going now"),
    # My time has come, said with a wish for the others: "sab log खुश रहना, मेरा time आ गया है".
    "tp_my_time": ("मेरा time आ गया", "mera time aa gaya", "मेरा समय आ गया", "mera samay aa gaya", "maza vel aala",
                   "माझा वेळ आला", "my time has come", "my time is up"),
    "tp_stay_happy": ("khush rehna", "खुश रहना", "खुश रहो", "khush raho", "sukhi raha", "सुखी रहा", "sukhat raha",
                      "सुखात रहा", "stay happy", "be happy all"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_ORDINARY = _g("ordinary_exit", "away_trip", "commute", "gone_travelling", "errand_place", "wedding",
              "leave_harmless", "leaving_for_errand", "tomorrow_word", "hinted_ordinary_absence")

THINGS_PASSED_ON_WITH_A_GOODBYE: tuple[Combination, ...] = (
    Combination(S, (_g("my_own", "mine_own"), _g("tp_give_on", "pg_things_given"),
                    _g("tp_goodbye", "tp_need_nothing", "tp_no_use_now")), 14, across=True),
    Combination(S, (_g("tp_give_on", "pg_things_given"), _g("tp_need_nothing")), 12, across=True),
    # Given, said as done (rounds 54-55: "maza pump ani mask Santya la dila. mala ata kashachi garaj nahi"):
    # an old thing replaced by a new one, or a trip, is no farewell.
    Combination(S, (_g("my_own", "mine_own"), _g("given_away", "give"),
                    _g("tp_goodbye", "tp_need_nothing", "tp_no_use_now", "done_me")), 14, across=True,
                unless=_ORDINARY + _g("replaced"), unless_reach=6),
    Combination(S, (_g("given_away", "give", "hand_over"), _g("tp_need_nothing")), 14, across=True,
                unless=_ORDINARY + _g("replaced"), unless_reach=6),
    # Someone put in care beside things given on or the writer going ("mummy papa ka khayal rakhna.
    # meri bike ki chaabi rahul ko de dena", "माझ्या पोरांना सांभाळा, मी आता निघते"); or one's things
    # given on and going: a trip, an errand or a wedding named is an ordinary leaving.
    # (someone named to be cared for: "kalji ghe" alone is a sign-off, "take care")
    Combination(S, (_g("relation", "family_addressed", "carer", "rd_parents"), _g("entrust"),
                    _g("tp_give_on", "tp_leaving", "leaving_now", "tp_need_nothing")), 14,
                across=True, unless=_ORDINARY, unless_reach=6),
    # The writer's own things given, and someone put in care: "मेरी घड़ी और अंगूठी छोटे भाई को दे दी, बोला
    # माँ का ध्यान रखना" (round 54).
    Combination(S, (_g("my_own", "mine_own"), _g("given_away"), _g("entrust")), 14, across=True,
                unless=_ORDINARY + _g("replaced"), unless_reach=6),
    Combination(S, (_g("my_own", "mine_own"), _g("tp_give_on"), _g("tp_leaving")), 14, across=True,
                unless=_ORDINARY, unless_reach=6),
    Combination(S, (_g("tp_my_time"), _g("tp_stay_happy", "tp_goodbye")), 10, across=True),
    # A goodbye or sorry to all and not to be met again; a goodbye and someone put in care; a letter
    # kept with a goodbye, an instruction to give it on, or the papers told of (round 53's reading).
    Combination(S, (_g("tp_goodbye"), _g("tp_final")), 12, across=True),
    Combination(S, (_g("tp_goodbye"), _g("relation", "family_addressed"), _g("entrust")), 10, across=True,
                unless=_ORDINARY, unless_reach=6),
    Combination(S, (_g("tp_letter_kept"), _g("tp_goodbye", "tp_give_on", "tp_papers", "entrust")), 14,
                across=True, unless=_g("tp_errand_note"), unless_reach=8),
    Combination(S, (_g("tp_goodbye", "tp_papers", "entrust"), _g("tp_letter_kept")), 14, across=True),
)
