"""Word groups from chiVe's vectors (``safety.word_groups_build``, ``safety.learned.read_groups``,
``safety.word_groups_measure``): the wheel is read as spaCy writes it, the table is the same bytes
for the same input, a word's group becomes a ``g:`` feature, and the measure's groups added to
cached features are those the feature function gives."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import msgpack
import pytest

from safety import learned
from safety import word_groups_build as build
from safety.learned_train import Example
from safety.risk import assess
from safety.word_groups_measure import with_groups

np = pytest.importorskip("numpy")
pytest.importorskip("sklearn")


def test_words_are_hashed_as_spacy_hashes_them() -> None:
    # spaCy's documentation: nlp.vocab.strings["coffee"] == 3197928453018144401
    assert build.murmur64a(b"coffee") == 3197928453018144401
    assert build.murmur64a("死ぬ".encode()) != build.murmur64a("死".encode())


def _wheel(path: Path, words: list[str], rows: list[int], vectors: np.ndarray) -> Path:
    buf = io.BytesIO()
    np.save(buf, vectors.astype(np.float32), allow_pickle=False)
    key2row = {build.murmur64a(w.encode()): r for w, r in zip(words, rows, strict=True)}
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("ja_ginza/ja_ginza-5.3.0/vocab/vectors", buf.getvalue())
        z.writestr("ja_ginza/ja_ginza-5.3.0/vocab/key2row", msgpack.packb(key2row))
        z.writestr("ja_ginza/ja_ginza-5.3.0/vocab/strings.json", json.dumps(sorted([*words, "ほか"])))
    return path


def test_a_missing_wheel_is_named_with_how_to_get_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build.main([str(tmp_path / "nope.whl")]) == 2
    err = capsys.readouterr().err
    assert "nope.whl: no such file" in err and "pip download ja-ginza" in err
    (tmp_path / "bad.whl").write_text("not a zip")
    assert build.main([str(tmp_path / "bad.whl")]) == 2
    assert "not a wheel" in capsys.readouterr().err


def test_the_table_maps_each_word_to_its_rows_group_the_same_bytes_each_time(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(3, 8))
    vectors = np.repeat(centres, 4, axis=0) + rng.normal(scale=0.01, size=(12, 8))
    words = [f"w{i}" for i in range(12)] + ["死ぬ", "亡くなる"]
    rows = [*range(12), 0, 1]  # two words mapped to kept rows, as key2row maps pruned words
    wheel = _wheel(tmp_path / "ja_ginza.whl", words, rows, vectors)
    read, mapping = build.read_wheel(wheel)
    assert read.shape == (12, 8)
    assert mapping["死ぬ"] == 0 and mapping["亡くなる"] == 1 and "ほか" not in mapping
    assert list(mapping)[:12] == words[:12]  # key2row's order: the kept rows' own words first
    out = [tmp_path / "a.tsv", tmp_path / "b.tsv"]
    for path in out:
        assert build.main([str(wheel), "--k", "3", "--out", str(path)]) == 0
    assert out[0].read_bytes() == out[1].read_bytes()
    table = dict(line.split("\t") for line in out[0].read_text(encoding="utf-8").splitlines())
    assert len(set(table.values())) == 3
    assert table["w0"] == table["w3"] == table["死ぬ"] == table["亡くなる"] != table["w4"]
    assert build.main([str(wheel), "--k", "3", "--top", "5", "--out", str(out[0])]) == 0
    assert len(out[0].read_text(encoding="utf-8").splitlines()) == 5
    assert build.groups(read, 12) == list(range(12))  # k = rows: each row its own group


def test_a_words_group_is_a_feature() -> None:
    groups = learned.read_groups("死ぬ\t7\n消える\t7\n学校\t3\n")
    assert groups["死ぬ"] is groups["消える"] == "g:7"
    a = assess("もう しにたい", learned_layer=False)
    plain = learned.text_features(a.analysed, a.reading)
    grouped = learned.text_features(a.analysed, a.reading, groups)
    assert not any(f.startswith("g:") for f in plain)
    assert grouped - plain == {"g:7"}


def test_the_measure_adds_the_groups_the_feature_function_gives() -> None:
    texts = ["もう しにたい", "がっこう に いきたく ない、 きえたい", "きょう は 学校 で たのしかった"]
    analysed = [assess(t, learned_layer=False) for t in texts]
    words = {t.normalized for a in analysed for t in learned.tokens(a.analysed)}
    groups = learned.read_groups("".join(f"{w}\t{i % 4}\n" for i, w in enumerate(sorted(words))))
    rows = [Example("none", i, a.level, learned.features(a), True, False) for i, a in enumerate(analysed)]
    for pairs in (False, True):
        for row, a in zip(with_groups(rows, groups, pairs), analysed, strict=True):
            notes = row.features - learned.text_features(a.analysed, a.reading)
            assert row.features == learned.text_features(a.analysed, a.reading, groups, pairs) | notes
            assert any(f.startswith("g:") for f in row.features)
