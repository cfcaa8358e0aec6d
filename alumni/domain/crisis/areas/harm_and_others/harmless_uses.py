"""The everyday uses of the overdose and harm-to-others words, removed before the rules
combine concepts ("the joke killed everyone", "shoot a video", "chaku se sabzi kaat",
"college katta", "ek ghot suddha nahi"); called from alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.areas.harm_and_others.chores import CHORES
from alumni.domain.crisis.areas.harm_and_others.nearby_words import before_is, near_raw, next_is
from alumni.domain.crisis.areas.harm_and_others.readings_and_dates import read_readings_and_dates
from alumni.domain.crisis.areas.harm_and_others.supplies_and_pests import read_supplies_and_pests
from alumni.domain.crisis.areas.harm_and_others.threats_in_context import (
    hardship_as_the_cause,
    lesson_by_the_law,
    object_before_a_threat,
    read_by_spelling,
    scolded_over_a_lapse,
)
from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.word_context import HARMLESS_CAUSES, laughing_sentences

_PESTS = frozenset({
    "cockroach", "cockroaches", "rat", "rats", "mice", "mouse", "flies", "fly", "ants", "ant",
    # "ऑफिस में मक्खियां मार रहे हैं": swatting flies, an idle shop (round 39)
    "मक्खियां", "मक्खियाँ", "makkhiyan", "makhiyan", "मक्खी", "makkhi", "makhi",
    "spider", "spiders", "lizard", "chhipkali", "छिपकली", "machhar", "machchar", "macchar", "मच्छर",
    "mosquito", "mosquitoes", "mosquitos", "keede", "kide", "keeda", "कीड़े", "कीड़ा", "chuha", "chuhe",
    "चूहा", "चूहे", "choohe", "chooha", "choohon", "chuhon", "चूहों", "zural", "झुरळ", "dhekun", "ढेकूण", "undir", "उंदीर", "undra", "pests", "pest",
    "weeds", "termites", "bugs", "bug", "germs", "virus", "bacteria", "dimak", "दीमक", "saap", "snake",
    "डास", "daas"})
# "in pubg i killed everyone", "game me sabko maar diya"
_GAMES = frozenset({"game", "games", "gaming", "pubg", "bgmi", "freefire", "fortnite", "valorant", "gta",
                    "cod", "minecraft", "ludo", "chess", "carrom", "level", "round", "kills", "headshot", "enemies",
                    "enemy", "zombies", "zombie", "bots", "noobs", "boss fight",
                    "गेम", "गेममध्ये", "gamemadhe", "console", "playstation", "ps5", "xbox", "squad"})
_PERFORMANCES = frozenset({
    "joke", "jokes", "comedy", "comedian", "punchline", "performance", "show", "speech", "song",
    "dance", "outfit", "look", "standup", "movie", "film", "acting", "set", "meme", "memes", "reel",
    "video", "story", "presentation", "singer", "band", "team", "batsman", "bowler", "dress",
    "smile", "style", "lehenga", "saree"})
_HARMLESS_CAUSES = frozenset({
    "exam", "exams", "paper", "test", "weather", "heat", "humidity", "traffic", "work", "workload",
    "deadline", "deadlines", "commute", "homework", "maths", "math", "syllabus", "feet", "legs",
    "back", "head", "headache", "cramps", "periods", "shoes", "sun", "garmi", "kaam", "padhai",
    "office", "mehengai", "emi", "bill", "bills", "gym", "workout", "leg", "day", "week", "monday",
    "boredom", "suspense", "match", "interview", "shift", "trek", "hike", "climb", "drive"})
_SHOOT_HARMLESS_NEXT = frozenset({
    "a", "an", "the", "video", "videos", "photo", "photos", "pics", "pictures", "film", "scene",
    "scenes", "reel", "reels", "ad", "song", "wedding", "hoops", "pool", "for", "up",
    "down", "out", "off", "shoot", "chal", "ho", "hai", "pe", "par", "ke", "ka", "ki", "पर", "के", "का",
    "on", "at", "day", "schedule", "location"})
_SHOOT_HARMLESS_BEFORE = frozenset({"photo", "video", "film", "wedding", "pre", "prewedding", "ad",
                                    "fashion", "music", "movie", "reel", "the", "a", "our", "my"})
_MESSAGE_WORDS = frozenset({"a", "an", "text", "mail", "email", "message", "msg", "line", "pic",
                            "photo", "note", "call"})
_HARMFUL_AFTER_THE = frozenset({"guy", "man", "woman", "bastard", "dealer", "boss", "neighbour",
                                "neighbor", "landlord"})

# "college katta", "katta var gappa": in Marathi a katta is where friends sit and talk.
_KATTA_HANGOUT = frozenset({"var", "वर", "varti", "वरती", "varun", "वरून", "pe", "par", "madhe",
                            "मध्ये", "gang", "gappa", "गप्पा", "college", "कॉलेज", "marathi", "मराठी",
                            "kavi", "adda", "society", "gaon", "gavacha", "meeting", "group"})
_BEATEN = frozenset({"khaya", "khayi", "khai", "khaayi", "padi", "pada", "padli", "padla",
                     "khalla", "khalli", "खाई", "खाया", "पड़ी", "पडली", "पडला", "खाल्ला"})
_LIKE = frozenset({"jaisa", "jaisi", "jaise", "जैसा", "जैसी", "जैसे", "like", "lagta", "lagti",
                   "lag", "लगता", "लगती", "सारखं", "sarkha", "sarkhi", "sarkhe", "सारखा", "सारखी",
                   "ivy", "pen"})
_SEEMS = frozenset({"लगता", "लगती", "लगते", "lagta", "lagti", "lagte", "वाटतं", "वाटते", "vatta", "vatate", "tastes"})
_ACID_ILLNESS = frozenset({"reflux", "ho", "hota", "hoti", "hoto", "ban", "banta", "banti", "bante",
                           "jhala", "zala", "hotay", "problem", "ki", "ka", "ke", "ची", "की", "का",
                           "बनता", "हो", "होता", "होती", "झाला", "test", "rain", "attack"})
_OVERDOSE_HARMLESS = frozenset({
    "sugar", "sweets", "sweet", "mithai", "मिठाई", "caffeine", "coffee", "chai", "tea", "netflix",
    "tv", "love", "food", "work", "gyaan", "gyan", "ज्ञान", "motivation", "drama", "memes", "cricket",
    "movies", "series", "cuteness", "emotions", "selfies", "chocolate", "chocolates", "mangoes",
    "aam", "happiness", "fun", "pizza", "biryani", "shopping", "sleep", "nostalgia", "vitamin",
    "sun", "sunshine", "nature", "content", "news", "social", "instagram", "reels", "youtube",
    "advice", "pyaar", "प्यार", "masti", "मस्ती", "cake", "ice", "dessert", "desserts", "carbs"})
_PUT_TO_USE = frozenset({
    "coil", "machine", "lagayi", "lagaya", "lagai", "laga", "lagaye", "lagavla", "lavla", "लावलं",
    "लगाया", "लगाई", "chhidka", "chhidki", "chidka", "छिड़का", "छिड़की", "sprayed", "spray", "spraying",
    "fawarni", "फवारणी", "favarni", "phavarni", "favarani", "फवारनी", "chhidkav", "छिड़काव",
    "shetasathi", "शेतासाठी", "daal", "dal", "dali", "daali", "dala", "daala", "डाल", "डाली", "rakhi",
    "rakha", "रखी", "रखा", "thevla", "thevli", "ठेवलं", "bought", "buy", "kharidi", "kharida",
    "खरीदी", "खरीदा", "aanla", "aanli", "आणलं", "cleaned", "cleaning", "mopped", "pocha", "पोछा",
    "saaf", "साफ", "ghasla", "godown", "farm", "field", "khet", "खेत", "crops", "fasal", "फसल",
    "garden", "shop", "dukaan", "dukan", "दुकान", "store", "kept", "stock", "गोदाम", "godam", "lai",
    "laayi", "लाई", "लायी", "आणली"})
_DURATION = frozenset({"din", "दिन", "days", "day", "weeks", "months", "mahine", "महीने", "saal",
                       "साल", "years", "varsh", "वर्ष", "divas", "दिवस", "hours", "ghante", "mg", "ml",
                       "takke", "टक्के", "percent", "marks", "rs", "rupees", "rupaye", "रुपये"})
# "mar hi gaye", "mar bhi gaya": an emphatic word between dying and its "went".
_EMPHATIC = frozenset({"hi", "ही", "bhi", "भी", "to", "तो", "toh"})
_WALA = frozenset({"wala", "wali", "wale", "vala", "vali", "vale", "वाला", "वाली", "वाले"})
_SUDDHA = ("su", "सु")      # सुद्धा "even", not शुद्ध "conscious"
_BHANG = frozenset({"bhang", "bhaang", "भांग", "भाँग"})


# "boss ne khoon pee liya", "साहेबांनी जीव खाल्ला", "dimag kha gaya": pestered, nothing swallowed.
# "hurt her feelings", "hurt their chances": a hurt that lands on no body.
_HURT_SOFTLY = frozenset({"feelings", "feeling", "ego", "pride", "heart", "chances", "career",
                          "sentiments", "bhavna", "भावना", "भावनाओं", "dil", "दिल"})
_PESTERED = frozenset({"khoon", "khun", "खून", "dimag", "dimaag", "दिमाग", "दिमाग़", "bheja", "भेजा",
                       "jeev", "jiv", "जीव", "jaan", "जान", "doka", "dok", "डोकं", "sar", "sir", "सिर",
                       "mind", "brain", "brains", "head", "time"})
_ENGLISH_HEADS = frozenset({"sir", "head", "mind", "brain", "brains", "time"})
_WENT = frozenset({"gy", "gi", "gye", "ge", "gel", "geli", "gele", "gyi", "jung", "jungi", "jyeg", "jyegi",
                   "jeg", "jegi", "jyenge", "jenge", "ju", "jun", "jte", "jti", "jt"})


def remove_harmless_uses(c: Concepts) -> None:
    """Forget the danger words this area's idioms use up; an unclear use is left to alert."""
    words = c.words
    read_by_spelling(c)
    object_before_a_threat(c)
    read_supplies_and_pests(c)
    read_readings_and_dates(c)
    scolded_over_a_lapse(c)
    hardship_as_the_cause(c)
    lesson_by_the_law(c)
    # "phone mar gaya", "बैटरी मर गई": "mar" with "gaya" is dying, never killing.
    for hit in c.of("kill"):
        after = hit.end + 1 if hit.end < len(words) and words[hit.end].raw in _EMPHATIC else hit.end
        if hit.end - hit.start == 1 and after < len(words) and words[after].skeleton in _WENT:
            c.drop("kill", hit.start, hit.end)
    for hit in c.of("hurt"):
        # "would never hurt him", "hurt her feelings": no one is to be harmed.
        if not any(h.start == hit.end for h in c.of("other_target", "third_person")):
            continue
        words_after = {w.raw for w in words[hit.end + 1:hit.end + 3]}
        before = {w.raw for w in words[max(0, hit.start - 2):hit.start]}
        if words_after & _HURT_SOFTLY or "never" in before:
            c.drop("hurt", hit.start, hit.end)
    for hit in c.of("eat", "drank", "drink_verb", "use", "swallow"):
        word_before = words[hit.start - 1].raw if hit.start > 0 else ""
        if word_before in _PESTERED and not c.of("poison", "pills", "sedatives") and not (
                # "its bad sir, drinking every night again" (round 113): English "sir" or
                # "head" before drinking addresses someone or is a new clause; only a Hindi
                # head or blood is eaten or drunk by a pest.
                word_before in _ENGLISH_HEADS and c.of("drank", "drink_verb")):
            for name in ("eat", "drank", "drink_verb", "use", "swallow"):
                c.drop(name, hit.start, hit.end)
    for hit in c.of("kill"):
        first = words[hit.start].raw
        harmless = (
            near_raw(c, hit, _PESTS, 3, 3)
            or near_raw(c, hit, _GAMES, 6, 6)
            # "the joke killed everyone", "her outfit killed"
            or (first in ("killed", "kills", "killing", "slayed", "slays")
                and near_raw(c, hit, _PERFORMANCES, 3, 0))
            # "shoot a video", "photo shoot", "shoot me a text"
            or (first in ("shoot", "shooting", "shoots", "shot") and hit.end - hit.start == 1 and (
                (next_is(c, hit, _SHOOT_HARMLESS_NEXT) and not (
                    hit.end + 1 < len(words) and words[hit.end + 1].raw in _HARMFUL_AFTER_THE))
                or before_is(c, hit, _SHOOT_HARMLESS_BEFORE)
                or (next_is(c, hit, frozenset({"me", "us"})) and hit.end + 1 < len(words)
                    and words[hit.end + 1].raw in _MESSAGE_WORDS)))
            # "goli maaro", forget it; "maar khayi", took a beating
            or (first in ("goli", "गोली") and words[hit.end - 1].raw in ("maaro", "maro", "मारो"))
            or next_is(c, hit, _BEATEN))
        if harmless and not any(h.start < hit.end + 2 and h.end > hit.start - 2
                                for h in c.of("self", "weapon")):
            if near_raw(c, hit, _PESTS | _GAMES, 6, 6):    # "machhar maar raha": nobody dies
                c.drop("die", hit.start, hit.end)
            c.drop("kill", hit.start, hit.end)
            c.drop("me", hit.end, hit.end + 1)
            c.drop("other_target", hit.start - 3, hit.end + 3)
    for hit in c.of("kill"):
        # "the exam will kill us", "this heat is killing me": a hardship, not a person, kills.
        if next_is(c, hit, frozenset({"me", "us", "you", "mujhe", "मुझे", "mala", "मला"})) \
                and near_raw(c, hit, _HARMLESS_CAUSES, 4, 0) and not c.of("weapon"):
            c.drop("kill", hit.start, hit.end)
            c.drop("other_target", hit.end, hit.end + 1)
            c.drop("me", hit.end, hit.end + 1)
    for hit in c.of("murder"):
        # "that exam MURDERED me", "this weather's murderin me": the writer is alive.
        if next_is(c, hit, frozenset({"me", "us"})) and (
                words[hit.start].raw in ("murdered", "murdering", "murderin", "murders")
                or near_raw(c, hit, _HARMLESS_CAUSES, 4, 0)):
            c.drop("murder", hit.start, hit.end)
        # "lawyer ने fees से murder कर दिया" (round 36): murdered "by" a hardship, the fees.
        elif hit.start >= 2 and words[hit.start - 1].raw in ("se", "से") \
                and words[hit.start - 2].raw in HARMLESS_CAUSES | _HARMLESS_CAUSES and not c.of("weapon"):
            c.drop("murder", hit.start, hit.end)
    for hit in c.of("weapon"):
        raw = words[hit.start].raw
        if near_raw(c, hit, CHORES, 5, 5) and not c.of("maim", "kill", "murder"):
            c.drop("weapon", hit.start, hit.end)
        elif raw in ("गुण", "gunn") or (raw == "gun" and (
                hit.start > 0 and (words[hit.start - 1].raw.isdigit() or c.of("count", "few_count")))):
            c.drop("weapon", hit.start, hit.end)     # गुण: marks in an exam
        elif raw in ("katta", "कट्टा") and not before_is(c, hit, frozenset({"desi", "देसी"})) and (
                next_is(c, hit, _KATTA_HANGOUT) or before_is(c, hit, _KATTA_HANGOUT)):
            c.drop("weapon", hit.start, hit.end)
    # "phone tod dunga", "TV phod diya": a thing is broken, not a person.
    for hit in c.of("violence"):
        if any(-2 <= hit.start - h.end <= 0 or 0 <= h.start - hit.end <= 1 for h in c.of("device")):
            c.drop("violence", hit.start, hit.end)
    for hit in c.of("poison"):
        raw = words[hit.start].raw
        # "jeb me zeher khane ke bhi paise nahi 😂" (round 42): too poor even to buy poison, a
        # figure of poverty.
        if [t.raw for t in words[hit.end + 1:hit.end + 4]] in (["ke", "bhi", "paise"], ["के", "भी", "पैसे"]):
            c.drop("poison", hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end + 5)
            continue
        if before_is(c, hit, frozenset({"food", "अन्न", "anna", "blood"})) \
                or next_is(c, hit, _LIKE) \
                or (raw in ("acid", "ऍसिड", "एसिड", "ॲसिड") and (
                    next_is(c, hit, _ACID_ILLNESS) or raw.startswith("acidit"))):
            c.drop("poison", hit.start, hit.end)
            # "करेला ज़हर जैसा लगता है ... खा लिया", a taste: nor the evidence's poison ("zeher jaisa
            # kuch pi liya" is something drunk, and stays)
            if hit.end + 1 < len(words) and words[hit.end].raw in _LIKE and words[hit.end + 1].raw in _SEEMS:
                c.add("unmeant", hit.start, hit.end)
    # "mosquito liquid lagaya", "keetnashak chhidka": a household poison put to its use.
    taken = c.of("eat", "drank", "drink_verb", "swallow")
    # "kept it, not sure when" leaves only the day open: that is no errand either.
    # "not for the godown, for myself", "kept aside", "समोर ठेवली": the poison is the writer's own.
    # A poison kept "for tonight" is meant too (round 15), unless a place with pests is named
    # ("kitchen mein chuhe maarne ki dawai rakhi hai, aaj raat lagayenge").
    # A poison to be mixed into the writer's own cup ("mixing it in my chai") is meant too.
    meant = c.of("self", "die", "suicide", "end", "jaan", "kill", "when_unsure", "for_myself", "set_aside",
                 "into_my_cup", "pest_place_denied", "is_for_me", "pm_for_me", "pm_mixed", "pm_in_my_hand",
                 "pn_on_tongue", "pn_stolen",
                 # someone sitting with it behind a shut door (round 73: "गोदाम में चूहे की दवा लेकर बैठे हैं,
                 # दरवाजा नहीं खोल रहे")
                 "gk_held_by_him", "gk_shut_or_silent",
                 # or mixed in water with the glass before the writer (round 75)
                 "gk_glass_of_water", "bf_mixed_in_water", "bf_glass_before_me") or (
        c.of("tonight") and not c.of("pest_place")) or any(
        words[h.start].raw not in _WALA and not near_raw(c, h, _PUT_TO_USE, 0, 3) and not _spraying_to_do(c, h)
        for h in c.of("want")) or _before_me(c)    # "need to buy pesticide" wants the errand done
    hidden = c.of("hidden")     # "kept hidden in his cupboard" is no errand
    for hit in c.of("poison", "cleaner"):
        if not taken and not meant and not hidden and near_raw(c, hit, _PUT_TO_USE, 6, 6):
            c.drop(hit.concept, hit.start, hit.end)
    # "a strip of crocin from the chemist": one strip is a unit, not a heap, until taken.
    for hit in c.of("quantity"):
        if not taken and before_is(c, hit, frozenset({"a", "ek", "one", "1", "एक"})):
            c.drop("quantity", hit.start, hit.end)
    # "90 days clean", "30 din se": a count of days is not a count of pills.
    for hit in c.of("count", "few_count"):
        if hit.end < len(words) and c.words[hit.end].raw in _DURATION:
            c.drop(hit.concept, hit.start, hit.end)
    # "lol i'm dead 😂": laughing, with no wish to die beside it.
    pronouns = {h.start for h in c.of("first_person")}     # "i'm" is read as a will too
    if c.of("laugh") and not c.of("self", "suicide") and all(h.start in pronouns for h in c.of("want")):
        for hit in c.of("die"):
            if words[hit.start].raw in ("dead", "ded", "dying", "died", "deadd", "ded.") \
                    and words[hit.start].sentence in laughing_sentences(c):
                c.drop("die", hit.start, hit.end)
    for hit in c.of("overdose"):
        if near_raw(c, hit, _OVERDOSE_HARMLESS, 2, 3):
            c.drop("overdose", hit.start, hit.end)
    for hit in c.of("unconscious"):
        if words[hit.start].raw.startswith(_SUDDHA):
            c.drop("unconscious", hit.start, hit.end)
    for hit in c.of("pills"):        # दहावी (tenth class) and दवाई share a skeleton
        if words[hit.start].raw in ("dahavi", "dahavee", "दहावी", "dahavit", "दहावीत"):
            c.drop("pills", hit.start, hit.end)
    # "khet me dawai chhidki", "पिकावर औषध फवारलं": medicine sprayed on a crop is for the pests.
    for hit in c.of("pills"):
        if near_raw(c, hit, _SPRAYED, 3, 3) or any(w.raw.startswith(_SPRAY_STEMS)
                                                   for w in words[max(0, hit.start - 3):hit.end + 3]):
            c.drop("pills", hit.start, hit.end)
    for hit in c.of("bang"):        # भांग is cannabis, not banging one's head
        if words[hit.start].raw in _BHANG:
            c.drop("bang", hit.start, hit.end)
    for hit in c.of("quantity"):
        # "took all my meds on time": a routine, not a heap
        if c.of("routine") and not c.of("count", "sleep", "overdose", "poison"):
            c.drop("quantity", hit.start, hit.end)


_SPRAYED = frozenset({"spray", "sprayed", "spraying", "फवारणी", "favarni", "phavarni", "fawarni"})
_SPRAY_STEMS = ("chhidak", "chhidk", "chidak", "chidk", "छिड़क", "छिडक", "फवार", "favar", "phavar", "fawar")


def _spraying_to_do(c: Concepts, will: Hit) -> bool:
    """"ratri favarni karnar", "kal chhidkav karunga": the will is the spraying's (its verbal
    noun just before), an errand on the crops."""
    return will.start > 0 and c.words[will.start - 1].raw.startswith(_SPRAY_STEMS)


_MINE = frozenset({"me", "mere", "मेरे", "meri", "मेरी", "mazya", "majhya", "माझ्या", "my", "mi", "मी"})


def _before_me(c: Concepts) -> bool:
    """"the pesticide bottle next to me", "मेरे सामने शीशी रखी है": the poison is set before the
    writer, not put to its use."""
    words = c.words
    return any(words[i].raw in _MINE for h in c.of("at_hand")
               for i in range(max(0, h.start - 1), h.end))
