"""A figure of speech read as a policy: "cultivate the soil where the good seed is sprouting".

Speeches close on images (sowing and reaping, lighting a torch, steering a ship) whose verb phrase looks
like an act. The House cannot literally do them, so they are no proposal. The test is by shape: the
object holds a word of an image (the seed and the soil, the torch, the tide, the chains), and either the
verb is not one of the House's own (it was accepted only because an object followed it: "cultivate the
soil", "kindle the torch") or the image runs on through the object (two of its words or more). "This House
would plant trees in every city" (no image word) and "This House would ban the sale of seed to …" (a
House verb, one image word) stay policies.
"""

from __future__ import annotations

# The words images are made of in political prose (growing things, fire and light, the way, the sea,
# bondage and war) that a literal policy rarely needs: "trees", "roads", "harbors" and "growth" are left out.
IMAGE_WORDS = frozenset(
    ["soil", "seed", "seeds", "sprout", "sprouting", "furrow", "furrows", "harvest", "fruit", "fruits",
     "roots", "blossom", "bloom", "vine", "vineyard", "weeds", "flame", "flames", "torch", "torches",
     "beacon", "spark", "sparks", "embers", "dawn", "sunrise", "sunset", "horizon", "summit",
     "threshold", "tide", "tides", "storm", "storms", "helm", "sails", "anchor", "voyage", "chains",
     "fetters", "yoke", "shackles", "sword", "shield", "banner"]
)


def figurative_problem(verb: str, rest: list[str], listed: bool) -> str | None:
    """Why a policy's verb phrase is an image rather than an act, or None. `rest` is the lower-cased object
    after the verb; `listed` whether the verb is one of the House's own."""
    images = [w for w in rest if w in IMAGE_WORDS]
    if not images or (listed and len(set(images)) < 2):
        return None
    return (f"'{verb} … {images[0]}' is a figure of speech: nothing the House could literally do, so no "
            "proposal")
