"""Camp talk among friends (round 21, holdout 61, queer and trans alumni): danger words used
as affection or praise, read away before the rules.

- a threat with a kiss: "you" threatened over a trifle of make-up, clothes or a date ("touch my
  lipstick again and I'll kill you 😘", "meri heels pehni to maar dalungi tujhe, pyaar se",
  "majha kajal parat kar nahitar maarin tula, premane", "late for brunch again and I'll murder
  you, darling"): a condition, the "you", the trifle, and an endearment or a laugh in the
  sentence;
- a look or a dish praised by its victims: "this saree will kill everyone", "her rajma could
  kill a man", "ये लहंगा सबको मार डालेगा": a garment or a dish, and a killing of nobody in
  particular (a man, everyone, the room);
- "I'm deceased 💀", "I'm dead 😂" over someone's walk, look or show;
- drag as the art: "drag night", "drag queen", "drag show" is no puff of a cigarette.

A weapon, poison, pills, the writer's own self as the one to die, fear, a plea for help or a
beating told as a habit keep every word alerting ("if you touch my sister again I'll kill
you", with no trifle and no kiss, is a threat). Called from alumni.domain.crisis.scenes_told."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

# Words of endearment and the laugh or kiss typed after the threat (emoji arrive as "lol").
_FOND = frozenset({"darling", "darlin", "babe", "baby", "bby", "honey", "hon", "sweetie", "sweety", "bestie",
                   "queen", "hunty", "sis", "behen", "bahen", "बहन", "behna", "bhen", "yaar", "love", "luv",
                   "jaanu", "जानू", "shona", "शोना", "pyaar", "pyar", "प्यार", "premane", "प्रेमाने", "lovingly",
                   "lol", "haha", "hahaha", "lmao", "hehe", "xoxo", "mwah", "muah", "kiss", "kisses",
                   "हाहा", "गं", "ग"})
# The condition a threat hangs on.
_IF = frozenset({"if", "agar", "agr", "अगर", "to", "toh", "तो", "tar", "तर", "jar", "जर", "nahitar", "नाहीतर",
                 "warna", "वरना", "varna", "or", "else", "and"})
# The one threatened: the friend addressed.
_YOU = frozenset({"you", "u", "ya", "tujhe", "तुझे", "tujko", "tujhko", "तुझको", "tu", "तू", "tum", "तुम", "tumhe",
                  "तुम्हें", "tula", "तुला", "tuza", "तुझा", "tuzha", "tujha", "tuzi", "तुझी", "tera", "तेरा",
                  "teri", "तेरी", "tuje"})
# The trifles of make-up, clothes and plans a friend is threatened over: stems as typed.
_TRIFLES = ("lipstick", "लिपस्टिक", "kajal", "काजल", "eyeliner", "आयलाइनर", "liner", "mascara", "makeup",
            "make-up", "मेकअप", "foundation", "blush", "highlighter", "nail", "नेल", "heels", "हील", "sandal",
            "saree", "sari", "साड़ी", "साडी", "lehenga", "लहंगा", "dupatta", "दुपट्टा", "dress", "ड्रेस", "outfit",
            "top", "skirt", "wig", "विग", "jhumk", "झुमक", "earring", "nath", "नथ", "bindi", "बिंदी", "perfume",
            "brunch", "ब्रंच", "late", "लेट", "gossip", "spoiler", "brush", "palette", "कपड")
# A killing of nobody in particular: "could kill a man", "सबको मार डालेगी", "the whole room".
_ANYONE = frozenset({"sabko", "सबको", "sab", "सब", "everyone", "everybody", "sagalyanna", "सगळ्यांना",
                     "sagalyana", "logon", "लोगों", "lokanna", "लोकांना", "room", "crowd", "man", "men",
                     "boys", "mulanna", "मुलांना", "ladkon", "लड़कों"})
# What is praised: a look, a garment, a dish, as whole words ("dal" begins "dalunga").
_PRAISED = frozenset({
    "lipstick", "lipsticks", "लिपस्टिक", "kajal", "काजल", "eyeliner", "makeup", "मेकअप", "heel", "heels", "हील",
    "saree", "sarees", "sari", "साड़ी", "साडी", "lehenga", "lehnga", "लहंगा", "dress", "dresses", "ड्रेस", "outfit",
    "outfits", "wig", "jhumka", "jhumke", "झुमका", "झुमके", "nath", "नथ", "lewk", "katilana", "कातिलाना",
    "rajma", "राजमा", "biryani", "बिरयानी", "chole", "छोले", "curry", "dal", "दाल", "cake", "cakes", "kheer", "खीर",
    "halwa", "हलवा"})
# "I'm deceased" over someone's walk, look or show.
_DEAD = frozenset({"deceased", "dead", "ded", "dying", "dyin", "ded."})
_SHOW = frozenset({"walk", "drag", "look", "lewk", "outfit", "serve", "served", "serving", "slay", "slayed",
                   "ate", "runway", "ramp", "show", "performance", "reel", "video", "meme", "roast", "dance",
                   "lipsync", "lip-sync", "voguing", "vogue", "read", "shade", "tweet", "post"})
_DRAG_AS_ART = frozenset({"night", "queen", "queens", "king", "kings", "show", "shows", "race", "brunch", "artist",
                          "artists", "mother", "family", "house", "performance", "performer", "ball", "look"})
_GRAVE = ("weapon", "poison", "pills", "sedatives", "suicide", "fear", "help_plea", "means", "self_harm",
          "hanging", "hang")
_HABIT = frozenset({"roj", "roz", "रोज", "daily", "always", "hamesha", "हमेशा", "nehmi", "नेहमी", "beats",
                    "police", "complaint", "seriously", "serious", "sach", "सच", "khara", "खरं"})
_THREAT = ("kill", "die", "jaan", "take", "take_mine", "will_take_it", "want", "murder", "violence", "strike",
           "abuse_again", "cut", "other_target", "use", "line_verb", "end", "maim", "throw", "dhamki",
           "threat_disclosed")


def _trifling(raws: set[str], stems: tuple[str, ...]) -> bool:
    return any(raw.startswith(stems) for raw in raws)


def _forget(c: Concepts, span: range) -> None:
    for name in _THREAT:
        c.drop(name, span.start, span.stop)
    c.add("unmeant", span.start, span.stop)


def forget_camp_talk(c: Concepts) -> None:
    if not c.of("kill", "murder", "jaan", "take_mine", "die", "drugs"):
        return
    typed = c.typed_words
    if c.of(*_GRAVE) or not typed.isdisjoint(_HABIT):
        return
    words = c.words
    for span in c.sentences.values():
        raws = {words[i].raw for i in span}
        if raws & _IF and raws & _YOU and raws & _FOND and _trifling(raws, _TRIFLES):
            _forget(c, span)
        elif raws & _ANYONE and raws & _PRAISED:
            _forget(c, span)
        elif raws & _DEAD and raws & _SHOW and ("skull" in raws or "lol" in raws):
            _forget(c, span)
    for i, token in enumerate(words):
        if token.raw == "drag" and i + 1 < len(words) and words[i + 1].raw in _DRAG_AS_ART:
            c.drop("drugs", i, i + 1)
            c.drop("use", i, i + 1)
