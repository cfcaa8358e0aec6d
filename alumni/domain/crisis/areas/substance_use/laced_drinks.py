"""A substance brewed or mixed into a soft drink: "doda chi chaha", "डोड्याचा चहा", "afeem ki
chai", "bhang ka sharbat". The tea or the sherbet carries the substance, so it does not make
the drinking verb harmless (alumni.domain.crisis.idioms reads "chai pi li" as tea). Nor is
the "दवाई" of a farm's poison ("खेत वाली दवाई पी ली") a medicine drunk. Read with the
substance context, before the idioms."""
from __future__ import annotations

from alumni.domain.crisis.areas.substance_use.substances import ANY
from alumni.domain.crisis.concepts import Concepts

# "of" between the substance and the drink: Marathi and Hindi, both scripts.
_OF = frozenset({"chi", "cha", "che", "chya", "ची", "चा", "चे", "च्या", "ki", "ka", "ke", "की", "का", "के"})
# The same "of" glued on the substance: "डोड्याचा", "bhangachi".
_OF_GLUED = ("chi", "cha", "che", "chya", "ची", "चा", "चे", "च्या", "चं")
# Soaked or boiled, and "its" water: "doda bhijvun tyacha pani", "डोडा भिगो के उसका पानी".
_SOAKED_ITS = frozenset({"bhijvun", "bhijavun", "भिजवून", "bhigo", "भिगो", "bhigoke", "bhigo ke", "ke", "के",
                         "ukalun", "उकळून", "ubaal", "उबाल", "ubalkar", "tyacha", "tyach", "त्याचं", "त्याचा",
                         "uska", "उसका", "its"})


def read_laced_drinks(c: Concepts) -> None:
    """Forget the soft drink that directly follows a substance and its "of"."""
    words = c.words
    drinks = {h.start: h for h in c.of("beverage")}
    for hit in c.of(*ANY):
        after = hit.end
        glued = words[hit.end - 1].raw.endswith(_OF_GLUED)
        if not glued and after < len(words) and words[after].raw in _OF:
            c.drop("beverage", after, after + 1)      # the genitive itself folds like "chay"
            after += 1
        elif not glued:
            while after < min(len(words), hit.end + 3) and words[after].raw in _SOAKED_ITS:
                after += 1
            if after == hit.end:
                continue
        drink = drinks.get(after)
        if drink is not None:
            c.drop("beverage", drink.start, drink.end)


def read_poison_names(c: Concepts) -> None:
    """Forget the "medicine" inside a poison's name: "खेत वाली दवाई", "crop medicine"."""
    for hit in c.of("poison"):
        c.drop("beverage", hit.start, hit.end)
