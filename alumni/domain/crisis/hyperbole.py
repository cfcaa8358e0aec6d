"""Hyperbole removed before the rules combine concepts: dying and killing as a way of saying
tired, busy, in trouble or in love ("im so dead", "class ne maar hi dala", "mom's gonna kill
me if"). A method, a wish of one's own or a farewell still alerts. Dying of love, of laughter,
of a feast and of a student's prep is fond_dying.py's."""
from __future__ import annotations

from alumni.domain.crisis.bitter_medicine import forget_bitter_medicine
from alumni.domain.crisis.calm_errands import FARM_ANIMALS
from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.life_for_a_dish import DISHES
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.word_context import (
    HARMLESS_CAUSES,
    SO_OR_LIKE,
    SOMEONES,
    TRIVIAL_AFTER,
    followed_by,
    laughing_near,
    next_word_in,
    preceded_by,
    sentence_words_before,
    sentences_around,
    word_before_in,
)

SO_MUCH = frozenset({"itna", "itni", "itne", "इतना", "इतनी", "इतने", "etna", "itka", "itki", "इतका",
                      "इतकी", "evdha", "evdhi", "एवढा", "एवढी", "एवढं", "evdh", "so", "too", "kitna",
                      "कितना", "kitni", "कितनी", "bahut", "बहुत", "khup", "खूप"})
_EMPHATIC_HI = frozenset({"hi", "ही", "hee"})
_KILLED_AUX = frozenset({"dala", "daala", "dalega", "dalegi", "daalega", "daalegi", "diya", "dia",
                         "डाला", "डालेगा", "डालेगी", "दिया", "takla", "टाकलं", "टाकला", "takl", "dalenge",
                         "daalenge", "डालेंगे", "daalta", "dalta", "डालता", "takel", "टाकेल"})
# "maar ke hi chhodega": will not let go until it has killed me.
_UNTIL = frozenset({"ke", "kar", "karke", "के", "कर", "करके"})
# A show or a class that drags on: "ye serial wale maar hi dalenge".
_DRAGGING = frozenset({"serial", "serials", "सीरियल", "series", "सीरीज़", "movie", "film", "फिल्म", "lecture",
                       "lectures", "class", "meeting", "meetings", "मीटिंग", "लेक्चर", "क्लास"})
# Food that one would die for, with relish.
FOOD = ("khana", "khaana", "खाना", "paratha", "parath", "परांठ", "पराठ", "biryani", "बिरयानी", "halwa", "हलवा",
         "kheer", "खीर", "ladoo", "laddu", "लड्डू", "modak", "मोदक", "puran", "पुरण", "mithai", "मिठाई",
         "jalebi", "जलेबी", "samosa", "समोसा", "chole", "छोले", "rajma", "राजमा", "pizza", "cake", "food",
         "gajar", "गाजर", "saag", "साग", "makki", "मक्की", "dosa", "डोसा", "vada", "वडा", "bhaji", "भाजी",
         # round 14: the Marathi kitchen and the street's snacks ("पिठल्यासाठी", "misalsathi")
         "pithl", "पिठल", "bhakri", "भाकर", "misal", "मिसळ", "pohe", "पोहे", "thalipeeth", "थालीपीठ", "zunka",
         "झुणका", "usal", "उसळ", "bharit", "भरीत", "amras", "आमरस", "shrikhand", "श्रीखंड", "jevan", "jevna",
         "जेवण", "kachori", "कचौरी", "chaat", "चाट", "golgappe", "गोलगप्पे", "panipuri", "momos", "मोमोज",
         "rasgull", "रसगुल्ल", "kulfi", "कुल्फी", "rabdi", "रबड़ी", "mutton", "मटण", "chicken", "चिकन")
_RELISH = frozenset({"yum", "yummy", "tasty", "swaad", "swad", "स्वाद", "lajawab", "लाजवाब", "delicious"})
_A_DOER = frozenset({"ne", "ने", "nay"})
_SPARE = ("sod", "chhod", "chod", "छोड़", "छोड", "सोड", "chhad", "छड्ड")     # Punjabi "chhadega"
_FOR_A_THING = frozenset({"pe", "par", "पे", "पर", "var", "वर"})
# Between the thing and the life given for it, only a particle or a "my" ("is gaane pe toh jaan
# de du"); "Ramkund var बसलाय, बोलतोय जीव देईन" sits at the place and says he will die (round 30).
_PARTICLES = frozenset({"toh", "to", "तो", "तर", "tar", "pan", "पण", "bhi", "भी", "mi", "मी", "main", "मैं", "meri",
                        "मेरी", "apni", "अपनी", "maza", "majha", "माझा", "mazha", "maja", "hi", "ही"})


# "ये Pune की rain तो जान निकाल देगी", "garmi jaan nikal rahi hai" (round 30): the weather or the
# work drawing the life out, its subject a few words before.
_DRAWN_OUT = ("nikal", "निकाल", "निकल", "kadh", "काढ")


def _life_drawn_out_by_a_cause(words: list[Token], hit: Hit) -> bool:
    if hit.end >= len(words) or not words[hit.end].raw.startswith(_DRAWN_OUT):
        return False
    sentence = words[hit.start].sentence
    return any(t.raw in HARMLESS_CAUSES and t.sentence == sentence for t in words[max(0, hit.start - 5):hit.start])


def _given_for_a_thing(words: list[Token], start: int) -> bool:
    i = start - 1
    while i >= max(0, start - 3) and words[i].raw in _PARTICLES:
        i -= 1
    return i >= max(0, start - 3) and words[i].raw in _FOR_A_THING
_FOOTWEAR = frozenset({"joota", "juta", "jootha", "जूता", "जूते", "chappal", "चप्पल", "shoe", "shoes",
                       "sandal", "sandals", "boot", "boots", "बूट", "sandle", "chapla", "चपला"})
_FOOD_CUT = frozenset({"sabzi", "sabji", "सब्जी", "सब्ज़ी", "bhaji", "भाजी", "pyaz", "pyaaz", "प्याज",
                       "kanda", "कांदा", "onion", "onions", "vegetables", "veggies", "vegetable", "fruit",
                       "fruits", "phal", "फल", "aloo", "आलू", "tamatar", "टमाटर", "tomato", "tomatoes",
                       "cake", "bread", "nimbu", "नींबू", "kakdi", "काकडी", "cucumber", "apple", "mango",
                       "aam", "chicken", "meat", "mutton", "salad", "paneer", "पनीर", "gajar", "गाजर"})
_BY_ACCIDENT = frozenset({"gaya", "gayi", "gaye", "gya", "gyi", "गया", "गई", "गए", "gela", "geli", "gele",
                          "गेला", "गेली"})
_MEANS_IS = frozenset({"म्हणजे", "mhanje", "mhanaje", "mhnje", "matlab", "मतलब"})
_LIFE_WORDS = ("आयुष्य", "aayushya", "ayushya", "jeevan", "जीवन", "jagna", "जगणं", "zindagi", "जिंदगी", "life")
_TO_DO_ENDINGS = ("ायला", "यला", "ayla", "aayla", "ane ko", "ने को")
_LEFT = frozenset({"बाकी", "baki", "baaki"})
_IS_HI_MR = frozenset({"is", "hai", "है", "ahe", "aahe", "आहे", "tha", "thi", "था", "थी", "hota", "hoti", "होता", "होती"})
_PESTS = frozenset({"rats", "rat", "mice", "chuhe", "chuha", "choohe", "chooha", "चूहे", "चूहा", "undir", "उंदीर", "undra",
                    "cockroaches", "keede", "kide", "झुरळ"})
_RUINED = frozenset({"career", "political", "social", "professional", "financial", "commercial", "fashion",
                     "electoral", "brand", "tactical", "corporate", "carrier", "academic"})
_SHOULD_NOT = frozenset({"naye", "नये", "nako", "नको"})
_PAST_CONTRAST = frozenset({"lekin", "लेकिन", "but", "pan", "पण", "par", "magar", "मगर", "tari", "तरी"})


# A wish in so many words, the self as the object, or a means (a height, a vehicle, poison,
# pills, a rope) keeps every word alerting: "exam ke pressure se mar jaunga" with no laugh,
# "मी मरतो आज", "मी जीव देईन" still alert.
MEANS = ("vehicle", "height", "poison", "pills", "hanging", "rail_line", "weapon", "means", "overdose",
         "suicide", "self_harm")


def remove_hyperbole(c: Concepts) -> None:
    """"im so dead", "slept like a dead man", "इतना काम है कि मर जाऊंगा", "class ne maar hi
    dala", "mom's gonna kill me if", "is gaane pe jaan de du": dying and killing as a way of
    saying tired, busy, in trouble or in love. A method, a wish of one's own or a farewell
    still alerts (the rules read those from other words)."""
    words = c.words
    for hit in c.of("die", "kill"):
        raw = words[hit.start].raw
        before = sentence_words_before(words, hit, 5)
        caused = any(w.raw in HARMLESS_CAUSES for w in before)
        hyperbole = (
            # "so dead", "like a dead man", "literally dying"
            (raw.startswith(("dead", "ded", "dying", "dyin")) and (
                word_before_in(words, hit, SO_OR_LIKE, 1) or laughing_near(c, hit, 5)))
            # "इतना काम है कि मर जाऊंगा": so much work that I'll die
            or (caused and any(w.raw in SO_MUCH for w in before))
            # "this new job is slowly killing me", "the wedding prep is killing everyone": a
            # chore or a season as the subject of "is killing", in the present, wears one out
            or _a_chore_is_killing(words, hit)
            # "class ne to maar hi dala": a doer killed me, emphatically
            or (hit.end + 1 < len(words) and words[hit.end].raw in _EMPHATIC_HI
                and words[hit.end + 1].raw in _KILLED_AUX
                and any(w.raw in _A_DOER for w in sentence_words_before(words, hit, 6)))
            # "kaam maar ke hi chhodega", "serial wale maar hi dalenge", "kaam de de ke maar daala":
            # work or a show that drags on, doing the killing
            or (_wearying_agent(words, hit) and _killing_done_to_me(words, hit))
            # "maa ke haath ka khana, mar jaun 😋": dying for a dish, with relish
            or _for_a_dish(words, hit)
            # "mom's gonna kill me, forgot the milk", "boss will kill me if"
            or (followed_by(c, hit, "me") and any(w.raw in TRIVIAL_AFTER for w in words[hit.end + 1:hit.end + 4])
                and (preceded_by(c, hit, "relation", "bystander", "third_person", gap=3)
                     or word_before_in(words, hit, SOMEONES, 3))))
        if hyperbole and not followed_by(c, hit, "self", gap=1) and not wished_really(words, hit):
            for name in ("die", "kill", "me", "copula"):
                for h in c.of(name):
                    if hit.start <= h.start <= hit.end + 1 and h.end <= hit.end + 2:
                        c.drop(name, h.start, h.end)
            c.drop("want", hit.start, hit.end)     # "मारणार": the will fused in the same word
    # "career suicide", "political suicide": a move that ruins a career, not a death.
    for hit in c.of("suicide"):
        if hit.start >= 1 and words[hit.start - 1].raw in _RUINED and hit.end - hit.start == 1:
            c.drop("suicide", hit.start, hit.end)
    for hit in c.of("murder"):
        if followed_by(c, hit, "me") and any(w.raw in TRIVIAL_AFTER for w in words[hit.end + 1:hit.end + 4]):
            c.drop("murder", hit.start, hit.end)
    # "baba mla jivant sodnar nahit": someone will not spare me, over a dented bike.
    for hit in c.of("live"):
        if hit.end < len(words) and words[hit.end].raw.startswith(_SPARE) and preceded_by(c, hit, "me", gap=1):
            c.drop("live", hit.start, hit.end)
    # "is gaane pe toh jaan de du": giving one's life for a song is love; for a dish, with
    # relish, is hunger ("तुझ्या हातच्या पिठल्यासाठी जीव देईन 😋", round 14).
    for hit in c.of("jaan"):
        if _life_drawn_out_by_a_cause(words, hit) and not c.of("self", "want"):
            c.drop("jaan", hit.start, hit.end)
            continue
        if (_given_for_a_thing(words, hit.start) or _for_a_dish(words, hit)) \
                and not c.of("vehicle", "height", "poison"):
            c.drop("jaan", hit.start, hit.end)
    # "naya joota kaat raha hai", "sabzi kaat rahi thi": a shoe bites, vegetables are cut.
    kitchen = set()
    for hit in c.of("cut", "wound"):
        if hit.start >= 1 and (words[hit.start - 1].raw in _FOOTWEAR or words[hit.start - 1].raw in _FOOD_CUT):
            c.drop(hit.concept, hit.start, hit.end)
            kitchen.add(words[hit.start].sentence)
    # "... aur haath kat gaya": cutting vegetables, the hand got cut by accident.
    for hit in c.of("cut", "wound"):
        if words[hit.start].sentence in kitchen and next_word_in(words, hit, _BY_ACCIDENT):
            c.drop(hit.concept, hit.start, hit.end)
    # "या वासराला मी मारूनच टाकतो, सगळं दूध पिऊन गेलं 😂" (round 33, dairy farmers): an animal
    # killed, or an animal that "will take my life", said with a laugh.
    if c.of("laugh") and not c.of(*MEANS):
        for hit in c.of("die", "kill", "jaan"):
            if any(w.raw.startswith(FARM_ANIMALS) for w in sentence_words_before(words, hit, 3)):
                for name in ("die", "kill", "jaan", "want", "take_mine"):
                    c.drop(name, hit.start, hit.end + 2)
    # Round 35: "हा वर्कआउट म्हणजे मरण आहे", "ha leg day mhanje maran ahe bhau": a thing that "is death";
    # "Diwali ला गावी जायला dying आहे": dying to do something; "भाव ऐकून मरायचीच बाकी होते": only dying
    # was left. Life as the thing ("हे आयुष्य म्हणजे मरण") keeps its reading.
    for hit in c.of("die", "kill", "murder"):
        raw = words[hit.start].raw
        typed_before = [w.raw for w in sentence_words_before(words, hit, 2)]
        after = words[hit.end].raw if hit.end < len(words) else ""
        is_death = any(b in _MEANS_IS for b in typed_before) and not any(
            w.raw.startswith(_LIFE_WORDS) for w in words if w.sentence == words[hit.start].sentence)
        dying_to = raw.startswith(("dying", "dyin")) and bool(typed_before) \
            and typed_before[-1].endswith(_TO_DO_ENDINGS)
        only_left = raw.startswith(("मरायच", "marayach", "maraych")) and after in _LEFT
        if is_death or dying_to or only_left:
            for name in ("die", "kill", "murder", "copula"):
                c.drop(name, hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)
    # "bhabhi ki chai to zeher hai zeher" (round 33): a dish or a drink that "is poison" is
    # a bad one; a poison drunk with it ("chai me zeher mila ke") has no "hai" right after.
    for hit in c.of("poison"):
        dish_before = any(w.raw in DISHES for w in sentence_words_before(words, hit, 2))
        after = words[hit.end].raw if hit.end < len(words) else ""
        if dish_before and after in _IS_HI_MR:
            c.drop("poison", hit.start, hit.end)
            c.drop("poison", hit.end + 1, hit.end + 2)     # "zeher hai zeher"
            c.add("unmeant", hit.start, min(hit.end + 2, len(words)))     # nor the evidence's poison
    forget_bitter_medicine(c)      # a bitter medicine "like poison", taken
    # "rats ate half the rice", "gurankade jau naye": pests eat, cattle should not go there.
    for hit in c.of("eat", "take_any"):
        if hit.start >= 1 and words[hit.start - 1].raw in _PESTS:
            c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("want"):
        if hit.end < len(words) and words[hit.end].raw in _SHOULD_NOT:
            c.drop("want", hit.start, hit.end)
    # "bhay" (fear) and "by" share a skeleton.
    for hit in c.of("fear", "trigger_feeling"):
        if words[hit.start].raw in ("by", "bye"):
            c.drop(hit.concept, hit.start, hit.end)


def _wearying_agent(words: list[Token], hit: Hit) -> bool:
    before = sentence_words_before(words, hit, 6)
    return any(w.raw in HARMLESS_CAUSES or w.raw in _DRAGGING for w in before)


def _killing_done_to_me(words: list[Token], hit: Hit) -> bool:
    """"maar daala", "maar hi dalenge", "maar ke hi chhodega": killing as an auxiliary phrase."""
    after = [w.raw for w in words[hit.end:hit.end + 3] if w.sentence == words[hit.start].sentence]
    rest = [w for w in after if w not in _EMPHATIC_HI]
    return bool(rest) and (rest[0] in _KILLED_AUX or (
        rest[0] in _UNTIL and len(rest) > 1 and rest[1].startswith(_SPARE)))


def _for_a_dish(words: list[Token], hit: Hit) -> bool:
    sentence = sentences_around(words, hit, 1)
    return any(w.raw in _RELISH for w in sentence) and any(w.raw.startswith(FOOD) for w in sentence)


def wished_really(words: list[Token], hit: Hit) -> bool:
    """"want to die", "wish i was dead": an explicit wish, not a fused future."""
    return any(w.raw in ("want", "wanna", "wish", "chahta", "chahti", "चाहता", "चाहती", "icchha", "इच्छा")
               for w in words[max(0, hit.start - 3):hit.end + 2])


# What wears people out, as the subject of "is killing": the job, the prep, the commute.
_WEARING = HARMLESS_CAUSES | frozenset({
    "prep", "preparation", "preparations", "wedding", "shaadi", "shifts", "shift", "commute", "rent",
    "emi", "emis", "schedule", "course", "project", "meetings", "meeting", "noise", "diet", "kids",
    "semester", "boss", "manager", "training", "humidity", "travel", "stairs", "knee", "knees",
    "back", "renovation", "shifting", "packing", "exams", "syllabus", "overtime", "hours",
    # what a case and a household cost (round 23): "the lawyer's fees are killing us"
    "fees", "fee", "bills", "bill", "prices", "dates", "hearings", "loan", "loans", "interest", "debt",
    "inflation", "petrol", "fuel", "tuition", "installments", "instalments"})
_IS = frozenset({"is", "are", "'s", "was", "were", "been", "its", "it's", "isn't"})
_ADVERBS = frozenset({"slowly", "literally", "really", "actually", "also", "just", "seriously", "honestly",
                      "lowkey", "totally", "basically", "still", "kinda"})


def _a_chore_is_killing(words: list[Token], hit: Hit) -> bool:
    # "jail food used to kill me" (round 30): what wore one out, in the past.
    if words[hit.start].raw == "kill" and hit.start >= 3 and words[hit.start - 1].raw == "to" \
            and words[hit.start - 2].raw == "used" and words[hit.start - 3].raw in _WEARING | {"food", "khana"}:
        return True
    if not words[hit.start].raw.startswith(("killing", "kiling")):
        return False
    i = hit.start - 1
    while i >= 0 and words[i].raw in _ADVERBS:
        i -= 1
    if i < 1 or words[i].raw not in _IS or words[i].sentence != words[hit.start].sentence:
        return False
    return words[i - 1].raw in _WEARING


# Round 15: the dying of love, of laughter, of a feast and of a student's prep.
#
# - "mar mitna" is devotion ("uski smile pe mar mita", "desh ke liye mar mitenge"), never
#   one's death;
# - "त्या गाण्यावर तर मी मरतो", "tichya smile var mi fida, marto": dying on ("var", "pe") a song,
#   a smile, a dish, in the present of a habit, is being smitten; so is one's life given for
#   ("साठी", "ke liye") a dish ("बिर्याणीसाठी मी जीव पण देईन");
# - "hans hans ke mar gaya", "हसून हसून मेलो": laughing as the manner of the dying;
# - "itna khilaya ki pet phat ke mar jaunga": fed so much;
# - "jee prep se mar jaunga lol", "जेईई की तैयारी से मर जाऊंगा लोल": the prep or the exam as the
#   cause ("se", "ने"), with a laugh.
