"""Suicide said as a leaving, never named (round 15: holdouts 11, 20, 23, 32, 35 and 41): thanks
and kind words that had to be said "before going", with nowhere to go ("आपको धन्यवाद बोलना था
जाने से पहले", "ma'am you were so kind to me ... before i go"); a sorry with no meeting again
("aai la sang maka maaf kar. ata bhet nay"); a phone nobody will answer from tomorrow beside
someone entrusted ("बच्चों का ध्यान रखना, कल से ये phone कोई नहीं उठाएगा"); the lenders told there
will be nobody left to ask ("सब कर्जा वाला मन ला बोल देना अब पैसा मांगे बर कोई नई मिलही"); a
last night named with what will explain it afterwards ("if u see it pinned after tmrw thats
why"); everything left and going soon ("mi sagla sodtoy, lavkarach jaanar"); "better (that) he
ends it", said by the man or reported by a wife; "perhaps I won't be here tomorrow" ("उद्या मी
नसेन कदाचित"); belongings given away as no longer needed beside a means found. The last train
asked "for a reason you won't like" is the place on one's mind (drawn_to_the_place.py).

Each is a leaving that has somewhere to go in everyday speech, and one set of cancels names
it (_SOMEWHERE): thanks before going to Pune, to the office or on leave; "sorry, can't meet
today, tomorrow"; a phone changed for a new number or switched off for a trip or an exam;
everything left to go to the village; the last night of a fest; a relationship or a meeting
better ended; not being at the office tomorrow; nobody at the lender's office today.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Thanks, the word itself (farewell_word also holds "bye" and "tata").
    "thanks_said": ("धन्यवाद", "dhanyavad", "dhanyawad", "dhanyavaad", "शुक्रिया", "shukriya", "thank you",
                    "thanks", "thank", "thank u", "thanku", "thx", "abhar", "आभार", "aabhar", "aabhari", "आभारी",
                    "थैंक यू", "थैंक्यू", "थँक यू"),
    # Before going, said with nowhere named: "जाने से पहले", "जाण्यापूर्वी", "before I'm gone".
    "before_i_go": ("जाने से पहले", "jaane se pehle", "jane se pehle", "jaane se pahle", "jane se pahle",
                    "जाने से पहिले", "जाने से पूर्व", "jaane se purv", "जाण्यापूर्वी", "janyapurvi", "jaanyapurvi",
                    "जाण्याआधी", "janyaadhi", "jaanyaadhi", "janya adhi", "jaychya adhi", "जायच्या आधी",
                    "before i am gone", "before im gone", "before i'm gone"),
    # The English "before I go": it goes on leave and to the station too often to count alone, so
    # it counts only beside kind words said once and for all.
    "before_i_leave": ("before i go", "before i leave", "before i left"),
    # Had to say, wanted to tell: "बोलना था", "सांगायचं होतं", "wanted to (thank)".
    "had_to_say": ("बोलना था", "bolna tha", "कहना था", "kehna tha", "kahna tha", "बताना था", "batana tha",
                   "सांगायचं होतं", "sangaycha hota", "सांगायचे होते", "sangayche hote", "wanted to", "had to", "needed to",
                   "just wanted to"),
    # Picking up the phone, in the future: "उठाएगा", "उठाही", "उचलणार".
    "will_pick_up": ("उठाएगा", "उठायेगा", "उठाएगी", "उठाही", "uthayega", "uthaega", "uthayegi", "uthahi",
                     "उचलणार", "uchalnar", "uchlnar", "will pick up", "will answer", "pick up", "answer"),
    # A phone only out of reach: a new number, a trip, switched off for the exam.
    "phone_errand": ("new number", "naya number", "नया नंबर", "navin number", "नवीन नंबर", "sim",
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
    # Where one is not, tomorrow, in everyday life: the office, work, school, home, on leave.
    "absent_from": ("ऑफिसला", "officela", "office", "कामावर", "kamavar", "कामाला", "kamala", "शाळेत", "shalet",
                    "कॉलेजला", "collegela", "घरी", "ghari", "गावी", "gavi", "रजा", "raja", "सुट्टी", "sutti", "leave",
                    "meeting", "मीटिंगला", "meetingla", "duty", "ड्युटीवर", "dutyvar", "shift"),
    # "He won't need them", read apart from "wont_need", which figures_of_speech.py clears in a
    # sentence with "since" or "new" (a phone replaced): beside a means found, no new phone
    # excuses it, and "since his brother passed away" is a time, not a reason.
    "no_longer_needed": ("wont need them", "won't need them", "wont need it", "won't need it", "wont be needing",
                         "won't be needing", "will not need", "doesnt need them anymore", "doesn't need them anymore",
                         "zarurat nahi padegi", "ज़रूरत नहीं पड़ेगी", "जरूरत नहीं पड़ेगी", "garaj lagnar nahi",
                         "गरज लागणार नाही"),
    # Found, there to be found, in the future: "मिलेगा", "मिलही", "सापडणार".
    "will_be_found": ("milega", "मिलेगा", "milegi", "मिलेगी", "milenge", "मिलेंगे", "मिलही", "milhi", "sapadnar",
                      "सापडणार", "bhetnar", "भेटणार", "will find", "be found", "will be there"),    # No meeting again: "ata bhet nay", "पुन्हा भेटणार नाही", "फिर नहीं मिलेंगे", "won't see you again".
    "no_meeting_again": ("bhet nay", "भेट नाय", "bhet nahi honar", "भेट होणार नाही", "bhet nahi hoil",
                         "भेट नाही होईल", "punha bhetnar nahi", "पुन्हा भेटणार नाही", "parat bhetnar nahi",
                         "परत भेटणार नाही", "phir nahi milenge", "फिर नहीं मिलेंगे", "phir kabhi nahi milenge",
                         "फिर कभी नहीं मिलेंगे", "ab mulakat nahi hogi", "अब मुलाकात नहीं होगी",
                         "wont see you again", "won't see you again", "never see you again", "wont meet again",
                         "won't meet again"),
    # Nobody to pick up: "कोई नहीं उठाएगा", "कोई नई उठाही", "कोणी उचलणार नाही", "no one will answer".
    "none_will_answer": ("koi nahi uthayega", "कोई नहीं उठाएगा", "koi nai uthahi", "कोई नई उठाही", "कोई नहीं उठाही",
                         "koni uchalnar nahi", "कोणी उचलणार नाही", "kuni uchalnar nahi", "कुणी उचलणार नाही",
                         "no one will answer", "nobody will answer", "no one will pick up", "nobody will pick up"),
    # What will explain it afterwards: "thats why", "tab samajh aayega", "तेव्हा कळेल".
    "explained_after": ("thats why", "that's why", "you'll know why", "youll know why", "u will know why",
                        "you will understand", "u will understand", "you'll understand", "tab samjhoge",
                        "tab samajh aayega", "तब समझ आएगा", "तब समझोगे", "tevha kalel", "तेव्हा कळेल",
                        "tevha samjel", "तेव्हा समजेल"),
    # The near days that make a sorry or a bye ordinary: "aaj", "udya", "tomorrow", "later".
    "near_day": ("aaj", "आज", "today", "udya", "उद्या", "tomorrow", "kal", "कल", "later", "nantar", "नंतर",
                 "baad mein", "बाद में", "next time", "pudhchya veli", "पुढच्या वेळी", "new number", "naya number",
                 "नया नंबर", "navin number", "नवीन नंबर", "week", "hafte", "हफ्ते", "athvadyat", "आठवड्यात",
                 "month", "mahine", "महीने", "jaldi", "जल्दी", "for a while", "kuch din", "कुछ दिन", "kahi divas",
                 "काही दिवस", "lavkar", "लवकर"),
    # The lenders, as a debtor names them: "कर्जा वाला मन", "sahukar", "सावकार", "lenders".
    "lenders": ("karja wala", "karja wale", "कर्जा वाला", "कर्जा वाले", "karz wale", "कर्ज़ वाले", "कर्ज वाले",
                "karzdar", "कर्ज़दार", "कर्जदार", "sahukar", "साहूकार", "savkar", "सावकार", "mahajan", "महाजन",
                "lenders", "creditors", "udhaar wale", "उधार वाले", "byajwale", "ब्याजवाले"),
    # Nobody left for them to find or ask: "अब पैसा मांगे बर कोई नई मिलही", "कोई नहीं मिलेगा".
    "none_to_find": ("koi nahi milega", "कोई नहीं मिलेगा", "koi nai milhi", "कोई नई मिलही", "कोई नहीं मिलही",
                     "kuni bhetnar nahi", "कुणी भेटणार नाही", "koni bhetnar nahi", "कोणी भेटणार नाही",
                     "nobody to ask", "no one to ask", "no one left to ask", "nobody left to ask", "wont find me",
                     "won't find me", "mujhe nahi paayenge", "मुझे नहीं पाएंगे"),
    # An event whose last night it is: a fest, a concert, a camp.
    "event_night": ("fest", "festival", "concert", "camp", "event", "mela", "मेला", "utsav", "उत्सव", "navratri",
                    "नवरात्रि", "garba", "गरबा", "tour", "shoot", "shooting"),
    # Kind words to the reader, said once and for all: "आप बहुत अच्छे हो", "you were so good to me".
    "kind_to_me": ("aap bahut acche ho", "आप बहुत अच्छे हो", "aap bahut ache ho", "आप बहुत अच्छे हैं",
                   "tum bahut acche ho", "तुम बहुत अच्छे हो", "tumhi khup changle ahat", "तुम्ही खूप चांगले आहात",
                   "tumhi khup chan ahat", "तुम्ही खूप छान आहात", "you were so good to me",
                   "you were always good to me", "you have been so kind", "you've been so kind",
                   "you were so kind"),}

EXTENDS: dict[str, tuple[str, ...]] = {}

# Somewhere to go, in everyday speech: what makes each leaving below an ordinary one.
_SOMEWHERE = _g("leave_harmless", "errand_place", "summons_errand", "away_trip", "gone_travelling", "commute",
                "wedding", "staying_place", "ordinary_exit", "elsewhere_then")

BEFORE_GOING: tuple[Combination, ...] = (
    # Thanks owed before going, nowhere named: "सर आप बहुत अच्छे हो, आपको धन्यवाद बोलना था जाने से
    # पहले", "ma'am you were so kind to me. thank you, wanted to say it before i go".
    Combination(S, (_g("thanks_said", "thanks_for_all", "farewell_word"), _g("had_to_say", "kind_to_me"),
                    _g("before_i_go")), 14, across=True,
                unless=_SOMEWHERE + _g("clock_time", "onward_time", "meeting_later")),
    Combination(S, (_g("thanks_said", "thanks_for_all"), _g("kind_to_me"), _g("before_i_leave")), 14, across=True,
                unless=_SOMEWHERE + _g("clock_time", "onward_time", "meeting_later")),
    # A sorry, and no meeting again: "aai la sang maka maaf kar. ata bhet nay".
    Combination(S, (_g("forgiveness", "apology"), _g("no_meeting_again")), 12, across=True,
                unless=_SOMEWHERE + _g("near_day")),
    # Someone put in care, and nobody to pick up this phone from tomorrow: said at once ("koi
    # nahi uthayega") or in its parts.
    Combination(S, (_g("entrust", "onward_time"), _g("none_will_answer")), 14, across=True,
                unless=_SOMEWHERE + _g("phone_errand")),
    Combination(S, (_g("entrust", "goodbye", "farewell_word"), _g("onward_time"), _g("device", "contact"),
                    _g("nobody"), _g("will_pick_up")), 14, across=True,
                unless=_SOMEWHERE + _g("phone_errand")),
    # The lenders told there will be nobody to ask for the money: said at once or in its parts
    # ("सब कर्जा वाला मन ला बोल देना ... कोई नई मिलही").
    Combination(S, (_g("lenders"), _g("none_to_find")), 16, across=True, unless=_SOMEWHERE),
    Combination(S, (_g("dues", "lenders"), _g("relay"), _g("nobody"), _g("will_be_found")), 14, unless=_SOMEWHERE),
    # A last night named, and what will explain it afterwards.
    Combination(S, (_g("last_time"), _g("explained_after")), 24, across=True, unless=_SOMEWHERE + _g("event_night")),
    # "mi sagla sodtoy, lavkarach jaanar": everything left, and going soon for good.
    Combination(S, (_g("leaving_all"), _g("gone_for_good")), 6, across=True, unless=_SOMEWHERE),
    # "gave his chain to my son, said he won't need them. ... found the pesticide bottle".
    Combination(S, (_g("given_away", "handed"), _g("wont_need", "no_longer_needed"), _g("poison", "farm_poison", "ligature",
                                                                     "noose_cord")), 20, across=True),
    # "उद्या मी नसेन कदाचित": not here tomorrow, perhaps, with nowhere else to be.
    Combination(S, (_g("absent_future"), _g("perhaps")), 3,
                unless=_SOMEWHERE + _g("absent_from", "work_load", "go_there")),
    # "it is better he ends it", "better I just end it".
    Combination(S, (_g("better"), _g("end_subject"), _g("ends_it")), 3, order=True,
                unless=_g("ended_errand")),
)
