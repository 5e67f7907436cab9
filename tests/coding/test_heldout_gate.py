"""Quality gates on our own evaluation sets, beside the dev gate (``test_gold_gate.py``).

Each set was written and hand-coded by the gold README rules by someone who had not run the
coder, so its first score measured generalisation beyond the dev set:

- ``heldout.jsonl`` (60 sentences): first scored root F1 0.625, before pass 5.
- ``blind_a`` ... ``blind_i`` (740 sentences): written during passes 6-11, first scored
  0.49-0.59; ``blind_c`` and ``blind_h`` stayed sealed until the end of pass 11 (0.732, 0.709).
- ``blind_j``, ``_k``, ``_l`` (80 each): written at the start of the next session, first scored
  0.776, 0.717, 0.561; used for diagnosis from its second round on.
- ``blind_q``, ``_r`` (80 each): first scored 0.676 and 0.610 on the coder as the session began
  (0.694, 0.667 when they were written), then used for diagnosis.
- ``blind_s``, ``_t``, ``_u``, ``_v`` (80 each): 0.623, 0.620, 0.725, 0.638 on the coder as the
  session began and 0.679, 0.676, 0.733, 0.685 at their first look after three rounds of fixes
  they had no part in; then used for diagnosis in the last two rounds.
- ``blind_w``, ``_x``, ``_y``, ``_z`` (80 each): written at the start of the following session,
  first scored 0.735, 0.700, 0.712, 0.804; used for diagnosis in its first rounds, while later
  rounds swept the codebook, sentence shapes, modality and actor tables with probes of their own.
- ``blind_ai``, ``_aj`` (80 each): written early in the session after that, first scored 0.748
  and 0.788 (0.736 and 0.776 on the coder as that session began); then read for diagnosis.
- ``blind_ak``, ``_al``, ``_am``, ``_an`` (80 each): written in a later session, scored 0.797,
  0.735, 0.832 and 0.747 on the coder as it began (as low as the sealed sets); ``_al`` stayed
  unread while ``_ak``'s families were fixed (0.749 after them), then all four were read.
- ``blind_ao`` ... ``blind_av`` (80 each): written at the start of the session after, scored
  0.749, 0.840, 0.783, 0.709, 0.761 (``_ao``-``_as``) and 0.771, 0.688, 0.837 (``_at``-``_av``)
  on the coder as it began. ``_ao``-``_as`` were read and their families fixed (0.780-0.869
  after); ``_at``-``_av`` stayed unread through those fixes (0.771, 0.696, 0.837 after them).
- ``blind_bg``, ``_bh`` (80 each): written in the second session of 2026-11-29 by helpers who had
  not seen the code, first scored 0.792 and 0.830 (exact 0.688, 0.742); then read for diagnosis.

Every set here has served for tuning (``_at``-``_av`` may from now on), so these are
regression gates, not blind measures. The blind measures are six sets nobody who changes the
coder reads (``bench/unseen/``, scored by ``bench/unseen.py``; the twelve kept outside the
repository before them were lost with their machine). The floors
sit a little below the measured scores; the hashes pin the files, so an edit to a set is a
deliberate change here too.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

# name: (sha256, cases, no-event cases, floors for root F1, exact F1, no-event cases left empty)
SETS = {
    "heldout.jsonl": (
        "4008c05580cdef22598bd568e3ccab9cbe1c7884ac2e4cd8e13030bcb311874c",
        60,
        12,
        (0.92, 0.82, 0.85),
    ),
    "blind_a.jsonl": (
        "46d9bedf259a6667368bdb6753ca2693cd0370249238654e42dad490aa7d84c1",
        100,
        20,
        (0.91, 0.79, 0.95),
    ),
    "blind_ai.jsonl": (
        "d172651d04f5d4f96e8353bb2701ad89c87276e070f0737798b82b0bb43f17a6",
        80,
        16,
        (0.81, 0.7, 0.95),
    ),
    "blind_aj.jsonl": (
        "5bce32da403e943cf4fdc479e300879c3d31ecc5ff8da63d44a0072d0f28a4f8",
        80,
        16,
        (0.83, 0.68, 0.95),
    ),
    "blind_ak.jsonl": (
        "5b9209121896872f60742497732dd46718930c4f373c98350533d884d40a8810",
        80,
        15,
        (0.87, 0.74, 0.95),
    ),
    "blind_al.jsonl": (
        "f5a0ade4ae4aaf0ac742b12f82c212630dee7d61bcd2194c62a795cd956002ba",
        80,
        15,
        (0.79, 0.63, 0.9),
    ),
    "blind_am.jsonl": (
        "e470ecde59d8b2033fe1f5bae26d58d002346747b7c00a693078add370f25ab1",
        80,
        14,
        (0.85, 0.79, 0.95),
    ),
    "blind_an.jsonl": (
        "94701812476dbed43f2a71dd4ee3823fa7c37a3f08bdc331ba7fdbf23e3d2eb9",
        80,
        15,
        (0.77, 0.63, 0.9),
    ),
    "blind_ao.jsonl": (
        "e2f1c692ebd2cf2a9a786aca586a38776149b9e2cbc5be3c042f81b45f05de7d",
        80,
        15,
        (0.81, 0.7, 0.95),
    ),
    "blind_ap.jsonl": (
        "e911e8ac53a5d42d8eef71806b1fc5ec0d987885518c7f63a59e18b6a53715b7",
        80,
        15,
        (0.84, 0.63, 0.95),
    ),
    "blind_aq.jsonl": (
        "2508226c9dc7ba94c8c382761677e8245099b73e7167a393cfb17587053ca13f",
        80,
        16,
        (0.8, 0.67, 0.95),
    ),
    "blind_ar.jsonl": (
        "dd6fc3dd77272f5bc8da375b4f528bab7b6201839cc345463eea1a56280444f4",
        80,
        16,
        (0.75, 0.61, 0.9),
    ),
    "blind_as.jsonl": (
        "af935ae6425153290390f7bccb1667de63b0e7cd4cd7502a49e4fa8a059e2eca",
        80,
        15,
        (0.79, 0.62, 0.95),
    ),
    "blind_at.jsonl": (
        "ea3b896cc036ec707c49340ae9153216b019b58444f6f0d18942e47c5048b4c3",
        80,
        16,
        (0.75, 0.59, 0.95),
    ),
    "blind_au.jsonl": (
        "9bf7b165825663a519a1a3b3463cbba14a83197123b0ad9ba82586c7f76f6a58",
        80,
        15,
        (0.67, 0.53, 0.95),
    ),
    "blind_av.jsonl": (
        "9996ce55bea3e3cb5593cba578cd22ebbdb300c35a370c14e07f4bd8a580604d",
        80,
        15,
        (0.81, 0.63, 0.9),
    ),
    "blind_bg.jsonl": (
        "fe3deb5bb4ec719c13efd20236f50e4bc48af0cbd24a4522999895e0d21b85f2",
        80,
        16,
        (0.77, 0.66, 0.95),
    ),
    "blind_bh.jsonl": (
        "5860a50d2b89b7c9b39ac39437ee0e73258acbe3e5df95f04212e9334449a30a",
        80,
        16,
        (0.81, 0.72, 0.95),
    ),
    "blind_b.jsonl": (
        "6c1f7ef82f08195715194ea8656674b86c482f864b99d98e0b52216f9ecd94c3",
        100,
        20,
        (0.89, 0.68, 0.95),
    ),
    "blind_c.jsonl": (
        "977909c2ae7a014a145fc59bc1231b0e116d5bc0ee3c2580438532be86fd1d61",
        100,
        20,
        (0.83, 0.64, 0.95),
    ),
    "blind_d.jsonl": (
        "329dd8f0a72bfb9bd47c05ac8fc5c1817347965e8a346eee5dd9c74e69727717",
        80,
        16,
        (0.89, 0.78, 0.95),
    ),
    "blind_e.jsonl": (
        "76c00a67a1d9d9af104f95dc5a90449130f0309f768def6a01b6884175755c31",
        80,
        16,
        (0.91, 0.75, 0.95),
    ),
    "blind_f.jsonl": (
        "2616c1f38f0ff415066e6bafa568b44d0ded72167404eb2342685790e16b1d8a",
        80,
        16,
        (0.89, 0.8, 0.95),
    ),
    "blind_g.jsonl": (
        "a4cd2b0b89ec1ab1aec417963b8f3f9964ee41572abb6950575f18e136726298",
        80,
        16,
        (0.95, 0.86, 0.95),
    ),
    "blind_h.jsonl": (
        "7e1d2676beb1e248f3ef8f195579fb5038d080bb930d5806b6500b7cf8e24af5",
        80,
        16,
        (0.92, 0.84, 0.95),
    ),
    "blind_i.jsonl": (
        "1a85a95b1366e47fe32614caee21400d73e9b530cdead20828bbf7a3d6215aeb",
        80,
        15,
        (0.91, 0.76, 0.95),
    ),
    "blind_j.jsonl": (
        "c86ab04fd69fa29aa28af7f302a7acae2d641ff2b9113a2a9f7dc9514d4135ee",
        80,
        16,
        (0.9, 0.81, 0.95),
    ),
    "blind_k.jsonl": (
        "6f93ea5b9e5642f148f48a4dd59d1ecedad23b11c9f2d51eb80d072cdb1e225c",
        80,
        16,
        (0.85, 0.7, 0.95),
    ),
    "blind_l.jsonl": (
        "df2ab883d91a587a73d5969850b14f163fc03884b3b47b0282d4adae1a53d290",
        80,
        15,
        (0.8, 0.71, 0.95),
    ),
    "blind_q.jsonl": (
        "f1ceace6d9f6b751962c3722d10de522db4f289569e7937911087c88bd15b732",
        80,
        16,
        (0.8, 0.72, 0.95),
    ),
    "blind_r.jsonl": (
        "674af1f1903861a7f02913827c932f12b9be3b200a002d836ddfaed8368ba16a",
        80,
        16,
        (0.81, 0.76, 0.95),
    ),
    "blind_s.jsonl": (
        "5db9192f6bc3707d48e45da12ecad54aa048db6e0b4d19212ea00e699d043d6a",
        80,
        16,
        (0.84, 0.71, 0.95),
    ),
    "blind_t.jsonl": (
        "f6f129d88d79d276c7948113faf6d8cf761f5b5d238a4bcada0a4bcaf2d59c58",
        80,
        16,
        (0.87, 0.69, 0.95),
    ),
    "blind_u.jsonl": (
        "c3203c04ca96e2284af35b2d7948711566c359da6b9ed61087c585355ce5b1e8",
        80,
        16,
        (0.84, 0.68, 0.95),
    ),
    "blind_v.jsonl": (
        "e1123304c032191e8f171991a2ca9eae1b2bea9a02f9b7de725f71fd1d4e97c9",
        80,
        16,
        (0.82, 0.72, 0.95),
    ),
    "blind_w.jsonl": (
        "aa110aef4bfaf78f9f2ddb30d3fda3b4a447ae8f52e8ed8d25c9a3b5c6f098da",
        80,
        16,
        (0.82, 0.71, 0.95),
    ),
    "blind_x.jsonl": (
        "5978d57315dafef6318df7e89ef28c41aa92a62a3537dee7e80ccba99b275cb5",
        80,
        16,
        (0.83, 0.75, 0.95),
    ),
    "blind_y.jsonl": (
        "7c2dde1b0e376fc8b6a853673ba4e2deaa0c266a8eba64c10e6a8eec76b7fa62",
        80,
        16,
        (0.79, 0.66, 0.95),
    ),
    "blind_z.jsonl": (
        "bccd5b3ebc379e5885a02ba85e1315565064c187c599c38cd3366747fb0fd358",
        80,
        16,
        (0.84, 0.77, 0.95),
    ),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_the_pinned_one_and_well_formed(name):
    digest, size, empty, _floors = SETS[name]
    path = HERE / name
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(cases) == size
    assert len({c["id"] for c in cases}) == len({c["text"] for c in cases}) == size
    assert all(set(c) == {"id", "date", "text", "events", "tags", "why"} for c in cases)
    assert sum(not c["events"] for c in cases) == empty


@pytest.mark.parametrize("name", sorted(SETS))
def test_scores_stay_above_floors(name):
    from detente.coding import evaluate

    root_f1, exact_f1, no_event = SETS[name][3]
    report = evaluate(HERE / name)
    assert report.root.f1 >= root_f1, report.to_text()
    assert report.exact.f1 >= exact_f1, report.to_text()
    assert report.no_event_clean >= no_event, report.to_text()
