"""Fond dying removed before the rules combine concepts (round 15): dying of love ("uski hasi pe
mar jaun"), of laughter ("hans hans ke mar gaya"), of a feast ("itna khilaya ki phat jaunga") and
of a student's prep ("jee prep se mar jaunga lol"). A means named, or a wish in so many words,
keeps every word alerting. Read by alumni.domain.crisis.idioms after hyperbole.py."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts, Hit
from alumni.domain.crisis.hyperbole import FOOD, MEANS, SO_MUCH, wished_really
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.word_context import followed_by, laughing_sentences, sentence_words_before

_SMITTEN_BY = ("smile", "muskan", "मुस्कान", "hasi", "hansi", "हंसी", "हसू", "हसण", "gaana", "gaane", "gaanya",
               "गाण", "गाना", "गाने", "song", "aawaz", "awaaz", "awaz", "आवाज", "voice", "style", "aankh", "आंख",
               "आँख", "dole", "dolya", "डोळ", "eyes", "chehr", "चेहर", "fida", "फिदा", "फ़िदा",
               "nihari", "निहारी", "biryan", "बिर्याण", "बिरयान", "haleem", "हलीम", "kebab", "कबाब",
               "sheer", "शीर",
               # a fragrance (holdout 100, salons): "इस shampoo की खुशबू पे तो मैं मर जाऊँ"
               "खुशबू", "ख़ुशबू", "khushbu", "khushboo", "khusbu", "महक", "mehak", "mahak", "सुगंध", "sugandh",
               "fragrance", "perfume", "परफ्यूम",
               # the street's dishes typed as one word ("पावभाजीसाठी", "vadapavsathi")
               "पावभाज", "pavbhaj", "paavbhaj", "vadapav", "वडापाव", "पाणीपुर", "panipur", "भेळ", "bhel", "dabeli",
               "दाबेल", "पुरणपोळ", "puranpol",
               # a new drum, or "this one" pointed at (round 46: "नवीन ढोल आलाय, ह्याच्यासाठी जीव पण देईन 😄")
               "dhol", "ढोल", "ह्याच्या", "hyachya", "याच्या", "yachya",
               # the bread of home (round 48: "bhabhi ke haath ki bajre ki roti ke liye to jaan bhi de du 😄")
               "roti", "रोटी", "bhakri", "भाकरी", "bhakar", "भाकर",
               # a sweetheart, a flat a client wants (rounds 66-67: "wo client toh apni gf pe marta hai", "bandaa
               # flat ke liye mar raha hai")
               "gf", "girlfriend", "bf", "boyfriend", "बंदी", "bandi", "ladki", "लड़की", "flat", "फ्लॅट", "फ्लैट",
               "फ्लेट",
               # a reel (round 73: "त्या मिसळीच्या रीलवर तर मी मरतो")
               "reel", "रील", "video", "व्हिडिओ") + FOOD
_ON_OR_FOR = frozenset({"pe", "par", "पे", "पर", "var", "वर", "sathi", "saathi", "साठी", "liye", "लिए",
                        "लिये", "khatir", "ख़ातिर", "खातिर"})
_ON_OR_FOR_ENDINGS = ("var", "वर", "sathi", "साठी", "pe", "पे")
# The present of a habit ("I die for it"), not the future of a plan.
_HABITUAL_DYING = frozenset({"marto", "मरतो", "marte", "मरते", "marti", "मरती", "marta", "मरता", "mart", "मरत",
                             "martoy", "मरतोय"})
# The progressive after "mar": "mar raha hai".
_DYING_NOW = frozenset({"raha", "rahi", "rahe", "रहा", "रही", "रहे"})
# The subjunctive, "may I die (for it)": "mar jaun", "mar jaaun", "मर जाऊं".
_IF_I_DIED = frozenset({"jaun", "jaaun", "jau", "jaoon", "jaaon", "जाऊं", "जाऊँ", "जाउं"})
_DYING_WORDS = ("die", "kill", "use", "strike", "line_verb", "beat_verb", "die_first_person", "copula", "want",
                "take_any", "hurt", "jaan", "give", "me")
_LAUGH_LINKS = frozenset({"ke", "kar", "karke", "के", "कर", "करके", "hi", "ही", "to", "तो"})
_LAUGHING_VERB = ("hans", "hasun", "hasat", "hasta", "hanst", "haste", "हंस", "हँस", "हस", "laugh")
_DEVOTION = ("mit", "मिट", "meet")
# Whole words: "khila" begins "khilaf" (against), "khau" begins "khauf" (fear).
_FED = frozenset({"khilaya", "khilaaya", "khila", "खिलाया", "खिला", "khaya", "khaaya", "खाया", "khalla", "खाल्लं",
                  "खाल्ले", "khalle", "jevlo", "जेवलो", "stuffed", "ate", "eaten", "overate"})
_BURSTING = ("phat", "फट", "fat", "फुट", "phut", "futel", "फुटेल")
_STUDIES = frozenset({"prep", "preparation", "preparations", "taiyari", "tayari", "तैयारी", "तयारी", "jee",
                      "neet", "upsc", "mpsc", "cet", "boards", "syllabus", "revision", "viva", "practicals",
                      "assignment", "assignments", "submission", "submissions", "project", "thesis",
                      "परीक्षा", "परीक्षेच्या", "pariksha", "exam", "exams", "padhai", "पढ़ाई", "पढाई",
                      "abhyas", "अभ्यास", "coaching", "tuition", "class", "classes", "lecture", "lectures",
                      "जेईई", "नीट"})
_BECAUSE = frozenset({"chakkar", "चक्कर", "mule", "मुळे", "wajah", "वजह", "karan", "कारण", "because"})
_CAUSE_LINKS = frozenset({"se", "से", "ne", "ने", "mule", "मुळे", "because", "from", "of", "ki", "की", "ke", "के",
                          "chya", "च्या", "ka", "का"})


def _spare(c: Concepts, hit: Hit, end: int) -> None:
    for name in _DYING_WORDS:
        c.drop(name, hit.start, end)
    c.add("unmeant", hit.start, end)


_ADORED_AFTER = frozenset((who, on) for who in ("us", "is", "un", "tum", "tujh", "aap", "उस", "इस", "उन", "तुम",
                                                 "तुझ", "आप") for on in ("pe", "par", "पे", "पर"))


def _smitten(words: list[Token], hit: Hit) -> bool:
    """Dying "on" or "for" a smile, a song, a dish, or "mar mitna" itself."""
    raw = words[hit.start].raw
    if hit.end < len(words) and words[hit.end].raw.startswith(_DEVOTION) and raw.startswith(("mar", "मर")):
        return True
    wished_for = hit.end < len(words) and words[hit.end].raw in _IF_I_DIED    # "uski hasi pe mar jaun"
    # "is dying for it" now: "bandaa flat ke liye mar raha hai" (rounds 66-67)
    dying_now = hit.end < len(words) and words[hit.end].raw in _DYING_NOW and raw in ("mar", "मर")
    # the one adored after the dying: "kya swad tha, mar jau us pe" (round 23)
    if tuple(w.raw for w in words[hit.end:hit.end + 2]) in _ADORED_AFTER:
        return True
    if raw not in _HABITUAL_DYING and hit.concept != "jaan" and not wished_for and not dying_now:
        return False
    before = sentence_words_before(words, hit, 6)
    for k, w in enumerate(before):
        if not w.raw.startswith(_SMITTEN_BY):
            continue
        if w.raw.endswith(_ON_OR_FOR_ENDINGS) or w.raw in ("fida", "फिदा", "फ़िदा") or any(
                t.raw in _ON_OR_FOR for t in before[k + 1:k + 4]):
            return True
    return False


def _laughed_to_death(c: Concepts, hit: Hit) -> bool:
    """"hans hans ke mar gaya", "हसून हसून मेलो": a laugh just before the dying, as its manner."""
    words = c.words
    i = hit.start - 1
    while i >= 0 and words[i].raw in _LAUGH_LINKS:
        i -= 1
    # the verb of laughing ("hans", "हसून", "laughing"), not a "lol" typed before "मरायचंय"
    return i >= 0 and words[i].sentence == words[hit.start].sentence and words[i].raw.startswith(
        _LAUGHING_VERB) and any(h.start <= i < h.end for h in c.of("laugh"))


def _fed_to_bursting(words: list[Token], hit: Hit) -> bool:
    before = sentence_words_before(words, hit, 9)
    fed = any(w.raw in _FED for w in before)
    return fed and (any(w.raw in SO_MUCH for w in before) or any(w.raw.startswith(_BURSTING) for w in before[-3:]))


def _studies_kill_me(c: Concepts, hit: Hit) -> bool:
    """"jee prep se mar jaunga lol": the studies as the cause, linked to the dying, with a laugh."""
    words = c.words
    before = sentence_words_before(words, hit, 5)
    linked = before[-1].raw in _CAUSE_LINKS or before[-1].raw.endswith(("ने", "ane")) if before else False
    # "assignment ke chakkar me", "exams mule": because of it, a word or two before
    because = any(w.raw in _BECAUSE for w in before[-3:])
    return any(w.raw in _STUDIES for w in before) and (linked or because) \
        and words[hit.start].sentence in laughing_sentences(c)


# "so cute that I'd die right there": the so-that link and the wished dying after it (round 58-59's reading)
_SO_OR_SUCH = SO_MUCH | frozenset({"aisa", "aisi", "aise", "ऐसा", "ऐसी", "ऐसे", "asa", "ashi", "ase", "असा",
                                   "अशी", "असे", "such", "itke", "इतके"})
_THAT = frozenset({"ki", "की", "ke", "के", "that", "wahi", "वहीं", "vahi", "tithech", "तिथेच"})
_MAY_I_DIE = _IF_I_DIED | frozenset({"jaeen", "jaein", "jain", "जाईन", "जाइन", "jaen", "जाएन", "jaaeen", "jaau",
                                     "jaaun", "जाऊ"})
# What is fine enough to die of: cute, sweet, beautiful (a word's start), and the heart-eyed emoji.
_FOND = ("cute", "god", "गोड", "sundar", "सुंदर", "beautiful", "lovely", "pyar", "प्यार", "pyaar", "mast", "मस्त",
         "bhari", "भारी", "gorgeous", "awesome", "amazing", "zabardast", "ज़बरदस्त", "जबरदस्त", "kamaal", "कमाल")
_FOND_EMOJI = ("😍", "🥰", "😘", "❤", "💕", "💖")


def _so_fine_i_could_die(c: Concepts, hit: Hit) -> bool:
    """"tiger ke bachhe itne cute hai ki mar jau 😍", "sunset aisa tha ki wahi mar jaau 😍", "vaghachi
    pilla itki god ki mi marun jaeen 😍": so fine a thing that one could die of it, fondly."""
    words = c.words
    after = words[hit.end:hit.end + 2]
    if not any(w.raw in _MAY_I_DIE for w in after) and not (hit.end - hit.start > 1
                                                            and words[hit.end - 1].raw in _MAY_I_DIE):
        return False
    before = sentence_words_before(words, hit, 8)
    linked = any(w.raw in _THAT for w in before[-3:])
    so = any(w.raw in _SO_OR_SUCH for w in before[:-1])
    if not (linked and so):
        return False
    return any(words[k].raw.startswith(_FOND) or any(e in words[k].surface for e in _FOND_EMOJI)
               for k in c.sentences[words[hit.start].sentence])


def _dying_word(raw: str) -> bool:
    return raw.startswith(("mar", "मर", "mel", "मेल", "mer", "मेर"))


def remove_fond_dying(c: Concepts) -> None:
    """Dying of love, laughter, a feast, a student's prep, without a means or a wish named."""
    if c.of(*MEANS):
        return
    words = c.words
    seen: set[int] = set()
    for hit in c.of("die", "kill", "use", "strike", "jaan", "die_first_person"):
        if hit.start in seen or wished_really(words, hit):
            continue
        raw = words[hit.start].raw
        if hit.concept == "jaan":
            fond = _smitten(words, hit)
        else:
            if not _dying_word(raw):
                continue
            fond = (_smitten(words, hit) or _laughed_to_death(c, hit) or _fed_to_bursting(words, hit)
                    or _studies_kill_me(c, hit) or _so_fine_i_could_die(c, hit))
        if fond and not followed_by(c, hit, "self", gap=1):
            seen.add(hit.start)
            _spare(c, hit, hit.end + 2 if hit.concept == "jaan" else hit.end + 1)
