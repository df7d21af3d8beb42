"""The cryptographic half of one SAS verification (spec "SAS method: m.sas.v1"), on vodozemac:
our ephemeral Curve25519 key, the shared secret, the short string, and the
`hkdf-hmac-sha256.v2` MACs. The protocol half (who sends what when) is in flow.py.

nio's SAS gets this wrong against Element (FACTS.md: hex commitment, v2 MAC advertised as v1,
regrouped emoji bits, no master key MAC); we do not use it.
"""

from __future__ import annotations

import vodozemac

from client.core.verification.messages import InvalidMessage


def sas_info(starter: tuple[str, str, str], accepter: tuple[str, str, str], flow_id: str) -> str:
    """HKDF info for `curve25519-hkdf-sha256`: each party as (user, device, SAS public key),
    the one who sent the start first."""
    return "MATRIX_KEY_VERIFICATION_SAS|" + "|".join([*starter, *accepter, flow_id])


def mac_info(sender: tuple[str, str], receiver: tuple[str, str], flow_id: str, key_id: str) -> str:
    """HKDF info of `hkdf-hmac-sha256.v2`: no separators, the spec concatenates."""
    return "MATRIX_KEY_VERIFICATION_MAC" + "".join([*sender, *receiver, flow_id, key_id])


class SasExchange:
    """One side's ephemeral key pair, then the established shared secret."""

    def __init__(self) -> None:
        self._sas: vodozemac.Sas | None = vodozemac.Sas()
        self.public_key: str = self._sas.public_key.to_base64()
        self._established: vodozemac.EstablishedSas | None = None
        self.emoji_indices: tuple[int, ...] = ()
        self.decimals: tuple[int, int, int] = (0, 0, 0)

    @property
    def established(self) -> bool:
        return self._established is not None

    def establish(self, their_key: str, info: str) -> None:
        if self._sas is None:
            raise RuntimeError("a SAS key pair is used once")
        try:
            their = vodozemac.Curve25519PublicKey.from_base64(their_key)
        except Exception as error:  # vodozemac.KeyException: not a Curve25519 key
            raise InvalidMessage("key is not a Curve25519 public key") from error
        try:
            self._established = self._sas.diffie_hellman(their)
        except Exception as error:  # vodozemac.KeyException: a non-contributory (zero) key
            raise InvalidMessage("unusable Curve25519 key") from error
        self._sas = None
        short = self._established.bytes(info)
        self.emoji_indices = tuple(short.emoji_indices)
        first, second, third = short.decimals
        self.decimals = (first, second, third)

    def mac(self, value: str, info: str) -> str:
        if self._established is None:
            raise RuntimeError("no shared secret yet")
        return str(self._established.calculate_mac(value, info))

    def check_mac(self, value: str, info: str, tag: str) -> bool:
        """Constant-time check (vodozemac verifies the HMAC tag itself)."""
        if self._established is None:
            raise RuntimeError("no shared secret yet")
        try:
            self._established.verify_mac(value, info, tag)
        except Exception:  # vodozemac.SasException: mismatch or a tag that is not base64
            return False
        return True
