"""An overdose told as a poison to be mixed into one's own drink: rat poison from the store mixed
into "my chai" after the shift ("apni chai mein mila dunga", "माझ्या चहात मिसळणार").

Rat poison mixed into flour balls for the rats, or put in the godown's corners, stays quiet: the
reading needs the writer's own cup or plate, and the rats or the pests as the ones fed cancel it.
"""
from __future__ import annotations

from alumni.domain.crisis.combination import Combination, _g
from alumni.domain.crisis.detection import Category

OD = Category.OVERDOSE

NEW: dict[str, tuple[str, ...]] = {
    # One's own drink or food: "my chai", "apni chai", "माझ्या चहात".
    "into_my_cup": ("my chai", "my tea", "my coffee", "my drink", "my water", "my food", "my glass", "my cup",
                    "apni chai", "अपनी चाय", "apne chai", "apni chay", "apne paani", "अपने पानी", "apne khane",
                    "अपने खाने", "apne drink", "apni coffee", "अपनी कॉफी", "majhya chahat", "माझ्या चहात",
                    "majhya chahaat", "माझ्या चहामध्ये", "majhya chahamadhe", "majhya panyat", "माझ्या पाण्यात",
                    "majhya jevnat", "माझ्या जेवणात", "majhya coffeet", "माझ्या कॉफीत",
                    # "my own" (round 65: "its going in my own tea tonight")
                    "my own tea", "my own chai", "my own coffee", "my own drink", "my own food", "my own glass",
                    "my own cup"),
    # It goes in, or will be put in: "its going in", "dal dunga", "टाकणार".
    "pc_goes_in": ("going in", "goes in", "going into", "will go in", "put it in", "putting it in", "dal dunga",
                   "डाल दूंगा", "daal dunga", "ghalin", "घालीन", "taknar", "टाकणार", "takin", "टाकीन"),
    # The rats or pests fed: "for the rats", "chuhon ke liye", "उंदरांसाठी".
    "for_the_pests": ("for the rats", "for rats", "for the mice", "chuhon ke liye", "चूहों के लिए", "chuho ke liye",
                      "undransathi", "उंदरांसाठी", "undirasathi", "उंदरासाठी", "atta", "आटा", "peeth", "पीठ",
                      "flour", "corners", "kone", "कोने", "kopryat", "कोपऱ्यात", "pest control"),
}

EXTENDS: dict[str, tuple[str, ...]] = {}

POISON_IN_MY_CUP: tuple[Combination, ...] = (
    # A poison and the mixing, with the writer's own cup or plate.
    Combination(OD, (_g("poison"), _g("mix_in", "slip_in", "pc_goes_in"), _g("into_my_cup")), 16, across=True,
                unless=_g("for_the_pests"), unless_reach=8),
)
