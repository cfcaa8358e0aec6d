"""Deaths and poisons that belong to a screen, a stage or a meme, removed before the rules
combine concepts: a film's hero or villain who dies in the last scene ("hero aakhri scene me mar
jata hai", "आखिर में राजेश खन्ना मर जाता है", "SRK dies at the end"); a film, a play or a song
titled poison ("'ज़हर' फिल्म का गाना", "Vish navacha natak"); the poison in a detective plot
("डिटेक्टिव्ह सिरीयलमध्ये चहात विष दिलं होतं"); "💀💀 im dead" at a meme or a reel.

What makes them harmless is named each time: the third person's "dies" (mar jata hai) beside a
film, a scene or its end; the title word right after the poison; the detective, the twist or the
murderer of a plot beside a serial; the meme, the reel or the joke beside the skull. The writer's
own wish or the same act taken up ("main bhi ...", "want", a first person beside the poison)
keeps every word, and only the screen's word is removed: "Zeher film dekhi, ab zeher kha lunga"
still alerts on its second poison.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import skeletons
from alumni.domain.crisis.told_story import writer_follows_suit

# A film, a show, a scene, its end, its people, or a film watched.
_SCREEN = skeletons("film", "films", "movie", "movies", "picture", "पिक्चर", "cinema", "सिनेमा", "चित्रपट",
                 "serial", "सिरीयल", "सीरियल", "series", "episode", "scene", "सीन", "climax", "क्लाइमैक्स",
                 "hero", "हीरो", "हिरो", "heroine", "हीरोइन", "villain", "विलन", "विलेन", "actor", "actress",
                 "character", "natak", "नाटक", "play", "drama", "ड्रामा", "dekhi", "देखी", "dekha", "देखा",
                 "pahila", "पाहिला", "watched", "netflix", "theatre", "theater")
# A story's end: "last me", "आखिर में", "at the end", "शेवटी".
_ENDING = skeletons("last", "aakhir", "आखिर", "akhir", "end", "ending", "shevti", "शेवटी", "aakhri", "आखिरी")
# The third person's habitual dying: "mar jata hai", "मर जाती है", "मरतो" is left out (also "I die").
_GOES = skeletons("jata", "jaata", "jati", "jaati", "जाता", "जाती", "jaate", "जाते")
_IS = skeletons("hai", "है", "hain", "हैं")
_DIES = skeletons("dies", "died")
# ("me" is left out: in Hinglish it is "in", as in "scene me mar jata hai")
_WRITER = skeletons("i", "im", "main", "mai", "मैं", "mi", "मी", "mujhe", "मुझे", "mala", "मला")

# The word a title is followed by: "'ज़हर' फिल्म", "Vish navacha natak", "Zeher movie".
_TITLE_NEXT = skeletons("film", "फिल्म", "movie", "picture", "पिक्चर", "natak", "नाटक", "serial", "सिरीयल",
                     "song", "gaana", "गाना", "gaane", "गाने", "album", "book", "kitab", "किताब", "pustak",
                     "पुस्तक", "novel", "kadambari", "कादंबरी", "navacha", "नावाचा", "navachi", "नावाची",
                     "navacha", "नावाचं", "naam", "नाम", "named", "titled", "cinema", "सिनेमा", "chitrapat",
                     "चित्रपट", "web", "show", "play")
# A detective plot: the detective, the twist, the murderer caught.
_PLOT = skeletons("detective", "डिटेक्टिव्ह", "डिटेक्टिव", "जासूस", "jasoos", "jasus", "cid", "सीआयडी", "सीआईडी",
               "thriller", "थ्रिलर", "mystery", "whodunit", "twist", "ट्विस्ट", "plot", "प्लॉट", "suspense",
               "सस्पेन्स", "सस्पेंस", "khuni", "खुनी", "खूनी", "murderer", "killer", "culprit", "katil",
               "कातिल", "qatil", "byomkesh", "ब्योमकेश", "sherlock", "agatha", "poirot")
# What a plot is told in, with its inflections ("सिरीयलमध्ये", "movie madhe").
_SHOW_STEMS = tuple(skeletons("serial", "सिरीयल", "सीरियल", "film", "फिल्म", "movie", "picture", "पिक्चर", "cinema",
                           "सिनेमा", "chitrapat", "चित्रपट", "novel", "episode", "series", "book", "पुस्तक",
                           "kadambari", "कादंबरी", "natak", "नाटक", "webseries"))
# A meme, a reel or a joke the skull laughs at.
_FUNNY = skeletons("meme", "memes", "reel", "reels", "joke", "jokes", "video", "vid", "clip", "post", "tweet",
                "sticker", "roast", "standup", "comedy", "lol", "lmao", "emoji_lol")


def _film_deaths(c: Concepts) -> None:
    """"hero aakhri scene me mar jata hai", "SRK dies at the end": a film's person dying in the
    third person's habitual, beside a film, a scene or its end."""
    words = c.words
    skels = [w.skeleton for w in words]
    screen = any(s in _SCREEN for s in skels)
    for hit in c.of("die"):
        start, end = hit.start, hit.end
        third = (end + 1 < len(words) and skels[end] in _GOES and skels[end + 1] in _IS) \
            or skels[start] in _DIES
        if not third or (start and skels[start - 1] in _WRITER):
            continue
        sentence = words[start].sentence
        ending = any(skels[i] in _ENDING for i in range(max(0, start - 5), start)
                     if words[i].sentence == sentence)
        # the end of a story told of a named person ("SRK last में मर जाता है") is a film's
        # (a capital that opens a sentence names nobody)
        if screen or (ending and any(words[i].surface[:1].isupper() and i and words[i - 1].sentence == words[i].sentence
                                     for i in range(start))):
            for name in ("die", "line_verb", "strike", "use"):
                c.drop(name, start, end)


def _poison_titles(c: Concepts) -> None:
    """"'ज़हर' फिल्म का गाना", "Vish navacha juna natak": the poison as a title."""
    words = c.words
    for hit in c.of("poison"):
        if hit.end < len(words) and words[hit.end].skeleton in _TITLE_NEXT:
            c.drop("poison", hit.start, hit.end)


def _poison_in_a_plot(c: Concepts) -> None:
    """"डिटेक्टिव्ह सिरीयलमध्ये खुनी शेवटी सापडला, चहात विष दिलं होतं": a plot's poison, with no
    writer beside it."""
    words = c.words
    if not any(w.skeleton in _PLOT for w in words) or not any(
            w.skeleton.startswith(_SHOW_STEMS) for w in words):
        return
    writers = [h.start for h in c.of("first_person", "i_subject")]
    for hit in c.of("poison"):
        if not any(abs(i - hit.start) <= 4 for i in writers):
            c.drop("poison", hit.start, hit.end)


def _dead_at_a_meme(c: Concepts) -> None:
    """"the meme you sent 💀💀 im dead": laughing at a meme, a reel or a joke."""
    words = c.words
    if not any(w.skeleton in _FUNNY for w in words):
        return
    for hit in c.of("die"):
        raw = words[hit.start].raw
        if hit.end - hit.start == 1 and (raw == "skull" or words[hit.start].skeleton == "emoji_skull"
                                         or raw.startswith(("dead", "ded"))):
            c.drop("die", hit.start, hit.end)


def forget_told_on_screen(c: Concepts) -> None:
    if not c.words or writer_follows_suit(c):
        return
    _film_deaths(c)
    _poison_titles(c)
    _poison_in_a_plot(c)
    _dead_at_a_meme(c)
