"""Someone else's death told from a film, a serial or the news: "watched a film where the
hero overdoses", "news me dekha ek ladke ne zeher kha liya", "बातमीत वाचलं कोणीतरी
पुलावरून उडी मारली". The act belongs to a stranger in a story (a hero, "someone", "a boy",
"a farmer"), not to the writer and not to anyone the writer knows, so its words are
removed before the rules combine concepts.

A relation or "he"/"usne" is never a stranger here ("film dekh ke usne zeher kha liya" is a
report about a real person), and a writer's word between the stranger and the act keeps
the act ("... hero ne zeher khaya, main bhi kha lunga")."""
from __future__ import annotations

from alumni.domain.crisis.concepts import SUBSTANCE_CONCEPTS, Concepts
from alumni.domain.crisis.spelling import Token, skeleton, skeletons

# What tells a story: a film, a serial, the news, a book, with their Hindi and Marathi
# inflections ("सिनेमात", "बातमीत", "पेपरमध्ये"). Compared by skeleton prefix.
_MEDIA_STEMS = tuple(skeleton(w) for w in (
    "movie", "film", "serial", "series", "news", "newspaper", "akhbar", "अखबार", "अख़बार",
    "khabar", "खबर", "ख़बर", "batmi", "बातमी", "cinema", "सिनेमा", "picture", "पिक्चर",
    "chitrapat", "चित्रपट", "documentary", "episode", "novel", "webseries", "मालिका", "मालिकेत",
    "netflix", "youtube", "reel", "headline", "article", "video", "वीडियो", "व्हिडिओ", "instagram",
    "podcast"))
# The village or the neighbourhood, where news goes round: "गांव मे एक आदमी ने ...".
_MEDIA_STEMS += tuple(skeleton(w) for w in (
    "gaon", "gaaon", "गांव", "गाँव", "गाव", "pind", "पिंड", "mohalla", "mohalle", "मोहल्ला", "मोहल्ले",
    "basti", "बस्ती", "wasti", "वस्ती", "colony", "कॉलनी"))
# Short words that are media only as the whole word (their prefix is too common).
_MEDIA_WORDS = skeletons("show", "tv", "टीवी", "paper", "पेपर", "पेपरमध्ये",
                         "पेपरात", "book", "story", "kahani", "कहानी", "गोष्ट",
                         # the TV with the Marathi "on" glued on: "टीव्हीवर पाहिलं"
                         "टीव्ही", "टीव्हीवर", "टीवीवर", "tvvar", "tvwar", "टीव्हीत")
# A stranger in the story: the hero, someone, a boy, a farmer (with "ne"/"ने" fused or not).
# The people of a story, who stay in it from one sentence to the next: "film dekhi. Hero ka
# dost nashe mein ...", "सिनेमा पाहिला. त्यात हिरोचा मित्र ...", "picture pahila. Shevti heroine
# la maratat".
_CHARACTER_STEMS = tuple(skeleton(w) for w in (
    "hero", "हीरो", "हिरो", "heroine", "हीरोइन", "हिरोईन", "हिरोइन", "character", "actor", "actress",
    "villain", "विलन", "विलेन", "खलनायक", "khalnayak", "नायक", "nayak", "नायिका", "nayika"))
_STRANGER_STEMS = _CHARACTER_STEMS + tuple(skeleton(w) for w in (
    "someone", "somebody", "kisi", "किसी", "koi", "कोई", "कोणीतरी", "konitari", "kunitari", "कुणीतरी",
    "ladke", "ladka", "ladki", "लड़के", "लड़का", "लड़की", "aadmi", "आदमी", "aurat", "औरत",
    "shetkari", "शेतकर", "farmer", "student", "vidyarthi", "विद्यार्थ", "tarun", "तरुण",
    "yuvak", "युवक", "yuvati", "युवती", "stranger", "celebrity", "singer", "cricketer",
    # Punjabi: a boy, a girl, a man ("ik munda", "ik banda")
    "munda", "मुंडा", "kudi", "कुड़ी", "banda", "बंदा", "bande", "बंदे",
    # Marathi: a boy, a girl, a man ("एका मुलाने", "एक माणूस")
    "mulga", "मुलगा", "mulgi", "मुलगी", "mulane", "मुलाने", "muline", "मुलीने", "manus", "माणूस",
    "मानसाने", "mansane", "माणसाने"))
_STRANGER_WORDS = skeletons(
    "guy", "woman", "boy", "girl", "lady", "boys", "girls", "men", "students", "youths", "kids",
    # Marathi "one (person)": "एकाचा मृत्यू", "एकाने उडी मारली"
    "ekacha", "एकाचा", "ekane", "एकाने", "ekachi", "एकाची", "ekjan", "एकजण", "एकाला")
# What the stranger is told to have done.
_TOLD = ("poison", "pill_count", "sleep", "sedatives", "opioids", "eat", "swallow", "drank", "drink_verb",
         "intoxicated", "run_over", "violence", "hurt",
         "overdose", "die", "kill", "jaan", "give", "gave", "jump", "height", "hang", "hanging", "pills",
         "quantity", "too_much", "take_any",
         "took", "copula", "suicide", "self", "rail_line", "vehicle", "under", "end", "life")
# The writer speaking of themselves ("me" alone is Hinglish "in", "khud" folds to "kud",
# jump, and "vaisa" to "vish", poison: they are left out).
_WRITER = skeletons("i", "i'm", "im", "ive", "i've", "main", "mai", "मैं", "mi", "मी",
                    "mujhe", "मुझे", "maine", "mene", "मैंने", "मीही", "mala", "मला", "my",
                    "myself", "mera", "meri",
                    "मेरा", "मेरी", "maza", "mazha", "माझा", "majha",
                    "swatah", "स्वतः", "we", "hum", "हम", "amhi", "आम्ही")
# A wish in so many words ("want" as a concept also reads "about" and "think").
_WISH = frozenset({"want", "wanna", "wish", "gonna", "chahta", "chahti", "चाहता", "चाहती", "chahiye",
                   "चाहिए", "ichha", "icchha", "इच्छा", "vatta", "वाटतं", "vatay", "वाटतंय"})
_WHOSE = skeletons("my", "mera", "meri", "मेरा", "मेरी", "maza", "mazha", "माझा",
                   "majha")
_IN = frozenset({"me", "mein", "में"})
# "खबर आई" (the news came), "aai" (mother): their skeleton is English "I".
_NOT_I = frozenset({"आई", "आयी", "aai", "aayi"})
# The writer's own future act, which no story tells: "मोहल्ले वाले लड़के को चाकू मार दूंगा"
# is a threat made in the neighbourhood, not news going round it (round 13).
_WRITER_FUTURE = skeletons(
    "dunga", "dungi", "दूंगा", "दूँगा", "दुंगा", "dalunga", "daalunga", "डालूंगा", "डालूँगा", "karunga",
    "करूंगा", "करूँगा", "marunga", "मारूंगा", "मारूँगा", "lunga", "लूंगा", "marin", "मारीन", "takin",
    "टाकीन", "karin", "करीन", "tod dunga")
_ALSO = frozenset({"bhi", "भी", "too", "also", "pan", "पण", "suddha", "सुद्धा", "hi", "ही", "vi", "वी"})
_IMITATION = skeletons("same", "wahi", "वही", "tasach",
                       "तसंच", "तसेच", "asach", "असंच", "copy", "ohi", "ओही")


# How the writer felt about the story: "bahut roya main", "i cried", "वाईट वाटलं".
_FELT = frozenset({"roya", "royi", "roye", "रोया", "रोई", "रडलो", "radlo", "radli", "रडले", "cried", "cry",
                   "sad", "upset", "dukh", "दुख", "दुःख", "bura", "बुरा", "vait", "वाईट", "shocked", "felt"})


def _reacting(c: Concepts, i: int, last_act: int) -> bool:
    """The writer after the act, in a clause of their own that says how they felt."""
    words = c.words
    clause = words[i].clause
    return i > last_act and any(w.raw in _FELT for w in words if w.clause == clause)


# "rail" folds like "reel": the track, not a clip.
_NOT_MEDIA = frozenset({"rail", "rails"})


# What _is_media looks for, as Concepts.spelled holds it: a stem after a space, a word
# between spaces ("per" alone, not "paper").
_MEDIA_SPELLINGS = tuple(dict.fromkeys(tuple(" " + stem for stem in _MEDIA_STEMS)
                                       + tuple(f" {word} " for word in sorted(_MEDIA_WORDS))))


def _is_media(token: Token) -> bool:
    skel = token.skeleton
    return token.raw not in _NOT_MEDIA and (
        skel in _MEDIA_WORDS or (len(skel) >= 3 and skel.startswith(_MEDIA_STEMS)))


def _is_stranger(skel: str) -> bool:
    return skel in _STRANGER_WORDS or (len(skel) >= 2 and skel.startswith(_STRANGER_STEMS))


def _is_character(token: Token) -> bool:
    return len(token.skeleton) >= 3 and token.skeleton.startswith(_CHARACTER_STEMS)


# Whose someone is: "mera ladka", "माझ्या मुलाने" is the writer's son, no stranger.
_MINE_BEFORE = skeletons(
    "my", "mera", "mere", "meri", "मेरा", "मेरे", "मेरी", "maza", "majha", "mazya", "majhya", "माझा", "माझ्या",
    "mazi", "majhi", "माझी", "hamara", "humara", "hamare", "हमारा", "हमारे", "amcha", "amchya", "आमचा",
    "आमच्या", "our")


# A show the writer plays in, not one watched (round 88: "band वालों के साथ wedding show के बाद daru पी ली").
_PERFORMED = frozenset({"wedding", "shaadi", "shadi", "शादी", "stage", "स्टेज", "bar", "बार", "orchestra",
                        "ऑर्केस्ट्रा", "lagna", "लग्न", "lagnacha", "लग्नाचा", "band", "बँड", "बैंड"})
_SHOW = skeletons("show")


def _is_told_media(words: list[Token], i: int) -> bool:
    return _is_media(words[i]) and not (words[i].skeleton in _SHOW and i and words[i - 1].raw in _PERFORMED)


def _story_sentences(words: list[Token]) -> set[int]:
    """The sentences with a film, a serial or the news in them, and the later ones that go on
    with the story's people ("film dekhi. Hero ka dost ...")."""
    media = {t.sentence for i, t in enumerate(words) if _is_told_media(words, i)}
    if media:
        first = min(media)
        media |= {t.sentence for t in words if t.sentence > first and _is_character(t)}
    return media


def writer_follows_suit(c: Concepts) -> bool:
    """The writer says they will do, or did, the same: "main bhi wahi karunga", "i want to do
    the same", "maine bhi kha liya", "i took mine too"."""
    words = c.words
    pronouns = {h.start for h in c.of("first_person") if words[h.start].raw not in _IN}
    if c.of("self_harm") or any(t.raw in _WISH for t in words):
        return True
    return any(t.skeleton in _IMITATION or (t.raw in _ALSO and (i - 1 in pronouns or i + 1 in pronouns))
               for i, t in enumerate(words))


# "the overdose case in the news", "overdose deaths at that hostel": the act as a news item.
_ITEM = frozenset({"case", "cases", "death", "deaths", "news", "story", "stories", "wali", "ki", "ची",
                   "की", "chi", "केस", "प्रकरण", "prakaran"})


def _news_items(c: Concepts, media_sentences: set[int]) -> None:
    words = c.words
    for hit in c.of("overdose", "suicide"):
        if words[hit.start].sentence in media_sentences and hit.end < len(words) \
                and words[hit.end].raw in _ITEM:
            c.drop(hit.concept, hit.start, hit.end)


def remove_told_stories(c: Concepts) -> None:
    """Forget a stranger's act told from a film, a serial or the news."""
    words = c.words
    if not words or not c.may_spell(_MEDIA_SPELLINGS):
        return      # no film, serial or news named: most texts, found without a loop
    skels = [t.skeleton for t in words]
    media_sentences = _story_sentences(words)
    if not media_sentences:
        return
    if writer_follows_suit(c):
        return
    _news_items(c, media_sentences)
    for sentence in media_sentences:
        indices = c.sentences[sentence]
        first_media = next((i for i in indices if _is_told_media(words, i)), None)
        if first_media is None:
            # the story's people in a later sentence: the writer anywhere in it keeps it
            # ("film dekhi. Main bhi hero ki tarah ...")
            if any(skels[i] in _WRITER and words[i].raw not in _IN | _NOT_I for i in indices):
                continue
            first_media = indices[0]
        stranger = next((i for i in indices if i >= first_media - 6 and _is_stranger(skels[i])
                         and words[i].raw not in _IN      # "में" folds to "men"
                         and not (i and skels[i - 1] in _MINE_BEFORE)), None)
        if stranger is None:
            continue
        end = indices[-1] + 1
        if any(skels[i] in _WRITER_FUTURE for i in range(stranger + 1, end)):
            continue
        # the writer after the stranger keeps the act, unless only as whose someone is after
        # the act ("... died of an overdose, made my mom cry": the writer's family reacting)
        acts = [h.end for h in c.of(*_TOLD) if stranger < h.start < end]
        last_act = max(acts, default=end)
        if any(skels[i] in _WRITER and words[i].raw not in _IN | _NOT_I and (i < last_act or skels[i] not in _WHOSE)
               and not _reacting(c, i, last_act) for i in range(stranger + 1, end)):
            continue
        for name in _TOLD + SUBSTANCE_CONCEPTS + ("use", "use_strong"):     # "chitte naal mar gaya"
            c.drop(name, stranger + 1, end)
        for name in SUBSTANCE_CONCEPTS:      # "heroine ne": the heroine of the film, not heroin
            c.drop(name, stranger, stranger + 1)
        c.add("told_story", first_media, first_media + 1)
        # nor the evidence's signal words of the act ("ek mulga vish pyayla": "vish" is poison
        # and, as Marathi "वीस", an amount)
        c.add("unmeant", stranger + 1, end)
