"""Killing words used of a game won and of a loved one's teasing (round 18), read by
alumni.domain.crisis.idioms before the rules:

- a game won, told in the past: "teen patti me sabko maar diya", "cricket में उनको murder कर
  दिया", "kabaddi madhe sagle marun takle", "we murdered them at carrom": a card game, a sport or a
  board game named in the sentence and the killing done ("diya", "takle", "-ed") is a win, so the
  killing is forgotten. A fight, a bat or a stump, blood, a hospital or the police beside it keep
  it ("match ke baad jhagda hua, usko bat se maar diya"), so does a friend or a relation
  struck while playing, and a killing still to come ("match ke
  baad maar dunga") is no win told and keeps it too;
- a wife's or a mother's teasing threat, laughed at: "wife says she'll strangle me if i touch her
  saree 😅", "mummy maar daalegi agar late hua lol": the writer is the one "threatened", over a
  trifle, on a condition, with a laugh. Without the laugh, or said of a husband or a father
  ("he says he'll strangle me if i tell anyone"), it keeps its alarm.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts
from alumni.domain.crisis.spelling import Token
from alumni.domain.crisis.word_context import laughing_sentences

_KILLING = ("kill", "murder", "strike", "beat_verb", "die", "strangle", "violence", "hurt")

# Games and sports where a side is "killed" by winning, named as such. Not "game", "khel" or
# "over": "khel khatam", "game over" also say a life's end.
_GAMES = frozenset({"cricket", "क्रिकेट", "match", "मैच", "kabaddi", "कबड्डी", "taash", "tash", "ताश", "cards",
                    "patte", "पत्ते", "rummy", "रमी", "poker", "carrom", "कैरम", "कॅरम", "ludo", "लूडो",
                    "chess", "शतरंज", "shatranj", "buddhibal", "बुद्धिबळ", "tournament", "volleyball",
                    "football", "badminton", "quiz", "antakshari", "अंताक्षरी", "dangal", "दंगल", "kho-kho",
                    "khokho", "hockey", "tennis", "pubg", "bgmi", "ipl", "t20", "innings", "wicket", "wickets"})
# The same named with a Marathi or Hindi ending: "कॅरममध्ये", "cricketmadhe", "क्रिकेटमध्ये".
_GAME_STEMS = frozenset(g for g in _GAMES if len(g) >= 4)
_GAME_ENDINGS = frozenset({"मध्ये", "madhe", "madhye", "मधे", "में", "me", "mein", "ला", "la", "च्या", "chya",
                           "ची", "chi", "चा", "cha", "त", "at", "वर", "var"})
_ENDING_SIZES = tuple(sorted({len(e) for e in _GAME_ENDINGS}))


def _is_game(raw: str) -> bool:
    """"carrom", "कॅरममध्ये", "cricketmadhe"; not "matchbox". Asked of every word, so the
    few endings are tried against the stems' set rather than every stem against the word."""
    return raw in _GAMES or any(raw[-size:] in _GAME_ENDINGS and raw[:-size] in _GAME_STEMS
                                for size in _ENDING_SIZES if len(raw) > size)
_GAME_PAIRS = frozenset({("teen", "patti"), ("tin", "patti"), ("तीन", "पत्ती"), ("3", "patti")})
# The killing told as done: "maar diya", "murder kar diya", "marun takle", "killed".
_DONE = frozenset({"diya", "di", "diye", "दिया", "दी", "दिए", "dala", "daala", "dale", "डाला", "डाले", "takla",
                   "takle", "taakla", "taakle", "टाकलं", "टाकले", "टाकला", "kela", "kele", "केलं", "केला",
                   "केले"})
_DONE_WORDS = ("killed", "murdered", "destroyed", "smashed", "thrashed", "slaughtered")
# What keeps the killing real beside a game: a fight, a bat, blood, a hospital, the police.
_REAL = frozenset({"bat", "बैट", "stump", "stumps", "danda", "डंडा", "khoon", "खून", "रक्त", "rakt", "blood",
                   "hospital", "हॉस्पिटल", "police", "पुलिस", "पोलीस", "jhagda", "jhagada", "झगड़ा", "झगडा",
                   "bhandan", "भांडण", "fight", "ladai", "लड़ाई", "chot", "चोट", "injury", "sir", "सिर",
                   "head", "knife", "chaku", "चाकू"})

# Who teases with a threat: a wife, a mother, a sister, a boss, a teacher.
_TEASERS = frozenset({"wife", "biwi", "बीवी", "बीबी", "bibi", "bayko", "बायको", "baiko", "mom", "mum", "mummy",
                      "मम्मी", "maa", "माँ", "मां", "aai", "आई", "didi", "दीदी", "tai", "ताई", "sister", "sis",
                      "boss", "teacher", "ma'am", "mam", "madam", "gf", "girlfriend", "wifey", "missus",
                      "gharwali", "घरवाली", "ammi", "अम्मी", "she", "shell", "she'll"})
_ME = frozenset({"me", "mujhe", "मुझे", "mala", "मला", "mereko"})
_IF = frozenset({"if", "agar", "अगर", "jar", "जर", "jo", "जो"})


def _game_words(words: list[Token], span: range) -> set[int]:
    """Where a game is named in one sentence: its words' indices (asked only of the sentences a
    killing word is in, since a long message may have a hundred sentences and one such word)."""
    found = {i for i in span if _is_game(words[i].raw)}
    for i in range(max(0, span.start - 1), span.stop):
        if i + 1 < len(words) and (words[i].raw, words[i + 1].raw) in _GAME_PAIRS:
            found |= {i, i + 1}
    return {i for i in found if i in span}


def _done(words: list[Token], start: int, end: int) -> bool:
    if words[start].raw.startswith(_DONE_WORDS):
        return True
    return any(words[k].raw in _DONE for k in range(end, min(len(words), end + 3)))


def forget_games_and_teasing(c: Concepts) -> None:
    words = c.words
    n = len(words)
    laughing = laughing_sentences(c)
    hits = c.of(*_KILLING)
    games: dict[int, set[int]] = {}
    for hit in hits:
        sentence = words[hit.start].sentence
        span = c.sentences[sentence]
        if any(words[i].raw in _REAL for i in span) or c.of("weapon"):
            continue
        # A game won, told as done; not a friend or a relation struck while playing ("taash
        # khelte waqt usne mere dost ko maar diya").
        if sentence not in games:
            games[sentence] = _game_words(words, span)
        game = games[sentence]
        kin_struck = any(h.start in span and h.start not in game for h in c.of("relation"))
        if game and not kin_struck and _done(words, hit.start, hit.end):
            for name in _KILLING:
                c.drop(name, hit.start, hit.end)
            c.drop("other_target", span.start, span.stop)
            c.drop("everyone_all", span.start, span.stop)
            continue
        # A loved one's teasing threat, on a condition, laughed at.
        if words[hit.start].sentence in laughing and hit.end < n and words[hit.end].raw in _ME \
                and any(words[k].raw in _IF for k in range(hit.end + 1, min(n, hit.end + 4))) \
                and any(words[k].raw in _TEASERS for k in range(max(0, hit.start - 5), hit.start)):
            for name in _KILLING:
                c.drop(name, hit.start, hit.end)
            c.drop("me", hit.end, hit.end + 1)
            c.drop("other_target", hit.start, min(n, hit.end + 10))
