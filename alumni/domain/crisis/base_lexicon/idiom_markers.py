"""Base concepts that mark an idiom: the words around a danger word that make it harmless
(a laugh, a device, a price, a past auxiliary, a copula)."""
from __future__ import annotations

WORDS: dict[str, tuple[str, ...]] = {
    # Idiom markers: the words around a concept that make it harmless.
    "laugh": (
        "lol", "lmao", "lmfao", "rofl", "emoji_lol", "hans", "has has", "ha ha", "हा हा",
        "hans hans", "hanste", "hanste hanste", "laugh*", "हंस*", "हँस*", "has*un",
        "hasun", "hasta", "हसून", "हसत", "हसता",
    ),
    "device": (
        "battery", "phone", "mobile", "laptop", "charger", "car", "bike", "scooter",
        "engine", "bulb", "tv", "fridge", "plant", "plants", "signal", "network", "wifi",
        "internet", "computer", "pc", "screen", "remote", "watch", "torch", "inverter",
        "फोन", "फ़ोन", "मोबाइल", "बैटरी", "gaadi", "गाड़ी", "gadi", "phone ki", "battery ki",
        "light", "lights", "ac", "geyser", "cooler", "fan", "cell",
    ),
    "past_aux": (
        "gaya", "gayi", "gaye", "gai", "gya", "gyi", "gye", "गया", "गई", "गयी", "गए", "गये",
        "gela", "geli", "gele", "गेला", "गेली", "गेले", "chuka", "chuki", "चुका", "चुकी",
    ),
    "price": (
        "price", "prices", "cost", "costs", "rate", "rates", "bp", "sugar", "fever",
        "temperature", "temp", "stock", "stocks", "petrol", "rent", "bill", "sales",
        "numbers", "level", "levels", "demand", "heart rate", "pulse", "anxiety",
    ),
    "copula_before": (
        "is", "are", "s", "re", "was", "its", "it's", "youre", "you're", "thats", "that's",
        "were", "be", "been",
    ),
}
