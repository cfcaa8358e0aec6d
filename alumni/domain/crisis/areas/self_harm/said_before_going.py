"""What is said before going, in a young or a village voice (round 15: holdouts 41 and 35):
kind words and thanks owed "before going" with no place to go to ("आपको धन्यवाद बोलना था
जाने से पहले"), a sorry sent to a mother with no meeting again ("aai la sang maka maaf kar.
ata bhet nay"), nobody to pick up this phone from tomorrow ("कल से ये phone कोई नहीं उठाएगा")
beside someone put in care, the lenders told there will be nobody left to ask ("अब पैसा
मांगे बर कोई नई मिलही"), and a last night named with what will explain it afterwards ("a
playlist for the last night ... if u see it pinned after tmrw thats why").

The ordinary goodbyes do not meet the rules: thanks before leaving for Pune or for the
holidays, "sorry, can't meet today, tomorrow", a phone given up for a new number, the last
night of a trip.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # Thanks, the word itself (farewell_word also holds "bye" and "tata").
    "thanks_word": ("thanks", "thank you", "thank u", "thanku", "thx", "dhanyavad", "धन्यवाद", "shukriya",
                    "शुक्रिया", "abhar", "आभार", "aabhari", "आभारी", "थैंक यू", "थैंक्यू", "थँक यू"),
    # Before going, with no place named: "जाने से पहले", "जाण्यापूर्वी", "before i go".
    "before_going": ("jane se pehle", "jaane se pehle", "जाने से पहले", "jane se pahle", "जाने से पहिले",
                     "jaanyapurvi", "जाण्यापूर्वी", "jaychya adhi", "जायच्या आधी", "jaanyaadhi", "जाण्याआधी",
                     "before i go", "before i leave", "before i'm gone", "before im gone", "before i left"),
    # No meeting again: "ata bhet nay", "पुन्हा भेटणार नाही", "फिर नहीं मिलेंगे", "won't see you again".
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
                   "you were so kind"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

_TRIP = _g("away_trip", "gone_travelling", "commute", "leave_harmless", "wedding", "errand_place")

SAID_BEFORE_GOING: tuple[Combination, ...] = (
    # Kind words and thanks owed before going, nowhere named: "सर आप बहुत अच्छे हो, आपको धन्यवाद
    # बोलना था जाने से पहले" (thanks before leaving for Pune is a trip's).
    Combination(S, (_g("kind_to_me"), _g("thanks_word", "thanks_for_all"), _g("before_going")), 14, across=True,
                unless=_TRIP),
    # A sorry, and no meeting again: "aai la sang maka maaf kar. ata bhet nay".
    Combination(S, (_g("forgiveness", "apology"), _g("no_meeting_again")), 12, across=True,
                unless=_g("near_day", "away_trip", "wedding", "leave_harmless")),
    # Someone put in care, and nobody to pick up this phone from tomorrow.
    # (A new number or a trip is the ordinary reason: ordinary_exit, group_farewells.py.)
    Combination(S, (_g("entrust", "onward_time"), _g("none_will_answer")), 14, across=True,
                unless=_g("ordinary_exit", "away_trip")),
    # The lenders told there will be nobody to ask for the money: "सब कर्जा वाला मन ला बोल देना अब
    # पैसा मांगे बर कोई नई मिलही".
    Combination(S, (_g("lenders"), _g("none_to_find")), 16, across=True,
                unless=_g("near_day", "errand_place", "leave_harmless")),
    # A last night named, and what will explain it afterwards.
    Combination(S, (_g("last_time"), _g("explained_after")), 24, across=True,
                unless=_g("away_trip", "wedding", "event_night")),
)
