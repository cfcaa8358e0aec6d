"""From raw text to tokens that compare equal however a word was typed.

Each token keeps the word as it appears in the text (staff see it on the case) and a
"skeleton": one canonical spelling in which a Devanagari word and its casual romanisation
meet, so the concept lexicon is written once. The skeleton:

- folds look-alike letters from other alphabets (Cyrillic "о", Greek "ο") and fullwidth
  or mathematical letters to plain Latin, and drops zero-width characters;
- writes Devanagari letter by letter in Latin (ख -> k, ज़ -> j, ी -> i, ं -> n);
- drops every "a" (अ, आ, ा, the inherent vowel and Latin a): casual romanisation writes
  both long and short a as "a" and drops the schwa at will (marna/marana, zindagi/zindgi),
  so the only spelling both scripts agree on has none;
- folds ee/i, oo/u, w/v, z/j, ph/f, sh/s, ch/c, aspirates (kh, gh, jh, th, dh, bh) and
  letters typed twice or more ("dieeee", "pills", "daaru").

Hand-written rather than a transliteration library: sanscript or aksharamukha give a
scholarly romanisation (with long vowels and schwas) that would still need this folding
to meet what people type, and a table of sixty characters is cheap to read and to run.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from alumni.domain.crisis.dialect_words import DIALECT_WORDS
from alumni.domain.crisis.records import record
from alumni.domain.crisis.verb_endings import fold_verb_endings

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
                                     "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d"
                                     "\u202e\u2060\u2061\u2062\u2063\u2064\ufeff"), None)
# str.translate with a dict looks up every character: a tenth of a millisecond on a long text
# that almost never holds one of these. Searched for first.
_ANY_ZERO_WIDTH = re.compile("[" + "".join(map(chr, _ZERO_WIDTH)) + "]")

# Letters from other alphabets that look like Latin ones (used to slip past filters, or
# typed by a keyboard set to another layout). Lower case: folding happens after casefold.
_HOMOGLYPHS = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ɩ": "i",
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "ι": "i",
    "κ": "k", "μ": "u", "ν": "v", "ο": "o", "ρ": "p", "σ": "o", "ς": "c", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w", "ı": "i",
})

# Devanagari, letter by letter; the a-sounds become "a" and then go with Latin a.
_DEVANAGARI = {
    # independent vowels
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e", "ऐ": "i",
    "ओ": "o", "औ": "u", "ऑ": "o", "ऍ": "e", "ॲ": "e", "ऎ": "e", "ऒ": "o",
    # vowel signs, virama, nasals, visarga
    "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "i",
    "ो": "o", "ौ": "u", "ॉ": "o", "ॅ": "e", "ॆ": "e", "ॊ": "o", "्": "", "ं": "n",
    "ँ": "n", "ः": "h", "़": "", "ऽ": "",
    # consonants (aspirates folded: casual romanisation drops the h half the time)
    "क": "k", "ख": "k", "ग": "g", "घ": "g", "ङ": "n", "च": "c", "छ": "c", "ज": "j",
    "झ": "j", "ञ": "n", "ट": "t", "ठ": "t", "ड": "d", "ढ": "d", "ण": "n", "त": "t",
    "थ": "t", "द": "d", "ध": "d", "न": "n", "प": "p", "फ": "f", "ब": "b", "भ": "b",
    "म": "m", "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v", "श": "s", "ष": "s",
    "स": "s", "ह": "h", "ऱ": "r", "ऴ": "l", "ॐ": "om",
}
# क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ as single code points (typed either way; the nukta alone maps to nothing).
_DEVANAGARI.update(zip("\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f", "kkgjddfy", strict=True))
_DEVANAGARI_TABLE = str.maketrans({k: v for k, v in _DEVANAGARI.items() if len(k) == 1})

# Order matters: Devanagari is first written with "a" for अ/आ/ा (no inherent vowel), then
# both scripts go through the same folds, so "chahta" and "चाहता" both become "ct".
_LATIN_FOLDS = (
    (re.compile(r"(?<!e)ee(?!e)"), "i"), (re.compile(r"(?<!o)oo(?!o)"), "u"),
    (re.compile(r"a"), ""),
    (re.compile(r"([^\W\d_])\1+"), r"\1"),
    (re.compile(r"(?<=i)y(?=e)"), ""),
    (re.compile(r"ph"), "f"), (re.compile(r"sh"), "s"), (re.compile(r"ck"), "k"),
    (re.compile(r"([kgjtdbc])h"), r"\1"),
)
_REPEATS = re.compile(r"([^\W\d_])\1+")
_LETTER_SWAPS = str.maketrans({"w": "v", "z": "j", "q": "k"})
# Digits typed for letters inside a word: su1c1de, k1ll, 0verdose.
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s"})
_LEET_IN_WORD = re.compile(r"(?<=[a-z])[0134570@$]+(?=[a-z])|^0(?=[a-z]{3})")

_DEVANAGARI_RANGE = "\u0900-\u0963\u0966-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff"
# Emoji that may count as weak evidence inside a combination (never alone).
EMOJI_WORDS = {"💊": "pill", "🔪": "knife", "🗡": "knife", "💀": "skull", "☠": "skull",
               "⚰": "coffin", "🪦": "coffin", "🩸": "blood", "🔫": "gun", "🪢": "rope",
               "🍺": "beer", "🍻": "beer", "🍷": "wine", "🥃": "whisky", "🍾": "bottle",
               "🍸": "drink", "🌿": "weed", "💉": "needle", "😂": "lol", "🤣": "lol", "😜": "lol",
               "😝": "lol", "😆": "lol", "😅": "lol", "🤪": "lol", "😘": "lol", "😍": "lol", "😁": "lol",
               "🎉": "lol", "😄": "lol", "😋": "yum", "🤤": "yum"}
_EMOJI = "".join(EMOJI_WORDS)
_TOKEN = re.compile(rf"[\w{_DEVANAGARI_RANGE}@$]+(?:['’][\w{_DEVANAGARI_RANGE}]+)*|[{_EMOJI}]")
# Clauses end at punctuation and at "but": a negation never reaches across them.
_CLAUSE_BREAK = frozenset(",;:.!?।॥\n()[]\"")
_SENTENCE_BREAK = frozenset(".!?।॥\n")


@record
class Token:
    surface: str     # as in the text
    skeleton: str    # canonical spelling, see the module docstring
    raw: str         # case- and look-alike-folded, accents and apostrophes kept
    clause: int      # index of the clause it sits in (split at punctuation and "but")
    sentence: int


def clean(text: object) -> str:
    """Any input as text to read: None and non-strings tolerated, zero-width characters
    dropped, compatibility letters (fullwidth, bold maths) made plain. HTML tags are left
    to the tokenizer, which reads "<b>" as the word "b": stripping "<...>" would also
    swallow "<3 i want to die >.<"."""
    if text is None:
        return ""
    if not isinstance(text, str):
        try:
            text = str(text)
        except Exception:  # an object whose __str__ fails still must not break a webhook
            return ""
    if _ANY_ZERO_WIDTH.search(text):
        text = text.translate(_ZERO_WIDTH)
    return unicodedata.normalize("NFKC", text)


def _strip_latin_accents(word: str) -> str:
    if word.isascii():
        return word
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch) and out and out[-1].isascii():
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case, look-alikes as Latin, no Latin accents, digits-for-letters undone."""
    word = _strip_latin_accents(word.casefold().translate(_HOMOGLYPHS))
    return _LEET_IN_WORD.sub(lambda m: m.group(0).translate(_LEET), word)


# Marathi's emphatic "ch" fused on a participle or an object ("मारूनच टाकतो", "त्यालाच",
# "marunach"): the word without it, as lists write it. Only after these endings, where no
# other word ends so ("lunch", "punch" are too short to be "-unch" here).
_EMPHATIC_ENDINGS = (("ूनच", 1), ("लाच", 1), ("unach", 2), ("alach", 2),
                     # a will made firm: "मरणारच", "संपवीनच", "marnarach"
                     ("णारच", 1), ("ीनच", 1), ("ईनच", 1), ("ेनच", 1), ("narach", 2))


def _without_emphatic(word: str) -> str:
    for ending, drop in _EMPHATIC_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[:-drop]
    if word.endswith("unch") and len(word) >= 7 and word.isascii():
        return word[:-2]
    return word


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The canonical spelling of one word (see the module docstring)."""
    word = fold_verb_endings(_without_emphatic(fold(word).replace("'", "").replace("’", "")))
    word = word.translate(_DEVANAGARI_TABLE).translate(_LETTER_SWAPS)
    for pattern, replacement in _LATIN_FOLDS:
        word = pattern.sub(replacement, word)
    return _REPEATS.sub(r"\1", word)


def skeletons(*words: str) -> frozenset[str]:
    """The skeletons of a reading's few words, to be asked of Token.skeleton."""
    return frozenset(skeleton(w) for w in words)


def tokens(text: str) -> list[Token]:
    """The words (and the emoji that matter) of already-cleaned text, in order."""
    out: list[Token] = []
    append = out.append
    clause = sentence = 0
    position = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start != position + 1 or text[position] != " ":    # a gap other than one space
            gap = text[position:start]
            if not _SENTENCE_BREAK.isdisjoint(gap):
                sentence += 1
            if not _CLAUSE_BREAK.isdisjoint(gap):
                clause += 1
        surface = text[start:end]
        skel, raw, clause_word = _read_word(surface)
        if clause_word:
            clause += 1
            append(Token(surface, skel, raw, clause, sentence))
            clause += 1
        else:
            append(Token(surface, skel, raw, clause, sentence))
        position = end
    return out


@lru_cache(maxsize=65536)
def _read_word(surface: str) -> tuple[str, str, bool]:
    """(skeleton, raw, whether it is a clause of its own) of one written word or emoji:
    the same words come back in every message."""
    if surface in EMOJI_WORDS:
        raw = EMOJI_WORDS[surface]
        return "emoji_" + raw, raw, False
    raw = fold(surface)
    written = SHORTHAND.get(raw.replace("’", "'")) or DIALECT_WORDS.get(raw, surface)
    if written is surface and _LAUGHTER.fullmatch(raw):
        written = "lol"
    if written is surface and len(raw) > 4 and raw[-2:] in ("'s", "’s") and raw[:-2] not in _IS_BEFORE:
        written = surface[:-2]      # "phone's dead", "mom's pills"
    return skeleton(written), raw, raw in _CLAUSE_WORDS


# Words whose "'s" is "is", not a possessive: "what's the point" is "whats the point".
_IS_BEFORE = frozenset({"what", "there", "where", "here", "who", "how", "nothing", "everything"})

# A laugh typed as a syllable said over and over, in either script and at any length:
# "hahahaha", "hehehe", "हाहा", "हाहाहा", "हीही", "हेहे", "खीखी". Its skeleton ("h") is no word.
_LAUGHTER = re.compile(r"(?:ha|he|hi|हा|हे|ही|हि|खी|खि){2,}h?")


# SMS shorthand and abbreviations that the skeleton alone would read wrongly: "od'd" is not
# "odd", "Mr" is not "mar" (die).
SHORTHAND = {
    "od": "overdose", "o.d": "overdose", "od'd": "overdosed", "oded": "overdosed",
    "od'ed": "overdosed", "odd'd": "overdosed", "od'ing": "overdosing", "oding": "overdosing",
    "ods": "overdose", "od’d": "overdosed",
    "mr": "mister", "mrs": "missus", "dr": "doctor", "ms": "miss",
    "2": "to", "u": "you", "ur": "your", "r": "are", "n": "and", "y": "why", "k": "okay",
    "b4": "before", "gr8": "great", "2day": "today", "2nite": "tonight", "2night": "tonight",
    "tmrw": "tomorrow", "rn": "rightnow", "agn": "again", "agen": "again", "agin": "again",
    "usd": "used", "usin": "using", "drnk": "drank",
    # English words whose skeleton is a Hindi or Marathi word of another concept: "she"
    # would be "se" (from), "wish" would be "vish" (poison), "he" would be "ahe" (is).
    "she": "shey", "she's": "sheys", "shes": "sheys", "wish": "wishes",
    # "goat" would be "got" (acquired), which made "got a rope" a rope for cattle
    "goat": "bakri", "goats": "bakri",
    "ate": "eaten", "tea": "chai", "been": "been-aux", "maal": "maal-drugs",
    # one spelling for poison, whose Devanagari skeleton (ज़हर -> jr) is "zara" (a little)
    "zahar": "zeher", "jahar": "zeher", "zehar": "zeher", "zaher": "zeher", "jeher": "zeher",
    "zehr": "zeher", "zahr": "zeher", "जहर": "zeher",
    "\u091c\u093c\u0939\u0930": "zeher", "\u095b\u0939\u0930": "zeher",
    "he": "he-him", "chaha": "chai", "चहा": "chai",
    # Hindi "from him/her", whose skeleton is English "use" (using): "उससे सीखा" is no use.
    "उससे": "usse-from", "usse": "usse-from",
    "toddy": "taadi", "pool": "swimmingpool", "pools": "swimmingpool", "room": "kamra", "rooms": "kamre",
    "haha": "lol", "hahaha": "lol", "hahahaha": "lol", "hehe": "lol", "hihi": "lol",
    "plz": "please", "pls": "please", "plzz": "please", "plss": "please",
    # Substance words whose skeleton is an ordinary word ("hash" is "has", "meth" is "met",
    # "MD" is "mad", "MDMA" is "madam", "भांग" is "bang"), and Marathi "and" and "even",
    # whose skeletons are "nahi" (ani -> "ni") and "shuddh" (unconscious).
    "hash": "hashish", "meth": "methamphetamine", "md": "mephedrone", "bhang": "bhango",
    "bhaang": "bhango", "भांग": "bhango", "भाँग": "bhango", "ani": "aani-and", "aani": "aani-and",
    "आणि": "aani-and", "suddha": "suddha-even", "sudha": "suddha-even", "सुद्धा": "suddha-even",
    "suddhha": "suddha-even", "mdma": "ecstasy",
    # "jagah" (a place) would be "jhaag" (froth at the mouth, unconscious)
    "jagah": "jagah-place", "jagha": "jagah-place", "jageh": "jagah-place", "जगह": "jagah-place",
    # "aadha" (half: "aadha pauwa") would be "dada" (a relation)
    "aadha": "aadha-half", "adha": "aadha-half", "aadhi": "aadha-half", "आधा": "aadha-half",
    "आधी": "aadha-half", "अर्धा": "aadha-half", "ardha": "aadha-half",
    # "adda" (a den) would be "dada"
    "adda": "adda-den", "addaa": "adda-den", "अड्डा": "adda-den",
    # "arrack" (liquor) would be "rakha" (kept: "dose same rakha hai")
    "arrack": "arrack-liquor", "arak": "arrack-liquor",
    # Marathi "देत" (letting, giving: "जाऊ देत नाही") would be "death"
    "देत": "deta-giving",
    # Hindi "deta" (gives: "khatam kar deta hu") would be "death"
    "deta": "deta-giving", "देता": "deta-giving",
    # "saara" (all: "saara kaam khatam kiya") would be "sar" (head, sir)
    "saara": "saara-all", "sara": "saara-all", "सारा": "saara-all",
}

# "but" starts a new clause on both sides: "no drink for a year but drank last night".
_CLAUSE_WORDS = frozenset({"but", "lekin", "magar", "parantu", "लेकिन", "मगर", "पण", "परंतु"})


def despaced(words: list[Token]) -> tuple[list[Token], list[str]]:
    """The words read with the spaces gone (emoji left out) and the skeleton of each as
    typed, shorthand not expanded: run together they find "iwanttokillmyself" or
    "k i l l myself"."""
    reading = [t for t in words if not t.skeleton.startswith("emoji_")]
    return reading, [skeleton(t.raw) for t in reading]
