"""Suicide said at a festival or on a day of remembrance: one's own lamp put out, or oneself
switched off, for good ("अपना दिया हमेशा के लिए बुझा दूँ", "आपलाच दिवा कायमचा विझवावा"); going
with the idol at the immersion and not coming back ("बाप्पा, मलाही ने. परत येणार नाही"); ending
too when the festival ends ("shimga sampla ki mi pan sampnar"); wishing this birthday or Diwali
the last; going to the parent whose death anniversary or first festival without them it is
("unke paas jaana hai", "तिच्याकडेच जाईन"); jumping into the Holi fire; giving oneself as the
sacrifice; tomorrow's sun better not seen; a promise not to take one's life that can no longer
be kept; no point being around for the next festival; leaving in peace with the family provided for.

What keeps each quiet is named beside it: a lamp put out after the puja with nothing lasting;
jumping over the fire, as some do; one's dreams or sleep sacrificed; a grave or a village visited;
a last birthday in a city, a college or a job; the point of a meeting or a party.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # One's own lamp or light: said of oneself, since others' lamps are being lit.
    "fest_farewell_own_lamp": (
        "apna diya", "अपना दिया", "अपना दीया", "apna deeya", "apna deepak", "अपना दीपक", "mera diya", "मेरा दिया",
        "aapla diva", "आपला दिवा", "aaplach diva", "आपलाच दिवा", "majha diva", "माझा दिवा", "maza diva",
        "mazach diva", "माझाच दिवा", "my own lamp", "my own diya", "my lamp", "my own light", "my light",
        "apni jyot", "अपनी ज्योत", "majhi jyot", "माझी ज्योत",
    ),
    # Put out, as a wish or a resolve: "बुझा दूँ", "विझवावा", "vizhvava".
    "fest_farewell_put_out": (
        "बुझा दूँ", "बुझा दू", "bujha du", "bujha doon", "bujha dun", "bujha dena", "बुझा देना", "bujha lu",
        "बुझा लूं", "विझवावा", "vizhvava", "vizvava", "विझवतो", "vizhavto", "vizavto", "विझवून टाकतो",
        "put out", "blow out", "snuff out", "switch off", "switch myself off", "turn myself off",
        "shut myself off", "switch it off",
    ),
    # Oneself switched off: "switch myself off", "khud ko band kar du".
    "fest_farewell_self_off": (
        "switch myself off", "turn myself off", "shut myself off", "shut myself down", "khud ko band kar du",
        "खुद को बंद कर दूं", "swatahala band karava", "स्वतःला बंद करावं",
    ),
    # Take me too with you (to the idol, to the departed): "मलाही ने", "mujhe bhi le chal".
    "fest_farewell_take_me_too": (
        "malahi ne", "मलाही ने", "mala pan ne", "मला पण ने", "malahi ghe", "मलाही घेऊन जा", "mala pan gheun ja",
        "मला पण घेऊन जा", "mujhe bhi le chal", "मुझे भी ले चल", "mujhe bhi le chalo", "मुझे भी ले चलो",
        "mujhe bhi le ja", "मुझे भी ले जा", "mujhe bhi saath le jao", "मुझे भी साथ ले जाओ", "take me with you",
        "take me along", "take me too",
    ),
    # Going with the idol into the water: "Ganpati barobar", "बाप्पासोबत", "murti ke saath".
    "fest_farewell_with_the_idol": (
        "ganpati barobar", "गणपती बरोबर", "गणपतीबरोबर", "ganpati sobat", "गणपतीसोबत", "bappa barobar",
        "बाप्पाबरोबर", "बाप्पा बरोबर", "bappa sobat", "बाप्पासोबत", "murti barobar", "मूर्तीबरोबर",
        "murti ke saath", "मूर्ति के साथ", "मूर्ती के साथ", "bappa ke saath", "बाप्पा के साथ",
        "ganpati ke saath", "गणपति के साथ", "with the idol", "with bappa", "with ganpati",
        "tujhyabarobar", "तुझ्याबरोबर", "tujhyasobat", "तुझ्यासोबत",
    ),
    # Me too: the writer going along, "mi pan", "मलाही", "main bhi".
    "fest_farewell_me_too": (
        "mi pan", "मी पण", "mihi", "मीही", "malahi", "मलाही", "mala pan", "मला पण", "main bhi", "मैं भी",
        "mai bhi", "mujhe bhi", "मुझे भी", "me too", "i too", "me as well", "me along",
    ),
    # Seen off till next year, or taken to a fair: the ordinary goings with the idol or with someone.
    "fest_farewell_till_next_year": (
        "pudhchya varshi", "पुढच्या वर्षी", "lavkar ya", "लवकर या", "agle baras", "अगले बरस", "agle saal",
        "अगले साल", "next year", "mela", "मेला", "jatra", "जत्रा", "fair", "market", "bazaar", "बाजार", "movie",
        "trip", "party", "shopping", "dekhne", "देखने", "baghayla", "बघायला", "tonight", "aaj raat", "आज रात",
    ),
    # A task finished when the festival ends: a project, the work, a book.
    "fest_farewell_task_finished": (
        "project", "kaam", "काम", "work", "assignment", "book", "pustak", "पुस्तक", "series", "abhyas", "अभ्यास",
        "syllabus", "portion", "order", "orders", "stock", "file", "files",
    ),
    # The festival ending, as the moment: "sampla ki", "संपले की", "khatam hote hi".
    "fest_farewell_when_it_ends": (
        "sampla ki", "संपला की", "sample ki", "संपले की", "sampli ki", "संपली की", "sampla ke", "sampalya var",
        "संपल्यावर", "sampalyavar", "khatam hote hi", "खत्म होते ही", "khatam hone ke baad", "खत्म होने के बाद",
        "once it ends", "once its over", "once it's over", "when it ends", "after it ends",
    ),
    # I too shall end: "mi pan sampnar", "मीही संपवणार", "main bhi khatam".
    "fest_farewell_i_too_end": (
        "mi pan sampnar", "मी पण संपणार", "mihi sampnar", "मीही संपणार", "mi pan sampavnar", "मी पण संपवणार",
        "mihi sampavnar", "मीही संपवणार", "mi pan sampto", "मीही संपतो", "main bhi khatam", "मैं भी खत्म",
        "mai bhi khatam", "main bhi khatm", "i end too", "i will end too", "i'll end too", "so will i end",
        "i end with it", "i will end with it",
    ),
    # One's last festival or birthday, said as wished: "my last birthday", "शेवटचा वाढदिवस".
    "fest_farewell_last_occasion": (
        "last birthday", "aakhri birthday", "आखिरी birthday", "akhri birthday", "aakhri janamdin",
        "आखिरी जन्मदिन", "shevatcha birthday", "शेवटचा birthday", "shevatcha vadhdivas", "शेवटचा वाढदिवस",
        "last diwali", "aakhri diwali", "आखिरी दिवाली", "shevatchi diwali", "शेवटची दिवाळी",
        "last holi", "aakhri holi", "आखिरी होली", "last eid", "aakhri eid", "आखिरी ईद", "last christmas",
        "last festival", "aakhri tyohar", "आखिरी त्योहार", "shevatcha san", "शेवटचा सण",
    ),
    # Let it be: the wish that makes "last" final rather than "previous".
    "fest_farewell_let_it_be": (
        "asava", "असावा", "asavi", "असावी", "asel", "असेल", "hoga", "होगा", "ho jaye", "हो जाए",
        "hogi", "होगी", "should be", "will be", "is going to be", "be my", "ठरेल", "tharel",
    ),
    # Where else a "last birthday" is last: a city, a college, a job, being single.
    "fest_farewell_last_of_a_stage": (
        "in", "at", "as", "single", "bachelor", "college", "hostel", "job", "office", "city", "pune", "mumbai",
        "teen", "teens", "20s", "twenties", "company", "ghar", "gaon", "shaharat", "शहरात", "yaha", "इथे",
    ),
    # A death remembered: an anniversary, a first festival after a parent went.
    "fest_farewell_death_marked": (
        "barsi", "बरसी", "varshshraddha", "वर्षश्राद्ध*", "varshashraddh*", "shraddh", "श्राद्ध*", "death anniversary",
        "ke jaane ke baad", "के जाने के बाद", "ke jane ke baad", "gelyanantar", "गेल्यानंतर", "without amma",
        "without mom", "without maa", "without papa", "ke bina pehli", "के बिना पहली", "pehli eid", "पहली ईद",
        "pehli diwali", "पहली दिवाली", "first diwali without", "first eid without", "first christmas without",
    ),
    # Going to the departed: "unke paas jaana hai", "तिच्याकडेच जाईन", "go be with her".
    "fest_farewell_go_to_them": (
        "jaana hai", "जाना है", "jana hai", "jaana chahta", "जाना चाहता", "jaana chahti", "जाना चाहती",
        "jaunga", "जाऊंगा", "jain", "जाईन", "kharach jain", "खरंच जाईन", "jaychay", "जायचंय", "go to her",
        "go to him", "go to them", "join her", "join him", "join them", "go be with",
    ),
    # A grave, a village, a photo: the ordinary going to the departed's place.
    "fest_farewell_visit_place": (
        "qabr", "कब्र", "kabar", "kabr", "grave", "cemetery", "kabristan", "कब्रिस्तान", "samadhi", "समाधी",
        "समाधि", "gaon", "गांव", "गाँव", "village", "photo", "dargah", "दरगाह", "mandir", "मंदिर",
    ),
    # The festival's fire: the Holika bonfire, a pyre.
    "fest_farewell_fire": (
        "holika", "होलिका", "holi ki aag", "होली की आग", "aag", "आग", "aagit", "आगीत", "aagi", "आगी", "fire",
        "bonfire", "holi dahan", "होळी",
    ),
    # Over or across the fire, as some do at the bonfire.
    "fest_farewell_over_it": ("over", "across", "upar se", "ऊपर से", "paar", "पार", "langh*", "लांघ*", "olandun", "ओलांडून"),
    # Oneself given as the sacrifice: "apni kurbani de doon", "स्वतःचा बळी".
    "fest_farewell_self_sacrifice": (
        "apni kurbani", "अपनी कुर्बानी", "apni qurbani", "khud ki kurbani", "खुद की कुर्बानी", "apni bali",
        "अपनी बलि", "khud ki bali", "खुद की बलि", "swatahacha bali", "स्वतःचा बळी", "majha bali", "माझा बळी",
        "sacrifice myself", "offer myself",
    ),
    # What one does sacrifice in earnest that is no going: dreams, sleep, sweets, a weekend.
    "fest_farewell_things_given_up": (
        "sapne", "सपने", "sapno", "सपनों", "khwab", "ख्वाब", "dreams", "neend", "नींद", "sleep", "weekend",
        "career", "mithai", "मिठाई", "chhutti", "छुट्टी", "goat", "bakra", "बकरा",
    ),
    # Seeing it, as wished not: "na dekhu", "न देखूं", "nahi baghaycha".
    "fest_farewell_not_see": (
        "na dekhu", "न देखूं", "न देखूँ", "na dekhun", "nahi dekhna", "नहीं देखना", "na dekhna", "ना देखूं",
        "nahi baghaycha", "नाही बघायचा", "nahi baghaychay", "नाही बघायचाय", "not see", "never see",
    ),
    # The promise not to take one's life: "जीव घेणार नाही असं वचन", "promised not to kill myself".
    "fest_farewell_promised_to_live": (
        "जीव घेणार नाही", "jeev ghenar nahi", "jiv ghenar nahi", "jaan nahi lunga", "जान नहीं लूंगा",
        "jaan nahi dunga", "जान नहीं दूंगा", "won't kill myself", "wont kill myself", "not to kill myself",
        "khud ko kuch nahi karunga", "खुद को कुछ नहीं करूंगा", "swatahala kahi karnar nahi",
        "स्वतःला काही करणार नाही", "not to end my life", "won't end my life",
    ),
    # That it cannot be kept: "पाळता येईल असं वाटत नाही", "nibha nahi paunga".
    "fest_farewell_cannot_keep": (
        "पाळता येईल असं वाटत नाही", "palta yeil asa vatat nahi", "पाळता येणार नाही", "palta yenar nahi",
        "nibha nahi paunga", "निभा नहीं पाऊंगा", "nibha nahi paungi", "nahi nibha sakta", "नहीं निभा सकता",
        "can't keep it", "cant keep it", "cannot keep it", "can't keep that", "won't be able to keep",
        "todna padega", "तोड़ना पड़ेगा", "tod dunga", "तोड़ दूंगा", "modnar", "मोडणार",
    ),
    # No point being around, alive or here.
    "fest_farewell_point_being_around": (
        "point of being around", "point in being around", "point being around", "point of being here",
        "point in being here", "point of being alive", "point in being alive", "point in staying alive",
        "point of staying alive", "reason to be around", "reason to stay around", "point of sticking around",
    ),
    # What one may not see the point of being around for: a meeting, a class, a party, a call.
    "fest_farewell_event_attended": (
        "meeting", "class", "lecture", "party", "call", "office", "function", "shift", "match", "show",
    ),
    # Leaving in peace, said as now possible: "nighu shakto shantpane", "सुकून से जा सकता".
    "fest_farewell_leave_in_peace": (
        "nighu shakto shantpane", "shantpane nighu", "शांतपणे निघू", "निघू शकतो शांतपणे", "shantpane jau shakto",
        "शांतपणे जाऊ शकतो", "sukoon se ja sakta", "सुकून से जा सकता", "chain se ja sakta", "चैन से जा सकता",
        "can go in peace", "can leave in peace", "can go peacefully", "can leave peacefully",
    ),
    # The family provided for: "bayko sathi", "biwi ke liye", "sab rakh diya".
    "fest_farewell_provided_for": (
        "bayko sathi", "बायकोसाठी", "बायको साठी", "mulansathi", "मुलांसाठी", "biwi ke liye", "बीवी के लिए",
        "bachchon ke liye", "बच्चों के लिए", "for my wife", "for the kids", "for my kids", "sambhalun thevla",
        "सांभाळून ठेवलं", "sab rakh diya", "सब रख दिया", "set kar diya", "kept aside", "put aside",
    ),
    # The rope's harmless use denied: "its not for the pandal", "mandap ke liye nahi".
    "fest_farewell_not_for_the": (
        "its not for the", "it's not for the", "it is not for the", "not for the", "ke liye nahi", "के लिए नहीं",
        "sathi nahi", "साठी नाही", "sathi naahi",
    ),
    # The rope itself, or a cord.
    "fest_farewell_rope": ("rope", "ropes", "rassi", "रस्सी", "dori", "डोरी", "दोरी", "nylon rope"),
    # The harmless use named after all: "but for the swing", "balki".
    "fest_farewell_use_after_all": ("but for", "balki", "बल्कि", "it's for", "its for", "it is for"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

FESTIVAL_FAREWELLS: tuple[Combination, ...] = (
    # One's own lamp put out for good; a lamp put out after the puja lasts nothing.
    Combination(S, (_g("fest_farewell_own_lamp"), _g("fest_farewell_put_out"), _g("for_good", "forever")), 8),
    Combination(S, (_g("fest_farewell_self_off"), _g("for_good", "forever")), 5),
    # Take me too, beside not coming back; or into the water with the idol, not coming back.
    # Seen off till next year, or taken to a fair, is an ordinary going.
    Combination(S, (_g("fest_farewell_take_me_too"), _g("exr_not_returning", "for_good", "wont_return")), 14, across=True,
                unless=_g("fest_farewell_till_next_year"), unless_reach=14),
    Combination(S, (_g("fest_farewell_with_the_idol"), _g("fest_farewell_me_too"), _g("exr_not_returning", "for_good", "wont_return")),
                14, across=True, unless=_g("fest_farewell_till_next_year"), unless_reach=14),
    # When the festival ends, I end too.
    Combination(S, (_g("fest_farewell_when_it_ends"), _g("fest_farewell_i_too_end")), 6, order=True,
                unless=_g("fest_farewell_task_finished"), unless_reach=3),
    # This birthday or Diwali wished the last; a last one in a city or a job is a stage ending.
    Combination(S, (_g("fest_farewell_last_occasion"), _g("fest_farewell_let_it_be")), 3,
                unless=_g("fest_farewell_last_of_a_stage"), unless_reach=3),
    # Going to the departed on their anniversary or first festival without them; a grave visited is not.
    Combination(S, (_g("fest_farewell_death_marked"), _g("to_her_side"), _g("fest_farewell_go_to_them")), 18, across=True,
                unless=_g("fest_farewell_visit_place"), unless_reach=6),
    # Jumping into the festival's fire; over it is the rite.
    Combination(S, (_g("fest_farewell_fire"), _g("jump")), 6, unless=_g("fest_farewell_over_it"), unless_reach=3),
    # Oneself as the sacrifice; dreams or sleep given up are no going.
    Combination(S, (_g("fest_farewell_self_sacrifice"),), 0, unless=_g("fest_farewell_things_given_up"), unless_reach=3),
    # Tomorrow's sun better not seen.
    Combination(S, (_g("tomorrow_sun"), _g("fest_farewell_not_see")), 4),
    # A promise not to take one's life that can no longer be kept.
    Combination(S, (_g("fest_farewell_promised_to_live"), _g("fest_farewell_cannot_keep")), 20, across=True),
    # No point being around, not for a meeting or a party.
    Combination(S, (_g("fest_farewell_point_being_around"), _g("negation")), 6,
                unless=_g("fest_farewell_event_attended"), unless_reach=4),
    # A rope bought, its harmless use denied.
    Combination(S, (_g("fest_farewell_rope"), _g("fest_farewell_not_for_the")), 14, across=True,
                unless=_g("fest_farewell_use_after_all"), unless_reach=4),
    # Leaving in peace with the family provided for.
    Combination(S, (_g("fest_farewell_provided_for"), _g("fest_farewell_leave_in_peace")), 20, across=True),
)
