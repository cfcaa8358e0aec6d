"""Figures of speech in the suicide and self-harm area: danger words said about a thing, a
story or a chore ("driving in this rain is suicide", "jumped at the chance"), removed
before the rules combine concepts (called from alumni.domain.crisis.idioms)."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import skeletons

# "driving in this rain is suicide", "सर्दी में नहाना मतलब मौत है": a thing called death.
_EQUALS = skeletons("is", "was", "its", "it's", "pure", "literally", "basically", "matlab",
                    "मतलब", "mtlb", "means", "yani", "यानी", "mhanje", "म्हणजे")
_NOT_A_FIGURE_NEXT = skeletons("attempt", "attempts", "note", "plan", "thoughts", "watch",
                               "risk", "hotline", "helpline")
# A story, a film, the news: someone else's death told.
_MEDIA = skeletons("movie", "movies", "film", "show", "series", "news", "story", "article",
                   "video", "reel", "reels", "documentary", "serial", "episode", "book", "novel",
                   "song", "khabar", "खबर", "ख़बर", "batmi", "बातमी", "picture", "cinema",
                   "chitrapat", "चित्रपट", "web", "podcast", "post")
# "rail" folds like "reel": the track, not a clip.
_RAIL = frozenset({"rail", "rails"})
_TOLD_OF = ("jump", "hang", "hanging", "drown", "height", "high_place", "rail_line", "die",
            "set_alight", "suicide", "water_body", "walk_into")
# ("want" is not among them: "about" is read as "bout to".)
_WRITER = ("first_person", "me", "self", "will_to")
# "rassi koodna", "दोरीवर उड्या": skipping rope.
_SKIPPING = ("kud", "kood", "कूद", "कुद", "udya", "उड्या", "udi", "उडी")
# The rope named after its jumping: "कूदने वाली रस्सी", "udya marnyachi dori" (round 46).
_JUMPING = ("kud", "kood", "कूद", "कुद", "udya", "उड्या")
_ROPE_OF = frozenset({"wali", "vali", "वाली", "ki", "की", "chi", "ची", "marnyachi", "मारण्याची", "marychi",
                      "maraychi", "मारायची"})
# Rain, a view, a smoke on the balcony: looking down from a height at the world.
_VIEW = skeletons("rain", "raining", "baarish", "barish", "बारिश", "paus", "पाऊस", "view",
                  "sunset", "sunrise", "stars", "moon", "birds", "clouds", "city", "street",
                  "traffic", "mausam", "मौसम", "breeze", "chai", "coffee", "smoking",
                  "kids", "fireworks", "patang", "पतंग", "lights")
_DANGER = ("want", "will_to", "die", "jump", "suicide", "goodbye", "for_good", "fed_up",
           "pointless", "self", "hang", "trapped")
# Beside a morning not to get up to, what makes it a wish about living.
_WAKE_GRAVE = ("die", "suicide", "goodbye", "for_good", "fed_up", "pointless", "trapped", "life", "live")
# "goodbye party", "said goodbye at the airport": a goodbye to a place or an event.
_GOODBYE_EVENT_NEXT = skeletons("party", "lunch", "dinner", "gift", "card", "speech", "function",
                                "ceremony", "hug", "kiss", "song", "samaroh", "समारोह", "drinks",
                                "of")
_TRAVEL = skeletons("station", "airport", "platform", "flight", "bus", "stand", "gate", "hostel",
                    "abroad", "trip", "train", "visa", "village", "gaon", "गांव", "ghari", "घरी")
_REPLACED = skeletons("new", "navin", "नवीन", "upgrade", "upgraded",
                      "instead", "since", "extra", "spare", "old")


# "bhakti se apne ahankaar ko maarna hai", "मन मारून जगतो": the ego, anger or desire killed, a
# discipline of the spirit (round 30, pilgrim towns).
_INNER_FOES = frozenset({"ahankar", "ahankaar", "ahankara", "अहंकार", "अहंकाराला", "ahankarala", "ego", "krodh",
                         "क्रोध", "क्रोधाला", "vasna", "vasana", "वासना", "moh", "मोह", "lobh", "लोभ", "man", "मन",
                         "mann", "manala", "मनाला", "ichha", "इच्छा", "इच्छांना"})
_OBJECT_MARKS = frozenset({"ko", "को", "la", "ला", "ka", "का", "ke", "के"})


# "why are lysosomes called suicide bags?" (round 32, students): a biology chapter's name; and
# "कट-ऑफपेक्षा जास्त गुण", the cut-off marks.
_BIOLOGY_BAG = frozenset({"bag", "bags", "बॅग", "बैग", "bagcha", "bagchya"})
_OFF = ("off", "ऑफ", "ऑफ़")


def _chapter_and_cut_off(c: Concepts) -> None:
    words = c.words
    for hit in c.of("suicide"):
        if hit.end < len(words) and words[hit.end].raw in _BIOLOGY_BAG:
            c.drop("suicide", hit.start, hit.end)
    for hit in c.of("cut"):
        if (hit.end < len(words) and words[hit.end].raw.startswith(_OFF)) or words[hit.start].raw.startswith("कट-ऑफ"):
            for name in ("cut", "cut_site", "self_harm"):
                c.drop(name, hit.start, hit.end)


def _inner_foe_killed(c: Concepts) -> None:
    words = c.words
    for hit in c.of("kill", "die"):
        i = hit.start - 1
        if i >= 0 and words[i].raw in _OBJECT_MARKS:
            i -= 1
        if i >= 0 and words[i].raw in _INNER_FOES and words[i].sentence == words[hit.start].sentence:
            for name in ("kill", "die", "want", "copula", "strike"):
                c.drop(name, hit.start, hit.end + 1)
            c.add("unmeant", i, hit.end)


def remove_figures_of_speech(c: Concepts) -> None:
    """Danger words said about a thing, a story or a chore, and not about the writer."""
    words = c.words
    skels = [t.skeleton for t in words]
    _inner_foe_killed(c)
    _chapter_and_cut_off(c)

    def in_sentence(i: int, names: tuple[str, ...], before_only: bool = False) -> bool:
        sentence = words[i].sentence
        return any(words[h.start].sentence == sentence and (not before_only or h.start < i)
                   for h in c.of(*names))

    for hit in c.of("suicide", "die"):
        i = hit.start
        # the thing so called is told in words ("driving in this rain is suicide"), not a
        # score, a sign, a stray letter or a digit typed for a letter ("b b e3s") before "is"
        if i >= 3 and skels[i - 1] in _EQUALS and hit.end - hit.start == 1 \
                and all(len(skels[k]) > 1 and skels[k].isalpha() and not any(ch.isdigit() for ch in words[k].raw)
                        for k in (i - 3, i - 2)) \
                and not any(ch.isdigit() for ch in words[i - 1].raw) \
                and (hit.end == len(words) or skels[hit.end] not in _NOT_A_FIGURE_NEXT) \
                and not skels[i].startswith("suicidl") \
                and not in_sentence(i, _WRITER + ("live", "life"), before_only=True):
            c.drop(hit.concept, hit.start, hit.end)
    # (not a show that ends, told as the hour: "shevatcha show sampla ki gachchi varun udi marnar")
    ends = {h.start for h in c.of("ended", "fest_farewell_when_it_ends")} if c.may_spell(_MEDIA) else set()
    media = [j for j, k in enumerate(skels) if k in _MEDIA and words[j].raw not in _RAIL
             and not ends.intersection((j + 1, j + 2))]
    for hit in c.of(*_TOLD_OF) if media else ():
        i = hit.start
        told = [j for j in media if j < i and words[j].sentence == words[i].sentence]
        if told and not any(told[-1] < h.start < i for h in c.of(*_WRITER)):
            c.drop(hit.concept, hit.start, hit.end)
    for hit in c.of("hang", "ligature", "noose_cord"):
        # ("rassi kudna", or the jumping rope named first: "कूदने वाली रस्सी", round 46)
        if (hit.end < len(words) and words[hit.end].raw.startswith(_SKIPPING)) or (
                hit.start >= 2 and words[hit.start - 2].raw.startswith(_JUMPING)
                and words[hit.start - 1].raw in _ROPE_OF):
            for name in ("hang", "ligature", "noose_cord", "jump", "want", "die", "kill", "die_first_person"):
                c.drop(name, max(0, hit.start - 2), hit.end)
    sentences_with_view = {t.sentence for t, k in zip(words, skels, strict=True) if k in _VIEW}
    if sentences_with_view:
        for hit in c.of("height", "high_place", "edge", "look_down"):
            i = hit.start
            if words[i].sentence in sentences_with_view and not in_sentence(i, _DANGER):
                c.drop(hit.concept, hit.start, hit.end)
    goodbyes = c.of("goodbye", "farewell_word")
    # (found once, not once per goodbye: a long text says many)
    sentences_with_travel = {t.sentence for t, k in zip(words, skels, strict=True) if k in _TRAVEL} \
        if goodbyes else set()
    for hit in goodbyes:
        i = hit.start
        if in_sentence(i, ("die", "for_good", "suicide", "last_time", "want", "burden")):
            continue
        sentence = words[i].sentence
        if (hit.end < len(words) and skels[hit.end] in _GOODBYE_EVENT_NEXT) or sentence in sentences_with_travel:
            c.drop(hit.concept, hit.start, hit.end)
    # A morning not to get up to, in a sentence with the cold, laziness or a Sunday: the bed's
    # pull ("इतकी थंडी आहे की सकाळी उठूच नये वाटतं"), not a wish about waking (gone_by_then.py).
    # A cold room is a freezer, not the weather (round 62: "cold room मध्येच झोपून जावं आणि परत
    # उठूच नये").
    for room in c.of("kg_cold_room"):
        c.drop("lazy_morning", room.start, room.end)
    for hit in c.of("wake_not_wished"):
        if in_sentence(hit.start, ("lazy_morning",)) and not in_sentence(hit.start, _WAKE_GRAVE):
            c.drop("wake_not_wished", hit.start, hit.end)
    for hit in c.of("wont_need"):
        sentence = words[hit.start].sentence
        if any(t.sentence == sentence and k in _REPLACED for t, k in zip(words, skels, strict=True)):
            c.drop("wont_need", hit.start, hit.end)
