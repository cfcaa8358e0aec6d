"""Everyday idioms that borrow a danger word, removed before the rules combine concepts:

- a bitter pill to swallow ("kadvi goli", "कडू गोळी"): news one has to accept;
- drinking in the view, the sunset, the moment: taking in a sight;
- dead on one's feet: tired; "I'm dead 💀 that meme": laughing;
- binged a series: watched it all;
- goosebumps ("अंगावर काटा आला", "रोंगटे खड़े"): a shiver, not a thorn or a cut;
- a farewell party, a colleague's farewell: an event (the writer's own farewell stays);
- year end, quarter end: the books closing, not an end, and not a quarter bottle; a quarter
  of the firm's year told with work ("killing it this quarter, got a bonus");
- a whole day spoilt ("pura din barbaad"): not a clean count thrown away;
- a phone at 2% about to die: a battery;
- "still alive, no need to call": a reassurance;
- round 15: "maarna" as a light verb (spraying the crop, calling out, smoking "maal") and a
  course about to end ("coaching khatam hone wala hai").

Called from alumni.domain.crisis.idioms. A wish of one's own, the self, a method or a
substance beside the word keeps it alerting.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts, Hit
from alumni.domain.crisis.spelling import Token, skeleton
from alumni.domain.crisis.word_context import next_word_in, sentences_around, word_before_in

_GRAVE = ("suicide", "self", "self_harm", "weapon", "poison", "hanging", "overdose")
_WISHES = frozenset({"want", "wanna", "wish", "chahta", "chahti", "चाहता", "चाहती", "icchha", "इच्छा"})


def _sentence_of(words: list[Token], hit: Hit) -> list[Token]:
    return [t for t in words if t.sentence == words[hit.start].sentence]


def _wish_in(words: list[Token]) -> bool:
    return any(t.raw in _WISHES for t in words)


# "kadvi goli", "bitter pill", "कडू गोळी": something one has to accept.
_BITTER = frozenset({"bitter", "kadvi", "kadwi", "kadavi", "कड़वी", "कडवी", "kadu", "कडू", "karvi"})
_SWALLOWING = ("eat", "swallow", "pill_use", "quantity", "again_strict")


def _bitter_pill(c: Concepts) -> None:
    words = c.words
    for pill in c.of("pills", "pill_count"):
        if not word_before_in(words, pill, _BITTER):
            continue
        clause = words[pill.start].clause
        end = pill.end
        while end < len(words) and words[end].clause == clause:
            end += 1
        for name in ("pills", "pill_count", "sedatives"):
            c.drop(name, pill.start, pill.end)
        for name in _SWALLOWING:
            c.drop(name, pill.end, min(end, pill.end + 4))


# "drinking in the view", "drank in the sunset": taking in a sight.
_SIGHTS = frozenset({"view", "views", "scenery", "sight", "sights", "beauty", "sunset", "sunrise", "moment",
                     "atmosphere", "vibe", "vibes", "silence", "air", "breeze", "calm", "landscape", "greenery",
                     "rain", "monsoon", "mountains", "sea", "waves", "stars", "colours", "colors"})


def _drinking_in_a_sight(c: Concepts) -> None:
    words = c.words
    for hit in c.of("drank", "drink_verb"):
        if words[hit.start].raw.startswith(("drink", "drank")) and next_word_in(words, hit, frozenset({"in"})) \
                and any(t.raw in _SIGHTS for t in words[hit.end + 1:hit.end + 5]):
            for name in ("drank", "drink_verb", "eat", "use", "drank_bare"):
                c.drop(name, hit.start, hit.end)


# "dead on my feet": tired.
_FEET = frozenset({"feet", "foot", "legs"})


def _dead_on_ones_feet(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die"):
        after = [t.raw for t in words[hit.end:hit.end + 3]]
        if words[hit.start].raw == "dead" and after[:1] == ["on"] and _FEET.intersection(after[1:]):
            c.drop("die", hit.start, hit.end)
            c.drop("want", max(0, hit.start - 2), hit.start)     # "I'm", "I am"


# "I'm dead 💀 that meme", "dying 😂 this reel": laughing at something funny.
_FUNNY = frozenset({"meme", "memes", "joke", "jokes", "reel", "reels", "video", "videos", "clip", "post",
                    "comment", "comments", "tweet", "standup", "stand-up", "roast", "pic", "caption", "sketch"})
_SKULL = frozenset({"skull"})


def _laughing_dead(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die"):
        sentence = _sentence_of(words, hit)
        if words[hit.start].raw not in ("dead", "ded", "dying", "dyin") or _wish_in(sentence):
            continue
        laughs = [i for i in range(hit.end, min(len(words), hit.end + 3))
                  if words[i].raw in _SKULL or words[i].raw == "lol"]
        if laughs and any(t.raw in _FUNNY for t in sentence):
            c.drop("die", hit.start, max(laughs) + 1)      # the skulls are "die" too
            c.drop("want", max(0, hit.start - 2), hit.start)


# Round 15: "i'm dead 😭 prof called me 'beta' on the zoom call with 200 ppl": dead of
# embarrassment, a bare "dead" and the scene of it before an audience (a call, the class, a
# crowd "in front of" whom). "dead inside", a wish, or "i'm dead" with no such scene still alert.
_CROWD = frozenset({"ppl", "people", "log", "लोग", "students", "kids"})
_WHOLE = frozenset({"whole", "entire", "poori", "puri", "पूरी", "saari", "sari", "सारी"})
_GATHERED = frozenset({"class", "office", "school", "college", "family", "group", "team", "department", "batch"})
_BEFORE_THEM = frozenset({"infront", "saamne", "samne", "सामने", "samor", "समोर", "sabke", "सबके", "saglyansamor",
                          "सगळ्यांसमोर"})
_ON_A_CALL = frozenset({"zoom", "meet", "teams", "call", "stage", "mic"})
_STILL_DEAD = frozenset({"inside", "already", "soon", "tonight", "anyway", "to", "by"})


def _dead_of_embarrassment(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die"):
        if words[hit.start].raw not in ("dead", "ded") or hit.start == 0 \
                or words[hit.start - 1].raw not in ("i'm", "im", "am"):
            continue
        if hit.end < len(words) and words[hit.end].raw in _STILL_DEAD:
            continue
        scene = _sentence_of(words, hit)      # the scene told in the same breath
        if _wish_in(scene):
            continue
        if any(_a_scene(scene, k) for k in range(len(scene))):
            c.drop("die", hit.start, hit.end)
            c.drop("want", hit.start - 1, hit.start)


def _a_scene(words: list[Token], k: int) -> bool:
    """"with 200 ppl", "the whole class", "in front of", "sabke saamne", "on the zoom call"."""
    raw, before = words[k].raw, words[k - 1].raw if k > 0 else ""
    return (raw in _CROWD and before.isdigit()) or (raw in _GATHERED and before in _WHOLE) \
        or raw in _BEFORE_THEM or (raw == "front" and k + 1 < len(words) and words[k + 1].raw == "of") \
        or (raw in _ON_A_CALL and before in ("on", "the", "a"))


# "binged the whole series": a show watched, not a binge.
_SHOWS = frozenset({"series", "show", "shows", "season", "seasons", "episode", "episodes", "netflix", "prime",
                    "hotstar", "serial", "anime", "drama", "kdrama", "movies", "films", "webseries", "सीरीज़",
                    "सीरियल", "मालिका"})


def _binged_a_show(c: Concepts) -> None:
    words = c.words
    for hit in c.of("relapse"):
        if not words[hit.start].raw.startswith("binge"):
            continue
        around = sentences_around(words, hit, 1)
        if any(t.raw in _SHOWS for t in around) and not any(
                words[h.start] in around for h in c.of(*SUBSTANCE_CONCEPTS)):
            c.drop("relapse", hit.start, hit.end)


# "अंगावर काटा आला" (Marathi), "angavar kata ala": goosebumps.
_ON_THE_BODY = frozenset({"अंगावर", "angavar", "angavr", "angaavar"})
_THORN = ("cut", "wound", "weapon", "take_any", "talk_of", "cut_site")


def _goosebumps(c: Concepts) -> None:
    words = c.words
    for i, token in enumerate(words[:-1]):
        if token.raw in _ON_THE_BODY and skeleton(words[i + 1].raw) == "kt":
            for name in _THORN:
                c.drop(name, i, i + 2)


# "farewell party", "दोस्त के farewell में", "boss cha farewell la": an event.
_EVENT = frozenset({"party", "function", "dinner", "lunch", "bash", "ceremony", "event", "program", "programme",
                    "speech", "gift", "cake", "photo", "photos", "में", "mein", "me", "la", "ला", "madhe", "मध्ये",
                    "pe", "पे", "par", "पर", "at", "sathi", "साठी", "ke", "ki", "ka", "के", "की", "का", "with"})
_OF_SOMEONE = frozenset({"ke", "ki", "ka", "के", "की", "का", "cha", "chi", "chya", "चा", "ची", "च्या", "a", "the"})
_MINE = frozenset({"my", "mera", "meri", "mere", "मेरा", "मेरी", "मेरे", "maza", "mazi", "majha", "माझा", "माझी",
                   "this", "final", "last"})


def _farewell_event(c: Concepts) -> None:
    words = c.words
    if c.of("die", "suicide", "leave_behind", "last_word"):
        return
    for hit in c.of("goodbye"):
        if words[hit.start].raw not in ("farewell", "farewells", "फेयरवेल", "फेअरवेल"):
            continue
        before = [t.raw for t in words[max(0, hit.start - 2):hit.start]]
        if _MINE.intersection(before):
            continue
        event = next_word_in(words, hit, _EVENT)
        someones = bool(before) and (before[-1] in _OF_SOMEONE or before[-1].endswith(("'s", "’s")))
        if event or someones:
            c.drop("goodbye", hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)


# "year end closing", "quarter end मुळे": the books closing.
_PERIODS = frozenset({"year", "quarter", "financial", "fiscal", "term", "semester", "season",
                      "quarterly", "yearly", "march", "fy"})
_BUSINESS = frozenset({"end", "ending", "closing", "close", "results", "result", "target", "targets", "report",
                       "review", "numbers", "sales", "audit"})

_QUARTER_OF_A_YEAR = frozenset({"this", "last", "next", "previous", "first", "second", "third", "fourth", "q1",
                                "q2", "q3", "q4", "every", "each", "same"})
_AT_WORK = _BUSINESS | {"boss", "manager", "office", "company", "bonus", "revenue", "team", "client", "clients",
                        "appraisal", "salary", "increment", "work", "job", "profit", "growth", "quarterly"}


def _calendar_end(c: Concepts) -> None:
    words = c.words
    for hit in c.of("end"):
        if words[hit.start].raw in ("end", "ending", "closing") and word_before_in(words, hit, _PERIODS):
            c.drop("end", hit.start, hit.end)
    drinking = [h.start for h in c.of("drank", "drink_verb", "intoxicated")]
    at_work = any(t.raw in _AT_WORK for t in words)
    for hit in c.of("alcohol", "measure"):
        if not words[hit.start].raw.startswith("quarter"):
            continue
        # "boss says i killed it this quarter, got a bonus": the firm's three months, when work
        # is told and drinking is not ("last quarter i drank alone", "this quarter finished in
        # 10 minutes").
        a_period = word_before_in(words, hit, _QUARTER_OF_A_YEAR) and at_work and not any(
            words[i].sentence == words[hit.start].sentence for i in drinking)
        if a_period or next_word_in(words, hit, _BUSINESS):
            c.drop(hit.concept, hit.start, hit.end)


# "phone at 2% gonna die": the battery's level between the device and its dying.
_DEVICES = frozenset({"phone", "mobile", "laptop", "battery", "फोन", "मोबाइल", "बैटरी", "बॅटरी", "tablet"})
_LEVEL = frozenset({"percent", "low", "charge", "at", "on", "pe", "par", "only", "just", "bas", "%"})
_ABOUT_TO = frozenset({"gonna", "about", "to", "will", "going", "is", "hai", "है", "ahe", "aahe", "आहे"})


def _battery_level(c: Concepts) -> None:
    words = c.words
    for hit in c.of("die"):
        sentence = words[hit.start].sentence
        before = [i for i in range(max(0, hit.start - 7), hit.start) if words[i].sentence == sentence]
        device = next((i for i in before if words[i].raw in _DEVICES), None)
        if device is None:
            continue
        between = words[device + 1:hit.start]
        if any(t.raw.isdigit() for t in between) and all(
                t.raw.isdigit() or t.raw in _LEVEL or t.raw in _ABOUT_TO
                for t in between):
            for name in ("die", "kill"):      # "mar" is both
                c.drop(name, hit.start, hit.end)
            c.drop("want", device, hit.end + 1)     # "gonna", "marne wala"


# "still alive, no need to call 5 times": a reassurance.
_STILL = frozenset({"still", "yes", "yeah", "haan", "ha", "abhi", "ajun", "अजून", "हां", "हाँ"})
_REASSURED = (("no", "need"), ("dont", "worry"), ("don't", "worry"), ("no", "tension"), ("chinta", "mat"),
              ("tension", "mat"), ("fikar", "nako"), ("kalji", "karu"))


def _still_alive(c: Concepts) -> None:
    words = c.words
    for hit in c.of("live"):
        if not word_before_in(words, hit, _STILL):
            continue
        pairs = {(a.raw, b.raw) for a, b in zip(words, words[1:], strict=False)
                 if a.sentence == words[hit.start].sentence and a.clause != words[hit.start].clause}
        if pairs.intersection(_REASSURED):
            c.drop("live", hit.start, hit.end)


# "Sanju movie परत पाहिला, drugs चा part": a film seen again, and the film's scene.
_FILMS = frozenset({"movie", "movies", "film", "films", "picture", "pikchar", "पिक्चर", "series", "serial", "show",
                    "episode", "cinema", "सिनेमा", "चित्रपट", "chitrapat", "फिल्म", "मूवी", "सीरियल", "webseries"})
_SCENE = frozenset({"part", "scene", "scenes", "song", "dialogue", "dialogues", "episode", "portion", "bhag", "भाग",
                    "सीन", "seen"})
_WATCHED = ("पाहिल", "pahil", "बघितल", "baghitl", "dekh", "देख", "watch", "saw", "seen")


def _a_films_scene(c: Concepts) -> None:
    words = c.words
    films = {t.sentence for t in words if t.raw in _FILMS}
    for hit in c.of(*SUBSTANCE_CONCEPTS):
        if words[hit.start].sentence in films and any(
                t.raw in _SCENE for t in words[hit.end:hit.end + 3]):
            for name in SUBSTANCE_CONCEPTS + ("use_strong",):
                c.drop(name, hit.start, hit.end)
            c.add("unmeant", hit.start, hit.end)
    for hit in c.of("again", "again_strict"):
        if words[hit.start].sentence in films and hit.end < len(words) \
                and words[hit.end].raw.startswith(_WATCHED):
            c.drop(hit.concept, hit.start, hit.end)


# "My grandfather passed away peacefully": the peace is the relative's death told, not an exit
# planned by the writer.
_PEACEFULLY = frozenset({"peacefully", "peaceful", "shantpane", "शांतपणे", "shanti", "शांति", "sukoon", "सुकून"})
_PASSED = frozenset({"passed", "died", "expired", "guzar", "गुज़र", "गुजर", "dehant", "देहांत", "nidhan", "निधन",
                     "swargwas", "स्वर्गवास", "vaarle", "वारले"})


def _passed_away_peacefully(c: Concepts) -> None:
    words = c.words
    for i, token in enumerate(words):
        if token.raw in _PEACEFULLY and any(
                t.raw in _PASSED and t.sentence == token.sentence for t in words[max(0, i - 6):i + 3]):
            c.add("unmeant", i, i + 1)


# "stayed till the end with a Pepsi": the end of the evening.
_UNTIL = frozenset({"till", "until", "untill", "til"})


def _till_the_end(c: Concepts) -> None:
    words = c.words
    for hit in c.of("end"):
        if hit.start >= 2 and words[hit.start - 1].raw == "the" and words[hit.start - 2].raw in _UNTIL:
            c.drop("end", hit.start, hit.end)


# "bought a cycle for my son with the money i used to drink": a purchase for the family, not
# a provision for after the writer.
_BOUGHT = frozenset({"bought", "buy", "buying", "got", "gifted", "gift", "ordered", "made", "cooked", "kharida",
                     "kharidi", "kharide", "खरीदा", "खरीदी", "खरीदे", "laya", "layi", "लाया", "लाई", "aanla",
                     "aanli", "आणला", "आणली", "ghetla", "ghetli", "घेतला", "घेतली", "banaya", "बनाया"})
_FAMILY = frozenset({"son", "daughter", "kids", "children", "wife", "family", "mom", "dad", "parents"})


def _bought_for_family(c: Concepts) -> None:
    words = c.words
    for i in range(len(words) - 2):
        if words[i].raw == "for" and words[i + 1].raw in ("my", "the") and words[i + 2].raw in _FAMILY \
                and any(t.raw in _BOUGHT and t.sentence == words[i].sentence for t in words[max(0, i - 5):i]):
            c.add("unmeant", i, i + 3)


# "1 year sober, thank you for everything. coming to the saturday meeting": thanks at a
# milestone, said by someone who is coming next week.
_THANKS = frozenset({"thank", "thanks", "thanx", "thanku", "shukriya", "शुक्रिया", "dhanyavad", "dhanyawad",
                     "धन्यवाद", "aabhar", "आभार"})
_CLEAN = frozenset({"sober", "clean", "sobriety", "free", "nasha-mukt", "nashamukt"})
_COMING = (("coming", "to"), ("will", "come"), ("will", "attend"), ("see", "you"), ("will", "be"))
_COMING_WORDS = frozenset({"aaunga", "aaungi", "aaoonga", "आऊंगा", "आऊंगी", "आऊँगा", "aayenge", "aaenge",
                           "आएंगे", "yein", "yeen", "येईन", "yeto", "येतो", "yenar", "येणार"})
_GATHERING = frozenset({"meeting", "meetings", "group", "session", "मीटिंग", "baithak", "बैठक", "मीटिंगला",
                        "meetingla", "sabha", "सभा"})


def _coming_to_a_meeting(words: list[Token]) -> bool:
    for i, token in enumerate(words):
        pair = (token.raw, words[i + 1].raw) if i + 1 < len(words) else ("", "")
        if (pair in _COMING or token.raw in _COMING_WORDS) and any(
                t.raw in _GATHERING and t.sentence == token.sentence for t in words[i:i + 8]):
            return True
    return False


def _thanks_at_a_milestone(c: Concepts) -> None:
    words = c.words
    counted = any(t.raw in _CLEAN for t in words) and bool(c.of("period"))
    if not counted or not _coming_to_a_meeting(words):
        return
    for i, token in enumerate(words):
        if token.raw in _THANKS:
            c.add("unmeant", i, min(len(words), i + 4))


# "pura din barbaad", "आज का दिन बर्बाद", "whole day ruined": one day spoilt, not a clean
# count thrown away ("90 din barbaad", "mere 6 mahine barbaad" stay).
_ONE_DAY = frozenset({"din", "दिन", "day", "divas", "दिवस", "weekend", "sunday", "raviwar", "रविवार", "shaam", "शाम"})
_THE_WHOLE = frozenset({"pura", "poora", "pora", "पूरा", "पुरा", "sara", "saara", "सारा", "aaj", "आज", "whole",
                        "entire", "ka", "का", "kal", "कल", "aajcha", "आजचा", "sagla", "सगळा", "akkha", "अख्खा"})


def _a_day_spoilt(c: Concepts) -> None:
    words = c.words
    for hit in c.of("broke_count"):
        if not words[hit.start].raw.startswith(("barba", "बर्बा")):
            continue
        day = next((i for i in (hit.start - 1, hit.start - 2) if i >= 0 and words[i].raw in _ONE_DAY), None)
        if day is not None and day > 0 and words[day - 1].raw in _THE_WHOLE:
            c.drop("broke_count", hit.start, hit.end)


# "The part about the guy who overdosed ...": a part of a talk or a film, told.
_PARTS = frozenset({"part", "bit", "scene", "portion", "segment"})
_THIS = frozenset({"the", "that", "this"})


def mark_story_parts(c: Concepts) -> None:
    """Marks "the part about ..." as a story (read by alumni.domain.crisis.everyday_talk):
    called before the everyday talk is read."""
    words = c.words
    for i in range(1, len(words) - 1):
        if words[i].raw in _PARTS and words[i - 1].raw in _THIS and words[i + 1].raw in ("about", "where"):
            c.add("story", i, i + 1)


# Round 15: "maarna" as the light verb of everyday acts. Marathi "औषध मारणे", "keetaknashak
# marat hoto" is spraying the crop (in the field, with a spray named in the message); "हाक मारली",
# "seeti maari", "chakkar maara", "gappa marlya" are calling out, whistling, a round, a chat;
# "maal marte hai" is smoking it (an offer: the using, if any, is read by the substance rules).
# None of these is dying or a blow. A jump ("उडी मारली") is not here.
_STRUCK = ("die", "kill", "hurt", "strike", "beat_verb", "take_any", "die_first_person", "down_it", "inject",
           "use", "violence")
_MAAR = ("mar", "maar", "मार")
# What is sprayed: the crop's medicine ("औषध", "dawai"), beside the pesticides by name.
_SPRAYED = ("dawa", "दवा", "दवाई", "औषध", "aushadh", "aushad", "ausadh", "aushdh", "davai")
_FARM = ("shet", "शेत", "khet", "खेत", "fasal", "फसल", "pik", "पीक", "crop", "field", "favarni", "fawarni",
         "फवारणी", "spray", "स्प्रे", "malay", "मळ्य", "kapus", "कापूस", "ऊस", "ganna", "गन्न")
_CALLED = frozenset({"हाक", "haak", "hak", "haaka", "हाका", "aawaz", "awaaz", "awaz", "आवाज", "आवाज़", "seeti",
                     "siti", "सीटी", "शिट्टी", "shitti", "chakkar", "chakar", "चक्कर", "pheri", "pheree", "feri",
                     "फेरी", "gappa", "गप्पा", "gappe", "गप्पे", "gap", "गप", "thappa", "ठप्पा", "jhapki", "झपकी",
                     "dulki", "डुलकी", "ping", "missed", "miss", "call"})


# An offer: "chal maal marte hai", "aaja maal maarte hain" (let's). Not "doob" (drowned: "main
# doob marunga"), which is a joint only in slang.
_LETS = frozenset({"chal", "chalo", "चल", "चलो", "aaja", "आजा", "aao", "आओ", "chala", "चला"})
_LETS_AFTER = frozenset({"hai", "hain", "है", "हैं"})
_DROWNED = ("doob", "dub", "डूब", "डुब")


def _offered(words: list[Token], hit: Hit) -> bool:
    if words[hit.start].raw.startswith(_DROWNED):
        return False
    after = words[hit.end + 1].raw if hit.end + 1 < len(words) else ""
    return any(t.raw in _LETS for t in words[max(0, hit.start - 3):hit.start]) or after in _LETS_AFTER


def _maar_as_a_light_verb(c: Concepts) -> None:
    words = c.words
    struck = sorted({h.start for h in c.of(*_STRUCK) if h.start > 0 and words[h.start].raw.startswith(_MAAR)})
    if not struck:
        return
    sprayed = {h.end for h in c.of("farm_poison")} | {i for i in struck if words[i - 1].raw.startswith(_SPRAYED)}
    farm = bool(sprayed) and (bool(c.of("spraying", "pest_place")) or any(t.raw.startswith(_FARM) for t in words))
    after_spray = sprayed if farm else set()
    # an offer, with no wish of the writer's beside it ("sutta maarne ka bada mann hai" is one)
    after_smoke = set() if c.of("want", "craving") else {
        h.end for h in c.of("cannabis", "smoke_verb") if _offered(words, h)}
    for i in struck:
        if i in after_spray or words[i - 1].raw in _CALLED:
            for name in _STRUCK:
                c.drop(name, i, i + 1)
        elif i in after_smoke:
            for name in ("die", "kill", "die_first_person", "beat_verb", "hurt"):
                c.drop(name, i, i + 1)


# Round 15: a course or a stay that is about to end ("coaching ka last week hai, sab khatam hone
# wala hai, phir ghar", "semester संपणार आहे"): the end of a term, intransitive and with the
# course named, is not an ending of oneself ("sab khatam kar dunga" and an end with no course
# named stay as they read).
_COURSES = frozenset({"coaching", "course", "class", "classes", "semester", "sem", "term", "training",
                      "internship", "vacation", "vacations", "chhutti", "chutti", "छुट्टी", "छुट्टियां", "sutti",
                      "सुट्टी", "exams", "exam", "paper", "papers", "पेपर", "hostel", "camp", "trip", "tour", "batch",
                      "college", "school", "कॉलेज", "स्कूल", "शाळा", "shala", "tuition", "kota", "session", "shoot",
                      "project", "season", "mela", "मेला", "festival", "utsav", "उत्सव", "shaadi", "शादी", "lagna",
                      "लग्न", "function",
                      "कोचिंग", "कोर्स", "सेमेस्टर", "ट्रेनिंग", "इंटर्नशिप", "क्लास", "परीक्षा", "परीक्षाएं", "एग्जाम",
                      "हॉस्टल", "कैंप", "ट्रिप", "प्रशिक्षण", "शिबिर", "सहल", "सत्र", "ट्यूशन"})
_COMING_TO_AN_END = ("ho", "हो", "hon", "होण", "होन", "hoil", "होईल", "hoga", "होगा", "hogi", "होगी", "zal", "झाल",
                     "jhal")
_ENDINGS = ("end", "it_all", "end_oneself", "all_over", "story_over", "ended", "ending")


# What comes after the course, told after its end: "phir ghar", "bas do paper baaki", "then
# home". ("exam ke baad sab khatam hone wala hai" has it only before, and stays as it reads.)
_NEXT = frozenset({"phir", "fir", "फिर", "then", "nantar", "नंतर", "baaki", "baki", "बाकी", "holiday", "holidays",
                   "vacation", "chhutti", "छुट्टी", "sutti", "सुट्टी"})


def _a_course_ends(c: Concepts) -> None:
    if not c.of("end"):
        return
    words = c.words
    if not any(t.raw in _COURSES for t in words):
        return
    for hit in c.of("end"):
        if hit.end >= len(words) or not words[hit.end].raw.startswith(_COMING_TO_AN_END) \
                or words[hit.end].raw.startswith(("kar", "कर")):
            continue
        sentence = words[hit.start].sentence
        course = any(t.raw in _COURSES for t in words[:hit.start] if t.sentence == sentence)
        then = any(t.raw in _NEXT for t in words[hit.end:] if t.sentence == sentence)
        if course and then:
            for name in _ENDINGS:
                c.drop(name, max(0, hit.start - 2), hit.end + 1)


def remove_everyday_idioms(c: Concepts) -> None:
    _maar_as_a_light_verb(c)
    _a_course_ends(c)
    _bitter_pill(c)
    _drinking_in_a_sight(c)
    _binged_a_show(c)
    _goosebumps(c)
    _a_films_scene(c)
    _calendar_end(c)
    _a_day_spoilt(c)
    _passed_away_peacefully(c)
    _till_the_end(c)
    _bought_for_family(c)
    _thanks_at_a_milestone(c)
    if c.of(*_GRAVE):
        return
    _dead_on_ones_feet(c)
    _laughing_dead(c)
    _dead_of_embarrassment(c)
    _farewell_event(c)
    _battery_level(c)
    _still_alive(c)
