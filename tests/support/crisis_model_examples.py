"""A text the committed classifier reads as only half like danger (the urgent tier: a person
reads it the same day), shared by the tests of that tier and of how it is explained.

Borderline texts move with each retraining, a few hundredths either way: "so tired of it all"
was this example until round 55's retraining put it at 0.64, under the urgent threshold of 0.65;
"i am tired of everything" reads 0.75 there, mid-band, until the retraining on rounds 104-105's opened
sets (thirty-fifth session) put it under the band too; "i am so tired of everything" was in it until the
thirty-sixth session's rules read tired of everything on its own as a crisis; "i don't see a future for
myself" reads 0.72 after that session's retraining. When the example leaves the band, every test that uses
it fails together and it is replaced here by another a reader would put there too."""
from __future__ import annotations

HALF_DANGER = "i don't see a future for myself"
