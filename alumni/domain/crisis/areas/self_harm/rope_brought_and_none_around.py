"""Suicide told as the rope brought and nobody around, or the one step from a height (round 51,
holdouts 174-176): "दोरी आणलीय, घरी कोणी नाही आज", "दोरी आणलीय. तालमीत कोणी नसताना...", "अखाड़े
का रस्सा उतार लाया हूँ, बस रात होने का इंतज़ार"; "gym की chhat से neeche देखा aaj, 9th floor.
सोच रहा था बस एक कदम".

A rope brought for a chore names the chore (read by alumni.domain.crisis.tools_at_work, which
forgets the rope); nobody at home alone, or a step alone, is no plan. Words and the rules that
read them (appended to the area's COMBINATIONS by rules.py).
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

S = Category.SUICIDE

NEW: dict[str, tuple[str, ...]] = {
    # The thick rope of the akhada, beside the lexicon's ropes.
    "rb_rope": ("रस्सा", "rassa", "दोरखंड", "dorkhand"),
    "rb_brought": ("आणलीय", "aanliy", "anliye", "aanliye", "आणली आहे", "anli ahe", "आणलाय", "anlay", "उतार लाया",
                   "utaar laya", "utar laya", "ले आया हूँ", "ले आया हूं", "le aaya hu", "laaya hu", "लाया हूँ",
                   "लाया हूं", "bought a rope", "got a rope"),
    # Nobody around, or the night waited for.
    "rb_none_around": ("घरी कोणी नाही", "ghari koni nahi", "ghari kuni nahi", "घर पे कोई नहीं", "ghar pe koi nahi",
                       "घर में कोई नहीं", "ghar me koi nahi", "nobody home", "no one at home", "nobody at home",
                       "रात होने का इंतज़ार", "raat hone ka intezaar", "रात होने का इंतजार"),
    # What the rope is for, said beside it: the washing, a load.
    "rb_chore": ("kapde", "कपडे", "कपड़े", "clothes", "valat", "वाळत", "sukhane", "सुखाने", "sukhvayla", "सुकवायला",
                 "bandhayla", "बांधायला", "baandhne", "बांधने", "tie the", "for the"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

ROPE_BROUGHT_AND_NONE_AROUND: tuple[Combination, ...] = (
    Combination(S, (_g("rope_named", "rb_rope"), _g("rb_brought"), _g("rb_none_around", "gf_nobody_there",
                                                                       "ll_wait_dark")), 12, across=True,
                unless=_g("rb_chore", "rope_for_a_use", "hinted_ordinary_rope")),
    Combination(S, (_g("height", "al_high_floor", "al_terrace"), _g("wt_one_step", "step_forward")), 12, across=True,
                unless=_g("wt_steps_of_recovery")),
)
