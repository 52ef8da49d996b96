"""Name matching: case-, punctuation- and plural-insensitive keys, and suggestions."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def key(name: str) -> str:
    """Fold a name to its lookup key: lower case, letters and digits only."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def candidates(name: str) -> tuple[str, ...]:
    """Keys to try for a user's input, exact first, then singular forms; none for a control character."""
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return ()
    k = key(name)
    tries = [k]
    if len(k) > 3 and k.endswith("es"):
        tries.append(k[:-2])
    if len(k) > 2 and k.endswith("s"):
        tries.append(k[:-1])
    return tuple(tries)


def suggest(name: str, choices: Iterable[tuple[str, str]], limit: int = 3) -> tuple[str, ...]:
    """Close matches among (key, display id) pairs, as display ids without repeats."""
    import difflib  # only needed on the error path

    by_key: dict[str, str] = {}
    for k, display in choices:
        by_key.setdefault(k, display)
    found = difflib.get_close_matches(key(name), list(by_key), n=limit * 2, cutoff=0.6)
    return tuple(dict.fromkeys(by_key[k] for k in found))[:limit]


# Release forms a brand name may end with; people often type the brand without them.
RELEASE_SUFFIXES = frozenset({"xr", "xl", "sr", "cr", "er", "rd", "la", "cd", "soltab", "odt", "zydis", "retard"})


def without_release_suffix(name: str) -> str | None:
    """``Efexor XL`` -> ``Efexor``; None where the name does not end with a release form."""
    words = name.split()
    if len(words) > 1 and words[-1].casefold().strip(".") in RELEASE_SUFFIXES:
        return " ".join(words[:-1])
    return None
