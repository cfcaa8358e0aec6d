"""Suicide words: wanting to die, said outright or by euphemism (strong on their own),
and prayer, where fire and folded hands mean no harm."""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # A candle or lamp lit in prayer, hands folded: fire and hands with no harm.
    "worship": ("prarthana", "प्रार्थना", "puja", "pooja", "पूजा", "aarti", "आरती", "mandir", "मंदिर",
                "temple", "church", "haath jod*", "हाथ जोड़*", "hat jod*", "हात जोड*",
                "devapudhe", "देवापुढे", "prayer", "prayed", "praying"),
    # A letter or will left for the family: a farewell once it meets another sign.
    "farewell_hint": (
        "left a note", "left a letter", "wrote a note", "left notes", "note chhod", "chitthi chhod",
        "चिट्ठी छोड़", "chithi thevli", "चिठ्ठी ठेवली", "sorry to evryone", "sorry 2 everyone",
        "sorry to all", "sorry everyone",
        "letters to everyone", "letter to everyone", "letters for everyone", "wrote letters",
        "written letters", "wrote my will", "written my will", "made my will",
        "sorry to everyone", "sorry for everything", "forgive me", "maaf kar dena",
        "माफ कर देना", "माफ़ कर देना", "mala maaf kara", "मला माफ करा", "chitthi likh*",
        "चिट्ठी लिख*", "aakhri chitthi", "आखिरी चिट्ठी", "chithi lihun", "चिठ्ठी लिहून",
        "shevatchi chitthi", "शेवटची चिठ्ठी", "take care of mom", "take care of my",
        "khayal rakhna", "ख्याल रखना", "kalji ghya", "काळजी घ्या", "love you all",
    ),
    # "tonight is my last night", "aaj raat aakhri hai".
    "last_time": (
        "my last night", "my last day", "last night on earth", "last day on earth",
        "aakhri raat", "आखिरी रात", "aaj raat aakhri", "आज रात आखिरी", "aakhri din",
        "आखिरी दिन", "aaj ka din aakhri", "आज का दिन आखिरी", "shevatchi raat",
        "शेवटची रात्र", "shevatcha divas", "शेवटचा दिवस", "last sunset",
        # the English words in a Hindi or Marathi sentence (rounds 64-65): "aaj mera last day hai"
        "mera last day", "मेरा last day", "maza last day", "माझा last day",
    ),
    # "my last night in Goa": the last of a stay, not of a life.
    "last_place": ("my last night in", "my last night at", "my last day in", "my last day at",
                   "my last day of", "my last night of", "last night in", "aakhri din tha",
                   "aakhri raat thi", "आखिरी दिन था"),
    # Times of day and of the clock: "wake up late", "be gone by 5".
    "clock_time": ("late", "early", "on time", "jaldi", "जल्दी", "der se", "देर से", "lavkar",
                   "लवकर", "ushira", "उशिरा", "by 5", "by 6", "by 7", "by 8", "by 9", "by noon",
                   "alarm", "morning shift", "re:[0-9]{1,2}(am|pm)?"),
    "air": ("air", "pollution", "polluted", "smoke", "dust", "smog", "hawa", "हवा", "dhool",
            "धूल", "dhuan", "धुआं", "aqi"),
    "second_person": ("tu", "tum", "aap", "you", "u", "तू", "तुम", "आप", "tula", "तुला"),
    "love_on": ("tuzyavar", "tujhyavar", "तुझ्यावर", "tichyavar", "तिच्यावर", "tyachyavar",
                "त्याच्यावर", "tumchyavar", "तुमच्यावर", "tujhpe", "tujh pe", "तुझ पे", "tum pe"),
    "gym": ("gym", "class", "classes", "workout", "practice"),
    "by_morning": (
        "kal subah tak", "subah tak", "सुबह तक", "kal tak", "कल तक", "by morning",
        "by tomorrow", "till morning", "udya paryant", "उद्यापर्यंत", "sakalparyant",
        "सकाळपर्यंत", "udya sakali",
    ),
    "remain": (
        "rahunga", "rahungi", "rahu", "rahun", "रहूंगा", "रहूंगी", "रहूं", "zinda", "alive",
        "around", "here", "asen", "असेन", "nasen", "नसेन", "jivant", "जिवंत",
    ),
    "worthless_me": (
        "kisi kaam ka nahi", "किसी काम का नहीं", "kisi kaam ki nahi", "किसी काम की नहीं",
        "maza kahi upyog nahi", "माझा काही उपयोग नाही", "kahi kamacha nahi",
        "काही कामाचा नाही", "worthless", "useless", "nikamma", "निकम्मा", "nalayak", "नालायक",
    ),
    "pull_hair": ("pulling my hair", "pulled my hair", "pull my hair", "pulling out my hair",
                  "baal noch*", "बाल नोच*", "kes upat*", "केस उपट*"),
    "etch": ("likha", "likh diya", "लिखा", "लिख दिया", "lihila", "लिहिलं", "wrote",
             "etched", "engraved", "scratched"),
    # "nobody will miss me": the writer as a burden, already in the first person.
    "miss_me": (
        "wont be missed", "won't be missed", "koi yaad nahi karega", "koi miss nahi karega",
        "kisi ko farak nahi padega", "kisi ko fark nahi padega", "किसी को फर्क नहीं पड़ेगा",
        "kisi ko farq nahi padega", "mere bina sab khush", "मेरे बिना सब खुश",
        "kunala farak padnar nahi", "kunala fark padnar nahi", "कोणाला फरक पडणार नाही",
        "mi nasalo tar kunala", "माझ्याशिवाय सगळे सुखी", "majhyashivay sagle sukhi",
    ),
    # "no one will miss me": nobody, then missing me.
    "nobody": ("no one", "nobody", "noone", "no1", "no one'll", "none of them", "koi", "कोई",
               "kisi ko", "किसी को", "kunala", "कुणाला", "कोणाला", "konala"),
    "miss_me_words": ("miss me", "miss mi", "mis me", "care if i", "cares if i", "cares if im",
                      "care if im", "notice if i", "cares when i", "care when i",
                      "yaad nahi karega", "याद नहीं करेगा", "farak nahi padega", "फर्क नहीं पड़ेगा",
                      "farak padnar nahi", "फरक पडणार नाही", "athvan kadhnar nahi"),
    # "off myself" is spelt like "of myself" ("proud of myself"): only after a will.
    "off_myself": ("off myself", "off mself"),
    "will_to": ("want", "wanna", "wana", "wnt", "gonna", "gunna", "going to", "goin to",
                "will", "i'll", "ill", "about to", "ready to", "plan to", "planning to",
                "thinking of", "thinkin of", "thinking about", "might"),
    # "I wish I'd never been born."
    "never_born": (
        "never been born", "never born", "wasnt born", "wasn't born", "not been born",
        "paida hi na", "paida hi nahi", "पैदा ही न", "पैदा ही नहीं", "paida na hota",
        "paida nahi hota", "पैदा न होता", "janmalach nasto", "जन्मलोच नसतो",
        "janmach ghetla nasta", "जन्मच घेतला नसता",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {
    "suicide": (
        "unaliv*", "un alive", "सुसाइड*", "सुसाईड*", "susaid*", "offing myself", "do myself in", "top myself", "neck myself", "end myself", "end my self",
        "ending myself", "kill mself", "kill meself", "end everything", "end it tonight",
        "finish myself", "finish my self", "finishing myself", "finish off myself",
        "give up on life", "gave up on life", "given up on life", "giving up on life",
        "taking my life", "took my own life", "not worth living", "life isnt worth",
        "life isn't worth", "life not worth", "lifes not worth", "life aint worth",
        "khud ko khatam", "khud ko khtm", "khudko khatam", "खुद को खत्म", "खुद को ख़त्म",
        "apne aap ko khatam", "अपने आप को खत्म", "apna ant", "अपना अंत", "swatahla sampav*",
        "स्वतःला संपव*", "swatala sampav*", "स्वताला संपव*", "khudkhushi", "khudkhusi",
        "khudkusi", "aatmhtya*", "atmhatya*", "मरने का तरीका", "मरने के तरीके",
        "marne ka tarika", "marne ke tarike", "marnyacha marg", "मरण्याचा मार्ग",
        "marnyacha upay", "मरण्याचा उपाय",
        # "death is better" ("achi" alone is spelt like "chai" once the vowels go)
        "maut achi", "maut acchi", "maut achhi", "maut achha", "मौत अच्छी", "मौत अछी",
        "maut behtar", "मौत बेहतर", "marna behtar", "marna achha", "marna accha",
        "mar jana behtar", "mar jana accha", "मर जाना बेहतर", "मरना बेहतर", "मरना अच्छा",
        "melela bara", "मेलेलं बरं", "marun gelela bara", "मेलो तर बरं", "melo tar bara",
        "cant go on like this", "can't go on like this", "cannot go on like this",
        "better off dead", "rather be dead", "rather die", "cant wait to die",
        "can't wait to die", "cant wait to be dead", "can't wait to be dead", "waiting to die",
        "waiting for death", "waiting for my death",
        "mela tari chalel", "melo tari chalel", "meli tari chalel", "मेलो तरी चालेल",
        "मेला तरी चालेल", "mar bhi jaun to", "mar bhi gaya to", "मर भी जाऊं तो",
        "dont care if i die", "don't care if i die", "wouldnt mind dying",
        "wouldn't mind dying", "wouldnt care if i died", "wouldn't care if i died",
        "no reason to keep going", "no reason to go on", "no reason to continue",
        "no reason to be here", "no reason to wake up", "nothing to live for",
    ),
    # Goodbye notes and last words: a person reading them calls at once.
    "goodbye": (
        "by the time you read this", "by the time u read this", "when you read this",
        "when u read this", "when you find this", "dont blame anyone", "don't blame anyone",
        "no one is responsible for my", "nobody is responsible for my", "kisi ko dosh mat",
        "किसी को दोष मत", "koni jababdar nahi", "कोणालाही जबाबदार", "koni javabdar nahi",
        "mere marne ke baad", "मेरे मरने के बाद", "after i die", "after im gone",
        "after i'm gone", "majhya maranantar", "माझ्या मरणानंतर", "माझ्या मृत्यूनंतर",
        "said my goodbyes", "saying my goodbyes",
        "aakhri alvida", "शेवटचा निरोप", "shevatcha nirop", "shevatcha message",
        "शेवटचा मेसेज", "aakhri baar baat", "आखिरी बार बात", "wont be here tomorrow",
        "won't be here tomorrow",
    ),
}

# The rules that read them: dying wished, ending, leaving for good, said outright.
SAID_OUTRIGHT: tuple[Combination, ...] = (
    # Said outright.
    Combination(S, (_g("miss_me"),)),
    Combination(S, (_g("never_born"),)),
    Combination(S, (_g("will_to"), _g("off_myself")), 1, order=True),
    Combination(S, (_g("farewell_hint"), _g("farewell_hint", "die", "for_good", "goodbye",
                                           "last_time")), 10, across=True,
                unless=_g("wedding")),
    Combination(S, (_g("last_time"), _g("time", "copula", "first_person", "me")), 4,
                unless=_g("leave_harmless", "wedding", "last_place")),
    Combination(S, (_g("by_morning"), _g("remain"), _g("negation")), 4),
    Combination(S, (_g("worthless_me"), _g("die", "end", "live", "end_oneself")), 6),
    Combination(S, (_g("nobody"), _g("miss_me_words")), 2, order=True,
                unless=_g("laugh", "wedding", "gym")),
    # Dying, ending, leaving for good.
    Combination(S, (_g("end_oneself"), _g("want"), _g("first_person", "first_person_verb", "me")), 4),
    Combination(S, (_g("world"), _g("leave_behind", "leave")), 4),
    Combination(S, (_g("die"), _g("ask_for")), 3),
    Combination(S, (_g("first_person_mr"), _g("die_first_person")), 1, order=True,
                unless=_g("laugh", "love_on")),
    Combination(S, (_g("leave"), _g("for_good")), 3,
                unless=_g("leave_harmless", "alcohol", "drugs", "cannabis", "opioids", "quit")),
    Combination(S, (_g("gone_state"), _g("want", "for_good", "hope")), 4, same_word=True,
                unless=_g("leave_harmless", "wedding", "clock_time")),
    Combination(S, (_g("disappear"), _g("for_good", "want", "hope")), 5),
    Combination(S, (_g("life", "live"), _g("ended")), 3),
    # same_word: "kyu jeena", "क्यों जियूं" are whole why_live phrases with the living inside them.
    Combination(S, (_g("live"), _g("why_live")), 2, same_word=True,
                unless=_g("other_target", "third_person", "laugh", "second_person")),
    Combination(S, (_g("fed_up"), _g("breathing")), 3, unless=_g("air")),
    Combination(S, (_g("die"), _g("hope")), 3),
    Combination(S, (_g("trapped"), _g("first_person", "me", "anymore", "fed_up", "life", "live",
                                     "pointless")), 5),
    Combination(S, (_g("sleep"), _g("for_good")), 4, unless=_g("sleep_idiom")),
    Combination(S, (_g("wake"), _g("negation", "weak_negation"), _g("hope", "for_good")), 5,
                unless=_g("clock_time", "laugh")),
    Combination(S, (_g("tomorrow_sun"), _g("negation")), 4),
    Combination(S, (_g("make_it_stop"), _g("for_good")), 4),
    Combination(S, (_g("it_all"), _g("stop_word"), _g("for_good")), 4, order=True),
    Combination(S, (_g("breath_stop"), _g("want", "give", "self", "for_good", "hope")), 4,
                same_word=True),
    Combination(S, (_g("date_picked"), _g("do_it", "die", "suicide", "plan_made")), 10,
                unless=_g("wedding")),
    Combination(S, (_g("painless", "quick_easy"), _g("way_to_die")), 3),
    Combination(S, (_g("painless"), _g("way_generic")), 3),
    Combination(S, (_g("search"), _g("way_to_die")), 4),
)
