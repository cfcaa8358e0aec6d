"""Violence against the writer, told by the writer (round 18): a husband, a father-in-law or "he"
who chokes or strangles the writer or tried to ("he tried to strangle me last night", "pati ne
mera gala daba diya"), who threatened to kill, burn or stab the writer ("he threatened to burn
me", "dhamki di ki mujhe jala dega", "मला जाळून टाकेन अशी धमकी दिली"), or who beats the writer
("my husband beats me up", "pati roz mujhe peet-ta hai", "नवरा रोज मला मारतो"). The labels call
this a danger reported about someone else: the service calls the writer.

Quiet: the same verbs of a feeling or a thing ("this loneliness is strangling me", "the tie is
choking me"), since no person is the one who does it; a trainer's workout ("trying to murder
me, legs are dead"); a game won ("he beats me at carrom every time"); and a laughed-off
scolding, which games_and_teasing.py reads first.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

HO = Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    # The one who does it: a husband and his family, "he", and the Hindi and Marathi agent forms.
    "assailant": ("he", "he'll", "he's", "he has", "hes", "husband", "hubby", "pati", "पति", "patine", "पतिने",
                  "navra", "navara", "नवरा", "navryane", "नवऱ्याने", "नवऱ्यानं", "sasur", "ससुर", "sasre",
                  "सासरे", "sasryani", "सासऱ्यांनी", "father in law", "father-in-law", "boyfriend", "bf",
                  "devar", "देवर", "usne", "उसने", "tyane", "त्याने", "tyana", "unhone", "उन्होंने",
                  "gharwala", "घरवाला", "mard", "मर्द"),
    # Hands on the writer's throat, in English (the Hindi and Marathi "gala daba" are read by the
    # area's rule on the throat).
    "throttles_me": ("strangle me", "strangled me", "strangles me", "strangling me", "choke me", "choked me",
                     "chokes me", "choking me", "throttle me", "throttled me", "throttles me"),
    # What was done or would be done to the writer.
    "harm_to_me": ("kill me", "burn me", "stab me", "strangle me", "choke me", "set me on fire",
                   "pour kerosene on me", "throw acid on me", "murder me", "finish me",
                   "mujhe maar dalega", "mujhe maar daalega", "mujhe maar dalenge", "मुझे मार डालेगा",
                   "mujhe jala dega", "mujhe jala denge", "मुझे जला देगा", "mujhe khatam kar dega",
                   "मुझे खत्म कर देगा", "mala marun takel", "mala maarun takel", "मला मारून टाकेल",
                   "mala marun takin", "मला मारून टाकीन", "mala jalun takel", "मला जाळून टाकेल",
                   "mala jalin", "मला जाळीन", "mala sampvel", "मला संपवेल"),
    # Will, said of him: "he will finish me and his mother with the drill machine" (round 65).
    "aw_he_will": ("will", "said he will", "says he will", "is going to", "gonna", "would"),
    # What a scolding to come is about: a result, a joke, being found out.
    "aw_scolding": ("finds out", "find out", "found out", "result", "results", "marks", "failed", "fail", "joke",
                    "jokes", "late", "bill", "phone bill"),
    # Said or tried: "threatened to", "tried to", "dhamki di", "धमकी दिली".
    "threatened_or_tried": ("threatened to", "threatens to", "threatening to", "tried to", "tries to",
                            "trying to", "said he would", "says he will", "said he'll", "says he'll",
                            "dhamki di", "dhamki deta", "धमकी दी", "धमकी देता", "dhamki dili", "धमकी दिली",
                            "dhamki deto", "धमकी देतो", "koshish ki", "कोशिश की", "prayatna kela",
                            "प्रयत्न केला"),
    # Beaten: "beats me", "hits me", "mujhe peet-ta", "मला मारतो".
    "beats_me": ("beats me", "beat me up", "beats me up", "beating me", "hits me", "hit me", "hitting me",
                 "slaps me", "slapped me", "kicks me", "kicked me", "punched me", "mujhe peet*", "मुझे पीट*",
                 "mujhe maarta", "mujhe marta", "मुझे मारता", "mujhe maara", "मुझे मारा", "mala marto",
                 "मला मारतो", "mala marla", "मला मारलं", "mala badavto", "मला बडवतो", "mala badavla",
                 "मला बडवलं", "mala zodapto", "मला झोडपतो"),
    # What makes the verb a feeling, a thing or a game's.
    "not_a_hand": ("feel", "feels", "feeling", "like", "lagta", "लगता", "vatta", "वाटतं", "loneliness",
                   "tie", "collar", "smoke", "dhuan", "धुआं", "dust", "this", "anxiety", "stress", "tension",
                   "at", "carrom", "chess", "cards", "ludo", "game", "race", "match", "cricket", "argument",
                   "lol", "haha", "😂", "😅", "🤣",
                   # a trainer's workout "trying to murder me, legs are dead"
                   "gym", "trainer", "workout", "exercise", "squats", "legs", "syllabus", "homework"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

AGAINST_THE_WRITER: tuple[Combination, ...] = (
    # "my husband chokes me when he drinks", "he strangled me".
    Combination(HO, (_g("assailant"), _g("throttles_me")), 6, order=True, unless=_g("not_a_hand"), unless_reach=3),
    # "he threatened to burn me", "dhamki di ki mujhe jala dega".
    Combination(HO, (_g("threatened_or_tried"), _g("harm_to_me")), 6, unless=_g("not_a_hand"), unless_reach=3),
    # "my son came home drunk and said he will finish me" (round 65).
    # ("he will kill me if he finds out", said of a father and a bad result, is a scolding to come)
    Combination(HO, (_g("assailant"), _g("aw_he_will"), _g("harm_to_me")), 5, order=True,
                unless=_g("not_a_hand", "laugh", "if_clause", "aw_scolding"), unless_reach=8),
    # "my husband beats me up", "नवरा रोज मला मारतो".
    Combination(HO, (_g("assailant"), _g("beats_me")), 4, order=True, unless=_g("not_a_hand"), unless_reach=3),
)
