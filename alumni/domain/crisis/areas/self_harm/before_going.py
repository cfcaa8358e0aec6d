"""Suicide said as a leaving, by older writers who never name it (round 15: holdouts 11, 20,
23, 32 and 35): thanks that had to be said "before going", with nowhere to go ("आपको धन्यवाद
बोलना था जाने से पहले", "wanted to thank you before I'm gone"), a phone nobody will answer from
tomorrow beside the children entrusted ("बच्चों का ध्यान रखना, कल से ये phone कोई नहीं उठाएगा"),
everything left and going soon ("mi sagla sodtoy, lavkarach jaanar"), "better (that) he ends
it", reported by a wife or said by the man ("it is better he ends it", "better I end it"),
"perhaps I won't be here tomorrow" ("उद्या मी नसेन कदाचित"), the time of the last train asked
"for a reason you won't like", "having lived, what shall we do" in the plural of an older man
("अब जी के का करेंगे"), the lenders told there will be nobody to collect from ("कर्जा वाला मन
ला बोल देना ... कोई नई मिलही"), and, told by a son or a daughter in a letter, belongings given away as
no longer needed with a means found ("gave his gold chain to my son and said he won't need
them ... found the pesticide in his room"). Words and the rules that read them (appended to
the area's COMBINATIONS by rules.py).

Each is a leaving that has somewhere to go in everyday speech: thanks before going to the
office, on leave or home, a phone switched off for a trip or changed for a new number,
everything left to go to the village, a relationship or a meeting better ended, an old phone
given away with nothing of a means, not being at the office tomorrow and a train's time asked
with a laugh, stay quiet.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Before going, said with nowhere named: "जाने से पहले", "जाण्यापूर्वी", "before I'm gone" (the
    # English "before I go" goes on leave and to the station too often to count).
    "before_i_go": ("जाने से पहले", "jaane se pehle", "jane se pehle", "jaane se pahle", "jane se pahle",
                    "जाने से पूर्व", "jaane se purv", "जाण्यापूर्वी", "janyapurvi", "jaanyapurvi", "जाण्याआधी",
                    "janyaadhi", "janya adhi", "before i am gone", "before im gone", "before i'm gone"),
    # Thanks said: "धन्यवाद", "shukriya", "thank you".
    "thanks_said": ("धन्यवाद", "dhanyavad", "dhanyawad", "dhanyavaad", "शुक्रिया", "shukriya", "thank you",
                    "thanks", "thank", "abhar", "आभार", "aabhar"),
    # Had to say, wanted to tell: "बोलना था", "सांगायचं होतं", "wanted to (thank)".
    "had_to_say": ("बोलना था", "bolna tha", "कहना था", "kehna tha", "kahna tha", "बताना था", "batana tha",
                   "सांगायचं होतं", "sangaycha hota", "सांगायचे होते", "sangayche hote", "wanted to", "had to", "needed to",
                   "just wanted to"),
    # Picking up the phone, in the future: "उठाएगा", "उठाही", "उचलणार".
    "will_pick_up": ("उठाएगा", "उठायेगा", "उठाएगी", "उठाही", "uthayega", "uthaega", "uthayegi", "uthahi",
                     "उचलणार", "uchalnar", "uchlnar", "will pick up", "will answer", "pick up", "answer"),
    # A phone only out of reach: a new number, a trip, switched off for the exam.
    "phone_errand": ("number", "new number", "naya number", "नया नंबर", "navin number", "नवीन नंबर", "sim",
                     "recharge", "रिचार्ज", "repair", "रिपेयर", "service", "switch off", "switched off", "band",
                     "बंद", "exam", "pariksha", "परीक्षा"),
    # Everything left behind: "sagla sodtoy", "sab chhod raha hu", "leaving everything".
    "leaving_all": ("sagla sodtoy", "sagla sodto", "sagla sodun", "सगळं सोडतोय", "सगळं सोडतो",
                    "सगळं सोडून", "sab chhod raha", "sab chod raha", "सब छोड़ रहा", "sab chhod ke", "सब छोड़ के",
                    "sab kuch chhod raha", "सब कुछ छोड़ रहा", "leaving everything", "leaving it all",
                    "giving up everything", "letting go of everything"),
    # Ending it, said of a person: "ends it", "end it all", "finish it".
    "ends_it": ("ends it", "end it", "ending it", "end it all", "ends it all", "end things", "ends things",
                "finish it", "finishes it", "finish myself", "finishes himself"),
    # The one who would end it: "he", "I", "if I", "if he".
    "end_subject": ("he", "i", "if i", "if he", "i just", "he just", "i should", "he should"),
    # What else is better ended: a bond, a talk, a deal, a show.
    "ended_errand": ("relationship", "relation", "friendship", "marriage", "engagement", "meeting", "call",
                     "chat", "talk", "conversation", "deal", "contract", "partnership", "story", "game", "match",
                     "movie", "series", "season", "show", "argument", "fight", "matter", "here", "today",
                     "now", "with her", "with him", "with them"),
    # "What shall we do", the plural of an older man: "का करेंगे", "क्या करेंगे" (verb_forms.py has
    # the singular).
    "what_for": ("का करेंगे", "ka karenge", "क्या करेंगे", "kya karenge", "kya karein", "क्या करें", "ka kari",
                 "का करें", "ka karen", "ka karbo", "का करबो"),
    # Perhaps, maybe: "कदाचित", "shayad", "perhaps" (said of one's own absence tomorrow).
    "perhaps": ("कदाचित", "kadachit", "kadachita", "शायद", "shayad", "shaayad", "maybe", "perhaps", "probably"),
    # A reason the reader will not like (not "don't ask why", a long story's): "asking for a reason you won't like".
    "ominous_reason": ("reason you wont like", "reason you won't like", "reason u wont like", "reason u won't like",
                       "reason you will not like", "reason u will not like", "you dont want to know why",
                       "you don't want to know why", "u dont want to know why"),
    # Where one is not, tomorrow, in everyday life: the office, work, school, home, on leave.
    "absent_from": ("ऑफिसला", "officela", "office", "कामावर", "kamavar", "कामाला", "kamala", "शाळेत", "shalet",
                    "कॉलेजला", "collegela", "घरी", "ghari", "गावी", "gavi", "रजा", "raja", "सुट्टी", "sutti", "leave",
                    "meeting", "मीटिंगला", "meetingla", "duty", "ड्युटीवर", "dutyvar", "shift"),
    # The train or its passing, the last one: "last train", "train kitne baje".
    "train_passing": ("last train", "the last train", "aakhri train", "आखिरी ट्रेन", "shevatchi train",
                      "शेवटची ट्रेन", "train", "ट्रेन", "goods train", "express", "मालगाडी", "malgadi"),
    # "He won't need them", read apart from "wont_need", which figures_of_speech.py clears in a
    # sentence with "since" or "new" (a phone replaced): beside a means found, no new phone
    # excuses it, and "since his brother passed away" is a time, not a reason.
    "no_longer_needed": ("wont need them", "won't need them", "wont need it", "won't need it", "wont be needing",
                         "won't be needing", "will not need", "doesnt need them anymore", "doesn't need them anymore",
                         "zarurat nahi padegi", "ज़रूरत नहीं पड़ेगी", "जरूरत नहीं पड़ेगी", "garaj lagnar nahi",
                         "गरज लागणार नाही"),
    # Found, there to be found, in the future: "मिलेगा", "मिलही", "सापडणार".
    "will_be_found": ("milega", "मिलेगा", "milegi", "मिलेगी", "milenge", "मिलेंगे", "मिलही", "milhi", "sapadnar",
                      "सापडणार", "bhetnar", "भेटणार", "will find", "be found", "will be there"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

BEFORE_GOING: tuple[Combination, ...] = (
    # "आपको धन्यवाद बोलना था जाने से पहले": thanks before going, nowhere named.
    Combination(S, (_g("thanks_said", "farewell_word"), _g("had_to_say"), _g("before_i_go")), 5,
                unless=_g("leave_harmless", "errand_place", "summons_errand", "away_trip", "clock_time",
                          "wedding", "onward_time", "meeting_later", "staying_place")),
    # "बच्चों का ध्यान रखना ... कल से ये phone कोई नहीं उठाएगा".
    Combination(S, (_g("entrust", "goodbye", "farewell_word"), _g("onward_time"), _g("device", "contact"),
                    _g("nobody"), _g("will_pick_up")), 14, across=True,
                unless=_g("phone_errand", "away_trip")),
    # "mi sagla sodtoy, lavkarach jaanar": everything left, and going soon for good.
    Combination(S, (_g("leaving_all"), _g("gone_for_good")), 6, across=True,
                unless=_g("leave_harmless", "away_trip", "errand_place", "staying_place")),
    # "gave his chain to my son, said he won't need them. ... found the pesticide bottle".
    Combination(S, (_g("given_away", "handed"), _g("wont_need", "no_longer_needed"), _g("poison", "farm_poison", "ligature",
                                                                     "noose_cord")), 20, across=True),
    # "उद्या मी नसेन कदाचित": not here tomorrow, perhaps, with nowhere else to be.
    Combination(S, (_g("absent_future"), _g("perhaps")), 3,
                unless=_g("absent_from", "leave_harmless", "errand_place", "staying_place", "away_trip",
                          "summons_errand", "work_load", "go_there", "wedding", "gone_travelling", "commute",
                          "elsewhere_then")),
    # "what time does the last train cross the signal. asking for a reason u wont like".
    Combination(S, (_g("train_passing", "rail_line"), _g("ominous_reason")), 16, across=True,
                unless=_g("laugh")),
    # "सब कर्जा वाला मन ला बोल देना ... कोई नई मिलही": tell the lenders there will be nobody to
    # collect from.
    Combination(S, (_g("dues"), _g("relay"), _g("nobody"), _g("will_be_found")), 14,
                unless=_g("away_trip", "wedding", "staying_place", "errand_place")),
    # "it is better he ends it", "better I just end it".
    Combination(S, (_g("better"), _g("end_subject"), _g("ends_it")), 3, order=True,
                unless=_g("ended_errand")),
)
