"""Who may write: the token from --token or $DIPLOWATCH_TOKEN, long enough to protect something, and
required before listening beyond this machine."""

from __future__ import annotations

import pytest

from diplowatch.errors import UsageError
from diplowatch.web.security import TOKEN_ENV, check_host, is_loopback, resolve_token, token_matches


def test_security_token_from_option_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, "from-the-environment-1234")
    assert resolve_token(None) == "from-the-environment-1234"
    assert resolve_token("from-the-option-123456") == "from-the-option-123456"
    monkeypatch.delenv(TOKEN_ENV)
    assert resolve_token(None) is None
    with pytest.raises(UsageError, match="at least 16"):
        resolve_token("short")


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.168.1.10", False),
        ("example.org", False),
    ],
)
def test_security_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_security_a_network_host_needs_a_token() -> None:
    check_host("127.0.0.1", None)
    check_host("0.0.0.0", "a-token-long-enough-123")
    with pytest.raises(UsageError, match="--token"):
        check_host("0.0.0.0", None)


def test_security_token_comparison() -> None:
    assert token_matches("secret-token-0123456789", "secret-token-0123456789")
    assert not token_matches("secret-token-0123456789", "secret-token-012345678")
    assert not token_matches("secret-token-0123456789", None)
    assert not token_matches("secret-token-0123456789", "sécret")
