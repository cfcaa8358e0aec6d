"""Poppy as a crop and "post" as a post (round 26, holdout 76, the opium belt): in Malwa and
Mewar poppy is grown under licence, and poppy husk is called "post" (पोस्त), which is also a
social media post or the post office.

- the crop: "our poppy licence got renewed this year, lancing starts next week", "पोस्त के खेत
  में चीरा लगाया पर एक दाना भी नहीं चखा": the plant's name followed by its field, licence,
  crop or lancing is farming, not using;
- a post: "तुमची Instagram post share केली", "आपकी फेसबुक पोस्ट बहुत अच्छी लगी": after a
  platform, or before sharing, liking or the office. "पोस्ट" with its ट is always the post
  (the husk is पोस्त).

Called from alumni.domain.crisis.idioms, before the drinking and using readings.
"""
from __future__ import annotations

from alumni.domain.crisis.concepts import Concepts

_PLANT = frozenset({"poppy", "post", "posta", "पोस्त", "डोडा", "doda", "afeem", "अफीम", "afim"})
_CROP = frozenset({"licence", "license", "licences", "crop", "crops", "field", "fields", "kheti", "खेती", "खेत",
                   "fasal", "फसल", "lancing", "chira", "चीरा", "patta", "पट्टा", "farming", "farmer", "farmers",
                   "kisan", "किसान"})
_POSTS = frozenset({"post", "posts", "पोस्ट", "पोस्टस", "पोस्ट्स"})
_PLATFORMS = frozenset({"instagram", "insta", "fb", "facebook", "फेसबुक", "इंस्टा", "इंस्टाग्राम", "whatsapp",
                        "व्हाट्सएप", "linkedin", "twitter", "blog", "status", "स्टेटस", "your", "तुमची", "आपकी",
                        "tumchi", "aapki", "my", "meri", "मेरी", "majhi", "माझी",
                        # a post as a job: "got permanent post in the corporation"
                        "permanent", "sarkari", "सरकारी", "naukri", "नौकरी", "new"})
_POST_DOINGS = frozenset({"share", "shared", "like", "liked", "comment", "comments", "office", "ऑफिस", "man",
                          "card", "box", "शेअर", "शेयर", "लाइक", "कमेंट", "kiya", "keli", "kela", "केली", "केला",
                          "किया", "dali", "daali", "डाली", "takli", "टाकली", "mortem"})
_SUBSTANCE_NAMES = ("opioids", "drugs")


def forget_poppy_crop_and_posts(c: Concepts) -> None:
    typed = c.typed_words
    if typed.isdisjoint(_PLANT) and typed.isdisjoint(_POSTS):
        return
    words = c.words
    raws = [t.raw for t in words]
    for hit in c.of(*_SUBSTANCE_NAMES):
        raw = raws[hit.start]
        after = raws[hit.end:hit.end + 3]
        before = raws[max(0, hit.start - 2):hit.start]
        crop = raw in _PLANT and any(w in _CROP for w in after)
        post = raw in _POSTS and (raw.startswith("पोस्ट") or any(w in _PLATFORMS for w in before)
                                  or any(w in _POST_DOINGS for w in after[:2]))
        if crop or post:
            c.drop(hit.concept, hit.start, hit.end)
