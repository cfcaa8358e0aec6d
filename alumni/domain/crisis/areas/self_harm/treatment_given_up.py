"""Suicide told by alumni in treatment (substitution clinics, ART, hepatitis C and TB): the
clinic or the dose left for good beside an end ("kal se OST nahi aaunga, mera chapter close",
"OPD la parat yenar nahi, maza sampla"); one's dose or place at the clinic given to someone else
because it will not be needed; a diagnosis or shame beside ending it tonight ("hep C positive ...
आज रात्री end", "लिव्हर गेलं ... संपवतो"); a bridge, a ghat or a cliff beside last words ("bas itna
hi", "just wanted someone to know", "konala kalu deu naka", the voice heard a last time, the
water deep today, the train under the bridge); a last message with a plea for forgiveness; a
child entrusted and no message after today; better if one did not remain; the wish to end in
one's sleep; told to die and obeying; no point going on; going under a train said as the writer's own plan.

What keeps each quiet is named beside it: a transfer to another clinic, a taper completed or a
course finished; a show, a shift or a treatment that ends; a bridge's traffic, a view, a photo
or a trip; a last message of a group or a topic.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The treatment: the clinic, the OPD, the dose, substitution, the ART centre.
    "tgu_treatment": (
        "ost", "OST", "clinic", "क्लिनिक", "opd", "OPD", "ओपीडी", "dose", "डोस", "डोज", "डोसची", "doslа",
        "methadone", "मेथाडोन", "bupe", "buprenorphine", "art centre", "art center", "dots", "dic", "डीआईसी",
        "treatment", "ilaj", "इलाज", "upchar", "उपचार", "उपचाराला", "davakhana", "दवाखाना", "hospital",
    ),
    # Not coming back: "nahi aaunga", "parat yenar nahi", "won't come again".
    "tgu_not_coming": (
        "nahi aaunga", "नहीं आऊंगा", "नहीं आऊँगा", "nahi aaungi", "नहीं आऊंगी", "nahi aunga", "parat yenar nahi",
        "परत येणार नाही", "yenar nahi", "येणार नाही", "won't come", "wont come", "not coming", "never coming",
        "nahi jaunga", "नहीं जाऊंगा", "janar nahi", "जाणार नाही", "na kal na kabhi", "न कल न कभी",
        "kontyach dose la nahi", "कोणत्याच डोसला नाही",
    ),
    # An end said of oneself: "mera chapter close", "maza sampla", "sab khatam".
    "tgu_end_of_me": (
        "mera chapter close", "मेरा chapter close", "मेरा चैप्टर क्लोज", "chapter close", "chapter closed",
        "maza sampla", "majha sampla", "माझं संपलं", "माझा संपला", "maza sampla ahe", "mera khel khatam",
        "मेरा खेल खत्म", "sab khatam", "सब खत्म", "sab khatm", "my story ends", "i am done", "im done",
        "i'm done", "na kal na kabhi", "न कल न कभी", "mera ant", "मेरा अंत",
    ),
    # Going elsewhere for treatment, or treatment done: a transfer, a taper, a course.
    "tgu_moved_or_done": (
        "transfer", "transferred", "shift", "shifting", "dusre clinic", "दूसरे क्लिनिक", "dusrya clinic",
        "दुसऱ्या क्लिनिक", "new clinic", "naye clinic", "gaon", "गांव", "village", "taper", "टेपर",
        "course complete", "course purna", "कोर्स पूर्ण", "discharge", "डिस्चार्ज", "cured", "negative",
        "पूर्ण झाला", "पूरा हुआ", "purn zala", "job", "naukri", "नौकरी", "kaam", "duty", "timing",
        "samay", "late",
    ),
    # One's place or dose at the clinic, handed on: "माझ्या डोसची जागा दुसऱ्या कोणाला द्या".
    "tgu_give_my_place": (
        "dusrya konala dya", "दुसऱ्या कोणाला द्या", "dusre ko de do", "दूसरे को दे दो", "kisi aur ko de do",
        "किसी और को दे दो", "someone else", "give it to someone", "give my spot", "give my place",
    ),
    # Not needed any more: "garaj lagnar nahi", "zarurat nahi padegi".
    "tgu_not_needed": (
        "garaj lagnar nahi", "गरज लागणार नाही", "garaj nahi lagnar", "गरज नाही लागणार", "zarurat nahi padegi",
        "ज़रूरत नहीं पड़ेगी", "जरूरत नहीं पड़ेगी", "won't need it", "wont need it", "won't be needing",
        "wont be needing", "no longer need",
    ),
    # The diagnosis or the body given out: hep C, HIV, TB, a liver gone.
    "tgu_diagnosis": (
        "hep c", "hepatitis", "हिपॅटायटिस", "हेपेटाइटिस", "hiv", "HIV", "एचआईवी", "एचआयव्ही", "positive",
        "पॉझिटिव्ह", "पॉजिटिव", "liver gela", "लिव्हर गेलं", "liver gaya", "लिवर गया", "liver kharab",
        "लिवर खराब", "cirrhosis", "mdr", "tb", "TB", "टीबी", "aids", "एड्स",
    ),
    # Shame, money gone: "लाज वाटते", "munh dikhane layak nahi", "पैसे नाहीत".
    "tgu_shame_or_broke": (
        "laaj vatte", "लाज वाटते", "लाज वाटतेय", "sharam aati", "शर्म आती", "tond dakhvaychi", "तोंड दाखवायची",
        "munh dikhane", "मुंह दिखाने", "can't face", "cant face", "ashamed", "paise nahit", "पैसे नाहीत",
        "paise nahi", "पैसे नहीं", "no money",
    ),
    # Ending it now: "आज रात्री end", "संपवतो", "khatam kar dunga".
    "tgu_end_now": (
        "aaj ratri end", "आज रात्री end", "aaj raat end", "आज रात end", "tonight end", "ending it tonight",
        "end it tonight", "sampavto", "संपवतो", "संपवते", "sampavnar", "संपवणार", "khatam kar dunga",
        "खत्म कर दूंगा", "ख़त्म कर दूंगा", "end kar dunga", "end करूंगा", "end karto", "end करतो",
    ),
    # What ends that is no life: a show, a shift, a course of pills, a fast.
    "tgu_thing_ending": (
        "show", "serial", "season", "shift", "course", "कोर्स", "treatment", "dose", "डोस", "tablets",
        "golya", "गोळ्या", "upvas", "उपवास", "fast", "roza", "party", "match", "chapter", "syllabus",
    ),
    # A height or water the writer is at: a bridge, an overbridge, a ghat, a cliff.
    "tgu_at_the_edge": (
        "bridge", "overbridge", "pul", "पुल", "पूल", "पुलावर", "pulavar", "ghat", "घाट", "ghatat", "घाटात",
        "kada", "कडा", "kadyavarun", "कड्यावरून", "cliff", "terrace edge", "flyover", "फ्लायओवर",
    ),
    # Last words at the place: that is all, someone to know, nobody to know, a last voice.
    "tgu_last_words": (
        "bas itna hi", "बस इतना ही", "bas itnach", "बस इतकंच", "that's all", "thats all",
        "just wanted someone", "wanted someone to know", "wanted someone at", "wanted you to know",
        "konala kalu deu naka", "कोणाला कळू देऊ नका", "kunala kalu deu naka", "kisi ko mat batana",
        "किसी को मत बताना", "don't tell anyone", "dont tell anyone", "aawaz sunni thi", "awaaz sunni thi",
        "आवाज़ सुननी थी", "आवाज सुननी थी", "aawaj aikaycha hota", "आवाज ऐकायचा होता", "bye", "alvida",
        "अलविदा", "pani bahut gehra", "पानी बहुत गहरा", "paani gehra", "खोल पाणी", "khol pani",
        "trains every", "local yetey", "local येतेय", "train aa rahi", "ट्रेन आ रही", "last time",
    ),
    # A bridge's everyday: traffic, a jam, a view or a photo, a trip, a meeting.
    "tgu_bridge_everyday": (
        "traffic", "ट्रैफिक", "jam", "जाम", "view", "photo", "selfie", "pic", "trip", "picnic", "aarti",
        "आरती", "darshan", "दर्शन", "snan", "स्नान", "pick me", "pick up", "coming", "reaching", "pohochta",
        "पहुंचता", "pohochto", "पोहोचतो", "wait", "ruko", "ruk", "thamba", "थांबा", "office", "meeting",
        "shoot", "walk", "jogging", "friends", "mitra", "दोस्त",
    ),
    # The writer's last message: "ye aakhri sms hai", "this is my last message".
    "tgu_last_message": (
        "aakhri sms", "आखिरी sms", "aakhri message", "आखिरी मैसेज", "आखिरी message", "last message",
        "last msg", "last sms", "shevatcha message", "शेवटचा मेसेज", "शेवटचा message", "akhri sms",
        "antim sandesh", "अंतिम संदेश",
    ),
    # Forgiveness asked: "maaf kar de", "mala maaf kar".
    "tgu_forgive_me": (
        "maaf kar de", "माफ कर दे", "माफ़ कर दे", "maaf karna", "माफ करना", "mujhe maaf", "मुझे माफ",
        "mala maaf kar", "मला माफ कर", "mala maaf kara", "मला माफ करा", "forgive me",
    ),
    # The last of an ordinary thing: a group, a reminder, a topic.
    "tgu_last_of_a_thing": (
        "group", "reminder", "topic", "today", "aaj ke liye", "आज के लिए", "year", "saal", "batch", "class",
    ),
    # A child entrusted: "meri beti ka dhyan rakhna".
    "tgu_child_entrusted": (
        "beti ka dhyan rakhna", "बेटी का ध्यान रखना", "beta ka dhyan rakhna", "बेटे का ध्यान रखना",
        "bachchon ka dhyan rakhna", "बच्चों का ध्यान रखना", "mulicha dhyan theva", "मुलीचं लक्ष ठेवा",
        "mulanchi kalji ghya", "मुलांची काळजी घ्या", "take care of my daughter", "take care of my son",
        "take care of my kids", "look after my kids", "look after my daughter",
    ),
    # No message from the writer after today.
    "tgu_no_more_messages": (
        "aaj ke baad message nahi", "आज के बाद message नहीं", "आज के बाद मैसेज नहीं", "message nahi karunga",
        "message नहीं करूंगा", "मैसेज नहीं करूंगा", "message karnar nahi", "मेसेज करणार नाही",
        "message करणार नाही", "won't text again", "wont text again", "won't message again",
        "wont message again", "no more messages from me",
    ),
    # Better if the writer did not remain: "mich nahi rahilo tar bara", "main na rahun to behtar".
    "tgu_better_not_remain": (
        "mich nahi rahilo tar bara", "मीच नाही राहिलो तर बरं", "nahi rahilo tar bara", "नाही राहिलो तर बरं",
        "naslo tar bara", "नसलो तर बरं", "मीच नसलो तर बरं", "main na rahun to behtar", "मैं न रहूं तो बेहतर",
        "main na rahu to accha", "मैं न रहूं तो अच्छा", "main hi na rahun", "मैं ही न रहूं",
        "better if i wasnt around", "better if i wasn't around", "better if i was gone", "better if i'm gone",
    ),
    # Somewhere the writer might simply not be: a party, the office, a wedding, home.
    "tgu_somewhere": (
        "party", "office", "meeting", "lagna", "लग्न", "shaadi", "शादी", "ghari", "घरी", "ghar", "घर",
        "tithe", "तिथे", "wahan", "वहां", "there", "program", "event",
    ),
    # Ending in one's sleep: "झोपेतच संपावं", "neend mein hi khatam ho jaun".
    "tgu_end_in_sleep": (
        "झोपेतच संपावं", "झोपेत संपावं", "zopetach sampava", "zopet sampava", "झोपेतच मरावं", "zopetach marava",
        "neend mein hi khatam", "नींद में ही खत्म", "नींद में ही मर", "neend me hi mar", "sote sote mar jaun",
        "सोते सोते मर जाऊं", "die in my sleep", "die in sleep", "झोपेतच संपलो तर", "zopetach samplo tar",
        "zopetach sampla tar", "झोपेतच मेलो तर",
    ),
    # Told to die, and obeying today: "मग आज तिचं ऐकतो", "aaj uski baat maan leta hu".
    "tgu_obey_today": (
        "tich aikto", "तिचं ऐकतो", "त्याचं ऐकतो", "त्यांचं ऐकतो", "tyanch aikto", "tyach aikto",
        "uski baat maan leta", "उसकी बात मान लेता", "uski sun leta", "उसकी सुन लेता", "uski baat maan lunga",
        "उसकी बात मान लूंगा", "i'll do as she said", "doing what she said", "do what she says",
    ),
    # Under a train said as the writer's own going: "train खाली जाईन", "ट्रेन के नीचे आ जाऊंगा".
    "tgu_under_the_train": (
        "train khali jain", "train खाली जाईन", "ट्रेनखाली जाईन", "gadikhali jain", "गाडीखाली जाईन",
        "train khali jato", "train खाली जातो", "train ke neeche aa jaunga", "ट्रेन के नीचे आ जाऊंगा",
        "train ke niche aa jaunga", "train ke niche kud", "ट्रेन के नीचे कूद", "jump in front of a train",
        "under the train", "under a train", "train samor udi", "ट्रेनसमोर उडी",
    ),
    # No point going on, said of life: "no point going on", "aage jeene ka koi matlab nahi".
    "tgu_no_point_going_on": (
        "no point going on", "no point in going on", "no point carrying on", "no reason to go on",
        "no reason to carry on", "nothing to go on for", "aage jeene ka koi matlab nahi",
        "आगे जीने का कोई मतलब नहीं", "pudhe jagnyat kahi arth nahi", "पुढे जगण्यात काही अर्थ नाही",
    ),
    # What one may see no point going on with: an argument, a talk, a plan, a course.
    "tgu_going_on_with": (
        "with", "argument", "arguing", "discussion", "talk", "talking", "this", "debate", "plan", "course",
        "project", "meeting", "chat", "fight", "relationship", "game", "match",
    ),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

TREATMENT_GIVEN_UP: tuple[Combination, ...] = (
    # The clinic or the dose left for good, beside an end of oneself; a transfer or a taper done
    # is another going.
    Combination(S, (_g("tgu_treatment"), _g("tgu_not_coming"), _g("tgu_end_of_me")), 20, across=True,
                unless=_g("tgu_moved_or_done"), unless_reach=10),
    # One's dose or place handed on because it won't be needed.
    Combination(S, (_g("tgu_treatment"), _g("tgu_give_my_place"), _g("tgu_not_needed")), 14, across=True,
                unless=_g("tgu_moved_or_done"), unless_reach=8),
    # A diagnosis, shame or no money, and ending it now; a show or a course that ends is no life.
    Combination(S, (_g("tgu_diagnosis", "tgu_shame_or_broke"), _g("tgu_end_now")), 20, across=True,
                unless=_g("tgu_thing_ending"), unless_reach=1),
    # At a bridge, a ghat or a cliff, with last words; a bridge's traffic or a trip is the day's.
    Combination(S, (_g("tgu_at_the_edge"), _g("tgu_last_words")), 16, across=True,
                unless=_g("tgu_bridge_everyday"), unless_reach=6),
    # A last message with forgiveness asked.
    Combination(S, (_g("tgu_forgive_me"), _g("tgu_last_message")), 12, across=True,
                unless=_g("tgu_last_of_a_thing"), unless_reach=3),
    # A child entrusted, and no message after today.
    Combination(S, (_g("tgu_child_entrusted"), _g("tgu_no_more_messages")), 16, across=True),
    # Better if the writer did not remain; not at a party or the office.
    Combination(S, (_g("tgu_better_not_remain"),), 0, unless=_g("tgu_somewhere"), unless_reach=3),
    # The wish to end in one's sleep.
    Combination(S, (_g("tgu_end_in_sleep"),), 0),
    # Told to die, and obeying.
    Combination(S, (_g("wished_dead_at_me"), _g("tgu_obey_today")), 14, across=True),
    # No point going on, unless with an argument, a talk or a plan.
    Combination(S, (_g("tgu_no_point_going_on"),), 0, unless=_g("tgu_going_on_with"), unless_reach=2),
    # Going under a train, said as one's own.
    Combination(S, (_g("tgu_under_the_train"),), 0),
)
