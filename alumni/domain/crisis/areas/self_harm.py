"""Suicide and self-harm: more ways of saying wanting to die, ending, leaving for good, means and methods, cutting, burning and hurting oneself.

WORDS adds entries to concepts (an existing concept name extends it; a new name makes a new
concept, written the way alumni.domain.crisis.concepts documents); COMBINATIONS adds rules
after the base ones in alumni.domain.crisis.rules.

Written by meaning rather than by sentence: each new concept is a family of words (a
means, a place, a body part, a verb in its Hindi and Marathi forms), and each rule says
what one family means beside another ("a cloth tied to the fan", "a razor and an arm",
"lying on the tracks"), so that a sentence nobody has written yet is still read. Words
that are also everyday words ("fan", "glass", "hand", "khali") only count inside such a
rule, and each rule that could meet an accident or a chore names what cancels it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category
from alumni.domain.crisis.spelling import skeleton

if TYPE_CHECKING:   # concepts.py imports the areas: only the type is needed here
    from alumni.domain.crisis.concepts import Concepts

S, SH = Category.SUICIDE, Category.SELF_HARM

# "for good", "hamesha ke liye": for ever, without "never" (the base "forever" has it, and
# "I'll never leave" is not a goodbye).
_FOR_GOOD = (
    "for good", "forever", "4ever", "4eva", "foreva", "forevr", "for ever", "permanently",
    "hamesha ke liye", "हमेशा के लिए", "hamesha k liye", "hmesha ke liye", "hamesha keliye",
    "sada ke liye", "सदा के लिए", "kayamcha*", "kaymcha*", "कायमच*", "kayamche", "kaymche",
    "कायमचे", "not coming back", "wont come back", "won't come back", "never coming back",
    "wapas nahi aaunga", "वापस नहीं आऊंगा", "wapas nahi aaungi", "parat yenar nahi",
    "परत येणार नाही", "eternally",
)

WORDS: dict[str, tuple[str, ...]] = {
    # A candle or lamp lit in prayer, hands folded: fire and hands with no harm.
    "worship": ("prarthana", "प्रार्थना", "puja", "pooja", "पूजा", "aarti", "आरती", "mandir", "मंदिर",
                "temple", "church", "haath jod*", "हाथ जोड़*", "hat jod*", "हात जोड*",
                "devapudhe", "देवापुढे", "prayer", "prayed", "praying"),
    # --- wanting to die, said outright or by euphemism (strong on their own) ------------
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
        "gave away my things", "gave away my stuff", "gave away all my", "giving away my things",
        "giving away my stuff", "given away my things", "given away all my",
        "saman baant diya", "सामान बांट दिया", "sab saman de diya",
        "aakhri alvida", "शेवटचा निरोप", "shevatcha nirop", "shevatcha message",
        "शेवटचा मेसेज", "aakhri baar baat", "आखिरी बार बात", "wont be here tomorrow",
        "won't be here tomorrow",
    ),
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

    # --- dying, ending, leaving ---------------------------------------------------------
    "die": (
        "melo", "मेलो", "melela", "मेलेलं", "मेलेला", "marjava", "marun jav*", "मरून जाव*",
        "marun jaycha", "मरून जायच*", "jal ke mar*", "jalkar mar*", "jal kar mar*",
        "जल के मर*", "जलकर मर*", "doob ke mar*", "doob kar mar*", "डूब के मर*", "डूबकर मर*",
        "budun mar*", "बुडून मर*", "mrutyu", "mrutyoo", "मृत्यू", "marav*", "maraw*",
        "मराव*",
    ),
    # "khatam hona chahta hu": to be ended, said of oneself.
    # Asking for death, waiting for it.
    "ask_for": (
        "intezaar", "intezar", "intazar", "इंतज़ार", "इंतजार", "mang", "maang", "मांग",
        "maangta", "mangta", "मांगता", "maang raha", "mang raha", "de de", "dede", "de do",
        "दे दे", "दे दो", "hava", "havay", "हवा", "हवाय", "pahije", "पाहिजे", "waiting for",
        "ask for", "asking for", "wait for",
    ),
    # Marathi first person: "mi marto", "मी मरतो" (I am dying / I will die).
    "die_first_person": ("marto", "मरतो", "marte", "मरते", "marnar", "मरणार", "marin", "मरीन",
                         "maren", "मरेन"),
    "first_person_mr": ("mi", "mee", "मी"),
    # "sh" for self-harm in the words of people who do it ("sh urges", "relapsed on sh").
    "sh_short": ("sh",),
    "end_oneself": (
        "khatam hona", "khatm hona", "khtm hona", "khatam hone", "khatm hone", "खत्म होना",
        "ख़त्म होना", "खत्म होने", "sampun jav*", "sampun jaycha", "sampun jayche",
        "संपून जाव*", "संपून जायच*",
    ),
    "first_person_verb": ("hu", "hoon", "hun", "hoo", "हूं", "हूँ", "हु", "हुँ"),
    # "ant" (end) only as a deed: "ant kar dunga", not "ye ant nahi, shuruaat hai".
    "end": ("ant kar*", "अंत कर*", "anth kar*", "ant ho ja*", "अंत हो जा*", "samapt kar*",
            "समाप्त कर*"),
    # Over, said of a life ("ayushya sampla", "जगून काय, सगळं संपलंय").
    "ended": ("sampl*", "संपल*"),
    "live": (
        "jagnar", "जगणार", "jiunga", "jiyunga", "jeeunga", "जियूंगा", "jiungi", "jiyungi",
        "जियूंगी", "jagun", "जगून",
        "livin", "jiya", "जिया", "jiya jata", "jiya jaata", "जिया जाता", "jeevu", "jivu", "jeeyun", "jagaycha", "jagaychay", "jagaychi", "जगायचं", "जगायचंय",
        "jagaychach", "जगायचंच", "jagnyacha", "जगण्याचा", "stay alive", "staying alive",
        "keep living", "keep breathing", "be alive", "jivant rahaycha", "जिवंत राहायचं",
        "zinda rehna", "zinda rahna", "जिंदा रहना", "ज़िंदा रहना",
    ),
    "life": (
        "lifes", "lyfe", "zindagii", "jindgee", "zindgee", "jeewan", "aayushy*", "ayushy*",
        "आयुष्य*",
    ),
    "why_live": (
        "why", "kyun", "kyu", "kyon", "क्यों", "क्यूं", "kashala", "कशाला", "kashasathi",
        "कशासाठी", "kis liye", "किस लिए", "kisliye",
    ),
    "jaan": ("jeevach", "जीवच"),
    "give": (
        "dedunga", "dedungi", "dedu", "dedun", "dedoon", "dedenge", "de denge", "dedi",
        "de di", "de diya", "de dena", "dene", "deni", "de deni", "de deta", "de deti",
        "दे दूंगा", "देदूंगा", "देदुंगा", "दे दुंगा", "दे दी", "दे दिया", "देने", "देनी",
        "dyav*", "द्याव*", "dyaychi", "द्यायची", "deun takto", "देऊन टाकतो", "dila", "dili",
        "दिला", "दिली", "dyayla", "द्यायला",
    ),
    "world": (
        "is jahan", "is jahaan", "इस जहां", "इस जहान", "duniyaa", "dunia", "duniyan", "दुनीया", "jagatun", "जगातून", "jagaatun",
        "ya jagat", "या जगात", "this earth", "earth", "sansaar", "this planet",
    ),
    # Leaving someone or something behind: only beside "the world".
    "leave_behind": (
        "chhodne", "chodne", "छोड़ने", "छोडने", "chhod du", "chhod doon", "chhod dun",
        "rukhsat", "रुख़सत", "रुखसत", "vida", "विदा", "uth jana", "uth jaun", "uth jaunga", "uth jaungi", "uth jaaun", "उठ जाना", "उठ जाऊं",
        "उठ जाऊंगा", "उठ जाऊंगी", "chod k", "chhod k", "chod kar", "chhod kar", "chod ke", "chhod ke", "chodna",
        "chhodna", "chodni", "chhodni", "chod du", "chod dunga", "chhod dunga", "chod dungi",
        "chhod dungi", "chod jaunga", "chhod jaunga", "chod dena", "chhod dena",
        "chhod jana", "chod jana", "छोड़ना", "छोड़नी", "छोडना", "छोड़ दूंगा", "छोड़ दूँगा",
        "छोड़ जाऊंगा", "छोड़ के", "छोड़कर", "छोड़ कर", "sodun", "सोडून", "sodaycha",
        "सोडायचं", "sodaychay", "sodun jain", "सोडून जाईन", "sodun jaycha", "left",
        "leave", "leaving", "quit", "exit",
    ),
    "leave": (
        "go away", "goin away", "going away", "chala jaunga", "chali jaungi", "चला जाऊंगा",
        "चली जाऊंगी", "nighun jain", "निघून जाईन", "leaving", "im leaving", "i'm leaving",
    ),
    "for_good": _FOR_GOOD,
    # Everyday things one leaves or quits for good: not a goodbye.
    "leave_harmless": (
        "job", "city", "town", "house", "home", "ghar", "घर", "office", "company", "country",
        "india", "pune", "mumbai", "delhi", "village", "गांव", "group", "college",
        "school", "hostel", "habit", "news", "reason", "reasons", "cause", "smoking", "drinking",
    ),
    "sleep": (
        "zopaych*", "jhopaych*", "झोपायच*", "zopun jav*", "झोपून जाव*", "so jaunga",
        "so jaungi", "so jana", "सो जाऊंगा", "सो जाना", "sona hai", "sona chahta",
        "sona chahti", "सोना है", "go to sleep", "fall asleep", "asleep",
    ),
    "wake": ("getting up", "get up", "uthne", "उठने", "jaagne", "जागने", "उठून", "uthun",
             "wake up again", "wakeup", "uthna", "uthunga", "uthungi", "उठना", "उठूंगा",
             "uthaychach", "उठायचंच", "wake again", "waking"),
    "take_me": ("mala gheun ja", "मला घेऊन जा", "gheun ja", "घेऊन जा", "mujhe le jao",
                "मुझे ले जाओ", "mujhe utha lo", "मुझे उठा लो", "upar bula lo", "ऊपर बुला लो",
                "bula lo", "बुला लो", "take me now", "take me home"),
    "hope": ("hope", "hoping", "hopefully", "kaash main", "kaash mai", "काश मैं", "kaash mujhe",
             "काश मुझे", "dua", "दुआ", "wish", "wishes"),
    "fed_up": (
        "sick and tired", "ub gaya", "ub gayi", "ऊब गया", "ऊब गई", "kantaloy", "कंटाळले",
        "kantala ala", "कंटाळा आलाय", "kantala alay", "haar gaya", "haar gayi", "हार गया",
        "हार गई", "harlo", "हरलो", "haarlo",
    ),
    "breathing": ("breathin", "breath", "saans lena", "सांस लेना"),
    "trapped": (
        "no way out", "no escape", "no way forward", "rasta nahi bacha", "रास्ता नहीं बचा",
        "koi rasta nahi bacha", "only way out", "koi raasta nahi bacha", "marg urla nahi",
        "मार्ग उरला नाही",
    ),
    "pointless": (
        "not worth it", "no reason to live", "no reason to stay", "nothing to live",
        "kuch nahi bacha", "कुछ नहीं बचा", "kahich urla nahi", "काहीच उरलं नाही",
        "kahi urla nahi", "kya rakha hai", "क्या रखा है", "kay urlay", "काय उरलंय",
        "kay upyog", "काय उपयोग", "kay fayda", "kasla upyog", "kaay upyog", "kya faayda",
        "why bother living",
    ),
    "better": ("बेहतर है", "preferable"),

    # --- means: where and how ----------------------------------------------------------
    "hang": (
        "fasi lav*", "phasi lav*", "फाशी लाव*", "फाशी घे*", "fashi*", "phashi*", "फाशी*",
        "fas lav*", "phas lav*", "faas lav*", "फास लाव*", "fanda laga*", "फंदा लगा*",
        "pankhe se", "पंखे से", "pankhyala", "पंख्याला", "lataknar", "latkun", "लटकून",
        "लटकणार",
    ),
    # Cloth or cord that a person ties to hang from.
    "ligature": (
        "dupatta", "dupatte", "dupata", "दुपट्टा", "दुपट्टे", "chunni", "chunri", "चुन्नी",
        "चुनरी", "odhni", "odhani", "ओढणी", "ओढनी", "saree", "rope", "ropes", "rassi", "रस्सी", "dori", "दोरी", "noose", "belt", "dorine", "दोरीने",
        "rassi se", "रस्सी से", "odhnine", "ओढणीने", "dupattyane", "दुपट्ट्याने",
        "scarf", "stole", "gamcha", "गमछा", "emoji_rope", "fanda", "फंदा",
    ),
    # Cord that around a neck is a noose (a dupatta round the neck is only worn).
    "noose_cord": ("rope", "ropes", "rassi", "रस्सी", "dori", "दोरी",
                   "noose", "fanda", "फंदा", "emoji_rope", "belt"),
    "hanging_point": (
        "fan", "fans", "ceiling fan", "ceiling", "hook", "beam", "rod", "pankha", "pankhe",
        "पंखा", "पंखे", "pankhya*", "पंख्या*", "fan se", "फॅन*", "फैन", "kunda", "कुंडा",
        "ped", "पेड़", "tree", "branch", "door frame",
    ),
    "tie": (
        "tied", "tie", "tying", "knot", "knotted", "bandh di", "bandh diya", "bandh liya",
        "baandh diya", "baandh di", "बांध दी", "बांध दिया", "बांध लिया", "bandhla", "bandhli",
        "बांधल*", "bandhun", "बांधून", "latka diya", "already", "set up", "ghatla", "घातला",
        "lavla", "लावला", "lavli", "लावली",
    ),
    "hanging_harmless": (
        "clothes", "kapde", "कपड़े", "sukhane", "सुखाने", "valat", "वाळत", "jhula", "झूला",
        "jhoka", "झोका", "swing", "hammock", "decoration", "decorate", "lights", "toran",
        "तोरण", "curtain", "parda", "पर्दा", "dog", "cow", "bakri", "tent",
        "new", "navin", "नवीन", "installed", "fitted", "lagwaya",
        "लगवाया", "cleaned", "saaf", "साफ", "speed", "dusting",
        "repair", "mechanic", "electrician", "stuck", "phas gaya", "phas gayi", "fas gaya",
        "अडकला", "adakla", "atak gaya", "अटक गया",
    ),
    "neck": ("neck", "gala", "gale", "गला", "गले", "galyat", "गळ्यात", "galyala", "गळ्याला",
             "galyabhovti", "गळ्याभोवती"),
    "jump": (
        "chalang*", "chhalang*", "छलांग*", "छलाँग*", "koodu", "kudu",
        "kudunga", "koodunga", "kudungi", "koodungi", "kud jaunga", "kood jaunga", "kudne",
        "koodne", "kudna", "koodna", "कूदूं", "कूदूंगा", "कूदूंगी", "कूदना", "कूदने",
        "कुदून", "kudun", "udi marto", "udi marin", "udi marnar", "udi ghein", "udi ghenar",
        "udi takto", "उडी मारतो", "उडी मारीन", "उडी मारणार", "उडी घेईन", "उडी घेणार",
        "उडी टाकतो", "fling myself", "jump off", "jump in front",
    ),
    "height": (
        "pulavar", "पुलावर", "pulavarun", "पुलावरून", "chhatavarun", "छतावरून", "gachivar",
        "गच्चीवर", "gachivarun", "गच्चीवरून", "imaratitun", "इमारतीतून", "imarativarun",
        "इमारतीवरून", "nadit", "नदीत", "nadimadhe", "नदीमध्ये", "kuen", "kuye", "कुएं", "कुँए",
        "कुएँ", "vihirit", "विहिरीत", "talavat", "तलावात", "samudrat", "समुद्रात", "dharanat",
        "धरणात", "kadyavarun", "कड्यावरून", "flyover", "overbridge", "top floor",
        "majlyavarun", "मजल्यावरून",
    ),
    # High places where a person standing and looking down is in danger.
    "high_place": (
        "bridge", "pul", "पुल", "pulavar", "पुलावर", "roof", "rooftop", "terrace", "chhat par",
        "chhat pe", "छत पर", "छत पे", "chhatavar", "छतावर", "gachi", "गच्ची", "gachivar", "गच्चीवर", "building",
        "imarat", "इमारत", "cliff", "ledge", "edge", "flyover", "overbridge", "top floor",
        "dam", "dharan", "धरण",
    ),
    # "neeche" is spelt like "nice" and "khali" like "kalai" once the vowels go.
    "look_down": ("down", "below", "looking down", "staring down", "look down",
                  "neeche dekh raha", "neeche dekh rahi", "niche dekh raha", "niche dekh rahi",
                  "नीचे देख रहा", "नीचे देख रही", "neeche dekhta", "नीचे देखता", "neeche paani", "नीचे पानी",
                  "khali pani", "खाली पाणी", "khali baghat*", "खाली बघत*", "khali pahat*",
                  "खाली पाहत*", "khali baght*"),
    "rail_line": (
        "railway line", "railway track", "railway tracks", "rail line", "rail track",
        "train track", "train tracks", "train line", "tracks", "track", "patri",
        "patriyon", "पटरी", "पटरियों", "rulavar", "रुळावर", "rulavarun", "रुळावरून",
        "रूळ", "रुळ", "railway patri", "रेल की पटरी", "रेल्वेखाली", "relvekhali", "railwaykhali",
        "railway khali", "रेल्वेच्या खाली", "train khali", "ट्रेनखाली", "trainkhali",
    ),
    "posture": (
        "lyin", "lie", "lie down", "lay down", "layin", "leying",
        "lying", "lay", "laying", "lying down", "sitting", "standing", "stood",
        "let", "leta", "leti", "lete", "let gaya", "let gayi", "letna", "लेट", "लेटा", "लेटी",
        "लेट गया", "लेटना", "baitha", "baithi", "बैठा", "बैठी", "khada", "khadi", "खड़ा",
        "खड़ी", "zoplo", "jhoplo", "झोपलो", "zopun", "झोपून", "basloy", "बसलोय", "baslo",
        "बसलो", "ubha", "ubhi", "उभा", "उभी", "zopto", "jhopto", "झोपतो", "zopnar", "झोपणार",
        "zopin", "झोपेन", "let jaunga", "let jaungi", "लेट जाऊंगा", "लेट जाऊंगी",
    ),
    # Fire and fuel: burning oneself to death.
    "fuel": (
        "kerosene", "kerosin", "kerosine", "mitti ka tel", "मिट्टी का तेल", "ghasleet",
        "ghaslet", "घासलेट", "rockel", "rokel", "रॉकेल", "रोकेल", "petrol", "पेट्रोल", "diesel",
        "डीजल", "डिझेल",
    ),
    "set_alight": (
        "aag laga*", "आग लगा*", "aag lav*", "आग लाव*", "aag me", "aag mein", "आग में",
        "on fire", "set myself on fire", "set fire", "burn myself", "burn my self",
        "self immolat*", "immolat*", "jala lunga", "jala lungi", "jala dunga", "jal jaunga",
        "jal jaungi", "जला लूंगा", "जल जाऊंगा", "petvun", "पेटवून", "petav*", "पेटव*",
        "jalun gheto", "jalun ghein", "जाळून घेतो", "जाळून घेईन", "matchstick", "machis",
        "माचिस",
    ),
    "pour": ("pour", "poured", "pouring", "douse", "doused", "otun", "ओतून", "otla", "ओतलं",
             "daal ke", "dal ke", "डाल के", "daal kar", "daal liya", "dal liya", "डाल लिया",
             "chhidak*", "छिड़क*"),
    "drown": (
        "drown", "drowned", "drowning", "drown myself", "doob jau*", "dub jau*", "doob ke",
        "dub ke", "doob kar", "doobna", "doobne", "dubna", "dubne", "डूब जा*", "डूब के",
        "डूब कर", "डूबना", "डूबने", "budun", "बुडून", "budnar", "बुडणार", "budaycha",
        "बुडायचं", "budin", "बुडीन", "बुडेन",
    ),
    "drown_idiom": (
        "sorrow", "sorrows", "work", "debt", "debts", "paperwork", "emails", "assignments",
        "tears", "gham", "गम", "kaam", "काम", "karz", "karja", "कर्ज", "love", "pyar",
        "प्यार", "kaamat", "कामात", "thoughts", "vichar", "विचार",
    ),
    "weapon": ("revolver", "tamancha", "तमंचा", "desi katta"),
    "gun": ("gun", "pistol", "revolver", "bandook", "banduk", "बंदूक", "tamancha", "तमंचा",
            "emoji_gun"),
    "head": (
        "head", "heads", "temple", "sir", "sar", "सिर", "doka", "dokyat", "डोकं", "डोके",
        "डोक्यात", "dokyavar", "डोक्यावर", "kanpati", "कनपटी", "mouth", "munh", "मुंह",
        "tond", "तोंड",
    ),
    # Asking how, looking up the means.
    "painless": (
        "painless", "pain less", "without pain", "bina dard", "बिना दर्द", "bina dard ke",
        "dard rahit", "वेदनारहित", "vedanarahit",
    ),
    "quick_easy": ("quickest", "fastest", "easiest", "easy", "quick", "sure shot", "surest",
                   "peaceful", "peacefully", "best"),
    "way_generic": ("way", "ways", "method", "methods", "tarika", "tarike", "तरीका", "तरीके",
                    "upay", "उपाय", "marg", "मार्ग"),
    "way_to_die": (
        "ways to go", "ways 2 go", "way to die", "ways to die", "ways 2 die", "way 2 die",
        "ways to end it", "way to end it", "ways of dying", "how to die", "how 2 die",
        "how to end it", "how to kill myself", "how to end my life", "ways to end my life",
        "way to end my life",
    ),
    "search": (
        "googling", "googled", "google", "searching", "searched", "search", "looking up",
        "looked up", "researching", "researched", "reading about", "dhoondh*", "ढूंढ*",
        "khoj*", "खोज*", "shodhat", "शोधत", "shodhla", "शोधलं", "shodhtoy", "शोधतोय",
    ),
    # "I've picked the date": the day is set.
    "date_picked": (
        "picked the date", "picked a date", "picked the day", "picked a day", "chose the date",
        "chosen the date", "chose the day", "chosen the day", "chosen a date", "set the date",
        "set a date", "fixed the date", "fixed a date", "din tay", "din chun", "दिन तय",
        "दिन चुन", "tarikh tay", "tareekh tay", "तारीख तय", "date tay", "date fix",
        "din fix", "divas tharavla", "दिवस ठरवला", "divas tharla", "तारीख ठरवली",
        "tarikh tharavli", "date tharavli",
    ),
    "do_it": (
        "do it", "doing it", "go through with it", "going through with it", "end it",
        "kar lunga", "kar hi lunga", "kar lungi", "कर लूंगा", "karun takin", "करून टाकीन",
    ),
    "wedding": (
        "wedding", "shaadi", "शादी", "marriage", "lagn", "लग्न", "engagement", "sagai",
        "साखरपुडा", "party", "trip", "exam", "exams", "interview", "surgery", "operation",
        "appointment", "delivery", "launch", "meeting", "function", "court", "hearing", "show",
        "movie", "film", "match", "episode", "class", "lecture", "sale", "offer", "chance",
        "mauka", "मौका", "shift", "duty", "session", "semester", "paper",
    ),
    # "kal ka suraj nahi dekhunga": not seeing tomorrow.
    "tomorrow_sun": (
        "kal ka suraj", "कल का सूरज", "udyacha suryoday", "उद्याचा सूर्योदय",
        "udyacha surya", "उद्याचा सूर्य", "see tomorrow", "see another day",
        "make it to tomorrow", "make it through the night", "see the sunrise",
        "next sunrise",
    ),
    "make_it_stop": ("make it stop", "make it end", "make it all stop", "make it all end"),
    "stop_word": ("stop", "end", "ruk jaye", "रुक जाए", "band ho jaye", "बंद हो जाए", "thambav",
                  "थांबाव", "over"),
    "breath_stop": (
        "saans band", "सांस बंद", "saas band", "swas band", "श्वास बंद", "shwas band",
        "saans ruk", "सांस रुक", "saans rok", "सांस रोक", "shwas thamb*", "श्वास थांब*",
        "stop breathing",
    ),
    "gone_state": (
        "be gone", "b gone", "not be here", "stop existing", "cease to exist",
    ),
    "disappear": (
        "fade away", "fading away", "fade out", "vanish away", "vanishing", "vanished", "disappearing", "gayab ho jau*", "गायब हो जाऊ*",
        "nahisa ho*", "नाहीसा हो*",
    ),

    # --- self-harm ----------------------------------------------------------------------
    "self_harm": (
        "self-harm*", "self harming", "selfharming", "self injury", "self-injur*",
        "self inflicted", "self-inflicted", "selfinflicted", "self mutilat*",
        "cutting myself", "cut myself", "cuttin myself", "burning myself",
    ),
    "hurt": (
        "hurtin", "hurtng", "harmin", "hurted", "harmed", "bruise", "bruised", "bruising",
        "chot pahunchai", "चोट पहुंचाई", "chot pahuchai", "zakhmi kiya", "ज़ख्मी किया",
        "jakhmi kela", "जखमी केलं", "jakham keli", "जखम केली", "ijaa keli", "इजा केली",
    ),
    # A sharp thing used on oneself.
    "cutting_tool": (
        "razor", "razors", "razr", "rezar", "rezor", "rejar", "रेजर*", "रेझर*", "blade*",
        "ब्लेड*", "kaanch", "kanch", "kaach", "काँच", "कांच", "काच", "glass", "shard",
        "shards", "broken glass", "knife", "knives", "chaku", "chaaku", "chakoo", "चाकू",
        "chakune", "चाकूने", "suri", "सुरी", "surine", "सुरीने", "compass", "needle", "needles",
        "safety pin", "scissors", "kainchi", "कैंची", "kaatri", "कात्री", "emoji_knife",
        "box cutter", "boxcutter",
    ),
    # Where people cut or burn themselves.
    "cut_site": (
        "arm", "arms", "forearm", "forearms", "wrist", "wrists", "wristz", "rist", "rists", "thigh", "thighs", "leg",
        "legs", "stomach", "belly", "hip", "hips", "skin", "ankle", "bazu", "baazu", "बाज़ू",
        "बाजू", "banh", "baanh", "बांह", "बाँह", "bahon", "बाहों", "kalai", "कलाई", "kalaai",
        "nas", "nasen", "नसें", "नस", "jangh", "जांघ", "janghon", "जांघों", "hatavar",
        "हातावर", "hatala", "हाताला", "mandi*", "मांडी*", "पाय", "payavar", "पायावर",
        "potavar", "पोटावर", "managat*", "मनगट*", "sharir", "शरीर", "sharirala", "शरीराला",
        "angavar", "अंगावर",
    ),
    "hand_part": ("hand", "hands", "haath", "hath", "हाथ", "haat", "हात", "hathon", "हाथों",
                  "pair", "पैर", "पेट", "palm", "hatheli", "हथेली", "chest"),
    "cut": (
        "slit", "slitting", "gashed", "slice",
        "cheer liya", "cheer diya", "cheer di", "cheer dali",
        "cheer dala", "chir liya", "chir diya", "chir di", "चीर लिया", "चीर दिया", "चीर दी",
        "चीरा", "चीरे", "chira", "chire", "चिरा", "चिरे", "chira mara*", "चिरा मार*",
        "chirla", "chirli", "chirle", "chirun", "चिरल*", "चिरून", "nishan", "nishaan",
        "निशान", "khuna kelya", "खुणा केल्या", "vaar kele", "वार केले", "vaar kela", "वार केला",
        "kaat liya", "kaat li", "kaat diya", "काट लिया", "काट ली", "काट दिया", "kaatna",
        "kaatne", "katna", "katne", "काटना", "काटने", "kaapaycha", "kapaycha", "कापायचं",
        "kapavasa", "कापावंसं", "cut deep", "cut deeper", "cuttin", "cutin",
    ),
    # Things that are cut every day.
    "cut_harmless": (
        "hair", "hairs", "haircut", "nails", "nail", "down", "back", "ties",
        "out", "class", "classes", "bangs", "line", "corners", "costs", "budget", "sugar",
        "carbs", "vegetables", "veggies", "veg", "onion*", "sabzi", "sabji", "सब्ज़ी",
        "सब्जी", "fruit*", "baal", "बाल", "nakhun", "नाखून", "kes", "केस", "paper", "cloth",
        "kapda", "कपड़ा", "phone", "calls", "light", "bijli", "बिजली", "power",
        "electricity", "salary", "pay", "grass", "ghaas", "wood", "chicken",
        "meat", "mutton", "fish", "machhar", "मच्छर", "mosquito*", "kutta", "kutte",
        "कुत्ता", "dog", "snake", "saanp", "साँप", "din", "दिन", "time", "waqt", "samay",
        "ribbon", "tape", "coupon", "video", "scene", "deal", "losses", "cheque", "ticket",
        "tickets", "finger", "ungli", "उंगली", "paise", "money", "rupees", "amount", "fine",
        "balance", "marks", "queue", "traffic",
    ),
    # Got hurt rather than hurt oneself, or an itch: not self-harm.
    "by_accident": (
        "accident", "accidentally", "accidently", "by mistake", "galti se", "गलती से",
        "chukun", "चुकून", "while cooking", "cooking", "kitchen", "chopping", "kat gaya",
        "kat gayi", "कट गया", "कट गई", "lag gaya", "lag gayi", "लग गया", "लग गई", "lagla",
        "लागलं", "slipped", "fell", "falling", "gir gaya", "गिर गया", "padlo", "पडलो", "tuta",
        "toota", "टूटा", "broke", "dropped", "tetanus", "injection", "doctor", "dressing",
        "stitches", "bandage", "plaster", "shaved", "while shaving", "beard", "dadhi banate",
        "दाढ़ी बनाते", "waxing", "ironing", "mehndi", "mosquito*", "machhar", "मच्छर", "itch*",
        "khujli", "खुजली", "rash", "allergy", "eczema", "bike", "cycle", "road", "choodi",
        "choodiyan", "चूड़ी", "चूड़ियां", "bangle*", "bangdi", "बांगडी", "glass of",
        "a glass", "water", "juice", "chai", "coffee",
        "wine", "beer", "sharbat", "milk", "doodh", "operation", "surgery",
    ),
    # Burning: a hot thing pressed on the skin, and the mark it leaves.
    "burning_tool": (
        "cigarette*", "cig", "cigs", "ciggy", "sigaret*", "सिगारेट*", "सिगरेट*", "beedi",
        "बीड़ी", "lighter", "lightr", "spoon", "hot spoon", "chammach", "chamach", "chamcha",
        "चम्मच", "चमचा", "chamchya*", "चमच्या*", "matchstick", "matches", "machis", "माचिस",
        "iron", "istri", "इस्त्री", "candle", "mombatti", "मोमबत्ती", "gas var", "गॅसवर",
        "gasvar", "stove", "tawa", "तवा", "hot knife", "hot metal", "hot coin",
    ),
    "hot_thing": (
        "hot spoon", "hot knife", "hot metal", "hot coin", "hot iron", "hot wire",
        "garam chammach", "garm chammach", "गरम चम्मच", "गर्म चम्मच", "lit cigarette",
        "tapleli", "तापलेली", "taplela", "तापलेला", "garam sui", "गरम सुई",
    ),
    # "carving" is spelt like "craving" once the vowels go: only beside a body part.
    "carve": ("carved", "carvd", "carving into", "carved into", "carve into"),
    "scratch": ("scratched", "scratching", "scratch", "clawed", "clawing", "kharonch",
                "kharonchta", "kharonchti", "kharoncha", "kharonch liya", "kharonch diya",
                "खरोंच", "खरोंचता", "खरोंचती", "खरोंचा", "खरोंचे", "खरोंच लिया", "खरोंच दिया",
                "orakhade", "ओरखडे", "orbadla", "ओरबाडलं", "ओरबाडले", "orbadle"),
    # Wounds on the body, new or hidden: what a person who cuts says about it afterwards.
    "wound": ("cuts", "scars", "scar", "wounds", "jakhma", "जखमा", "jakhmi", "ghaav", "घाव",
              "zakhm", "ज़ख्म", "जख्म", "zakham", "kat ke nishaan", "cut marks", "kat"),
    "fresh": ("fresh", "new", "naye", "naya", "nayi", "navin", "नवीन", "नए", "नई", "नया", "taaza",
              "ताज़ा", "again", "more"),
    "hide": ("hide", "hiding", "hid", "covered", "cover up", "long sleeves", "full sleeves",
             "chupa", "chupaya", "chupa ke", "chupata", "chupati", "chhupa", "chhupata",
             "chhupa ke", "छुपा", "छुपाया", "छुपाता", "छुपा के", "छुपाके", "lapav*", "लपव*",
             "lapvun", "लपवून", "dhak ke", "ढक के", "jhakun", "झाकून"),
    # A blade or razor kept hidden (a kitchen knife is hidden from children, not for oneself).
    "blade": ("razor", "razors", "razr", "rezar", "रेजर*", "रेझर*", "blade*", "ब्लेड*"),
    # A knife hidden from the children is kept safe, not kept for oneself.
    "safekeeping": ("kids", "children", "child", "bachchon", "bachon", "bachche", "बच्चों", "बच्चे",
                    "mulanpasun", "मुलांपासून", "mulanna", "safe", "safely", "away from"),
    "burn_mark": (
        "daag", "dag", "daagh", "दाग", "दाग़", "chatka", "chatke", "चटका", "चटके", "branded",
        "branding", "burn marks", "burn mark", "chhale", "छाले",
    ),
    "gave": (
        "diya", "dia", "diye", "di", "de di", "dedi", "de diya", "de diye", "de dia", "दिया",
        "दी", "दिए", "दिये", "दे दी", "दे दिया", "dile", "dila", "dili", "दिले", "दिला", "दिली",
        "lagaya", "lagaye", "लगाया", "लगाए", "lavle", "लावले", "liya", "li", "लिया", "ली",
        "ghetle", "घेतले",
    ),
    "burn": (
        "burn", "burned", "burnt", "burning", "burnin", "scald", "scalded", "singed",
        # "jalla", "jalale", "jaalun" are spelt like "zala", "zale", "zalun" (Marathi:
        # became): only the forms that cannot be read so.
        "jala diya", "jala liya", "jala li", "जला दिया", "जला लिया", "जला ली", "bhajla", "भाजलं", "bhajle", "भाजले", "bhajun", "भाजून",
    ),
    "strike": (
        "hit", "hitting", "hits", "banged", "banging", "bang", "smashed", "smashing",
        "slammed", "slamming", "punched", "punching", "maara", "maar raha", "maar rahi",
        "maarta", "maarti", "mara", "maari", "marla", "marli", "marle", "मारा", "मारी",
        "मारता", "मारती", "मार रहा", "मार रही", "मारलं", "मारले", "मारली", "aaptla",
        "aapatla", "aaptun", "आपटलं", "आपटल*", "आपटून", "patka", "patki", "patakta",
        "पटका", "पटकता", "thoka", "ठोका", "ठोकलं", "marun ghetla", "मारून घेतलं", "phod liya", "phod diya", "फोड़ लिया", "फोड़ दिया", "fod liya", "fod diya",
        "maarun ghetla", "marun gheto", "मारून घेतो", "marun ghetle", "मारून घेतले",
    ),
    "blunt_object": ("stone", "rock", "brick", "dagad", "दगड", "pathar", "patthar", "पत्थर",
                     "eent", "ईंट", "hammer", "hathoda", "हथौड़ा", "hatoda", "हातोडा"),
    "hard_surface": (
        "wall", "walls", "deewar", "diwar", "diwaar", "दीवार", "दिवार", "bhint*", "भिंत*",
        "mirror", "door", "darwaja", "दरवाजा", "floor", "farsh", "फर्श", "zameen", "ज़मीन",
        "jamin", "table", "cupboard",
    ),
    "bang": (
        "nochta", "nochti", "noch liya", "नोच लिया", "ओरबाड*", "orbad*", "orakhad*",
        "ओरखड*", "kharachla", "खरचटल*",
    ),
    "bleed": ("raktasrav", "रक्तस्राव", "khoon nikla", "खून निकला", "ragat ala", "रक्त आलं",
              "bleeding", "bleeds", "till it bled", "till they bled"),
    "on_purpose": ("jaan booj*", "jaanboojh*", "jan buj*", "intentionally", "intentional"),
    "urge_to": ("urge to", "urges to", "urge 2", "itching to", "itch to", "so bad",
                "so badly", "really bad", "need to", "needs to", "karna hai",
                "karna h", "करना है", "karaycha", "करायचं"),
    # --- a plan that is made, the courage that is still missing --------------------------
    # "I know where I'll do it": knowing the how or the where, said with a will.
    "know_how": ("know where", "know how", "know exactly where", "know exactly how", "know when",
                 "figured out how", "figured out where", "worked out how", "pata hai kaise",
                 "pata hai kahan", "पता है कैसे", "पता है कहां", "mahit aahe kasa", "माहीत आहे कसं"),
    # The place or the way already chosen.
    "plan_strong": (
        "thought it through", "thought it all through", "thought it out", "all planned",
        "everything is planned", "picked the spot", "found the spot", "chose the spot",
        "picked the place", "jagah dekh li", "jagah chun li", "jagah tay", "जगह देख ली",
        "जगह चुन ली", "जगह तय", "raasta dekh liya", "rasta dekh liya", "रास्ता देख लिया",
        "sab soch liya", "सब सोच लिया", "sab tay hai", "सब तय है", "pura plan", "plan ready",
        "plan taiyar", "jaga tharavli", "जागा ठरवली", "jaga baghitli", "जागा बघितली",
        "sagla tharla", "सगळं ठरलं",
    ),
    # A place seen or chosen ("jagah bhi dekh li"): a plan beside another sign.
    "spot": ("jagah", "jaga", "जगह", "जागा", "spot", "place", "jaagah"),
    "chosen": ("dekh li", "dekh liya", "chun li", "chun liya", "tay", "तय", "tharavli", "ठरवली",
               "baghitli", "बघितली", "picked", "chosen", "fixed", "decided"),
    # The courage that is all that is left to find.
    "courage": (
        "himmat jutani", "himmat juta raha", "himmat juta rahi", "himmat chahiye", "bas himmat",
        "himmat nahi ho rahi", "himmat karni hai", "हिम्मत जुटानी", "हिम्मत जुटा", "हिम्मत चाहिए",
        "बस हिम्मत", "हिम्मत नहीं हो रही", "need the courage", "need courage", "need the guts",
        "working up the courage", "work up the courage", "build up the courage",
        "building up the courage", "get the courage", "find the courage", "gather the courage",
        "dhadas hava", "धाडस हवं", "dhadas hot nahi", "धाडस होत नाही", "himmat hot nahi",
        "हिम्मत होत नाही", "fakt dhadas", "फक्त धाडस",
    ),
    # Things given away that will not be needed.
    "wont_need": (
        "wont be needing", "won't be needing", "wont need", "won't need", "will not need",
        "wont b needing", "zarurat nahi padegi", "zaroorat nahi padegi", "jarurat nahi padegi",
        "ज़रूरत नहीं पड़ेगी", "जरूरत नहीं पड़ेगी", "zarurat nahi rahegi", "ज़रूरत नहीं रहेगी",
        "garaj lagnar nahi", "गरज लागणार नाही", "garaj nahi lagnar", "garaj naahi lagnar",
    ),
    "given_away": (
        "gave my", "gave away", "given away", "giving away", "gave him my", "gave her my",
        "de diya", "de di", "de diye", "दे दिया", "दे दी", "दे दिए", "dila", "dile", "dili",
        "दिला", "दिले", "दिली", "baant diya", "बांट दिया", "vatun takla", "वाटून टाकलं",
    ),
    "where_going": ("where im going", "where i'm going", "where i am going", "where im goin",
                    "jahan ja raha", "jahan ja rahi", "जहां जा रहा", "jithe chaloy", "जिथे चाललोय",
                    "soon", "after", "aftr", "ke baad", "के बाद", "nantar", "नंतर", "any of this"),
    # "tonight is the night": the day set, without saying for what.
    "the_day": (
        "2nite is the nite", "2nite is the night", "tonite is the nite", "tonite is the night",
        "tonight is the nite", "tonights the night", "tonight's the night", "2nites the nite",
        "today is the day", "todays the day", "today's the day", "2day is the day",
        "aaj wo din hai", "aaj woh din hai", "aaj wahi din", "aaj wahi raat", "aaj wo raat hai",
        "आज वो दिन है", "आज वही रात", "आज वही दिन", "aaj toch divas", "आज तोच दिवस",
        "aaj tich raat", "आज तीच रात्र", "fakt divas", "फक्त दिवस", "bas din baaki",
        "बस दिन बाकी", "bas date baaki", "only the date left", "just the date left",
    ),
    "done_me": ("im done", "i'm done", "i am done", "bas ho gaya", "bas hua", "बस हो गया",
                "bas zala", "बस झालं", "khel khatam", "खेल खत्म", "enough now", "no more"),
    # Life insurance paying the family.
    "insurance": ("insurance", "policy", "lic", "bima", "बीमा", "vima", "विमा", "insurance money",
                  "claim"),
    "after_me": ("mere baad", "मेरे बाद", "maze nantar", "majhya nantar", "माझ्यानंतर",
                 "माझ्या नंतर", "after me", "without me", "mere jaane", "मेरे जाने"),
    # Walking into water.
    "walk_into": ("walk into", "walking into", "walk in to", "walk in2", "walk in", "go into",
                  "walk out into", "utar jaunga", "utar jaungi", "utar jau", "उतर जाऊंगा",
                  "उतर जाऊंगी", "chala jaunga", "chali jaungi", "चला जाऊंगा", "चली जाऊंगी",
                  "chalat jain", "चालत जाईन", "chalat jaato", "चालत जातो"),
    "water_body": ("sea", "ocean", "river", "lake", "samundar", "samandar", "समंदर", "samudra",
                   "समुद्र", "samudrat", "समुद्रात", "nadi", "नदी", "nadit", "नदीत", "talaab",
                   "तालाब", "talavat", "तलावात", "dariya", "दरिया", "creek", "khadi", "waves"),
    "water_leisure": ("swim", "swimming", "swam", "nahane", "nahaya", "nahana", "नहाने", "snan",
                      "स्नान", "boat", "fishing", "picnic", "feet", "pair", "paddle", "surf",
                      "photo", "photos", "selfie", "kids"),
    # Everything over, and a goodbye said.
    "all_over": ("sab khatam", "sab khtm", "सब खत्म", "सब ख़त्म", "sab khalas", "sagla sampla",
                 "sagla samplay", "sagla sampla majha", "सगळं संपलं", "सगळं संपलंय",
                 "its all over", "it's all over", "everything is over", "everything's over",
                 "all over for me", "khel khalas"),
    "farewell_word": ("bye", "byee", "goodbye", "alvida", "अलविदा", "dhanyavaad", "dhanyawad",
                      "dhanyavad", "धन्यवाद", "shukriya", "शुक्रिया", "thank you for everything",
                      "thanks for everything", "tata", "bye bye", "raja gheto", "रजा घेतो"),
    # Locked in with a means.
    "locked_in": ("locked myself", "locked himself", "locked herself", "locked in",
                  "locked the door", "andar se band", "अंदर से बंद", "kadi lavli", "कडी लावली",
                  "khud ko band", "खुद को बंद"),
    "locked_out": ("out", "bahar", "बाहर", "keys", "chabi", "चाबी"),
    # Lashing oneself: a belt, a stick.
    "lash": ("fatke", "फटके", "fatka", "फटका", "lashes", "lashed", "whipped", "whipping",
             "whip", "kode", "कोड़े", "कोडे", "chabuk", "चाबुक", "chabkane", "चाबकाने"),
    "beat_tool": ("belt", "belt se", "belt ne", "danda", "डंडा", "stick", "lathi", "लाठी",
                  "cable", "wire", "chappal", "चप्पल", "pattyane", "पट्ट्याने"),
    # "a week of sleep on sundays": a wish for sleep, not for an end.
    "sleep_idiom": ("sunday", "sundays", "weekend", "weekends", "holiday", "holidays",
                    "chutti", "छुट्टी", "vacation"),
}

COMBINATIONS: tuple[Combination, ...] = (
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
    Combination(S, (_g("live"), _g("why_live")), 2,
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
    # Means and places: the means, and the person there, ready or meaning it.
    Combination(S, (_g("ligature"), _g("hanging_point"), _g("tie", "want", "self", "neck", "hang")), 6,
                unless=_g("hanging_harmless")),
    Combination(S, (_g("noose_cord"), _g("neck")), 4, unless=_g("hanging_harmless")),
    Combination(S, (_g("rail_line"), _g("posture", "want", "plan_made", "jump")), 5),
    Combination(S, (_g("jump"), _g("height", "rail_line")), 5),
    Combination(S, (_g("high_place"), _g("posture"), _g("look_down")), 6),
    Combination(S, (_g("vehicle"), _g("cut"), _g("want")), 4),
    Combination(S, (_g("fuel"), _g("set_alight", "burn"),
                    _g("self", "want", "take_mine", "first_person", "me", "reflexive")), 6),
    Combination(S, (_g("fuel"), _g("pour"), _g("self", "cut_site")), 5),
    Combination(S, (_g("set_alight"), _g("self")), 3),
    Combination(S, (_g("drown"), _g("self", "want", "die", "height", "for_good")), 5,
                same_word=True, unless=_g("drown_idiom")),
    Combination(S, (_g("gun"), _g("head")), 4),
    # Self-harm: a sharp or hot thing, a body part, a mark.
    Combination(SH, (_g("cutting_tool"), _g("cut_site", "self")), 6, unless=_g("by_accident")),
    Combination(SH, (_g("cutting_tool"), _g("hand_part"),
                     _g("cut", "hurt", "bleed", "on_purpose", "again", "strike")), 6,
                unless=_g("by_accident")),
    Combination(SH, (_g("cut"), _g("cut_site", "self")), 4, unless=_g("by_accident", "cut_harmless")),
    Combination(SH, (_g("carve"), _g("cut_site", "self", "hand_part")), 4),
    Combination(SH, (_g("cut", "cutting_tool"), _g("on_purpose", "again")), 5,
                unless=_g("by_accident", "cut_harmless")),
    Combination(SH, (_g("cut"), _g("want", "urge_to", "craving")), 3,
                unless=_g("cut_harmless", "vehicle", "by_accident")),
    Combination(SH, (_g("burn_mark"), _g("gave"), _g("self", "burning_tool", "cut_site", "on_purpose")), 6),
    Combination(SH, (_g("burn_mark"), _g("self")), 4),
    Combination(SH, (_g("hot_thing"), _g("cut_site", "self", "hand_part")), 5, unless=_g("by_accident")),
    Combination(SH, (_g("burn", "hurt", "burn_mark"), _g("burning_tool"),
                     _g("self", "cut_site", "hand_part", "on_purpose", "again")), 6,
                unless=_g("by_accident", "worship")),
    Combination(SH, (_g("head"), _g("hard_surface", "wall"), _g("strike", "bang", "hurt")), 5,
                unless=_g("by_accident")),
    Combination(SH, (_g("bang", "scratch"), _g("self")), 2),
    Combination(SH, (_g("head", "cut_site", "hand_part"), _g("blunt_object"), _g("strike", "reflexive", "hurt")), 5,
                unless=_g("by_accident")),
    Combination(SH, (_g("bang", "cut", "scratch"), _g("cut_site"), _g("bleed")), 6, unless=_g("by_accident")),
    Combination(SH, (_g("hurt", "strike"), _g("on_purpose")), 5, unless=_g("by_accident")),
    Combination(SH, (_g("pull_hair"), _g("bleed")), 6),
    Combination(SH, (_g("wound"), _g("cut_site", "hand_part"), _g("fresh", "hide")), 5,
                unless=_g("by_accident")),
    Combination(SH, (_g("wound", "blade"), _g("hide")), 4,
                unless=_g("by_accident", "safekeeping")),
    Combination(SH, (_g("wound"), _g("cut")), 3, unless=_g("by_accident")),
    Combination(SH, (_g("sh_short"), _g("craving", "urge_to")), 1, order=True),
    Combination(SH, (_g("relapse", "again"), _g("sh_short")), 2, order=True),
    Combination(SH, (_g("cutting_tool"), _g("hand_part", "cut_site"), _g("etch")), 6,
                unless=_g("by_accident")),
    # No point waking up: the morning as the thing not worth reaching.
    Combination(S, (_g("wake", "live"), _g("pointless")), 4, unless=_g("clock_time", "laugh")),
    Combination(S, (_g("wake"), _g("point"), _g("negation")), 5, unless=_g("clock_time", "laugh")),
    # A plan: the where or the how known, the place chosen, only the courage missing.
    Combination(S, (_g("know_how"), _g("will_to", "want"), _g("do_it")), 5, order=True),
    Combination(S, (_g("plan_strong", "courage"),
                    _g("plan_strong", "courage", "know_how", "do_it", "high_place", "height", "rail_line",
                       "drown", "water_body", "fuel", "ligature", "hang", "jump", "die",
                       "for_good", "goodbye", "the_day")), 10, across=True,
                unless=_g("wedding", "leave_harmless")),
    Combination(S, (_g("spot"), _g("chosen"),
                    _g("plan_strong", "courage", "know_how", "do_it", "high_place", "height",
                       "rail_line", "drown", "water_body", "fuel", "ligature", "hang", "jump",
                       "for_good", "goodbye", "the_day")), 10, across=True,
                unless=_g("wedding", "leave_harmless")),
    # Giving things away that will not be needed.
    Combination(S, (_g("wont_need"), _g("given_away", "where_going", "anymore")), 10,
                across=True),
    # "tonight is the night", with an end or a goodbye beside it.
    Combination(S, (_g("the_day"), _g("done_me", "fed_up", "goodbye", "farewell_word",
                                      "for_good", "die", "end", "do_it", "farewell_hint",
                                      "pointless", "trapped")), 8, across=True,
                unless=_g("wedding")),
    # The family paid by the insurance once the writer is dead.
    Combination(S, (_g("insurance"), _g("die", "burden", "goodbye", "after_me", "suicide")), 10,
                across=True),
    Combination(S, (_g("insurance"), _g("do_it"), _g("self")), 10, across=True),
    # Walking into the sea or a river.
    Combination(S, (_g("walk_into"), _g("water_body")), 3,
                unless=_g("water_leisure")),
    # Everything over, and goodbye said.
    Combination(S, (_g("all_over"), _g("farewell_word")), 10, across=True,
                unless=_g("wedding", "leave_harmless")),
    # Locked in a room with a blade or a rope.
    Combination(SH, (_g("locked_in"), _g("cutting_tool", "blade")), 12, across=True,
                unless=_g("locked_out")),
    Combination(S, (_g("locked_in"), _g("ligature", "noose_cord")), 12, across=True,
                unless=_g("locked_out")),
    # Scratching the skin open; lashing oneself with a belt.
    Combination(SH, (_g("scratch", "bang"), _g("cut_site", "hand_part"),
                     _g("bleed", "on_purpose", "again")), 6, unless=_g("by_accident")),
    Combination(SH, (_g("lash"), _g("self", "reflexive")), 4),
    Combination(SH, (_g("beat_tool"), _g("strike", "lash"), _g("self")), 5,
                unless=_g("by_accident")),
)


# --- figures of speech ------------------------------------------------------------------

def _skeletons(*words: str) -> frozenset[str]:
    return frozenset(skeleton(w) for w in words)


# "driving in this rain is suicide", "सर्दी में नहाना मतलब मौत है": a thing called death.
_EQUALS = _skeletons("is", "was", "its", "it's", "pure", "literally", "basically", "matlab",
                     "मतलब", "mtlb", "means", "yani", "यानी", "mhanje", "म्हणजे")
_NOT_A_FIGURE_NEXT = _skeletons("attempt", "attempts", "note", "plan", "thoughts", "watch",
                                "risk", "hotline", "helpline")
# A story, a film, the news: someone else's death told.
_MEDIA = _skeletons("movie", "movies", "film", "show", "series", "news", "story", "article",
                    "video", "reel", "reels", "documentary", "serial", "episode", "book", "novel",
                    "song", "khabar", "खबर", "ख़बर", "batmi", "बातमी", "picture", "cinema",
                    "chitrapat", "चित्रपट", "web", "podcast", "post")
_TOLD_OF = ("jump", "hang", "hanging", "drown", "height", "high_place", "rail_line", "die",
            "set_alight", "suicide", "water_body", "walk_into")
# ("want" is not among them: "about" is read as "bout to".)
_WRITER = ("first_person", "me", "self", "will_to")
# "rassi koodna", "दोरीवर उड्या": skipping rope.
_SKIPPING = ("kud", "kood", "कूद", "कुद", "udya", "उड्या", "udi", "उडी")
# Rain, a view, a smoke on the balcony: looking down from a height at the world.
_VIEW = _skeletons("rain", "raining", "baarish", "barish", "बारिश", "paus", "पाऊस", "view",
                   "sunset", "sunrise", "stars", "moon", "birds", "clouds", "city", "street",
                   "traffic", "mausam", "मौसम", "breeze", "chai", "coffee", "smoking",
                   "kids", "fireworks", "patang", "पतंग", "lights")
_DANGER = ("want", "will_to", "die", "jump", "suicide", "goodbye", "for_good", "fed_up",
           "pointless", "self", "hang", "trapped")
# "goodbye party", "said goodbye at the airport": a goodbye to a place or an event.
_GOODBYE_EVENT_NEXT = _skeletons("party", "lunch", "dinner", "gift", "card", "speech", "function",
                                 "ceremony", "hug", "kiss", "song", "samaroh", "समारोह", "drinks",
                                 "of")
_TRAVEL = _skeletons("station", "airport", "platform", "flight", "bus", "stand", "gate", "hostel",
                     "abroad", "trip", "train", "visa", "village", "gaon", "गांव", "ghari", "घरी")
_REPLACED = _skeletons("new", "navin", "नवीन", "upgrade", "upgraded",
                       "instead", "since", "extra", "spare", "old")


def remove_figures_of_speech(c: Concepts) -> None:
    """Danger words said about a thing, a story or a chore, and not about the writer."""
    words = c.words
    skels = [t.skeleton for t in words]

    def in_sentence(i: int, names: tuple[str, ...], before_only: bool = False) -> bool:
        sentence = words[i].sentence
        return any(words[h.start].sentence == sentence and (not before_only or h.start < i)
                   for h in c.of(*names))

    for hit in c.of("suicide", "die"):
        i = hit.start
        # the thing so called is told in words ("driving in this rain is suicide"), not a
        # score, a sign or a stray letter before "is"
        if i >= 3 and skels[i - 1] in _EQUALS and hit.end - hit.start == 1 \
                and all(skels[k].isalpha() and not any(ch.isdigit() for ch in words[k].raw)
                        for k in (i - 3, i - 2)) \
                and (hit.end == len(words) or skels[hit.end] not in _NOT_A_FIGURE_NEXT) \
                and not skels[i].startswith("suicidl") \
                and not in_sentence(i, _WRITER + ("live", "life"), before_only=True):
            c.drop(hit.concept, hit.start, hit.end)
    media = [j for j, k in enumerate(skels) if k in _MEDIA]
    for hit in c.of(*_TOLD_OF) if media else ():
        i = hit.start
        told = [j for j in media if j < i and words[j].sentence == words[i].sentence]
        if told and not any(told[-1] < h.start < i for h in c.of(*_WRITER)):
            c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("hang", "ligature", "noose_cord"):
        if hit.end < len(words) and words[hit.end].raw.startswith(_SKIPPING):
            for name in ("hang", "ligature", "noose_cord"):
                c.drop(name, hit.start, hit.end)
    sentences_with_view = {t.sentence for t, k in zip(words, skels, strict=True) if k in _VIEW}
    if sentences_with_view:
        for hit in c.of("height", "high_place", "edge", "look_down"):
            i = hit.start
            if words[i].sentence in sentences_with_view and not in_sentence(i, _DANGER):
                c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("goodbye", "farewell_word"):
        i = hit.start
        if in_sentence(i, ("die", "for_good", "suicide", "last_time", "want", "burden")):
            continue
        sentence = words[i].sentence
        if (hit.end < len(words) and skels[hit.end] in _GOODBYE_EVENT_NEXT) or any(
                t.sentence == sentence and k in _TRAVEL for t, k in zip(words, skels, strict=True)):
            c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("wont_need"):
        sentence = words[hit.start].sentence
        if any(t.sentence == sentence and k in _REPLACED for t, k in zip(words, skels, strict=True)):
            c.drop("wont_need", hit.start, hit.end)
