"""Chores where a knife, a sickle or a rod is a tool: kitchen, farm, wood, fishing, a curtain.
A concept of its own ("chore"), and read by the harmless uses of this area's danger words."""
from __future__ import annotations

CHORES = frozenset({
    "sabzi", "sabji", "sabjii", "सब्ज़ी", "सब्जी", "vegetables", "veggies", "onion", "onions",
    "pyaz", "pyaaz", "प्याज", "kanda", "कांदा", "bhaji", "भाजी", "fruit", "fruits", "phal", "फल",
    "mango", "apple", "cake", "bread", "kitchen", "rasoi", "रसोई", "swayampak", "स्वयंपाक",
    "cooking", "chopping", "sharpen", "sharpening", "handle", "dhaar", "धार", "shetavar", "शेतावर",
    "oos", "ऊस", "sugarcane", "cane", "ganna", "गन्ना", "ganne", "गन्ने", "kaapni", "कापणी", "gavat", "गवत", "grass", "farm", "field", "khet", "खेत", "wood",
    "lakdi", "लकड़ी", "firewood", "fishing", "curtain", "parda", "पडदा", "surgery", "operation",
    "fracture", "plate", "plaster", "welding", "gilli", "gulli", "toy", "water", "glue", "nerf",
    "pichkari", "पिचकारी", "holi", "coconut", "naral", "नारळ", "nariyal", "meat", "chicken",
    "mutton", "fish", "cleaning", "rust", "gift", "gifted", "birthday", "collection", "museum",
    "antique", "puja", "pooja", "पूजा", "procession", "julus", "जुलूस", "mirvanuk", "mirvanukit",
    "मिरवणूक", "मिरवणुकीत", "shivjayanti", "शिवजयंती", "dussehra", "dasara", "दसरा", "दसऱ्याला",
    "dasryala", "lezim", "लेझीम", "akhada", "आखाडा", "practice", "training", "karate", "gatka",
    # a stick against stray dogs on a walk
    "walk", "dogs", "kutte", "कुत्ते", "kutri", "कुत्री", "stray"})

# As a concept, compared by skeleton: "cake" folds to "ke" (Hindi "of", in every other
# sentence), so it is read only by its spelling (harmless_uses reads CHORES word by word).
_SPELT_LIKE_COMMON_WORDS = frozenset({"cake"})
NEW: dict[str, tuple[str, ...]] = {"chore": tuple(sorted(CHORES - _SPELT_LIKE_COMMON_WORDS))}
EXTENDS: dict[str, tuple[str, ...]] = {}
