"""Farewells in the words of faith and of a son's grief (round 15: holdout 42, the Urdu-heavy
Hindi of Muslim families and the Marathi of their homes): going to Allah or to Khuda ("he left
a note saying he is going to Allah", "khuda ke paas ja raha hu"), "khuda hafiz" to everyone
with the trouble one caused promised to end ("khuda hafiz sabko, meri wajah se takleef hui, ab
nahi hogi"), going to a dead mother ("aai gelyapasun ... aata tichyakade jaycha ahe", "ammi ke
jaane ke baad unke paas jaana hai"), a message for the mother sent from a bridge or a roof
("पुलावर उभा आहे, अम्मीला सांगा तिचा मुलगा वाईट नव्हता"), and a mother asked to forgive with no
meeting to come ("aai la sang maka maaf kar, ata bhet nay"). Words and the rules that read
them (appended to the area's COMBINATIONS by rules.py).

Each reading needs all its parts, because each part is a family's everyday speech: "khuda
hafiz, kal milte hain", "sorry for the trouble" with no farewell, going to ammi's for Eid, a
mother missed with no going, a message for mother from a roof with nothing of forgiveness or
of her son in it, and a meeting put off until tomorrow stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # To God by his Urdu and Arabic names (departure.py has the Hindi and Marathi ones).
    "to_god": ("to allah", "allah ke paas", "allah ke pas", "अल्लाह के पास", "khuda ke paas", "khuda ke pas",
               "खुदा के पास", "ख़ुदा के पास", "rab ke paas", "रब के पास", "allahkade", "अल्लाहकडे",
               "khudakade", "खुदाकडे", "to my lord", "to the lord", "to my maker"),
    # God's house and his worship, where one goes to God alive: "allah ke ghar", "umrah", "namaz"
    # (not "ghar" alone: "bhagwan ke paas jaunga, ghar walon ko bolna" is still a farewell).
    "house_of_god": ("house", "allah ke ghar", "khuda ke ghar", "bhagwan ke ghar", "अल्लाह के घर", "खुदा के घर",
                     "भगवान के घर", "allah ka ghar", "अल्लाह का घर", "devache ghar", "देवाचं घर", "masjid", "मस्जिद", "मशीद", "mosque", "dargah", "दरगाह", "umrah",
                     "उमराह", "hajj", "हज", "namaz", "नमाज", "नमाज़", "ibadat", "इबादत", "dua", "दुआ", "prayer",
                     "pray"),
    # Farewell in God's keeping: "khuda hafiz", "अल्लाह हाफ़िज़", "fi amanillah".
    "faith_farewell": ("khuda hafiz", "khudahafiz", "khuda haafiz", "खुदा हाफिज", "ख़ुदा हाफ़िज़", "खुदा हाफ़िज़",
                       "allah hafiz", "allahhafiz", "अल्लाह हाफिज", "अल्लाह हाफ़िज़", "fi amanillah",
                       "fee amanillah", "rab rakha", "रब राखा"),
    # No more of it to come: "ab nahi hogi", "आता नाही होणार", "no more".
    "no_more_to_come": ("ab nahi hogi", "ab nahi hoga", "ab nhi hogi", "ab nhi hoga", "अब नहीं होगी",
                        "अब नहीं होगा", "ab aur nahi hogi", "aur nahi hogi", "aage nahi hogi", "ata nahi honar",
                        "aata nahi honar", "आता नाही होणार", "ata honar nahi", "आता होणार नाही",
                        "yapudhe honar nahi", "यापुढे होणार नाही", "no more", "not anymore", "won't anymore",
                        "wont anymore", "never again"),
    # Since she went, after she passed: the mother's death named by the son.
    "since_she_went": ("gelyapasun", "गेल्यापासून", "gelya pasun", "gelyanantar", "गेल्यानंतर",
                       "jaane ke baad", "jane ke baad", "जाने के बाद", "guzarne ke baad", "गुज़रने के बाद",
                       "गुजरने के बाद", "intekal ke baad", "इंतकाल के बाद", "since she passed", "since she died",
                       "since mom passed", "since mom died", "since mother passed", "since ammi passed",
                       "marhoom", "मरहूम", "marhooma", "मरहूमा", "last voice note", "last voice message",
                       "aakhri voice note", "आखिरी voice note", "शेवटचा voice note", "aakhri awaaz",
                       "आखिरी आवाज़", "शेवटचा आवाज", "shevatcha aavaj"),
    # To her side, to the mother herself: "tichyakade", "ammi ke paas", "to be with her".
    "to_her_side": ("tichyakade", "तिच्याकडे", "tichyakadech", "तिच्याकडेच", "tichya kade", "aaikade",
                    "आईकडे", "ammikade", "अम्मीकडे", "ammi ke paas", "ammi ke pas", "अम्मी के पास",
                    "maa ke paas", "माँ के पास", "मां के पास", "uske paas", "उसके पास", "unke paas", "उनके पास",
                    "tyanchyakade", "त्यांच्याकडे", "to her", "to be with her", "be with her", "to mom", "to mum",
                    "be with mom"),
    # The mother, as the one a message is for: "अम्मीला", "ammi ko", "aai la".
    "to_mother": ("अम्मीला", "ammila", "ammi la", "ammi ko", "अम्मी को", "aaila", "आईला", "aai la", "आई ला",
                  "maa ko", "माँ को", "मां को", "mummy ko", "मम्मी को", "mummyla", "मम्मीला", "amma ko",
                  "mom", "mum", "my mother", "my mom", "my mum"),
    # Her son, spoken of by himself: "तिचा मुलगा", "uska beta", "her son".
    "her_son": ("तिचा मुलगा", "ticha mulga", "तिचं पोर", "ticha pora", "tiche pora", "uska beta", "उसका बेटा",
                "unka beta", "उनका बेटा", "her son", "her boy", "your son"),
    # No meeting to come: "ata bhet nay", "phir nahi milunga".
    "no_more_meeting": ("bhet nay", "bhet nahi", "भेट नाही", "भेट नाय", "bhet honar nahi", "भेट होणार नाही",
                        "phir nahi milunga", "फिर नहीं मिलूंगा", "ab nahi milenge", "अब नहीं मिलेंगे",
                        "won't see you again", "wont see you again", "never see you"),
    # A meeting only put off: tomorrow, later, on Sunday.
    "meeting_later": ("udya", "उद्या", "parva", "परवा", "nantar", "नंतर", "kal", "कल", "tomorrow", "later",
                      "sunday", "ravivari", "रविवारी", "sandhyakali", "संध्याकाळी", "shaam ko", "शाम को"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

FAREWELLS_IN_FAITH: tuple[Combination, ...] = (
    # "मी देवाघरी जाणार आहे", "khuda ke paas jaunga": going to God, in the future of the writer
    # (the present and the wish are read in rules.py); not to God's house to pray.
    Combination(S, (_g("to_god"), _g("going_there", "go_mine", "going_to", "go_to_it")), 3,
                unless=_g("house_of_god", "worship")),
    # "khuda hafiz sabko ... meri wajah se takleef hui, ab nahi hogi": a farewell to everyone and
    # the trouble one caused promised to end.
    Combination(S, (_g("faith_farewell", "farewell_word", "goodbye"), _g("everyone_all"), _g("trouble"),
                    _g("no_more_to_come")), 14, across=True),
    # "aai gelyapasun ... aata tichyakade jaycha ahe": going to the mother who died.
    Combination(S, (_g("since_she_went"), _g("to_her_side"), _g("go_to_it", "going_there", "go_mine",
                                                                "going_to", "take_me", "go_there")),
                10, across=True),
    # "पुलावर उभा आहे, अम्मीला सांगा तिचा मुलगा वाईट नव्हता": a message for the mother, of her son
    # or of forgiveness, sent from a height.
    Combination(S, (_g("high_place", "rail_line"), _g("present_there", "posture"), _g("to_mother"),
                    _g("relay"), _g("her_son", "forgiveness", "apology")), 14, across=True),
    # "aai la sang maka maaf kar. ata bhet nay": the mother asked to forgive, no meeting to come.
    Combination(S, (_g("to_mother"), _g("relay"), _g("forgiveness", "apology"), _g("no_more_meeting")), 10,
                across=True, unless=_g("meeting_later")),
)
