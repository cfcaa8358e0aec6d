"""Bhojpuri and Awadhi verb forms and words, as people from eastern Uttar Pradesh and Bihar
write Hindi, read as the standard Hindi word they stand for, so that the lexicon lists each
meaning once ("hum mar jaib" is "mar jaunga", "jiye ke mann naikhe" is "... nahi").

- The first-person future in "-ab", "-ib", "-eb": "marab", "jiyab", "jaib", "deb", "leb",
  "khaib" (I will die, live, go, give, take, eat).
- The past in "-l", "-li", "-ni": "gail" (went), "lihni", "lehli" (took), "kaili" (did),
  "dihal" (gave), "piyli", "piyni" (drank), "khailin" (ate).
- The negative copula "naikhe", "naikhi" (is not) and "hamra", "hamar" (my, to me).

Whole words only, by their folded spelling, before the skeleton is made: the skeletons of
these forms are English or Hindi words of another meaning ("jaib" -> "jib", "gail" -> "gil").
Forms that are also ordinary words elsewhere are left out: "ba" (is) is Marathi's "ba" and
an address; "khaini" (ate) is chewing tobacco; "jiye" is a blessing ("sau saal jiye"), and
is read only before "ke", "ka" in the lexicon ("jiye ke mann").
"""
from __future__ import annotations

_FORMS: dict[str, tuple[str, ...]] = {
    # the first-person future
    "marunga": ("marab", "marbo", "मरब"),
    "jiunga": ("jiyab", "jiab", "jiyeb", "जियब", "जीयब"),
    "jaunga": ("jaib", "jaaib", "jayib", "jaeb", "जाइब", "जाएब", "जाईब"),
    "dunga": ("deib", "देब"),      # not "deb", a name
    "lunga": ("leb", "leib", "लेब"),
    "khaunga": ("khaib", "khaeb", "khaab", "खाइब", "खाएब"),
    "piyunga": ("piyab", "piab", "पियब"),
    "lagaunga": ("lagaib", "lagaeb", "लगाइब", "लगाएब"),
    "kudunga": ("kudab", "koodab", "कूदब", "कुदब"),
    "rahunga": ("rahab", "रहब"),
    # the past
    "gaya": ("gail", "gayil", "गइल", "गयल"),
    "gayi": ("gaili", "gayili", "गइली"),
    "liya": ("lihni", "lihli", "lehli", "lehni", "lihal", "लिहनी", "लिहली", "लेहली", "लिहल"),
    "kiya": ("kaili", "kailin", "kaile", "कइली", "कइलीं", "कइले"),
    "diya": ("dihal", "dihli", "dihni", "दिहल", "दिहली", "दिहनी"),
    "piya": ("piyli", "piyni", "piyle", "पियली", "पियनी", "पियले"),
    "khaya": ("khailin", "khaili", "खइलीं", "खइली"),
    # the negative copula; "my", "to me"
    "nahi": ("naikhe", "naikhi", "naikhay", "नइखे", "नइखी"),
    "mera": ("hamra", "hamar", "hamaar", "हमरा", "हमार"),
}

DIALECT_WORDS: dict[str, str] = {form: standard for standard, forms in _FORMS.items() for form in forms}
