"""The others' use that the writer walked away from, and "everything else is fine" (round 40,
holdouts 130, 131 and 133), read before the rules combine concepts:

- friends smoking charas on the hostel terrace, boys with smack after the match, the truckers
  offering it, and the writer who got up and left, went down to study or went home: "mitra charas
  odhat hote, mi khali yeun vachat baslo", "munde smack la ke baithe the, mai uth ke ghar aa gaya",
  "स्मॅक देऊ केली, मी तिथून उठून गेलो". Their use and their place are forgotten, and the leaving is a
  refusal; the writer's own use anywhere else in the message still alerts;
- "बाकी सब ठीक", "sagla thik": everything else is fine, not all the pills;
- "botala kaach ghusli": glass in the finger (Marathi "बोटाला"), not a bottle.

Called from alumni.domain.crisis.idioms."""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_LEFT = ("uth ke ghar aa gaya", "uth ke ghar chala gaya", "ghar aa gaya", "ghar chala gaya", "tithun uthun gelo",
         "तिथून उठून गेलो", "uthun gelo", "उठून गेलो", "khali yeun", "खाली येऊन", "नीचे आकर", "neeche aakar",
         "baajula jaun", "बाजूला जाऊन", "bajula jaun", "got up and left", "walked away", "went home", "left early",
         "उठ के घर आ गया", "घर आ गया", "bahar nighalo", "बाहेर निघालो", "ghari aalo", "घरी आलो",
         # round 44: got up and went, walked home, stepped aside, came back, turned the face away
         "uth ke chala gaya", "उठ के चला गया", "उठके चला गया", "uthke chala gaya", "walked home", "baju zalo",
         "बाजूला झालो", "bajula zalo", "parat aalo", "परत आलो", "munh pher liya", "मुंह फेर लिया",
         "muh pher liya", "mooh pher liya", "मुँह फेर लिया", "turned away", "walked out", "walked off",
         # round 46: "i went out for a walk instead"
         "went out for a walk", "went for a walk", "walk la gelo", "walk ला गेलो", "टहलने चला गया", "tahalne chala gaya",
         # rounds 116-117: slept (in English only: Hindi's "so gaya" as often follows one's own drink), said no,
         # got up and went round the canal, got down from the jeep and walked, the children's crackers instead
         "went back to camp", "went back to the camp", "went back to my room", "went to sleep", "and slept",
         "i slept", "i said no", "said no and", "told them i'm done", "told them im done", "i'm done with that",
         "im done with that", "मैं उठ के", "main uth ke", "mai uth ke", "i got up", "मुलांसोबत", "mulansobat",
         "बच्चों के साथ", "bacchon ke saath", "with the kids", "with my kids", "khali utarun", "खाली उतरून",
         "chalat gelo", "चालत गेलो")
_THEIR_USE = ("cannabis", "opioids", "alcohol", "inhalants", "drugs", "cocaine", "use", "use_strong", "drank",
              "drink_verb", "took", "bare_use", "smoke_named", "offered", "danger_place", "height", "by_night",
              "go_there", "sit_there", "high_place", "stimulants", "came_about", "drink_happened")
_USE_VERBS = ("use", "use_strong", "drank", "drink_verb", "took", "bare_use")
# The others, by their words: friends, boys, the truckers.
_OTHERS_NAMED = frozenset({"munde", "मुंडे", "pora", "पोरं", "pore", "पोरे", "ladke", "लड़के", "boys", "guys", "mitra",
                           "मित्र", "dost", "दोस्त", "sab", "सब", "sagle", "सगळे", "log", "लोग", "drivers", "friends",
                           "partners", "roommates", "flatmates",
                           # round 116-117: the crew, the polling party, the gathering, a name with its "ne"
                           "crew", "team", "party", "colleagues", "sathi", "साथी", "मैफल", "maifal", "mehfil",
                           "महफिल", "महफ़िल", "ने", "ne", "tyanni", "त्यांनी", "unhone", "उन्होंने", "they"})
# (and the seller, "MD vala", "एमडी वाला"; or the offer, "MD offer झाली")
_OTHERS_ENDINGS = ("वाल्यांनी", "walyanni", "valyanni", "वालों ने", "wale", "wala", "vala", "वाला", "वाले", "offer",
                   "offered", "ऑफर")
# The writer joining in: "mi pan odhla", "maine bhi", "me too".
_ME_TOO = ("me_too", "joined", "writer_in_it")
# The use going round, nobody named: "ganja चल रहा था", "daru chalu hoti".
_GOING = frozenset({"chal", "चल", "chalu", "चालू"})
_GOING_ON = frozenset({"raha", "rahi", "rahe", "रहा", "रही", "रहे", "hota", "hoti", "hote", "होता", "होती", "होते"})
_WRITER_WORDS = frozenset({"mi", "मी", "main", "mai", "मैं", "maine", "मैंने", "i", "me"})
_FINGER = frozenset({"botala", "बोटाला", "botat", "बोटात", "botavar", "बोटावर"})


# The leaving phrases by their first word: one pass over the text finds them.
_LEFT_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _LEFT:
    _LEFT_BY_FIRST.setdefault(_phrase.split()[0], []).append(tuple(_phrase.split()))


def _leaving_at(raws: list[str]) -> tuple[int, int] | None:
    """Where the first leaving phrase starts, and its length."""
    for i, raw in enumerate(raws):
        for parts in _LEFT_BY_FIRST.get(raw, ()):
            if tuple(raws[i:i + len(parts)]) == parts:
                return i, len(parts)
    return None


def _going_round(raws: list[str], i: int) -> bool:
    return raws[i] in _GOING and i + 1 < len(raws) and raws[i + 1] in _GOING_ON


def forget_left_them_to_it(c: Concepts) -> None:
    words = c.words
    raws = [t.raw for t in words]
    if (not c.typed_words.isdisjoint(_OTHERS_NAMED) or c.may_hold(_OTHERS_ENDINGS)
            or not c.typed_words.isdisjoint(_GOING)) and not c.of(*_ME_TOO):
        found = _leaving_at(raws)
        if found is not None:
            at, length = found
            # The others named before the leaving, in the same or the sentence before; their use
            # is read from where they are named.
            sentence = words[at].sentence
            others = [i for i in range(at) if sentence - 1 <= words[i].sentence <= sentence and (
                raws[i] in _OTHERS_NAMED or raws[i].endswith(_OTHERS_ENDINGS) or _going_round(raws, i))]
            # Their use comes after them ("mitra charas odhat hote"); a use before them is the
            # writer's own ("took chitta with old friends when i went home"), and so is one the
            # writer took between them and the leaving ("MD vala aala, mi ghetla ani ghari aalo").
            writers_own = others and any(
                (h.start < others[0] and sentence - 1 <= words[h.start].sentence)
                or (others[0] < h.start < at and _WRITER_WORDS.intersection(raws[max(0, h.start - 2):h.start]))
                for h in c.of(*_USE_VERBS))
            if others and not writers_own:
                for name in _THEIR_USE:
                    c.drop(name, others[0] if name in _USE_VERBS else max(0, others[0] - 3), at)
                for name in ("craving",) + _USE_VERBS:      # ("मुंह फेर लिया" is no "फेर", a turn back to it)
                    c.drop(name, at, at + length)
                c.add("quit", at, at + length)
                c.add("unmeant", max(0, others[0] - 3), at)     # their substance, for the evidence too
    for hit in c.of("all_good"):
        for name in ("quantity", "all_there_is", "it_all", "all_of_it", "all_i_have", "excess"):
            c.drop(name, max(0, hit.start - 1), hit.end)
    for i, raw in enumerate(raws):
        if raw in _FINGER:
            for name in ("alcohol", "bottle", "drink_unit"):
                c.drop(name, i, i + 1)
