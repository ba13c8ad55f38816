"""Word groups from chiVe's vectors, for the learned layer: ``python -m safety.word_groups_build``.

A training-time step, run by hand (the site never imports it; it needs numpy and scikit-learn,
the ``train`` extra).  It reads the word vectors that the ``ja_ginza`` wheel ships (PyPI,
MIT; the vectors are Sudachi's chiVe, Apache-2.0, trained on a web corpus the project did not
write) straight from the wheel file, without installing it or spaCy:

* ``vocab/vectors``: the vectors, a numpy array of 20,000 rows × 300 float32;
* ``vocab/key2row``: msgpack, 480,443 keys → row (the vectors were pruned to 20,000 rows and
  every other word of chiVe's vocabulary mapped to its nearest kept row);
* ``vocab/strings.json``: the strings, each key being spaCy's hash of its string (MurmurHash64A
  of the UTF-8 bytes, seed 1: ``spacy.strings.hash_string``).

The words are Sudachi normalized forms (chiVe was trained on them), the forms
``safety.morphology.Token.normalized`` gives.  The rows are L2-normalised and grouped by k-means
(scikit-learn, fixed seed; ``--k 20000`` keeps each row its own group); each word's group is its
row's.  The output (``--out``; ``safety/model/word_groups.tsv`` by default, where a table would be
shipped: none is) is plain text, one
``word<TAB>group`` a line, sorted, the same bytes for the same wheel and options.  With
``--keep learned.json`` only words whose group the fitted risk model has a ``g:`` feature for
are written (features kept by ``MIN_DF``), which keeps the file and each process small; with
``--top N`` only the N most frequent words of chiVe's vocabulary (``key2row``'s order; the first
20,000 are the kept rows' own words).  See docs/safety.md, "Word groups".
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import sys
import zipfile
from pathlib import Path

SEED = 0
WHEEL_NAME = "ja_ginza-5.3.0-py3-none-any.whl"
OUT = Path(__file__).resolve().parent / "model" / "word_groups.tsv"
_M = 0xC6A4A7935BD1E995
_MASK = (1 << 64) - 1


def murmur64a(data: bytes, seed: int = 1) -> int:
    """MurmurHash64A, as spaCy hashes a string for its vocabulary (``hash_string``: seed 1)."""
    n = len(data)
    h = (seed ^ (n * _M)) & _MASK
    end = n - n % 8
    for i in range(0, end, 8):
        k = int.from_bytes(data[i : i + 8], "little")
        k = (k * _M) & _MASK
        k ^= k >> 47
        k = (k * _M) & _MASK
        h ^= k
        h = (h * _M) & _MASK
    rest = data[end:]
    if rest:
        h ^= int.from_bytes(rest, "little")
        h = (h * _M) & _MASK
    h ^= h >> 47
    h = (h * _M) & _MASK
    h ^= h >> 47
    return h


class WheelError(Exception):
    """The wheel given cannot be read as ja_ginza's."""


def _member(z: zipfile.ZipFile, tail: str) -> bytes:
    names = [n for n in z.namelist() if n.endswith("/vocab/" + tail)]
    if len(names) != 1:
        raise WheelError(f"no single vocab/{tail} in the wheel (found {len(names)})")
    return z.read(names[0])


def read_wheel(path: Path):  # type: ignore[no-untyped-def]
    """(vectors: rows × 300 float32, word → row) from a ja_ginza wheel (or any zip of it)."""
    import msgpack
    import numpy as np

    if not path.is_file():
        raise WheelError(
            f"{path}: no such file. Download it with `pip download ja-ginza==5.3.0 --no-deps -d DIR` "
            f"and give the path of {WHEEL_NAME}"
        )
    try:
        with zipfile.ZipFile(path) as z:
            vectors = np.load(io.BytesIO(_member(z, "vectors")), allow_pickle=False)
            key2row = msgpack.unpackb(_member(z, "key2row"), strict_map_key=False)
            strings = json.loads(_member(z, "strings.json"))
    except zipfile.BadZipFile as exc:
        raise WheelError(f"{path}: not a wheel (zip) file: {exc}") from exc
    by_key = {murmur64a(s.encode("utf-8")): s for s in strings}
    # key2row's own order is chiVe's, most frequent word first: rows 0–19,999 are the kept
    # words themselves in that order, then every other word (mapped to its nearest kept row)
    rows: dict[str, int] = {}
    for key, row in key2row.items():
        word = by_key.get(key)
        if word is not None:
            rows.setdefault(word, int(row))
    if len(rows) < len(key2row) * 0.9:
        raise WheelError(f"only {len(rows)} of {len(key2row)} keys found among the strings")
    return vectors, rows


def most_frequent(rows: dict[str, int], n: int) -> set[str]:
    """The ``n`` most frequent words (``rows`` is in chiVe's order; the first 20,000 are the kept
    rows' own words)."""
    return set(itertools.islice(rows, n))


def groups(vectors, k: int, seed: int = SEED) -> list[int]:  # type: ignore[no-untyped-def]
    """The group of each row: k-means on the L2-normalised rows (each row alone when k ≥ rows)."""
    import numpy as np

    n = vectors.shape[0]
    if k >= n:
        return list(range(n))
    x = vectors.astype(np.float64)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    x = x / np.where(norms == 0, 1, norms)
    if k > 1000:
        from sklearn.cluster import MiniBatchKMeans

        fit = MiniBatchKMeans(k, random_state=seed, n_init=1, batch_size=4096, max_iter=50).fit(x)
    else:
        from sklearn.cluster import KMeans

        fit = KMeans(k, random_state=seed, n_init=1, max_iter=100).fit(x)
    # number the groups by their smallest row, so the ids do not depend on k-means' own order
    first: dict[int, int] = {}
    for row, label in enumerate(fit.labels_):
        first.setdefault(int(label), row)
    order = {label: i for i, label in enumerate(sorted(first, key=first.__getitem__))}
    return [order[int(label)] for label in fit.labels_]


def table(
    rows: dict[str, int], labels: list[int], keep: set[int] | None = None, only: set[str] | None = None
) -> str:
    lines = [
        f"{w}\t{labels[r]}\n"
        for w, r in sorted(rows.items())
        if (keep is None or labels[r] in keep)
        and (only is None or w in only)
        and "\t" not in w
        and "\n" not in w
    ]
    return "".join(lines)


def kept_groups(weights: Path) -> set[int]:
    """The groups the fitted risk model has a feature for (either model)."""
    body = json.loads(weights.read_text(encoding="utf-8"))
    out: set[int] = set()
    for model in body["models"].values():
        for f in model["weights"]:
            if f.startswith("g:"):
                out.update(int(g) for g in f[2:].split("|"))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m safety.word_groups_build", description=__doc__)
    parser.add_argument("wheel", type=Path, help=f"the path of {WHEEL_NAME}")
    parser.add_argument("--k", type=int, default=2000, help="groups (20000: each row its own)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--keep", type=Path, help="learned.json: write only groups it has a g: feature for")
    parser.add_argument("--top", type=int, help="only the most frequent words (20000: the rows' own)")
    args = parser.parse_args(argv)
    try:
        vectors, rows = read_wheel(args.wheel)
    except WheelError as exc:
        print(f"python -m safety.word_groups_build: {exc}", file=sys.stderr)
        return 2
    labels = groups(vectors, args.k)
    keep = kept_groups(args.keep) if args.keep else None
    only = most_frequent(rows, args.top) if args.top else None
    text = table(rows, labels, keep, only)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(
        f"{args.out}: {text.count(chr(10))} words in {len(set(labels))} groups "
        f"({len(rows)} words, {vectors.shape[0]} rows read), {len(text.encode())} bytes",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
