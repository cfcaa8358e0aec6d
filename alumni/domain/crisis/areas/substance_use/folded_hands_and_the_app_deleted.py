"""Refusals and quittings said in the trade's own way (the second reading of rounds 72-73): the
hands folded at a quarter held out ("कटाई वालों ने ट्रॉली पे पउआ बढ़ाया, मैंने हाथ जोड़ दिए"), the
invitation not gone to ("ratri ganja odhayla bolavla, mi nahi gelo"), the betting app taken off the
phone ("rummy cha app mobile madhun kadhun takla, 90 divas zale").

Words only: they widen the base lexicon's quitting, which cancels the use they stand beside.
"""
from __future__ import annotations

NEW: dict[str, tuple[str, ...]] = {}

EXTENDS: dict[str, tuple[str, ...]] = {
    "quit": ("हाथ जोड़ दिए", "haath jod diye", "hath jod diye", "हाथ जोड़ लिए", "haath jod liye", "हात जोडले",
             "haat jodle", "hat jodle", "folded my hands", "मी नाही गेलो", "mi nahi gelo",
             "मैं नहीं गया", "main nahi gaya", "mai nahi gaya", "didnt go", "didn't go", "काढून टाकला",
             "काढून टाकलं", "kadhun takla", "kadhun takle", "uninstall", "uninstalled", "delete kela",
             "delete kiya", "delete kar diya", "डिलीट केला", "डिलीट कर दिया", "app hata diya", "ऐप हटा दिया"),
}
