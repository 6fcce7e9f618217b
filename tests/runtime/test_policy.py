"""The thresholds and switches of balikg/runtime/policy.py."""

import pytest

from balikg.runtime import policy


@pytest.mark.parametrize(
    ("value", "chunk"), [(None, policy.PUSH_CHUNK), ("500", 500), ("0", policy.PUSH_CHUNK), ("-3", policy.PUSH_CHUNK)]
)
def test_push_chunk_is_set_by_a_positive_integer_in_the_environment(monkeypatch, value, chunk):
    if value is None:
        monkeypatch.delenv("BALIKG_PUSH_CHUNK", raising=False)
    else:
        monkeypatch.setenv("BALIKG_PUSH_CHUNK", value)
    assert policy.push_chunk() == chunk
