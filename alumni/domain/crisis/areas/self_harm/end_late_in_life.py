"""Suicide said indirectly by old, ill, bereaved or indebted writers (round 17, holdouts 47 and
48): the writer's own being or body with no meaning or reason left ("अब मेरे होने का कोई मतलब
नहीं", "माझ्या असण्याला काही अर्थ नाही", "no reason to keep this body going"), the treatment
stopped or its last session chosen ("this is the last dialysis I will go for", "dialysis बंद
करणार, आता जायचं", "not doing chemo again, would rather finish it myself"), wanting it to end
now or once and for all ("अब end कर देना चाहता हूँ", "एकदाच संपून जावं वाटतं"), God's call not
coming and the writer going himself ("bulawa nahi aata, khud hi jana padega"), the shroud
arranged for oneself ("apne liye kafan ka intezam"), the writer's last wish ("meri last wish
hai ki..."), the check-in's score not needed or nobody to give it from tomorrow ("kal se
zarurat nahi padegi", "उद्यापासून विचारायची गरज नाही"), everything solved for the family if
the writer goes ("mi gelo tar sagla sutel"), no chance of meeting again ("bhetaycha yog
nahi"), the time come to go to a dead wife ("तिच्याकडे जायची वेळ आली, मी ready आहे"), and
leaving before the one wronged asks ("ti vicharaychya adhi mi nighun jato") after a loss.

What keeps each quiet is named beside it: a thing, a job or a relationship ended rather than
the writer; the treatment finished because it worked; a programme or a course ended for the
check-in; a place or an office gone to; a birthday or a laugh for the last wish.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The writer's own being, existence or body kept going: "मेरे होने का", "माझ्या असण्याला".
    "eol_my_being": (
        "mere hone ka", "मेरे होने का", "mere hone ki", "मेरे होने की", "mera hona", "मेरा होना",
        "mere rehne ka", "मेरे रहने का", "mere jinda rehne ka", "मेरे जिंदा रहने का",
        "majhya asnyala", "mazya asnyala", "majhya asnyacha", "माझ्या असण्याला", "माझ्या असण्याचा",
        "माझ्या असण्यात", "maza asna", "माझं असणं", "majha asna", "my being", "my existence",
        "me being here", "me being alive", "keep this body going", "keep this body alive",
        "keep this old body going", "keep this old body alive", "keep this old man going", "drag this body",
        "keep my body going", "keep going like this", "is sharir ka", "इस शरीर का", "ya sharirala",
        "या शरीराला", "ya dehala", "या देहाला", "is jism ka", "इस जिस्म का",
    ),
    # A present there, a meeting or a party: "mere hone ka matlab nahi tha meeting me".
    "eol_being_there": (
        "meeting", "party", "wahan", "वहां", "वहाँ", "tithe", "तिथे", "team", "class", "office",
        "group", "function",
    ),
    # Treatment that keeps a sick body alive.
    "eol_treatment": (
        "dialysis", "dialisis", "dailysis", "डायलिसिस", "डायलेसिस", "chemo", "kemo", "chemotherapy",
        "केमो", "किमो", "radiation", "रेडिएशन", "ventilator", "oxygen", "ऑक्सिजन", "insulin",
        "upchar", "उपचार", "ilaaj", "ilaj", "इलाज", "treatment", "davakhana", "दवाखाना",
    ),
    # The last one: "last", "aakhri", "शेवटचा".
    "eol_last": (
        "last", "aakhri", "akhri", "aakhiri", "आखिरी", "आख़िरी", "antim", "अंतिम", "shevatcha",
        "shevatchi", "shevatch", "शेवटचा", "शेवटची", "शेवटचं", "final",
    ),
    # The treatment worked, or was finished as planned.
    "eol_got_better": (
        "remission", "cured", "clear", "all clear", "recovered", "recovery", "transplant", "ट्रांसप्लांट",
        "normal", "good news", "khush", "खुश", "bara", "बरा", "बरी", "theek", "ठीक", "successful", "yay",
        "finally", "celebrate", "discharge", "complete", "completed", "course",
    ),
    # Now or once and for all, said of the end: "एकदाच", "once and for all", "hamesha ke liye".
    "eol_once_for_all": (
        "ekdach", "ekdacha", "एकदाच", "ekdaach", "once and for all", "once n for all", "ek hi baar me",
        "ek hi baar mein", "एक ही बार में", "hamesha ke liye", "हमेशा के लिए", "kaymacha", "कायमचं",
        "कायमचा",
    ),
    # A thing ended rather than the writer: a relationship, a job, a plan, a chat.
    "eol_thing_ended": (
        "relationship", "rishta", "रिश्ता", "naata", "नाता", "job", "naukri", "नौकरी", "contract",
        "subscription", "plan", "conversation", "baat", "बात", "kaam", "काम", "course", "series", "game", "match",
        "loan", "emi", "ye", "yeh", "यह", "ये", "this", "that", "friendship", "dosti", "दोस्ती",
        "story", "book", "movie", "film", "fight", "jhagda", "झगड़ा", "bhandan", "भांडण",
    ),
    # The wish for it all to be ended, in the Marathi obligative, as typed: "samvun takav sagla".
    "eol_end_all_wished": (
        "samvun takav", "samvun takava", "samvun takava sagla", "sampvun takav", "sampvun takava",
        "sampavun takav", "sampavun takava", "संपवून टाकावं", "संपवून टाकावा", "संपवून टाकावसं",
        "sampvun takavs", "samvun takavs",
    ),
    # Going oneself, God not calling: "khud hi jana padega", "स्वतःच जावं लागेल".
    "eol_go_myself": (
        "khud hi jana padega", "khud jana padega", "khud hi jaana padega", "khud jaana padega",
        "खुद ही जाना पड़ेगा", "खुद जाना पड़ेगा", "khud hi chala jaunga", "खुद ही चला जाऊंगा",
        "khud chala jaunga", "खुद चला जाऊंगा", "swatahach jave lagel", "swatach jaav lagel",
        "स्वतःच जावं लागेल", "स्वतःच जावे लागेल", "मीच जातो", "mich jato", "go myself", "go on my own",
        "have to go myself", "will go myself",
    ),
    # The shroud and the bier: "kafan", "safed kapda", "तिरडी".
    "eol_shroud": (
        "kafan", "कफन", "कफ़न", "safed kapda", "सफेद कपड़ा", "सफ़ेद कपड़ा", "safed kapde", "सफेद कपड़े",
        "arthi", "अर्थी", "tirdi", "तिरडी", "tirdi che saman", "shroud", "coffin", "pyre", "chita ki lakdi",
        "चिता की लकड़ी", "sarnachi lakda", "सरणाची लाकडं", "antim sanskar ka saman", "अंतिम संस्कार का सामान",
    ),
    # Arranged, got ready: "intezam kar liya", "व्यवस्था केली".
    "eol_arranged": (
        "intezam", "intazam", "इंतजाम", "इंतज़ाम", "vyavastha", "व्यवस्था", "arranged", "arrange",
        "bandobast", "बंदोबस्त", "kharid liya", "खरीद लिया", "ready", "taiyar", "तैयार", "tayar",
        "manga liya", "मंगा लिया", "rakh liya", "रख लिया", "aanun thevla", "आणून ठेवलं",
    ),
    # A garment or a rite the white cloth is for.
    "eol_festive_cloth": (
        "kurta", "कुर्ता", "puja", "pooja", "पूजा", "dhoti", "धोती", "uniform", "school", "darzi", "दर्जी",
        "tailor", "shirt", "pant",
    ),
    # The writer's last wish: "meri last wish", "माझी शेवटची इच्छा".
    "eol_last_wish": (
        "last wish", "dying wish", "aakhri ichha", "aakhri iccha", "आखिरी इच्छा", "आख़िरी इच्छा",
        "antim ichha", "antim iccha", "अंतिम इच्छा", "shevatchi ichha", "shevatchi iccha", "शेवटची इच्छा",
        "aakhri khwahish", "आखिरी ख्वाहिश",
    ),
    # A last wish of the day or the year: a birthday, a trip, a meal.
    "eol_wish_trifle": (
        "birthday", "bday", "janmadin", "जन्मदिन", "vadhdivas", "वाढदिवस", "year", "saal", "trip",
        "holiday", "biryani", "pizza", "cake", "list", "santa", "diwali", "new year",
    ),
    # The check-in's score and its asking: "score", "गुण", "नंबर देने", "विचारायची".
    "eol_checkin": (
        "score", "scores", "gun", "गुण", "ank", "अंक", "rating", "check in", "checkin", "check-in",
        "number dene", "नंबर देने", "number dena", "नंबर देना", "vicharaychi", "विचारायची", "vicharaychi garaj",
        "puchne ki", "पूछने की", "poochne ki", "puchhne ki", "ask me", "asking me",
    ),
    # A programme or a course ended, or the writer away: why the check-in may stop.
    "eol_checkin_ends": (
        "programme", "program", "course", "graduate", "graduated", "complete", "completed", "khatam",
        "खत्म", "sampla", "संपला", "holiday", "chutti", "छुट्टी", "leave", "trip", "tour", "new number",
        "naya number", "नया नंबर", "app", "email", "मेल", "theek", "ठीक", "bara", "बरा", "better", "fine",
    ),
    # Nobody will remain to do it: "देने वाला कोई नहीं रहेगा", "koi nahi rahega".
    "eol_nobody_left": (
        "koi nahi rahega", "कोई नहीं रहेगा", "koi nai rahega", "कोई नही रहेगा", "koni urnar nahi",
        "कोणी उरणार नाही", "kuni urnar nahi", "कुणी उरणार नाही", "koni rahnar nahi", "कोणी राहणार नाही",
        "nobody will be left", "no one will be left", "nobody left to",
    ),
    # Not even needed from then on: "zarurat bhi nahi padegi", "गरजच पडणार नाही".
    "eol_not_even_needed": (
        "zarurat bhi nahi padegi", "zarurat hi nahi padegi", "jarurat bhi nahi padegi", "ज़रूरत भी नहीं पड़ेगी",
        "जरूरत भी नहीं पड़ेगी", "ज़रूरत ही नहीं पड़ेगी", "जरूरत ही नहीं पड़ेगी", "zarurat bhi nahi",
        "zaroorat bhi nahi padegi", "garajach padnar nahi", "गरजच पडणार नाही", "garaj pan nahi", "गरज पण नाही",
        "won't even be needed", "wont even be needed", "no need after that",
    ),
    # Solved, freed for them: "sagla sutel", "सब सुलझ जाएगा".
    "eol_solved_for_them": (
        "sutel", "सुटेल", "sutatil", "सुटतील", "sutun jail", "सुटून जाईल", "suljh jayega", "सुलझ जाएगा",
        "sulajh jayega", "hal ho jayega", "हल हो जाएगा", "mukt hotil", "मुक्त होतील", "mukt ho jayenge",
        "मुक्त हो जाएंगे", "chhutkara mil jayega", "छुटकारा मिल जाएगा", "everything solved", "all solved",
        "be free of", "free of me",
    ),
    # If the writer goes, in the conditional without "even": "mi gelo tar", "main chala gaya to".
    "eol_if_i_go": (
        "mi gelo tar", "मी गेलो तर", "mi geli tar", "मी गेली तर", "mi nasen tar", "मी नसेन तर",
        "main chala gaya to", "मैं चला गया तो", "main chali gayi to", "मैं चली गई तो", "main na rahu to",
        "मैं न रहूं तो", "main nahi raha to", "मैं नहीं रहा तो", "if i go", "if i am gone", "if im gone",
        "if i'm gone",
    ),
    # No fate or chance of meeting again: "bhetaycha yog nahi", "milne ka yog nahi".
    "eol_no_meeting_fate": (
        "bhetaycha yog nahi", "भेटायचा योग नाही", "bhetnyacha yog nahi", "भेटण्याचा योग नाही",
        "bhetaycha yog nay", "bhetaycha yog nai", "milne ka yog nahi", "मिलने का योग नहीं",
        "milne ka sanyog nahi", "phir milna nahi hoga", "फिर मिलना नहीं होगा", "no chance of meeting again",
        "wont get to meet again", "won't get to meet again", "wont meet again",
    ),
    # The dead wife or husband: her photo, her death anniversary.
    "eol_dead_spouse": (
        "baykocha photo", "बायकोचा फोटो", "baykocha barsa", "बायकोचा बरसा", "baykocha varshik",
        "बायकोचं वर्षश्राद्ध", "patnicha photo", "patni ki photo", "पत्नी की फोटो", "patni ki barsi",
        "पत्नी की बरसी", "biwi ki barsi", "बीवी की बरसी", "biwi ki photo", "बीवी की फोटो", "wife's photo",
        "wifes photo", "wife went", "my late wife", "late wife", "since she went", "her death anniversary",
        "barsa", "बरसा", "barsi", "बरसी", "varshshraddha", "वर्षश्राद्ध", "swargvasi", "स्वर्गवासी",
    ),
    # The time to go come, or the writer ready: "जायची वेळ आली", "jane ka waqt aa gaya", "ready".
    "eol_time_to_go": (
        "jaychi vel aali", "jaaychi vel aali", "जायची वेळ आली", "jaychi vel ali", "jane ka waqt aa gaya",
        "जाने का वक्त आ गया", "जाने का वक़्त आ गया", "jane ka samay aa gaya", "जाने का समय आ गया",
        "time to go", "ready to go", "mi ready ahe", "मी ready आहे", "मी तयार आहे", "mi tayar ahe",
        "main taiyar hu", "मैं तैयार हूं", "मैं तैयार हूँ", "vichar pakka kelay", "विचार पक्का केलाय",
        "vichar pakka kela", "विचार पक्का केला", "pakka kelay", "पक्का केलाय", "decided",
    ),
    # Before the one wronged asks: "ti vicharaychya adhi", "puchne se pehle".
    "eol_before_asked": (
        "vicharaychya adhi", "विचारायच्या आधी", "vicharnya adhi", "विचारण्याआधी", "vicharayla yaychya adhi",
        "puchne se pehle", "पूछने से पहले", "poochne se pehle", "puchhne se pehle", "before she asks",
        "before he asks", "before they ask", "before anyone asks", "kalaychya adhi", "कळायच्या आधी",
        "pata chalne se pehle", "पता चलने से पहले", "before she finds out", "before they find out",
    ),
    # A loss: lost at cards, pawned, gambled away.
    "eol_lost_it_all": (
        "harlo", "हरलो", "haarlo", "harla", "हरला", "gamavla", "गमावलं", "gamavle", "haar gaya", "हार गया",
        "haar gayi", "हार गई", "gahan", "गहाण", "girvi", "गिरवी", "rummy", "रमी", "satta", "सट्टा", "juaa",
        "jua", "जुआ", "lost everything", "lost it all", "gambled",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

# A place or an errand gone to: what makes "if I go" or "I'll leave" an ordinary going.
_SOMEWHERE = _g("errand_place", "summons_errand", "staying_place", "leave_harmless", "away_trip", "commute")

END_LATE_IN_LIFE: tuple[Combination, ...] = (
    # "अब मेरे होने का कोई मतलब नहीं", "no reason to keep this body going now".
    Combination(S, (_g("eol_my_being"), _g("point"), _g("negation")), 6,
                unless=_g("eol_being_there", "laugh"), unless_reach=4),
    # The last session of the treatment chosen or willed: "this is the last dialysis I will go
    # for", "ye aakhri dialysis hai, ab nahi"; not the last of a course that worked.
    Combination(S, (_g("eol_treatment"), _g("eol_last"), _g("chosen", "eol_time_to_go", "negation")), 14,
                across=True, unless=_g("eol_got_better", "laugh"), unless_reach=14),
    # The treatment stopped and the writer going or ending it: "dialysis बंद करणार. enough झालं,
    # आता जायचं", "not doing chemo again. would rather finish it myself".
    Combination(S, (_g("eol_treatment"), _g("quit", "negation"), _g("go_to_it", "ends_it", "end", "end_oneself",
                                                                      "eol_time_to_go")), 14,
                across=True, unless=_g("eol_got_better", "near_day", "meeting_later") + _SOMEWHERE, unless_reach=14),
    Combination(S, (_g("eol_treatment"), _g("ends_it"), _g("self", "first_person")), 14, across=True,
                unless=_g("eol_got_better"), unless_reach=14),
    # Ending it now, wished, with nothing named to end: "honestly अब end कर देना चाहता हूँ".
    Combination(S, (_g("at_this_point"), _g("end"), _g("want")), 4, order=True,
                unless=_g("eol_thing_ended"), unless_reach=3),
    # Once and for all: "एकदाच संपून जावं वाटतं", "want it all to end once and for all".
    Combination(S, (_g("eol_once_for_all"), _g("end_oneself", "ends_it", "end", "eol_end_all_wished")), 4,
                unless=_g("eol_thing_ended"), unless_reach=3),
    # "fakt vatta samvun takav sagla": the wish to end it all, in the obligative.
    Combination(S, (_g("eol_end_all_wished"), _g("it_all", "all_of_it", "want")), 3,
                unless=_g("eol_thing_ended"), unless_reach=3),
    # God does not call, so the writer goes himself: "bulawa nahi aata, khud hi jana padega".
    Combination(S, (_g("god_call", "god"), _g("eol_go_myself")), 12, across=True, unless=_SOMEWHERE),
    # The shroud arranged for oneself: "apne liye safed kapda ka intezam kar liya".
    # White cloth bought for a wedding or a puja is no shroud.
    Combination(S, (_g("for_myself", "my_own"), _g("eol_shroud"), _g("eol_arranged")), 8,
                unless=_g("wedding", "eol_wish_trifle", "eol_festive_cloth"), unless_reach=8),
    # The writer's last wish: "meri last wish hai ki mummy ko koi call na kare"; a grandchild's
    # wedding to see is a life looked forward to.
    Combination(S, (_g("my_own", "first_person"), _g("eol_last_wish")), 2, order=True,
                unless=_g("eol_wish_trifle", "laugh", "wedding"), unless_reach=8),
    # From tomorrow, no score to ask for or nobody to give it: "kal se zarurat nahi padegi".
    Combination(S, (_g("eol_checkin"), _g("onward_time"), _g("no_need", "no_longer_needed", "eol_nobody_left", "eol_not_even_needed",
                                                             "not_around_then")), 10,
                across=True, unless=_g("eol_checkin_ends"), unless_reach=10),
    # Everything solved for them if the writer goes: "mi gelo tar sagla sutel tyancha".
    Combination(S, (_g("eol_if_i_go", "if_i_go", "my_going"), _g("eol_solved_for_them")), 6,
                unless=_SOMEWHERE),
    # No chance of meeting again, with thanks or a sorry: "doctor la sanga thank you. ata
    # bhetaycha yog nahi".
    Combination(S, (_g("thanks_said", "forgiveness", "apology", "relay"), _g("eol_no_meeting_fate")), 12,
                across=True, unless=_SOMEWHERE + _g("near_day")),
    # The dead wife, and going to her: "baykocha photo ... tichyakade jaycha vichar pakka kelay",
    # "aaj baykocha barsa. तिच्याकडे जायची वेळ आली".
    Combination(S, (_g("eol_dead_spouse"), _g("to_her_side"), _g("go_to_it", "eol_time_to_go")), 12,
                across=True),
    # Leaving before the one wronged asks, after a loss: "rummy t harlo. ti vicharaychya adhi mi
    # nighun jato".
    Combination(S, (_g("eol_lost_it_all"), _g("eol_before_asked"), _g("leave", "go_there")), 14,
                across=True, unless=_SOMEWHERE),
)
