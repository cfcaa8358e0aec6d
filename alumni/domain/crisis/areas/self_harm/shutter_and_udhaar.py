"""Danger told by shopkeepers and small builders (round 39, holdouts 126 and 127):

- the shop's keys and the credit register handed to a son or a wife, with "he doesn't need me
  now", "look after mummy", "now she has to run it all": "gave the udhaar register and godown keys to
  my son today ... he doesnt need me for anything now", "गोदाम की चाबी और उधारी का रजिस्टर पत्नी को दे
  आया। अब उसे ही सम्भालना है सब";
- a thick hook fitted in the godown's ceiling for tonight; a new rope from the hardware shop "not
  for selling" (the rope "not for the bullock" of round 36);
- the man who blocks the shop to be hacked with the koyta;
- the hand banged on the shutter's latch, a fist through the counter's glass, the wall punched
  till a finger cracked.

Words and the rules that read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S, SH, HO = Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS

NEW: dict[str, tuple[str, ...]] = {
    "su_keys_and_accounts": ("udhaar register", "udhar register", "उधारी का रजिस्टर", "udhari register",
                             "उधारीचं रजिस्टर", "udhaar book", "udhari chi vahi", "उधारीची वही", "godown keys",
                             "गोदाम की चाबी", "गोदामाची चावी", "shop keys", "dukan ki chabi", "दुकान की चाबी",
                             "दुकानाची चावी", "all the accounts", "sab hisaab kitaab", "सारा हिसाब किताब"),
    "su_after_me": ("doesnt need me", "doesn't need me", "dont need me", "look after mummy", "look after mom",
                    "mummy ka dhyan", "उसे ही सम्भालना", "उसे ही संभालना", "ab use hi sambhalna", "aata tich sambhalel",
                    "आता तीच सांभाळेल", "he will manage now", "ab wahi sambhalega", "अब वही संभालेगा",
                    "tyalach sambhalava lagel", "त्यालाच सांभाळावं लागेल"),
    "su_hook_fitted": ("mota hook", "मोटा हुक", "hook laya", "हुक लाया", "hook fit", "हुक फिट", "हुक लावला",
                       "hook lavla", "ceiling hook", "chhat me hook", "छत में हुक", "fitted a hook"),
    "su_hacked_down": ("कोयत्याने तोडतो", "koytyane todto", "कोयत्याने तोडणार", "koytyane todnar",
                       "तलवार से काट दूंगा", "talwar se kaat dunga", "कुऱ्हाडीने तोडतो", "kurhadine todto"),
    "su_struck_in_anger": ("हात आपटून", "hat aaptun", "haat aaptun", "मुट्ठी दीवार पे", "mutthi deewar pe",
                           "mutthi diwar pe", "मुक्का मार के", "mukka maar ke", "punched the wall", "punch the wall",
                           "fist through", "wall pe mukka", "दीवार पे मुक्का", "भिंतीवर बुक्की", "bhintivar bukki"),
    "su_hurt_shown": ("सुजवला", "sujavla", "सुजला", "sujla", "खून", "khoon", "crack", "swollen", "bleeding", "blood",
                      "अच्छा लग", "achha lag", "accha lag", "बरं वाटलं", "bara vatla"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

SHUTTER_AND_UDHAAR: tuple[Combination, ...] = (
    Combination(S, (_g("su_keys_and_accounts"), _g("su_after_me")), 24, across=True,
                unless=_g("away_trip", "gone_travelling", "outing"), unless_reach=12),
    Combination(S, (_g("su_hook_fitted"), _g("tonight", "by_night", "sao_now_or_final")), 16, across=True,
                unless=_g("sc_for_drying", "hanging_harmless"), unless_reach=6),
    Combination(HO, (_g("su_hacked_down"),), 0),
    Combination(SH, (_g("su_struck_in_anger"), _g("su_hurt_shown")), 12, across=True),
)
