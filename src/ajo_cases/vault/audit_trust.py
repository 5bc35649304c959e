"""Replaying the audit log to decide which signatures to trust (vault/signing.py).

Trust in a public key never comes from a table a ``K_db`` holder can edit: keys are introduced
by audit entries, and each introduction must itself be signed by a key already trusted.

- The vault's first entry (``vault_created``) carries the first administrator's public key
  and is signed by it; the administrator then registers the recovery code's key.
- ``signing_key`` entries (target: an account, detail: ``ed25519:<hex>``) register a key. They
  count when signed by an administrator (or the recovery code) whose key is trusted, or by the
  account itself with its current key (a new key at each password change).
- Trust on first use: an account known to the log that has no key yet (a vault from before
  signatures) may introduce its own key once, in an entry signed by that key.
- ``user_added`` (detail: the role) and ``user_removed`` count only when an administrator
  signed them (or were written before signatures); removing an account forgets its key.

Entries before the first signed entry are "before signatures". After it, an unsigned entry
is accepted only as an unverified failed login or from an account that has no key yet; any
other unsigned entry, or one whose signature does not verify under the key the log trusts
for its actor at that point, is forged. Findings name seq, event and the claimed actor only.

Entries signed one by one (version 2, the office server's: signing.py) are checked each on its
own, over their content without the sequence number; a nonce seen before means the entry is a
copy of an earlier one (a replay), reported as forged like the rest.

The replay is pure (no database): the office server can feed it the same rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from ajo_cases.vault import signing

RECOVERY_ACTOR = "recovery-code"  # the log's actor for whoever used the recovery code
ADMIN = "admin"
SIGNING_KEY = "signing_key"
VAULT_CREATED = "vault_created"
USER_ADDED = "user_added"
USER_REMOVED = "user_removed"
LOGIN_FAILED = "login_failed"


class Entry(Protocol):
    seq: int
    actor: str
    event: str
    target_id: str | None
    detail: str
    signature: bytes | None

    def canonical(self) -> Mapping[str, object]: ...


@dataclass(frozen=True, slots=True)
class Finding:
    seq: int
    event: str
    actor: str  # the account the entry claims to be from
    reason: str

    def describe(self) -> str:
        return f"entry {self.seq} ({self.event}, as {self.actor}): {self.reason}"


@dataclass(frozen=True, slots=True)
class _Item:
    seq: int
    actor: str
    event: str
    target: str
    detail: str


@dataclass
class _OpenRun:
    actor: str
    first_seq: int
    last_seq: int
    hash: bytes
    blob: bytes
    items: list[_Item] = field(default_factory=list)


@dataclass
class Replay:
    """Feed entries in order (``feed``), then ``finish``; read the findings and counts."""

    keys: dict[str, bytes] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=lambda: {RECOVERY_ACTOR: ADMIN})
    forged: list[Finding] = field(default_factory=list)
    before_signatures: int = 0
    signed: int = 0
    unverified: int = 0  # failed logins nobody can vouch for
    keyless: int = 0  # unsigned entries of accounts that have no key yet (trust on first use)
    _signed_era: bool = False
    _previous_link: bytes = signing.GENESIS_LINK
    _run: _OpenRun | None = None
    _nonces: dict[bytes, int] = field(default_factory=dict)  # version 2: nonce -> first seq

    def feed(self, entry: Entry, canonical: bytes) -> None:
        item = _Item(entry.seq, entry.actor, entry.event, entry.target_id or "", entry.detail)
        blob = entry.signature
        before = self._previous_link
        self._previous_link = signing.link(canonical, blob)
        if blob is None:
            self._close()
            self._unsigned(item)
            return
        self._signed_era = True
        if signing.is_per_entry(blob):
            self._close()
            self._one_entry(item, entry, blob)
            return
        first = signing.first_seq(blob)
        run = self._run
        if (
            run is not None
            and run.actor == item.actor
            and run.first_seq == first
            and run.last_seq + 1 == item.seq
        ):
            run.hash, run.blob, run.last_seq = signing.run_hash(run.hash, canonical), blob, item.seq
            run.items.append(item)
            return
        self._close()
        if first != item.seq:  # claims to continue a run that is not right before it
            self.forged.append(_finding(item, "signature does not belong here"))
            return
        self._run = _OpenRun(
            item.actor, item.seq, item.seq, signing.run_hash(before, canonical), blob, [item]
        )

    def _one_entry(self, item: _Item, entry: Entry, blob: bytes) -> None:
        """A version 2 entry: a run of one, checked at once; a valid one must carry a nonce
        no earlier valid entry carried (else it is that entry copied)."""
        payload = signing.payload(entry.canonical())
        self._settle(_OpenRun(item.actor, item.seq, item.seq, payload, blob, [item]), blob)

    def finish(self) -> Replay:
        self._close()
        return self

    @property
    def accounts_without_key(self) -> list[str]:
        return sorted(name for name in self.roles if name not in self.keys)

    def _unsigned(self, item: _Item) -> None:
        if not self._signed_era:
            self.before_signatures += 1
            self._apply_history(item)
        elif item.event == LOGIN_FAILED:
            self.unverified += 1
        elif item.actor in self.roles and item.actor not in self.keys:
            self.keyless += 1  # counted, but changes no role or key: only signed entries do
        else:
            reason = "not signed" if item.actor in self.keys else "not signed; not an account"
            self.forged.append(_finding(item, reason))

    def _apply_history(self, item: _Item) -> None:
        """What unsigned entries tell (before signatures): who has which role."""
        if item.event == USER_ADDED:
            self.roles[item.target] = item.detail
        elif item.event == USER_REMOVED:
            self.roles.pop(item.target, None)
            self.keys.pop(item.target, None)
        elif item.event == VAULT_CREATED:
            self.roles.setdefault(item.actor, ADMIN)

    def _close(self) -> None:
        run, self._run = self._run, None
        if run is not None:
            self._settle(run, None)

    def _settle(self, run: _OpenRun, per_entry: bytes | None) -> None:
        public = self._key_for(run)
        if public is None:
            self.forged.extend(
                _finding(i, "signed by a key the log does not trust") for i in run.items
            )
            return
        if not signing.verifies(public, run.blob, run.hash):
            self.forged.extend(_finding(i, "signature does not verify") for i in run.items)
            return
        if per_entry is not None:
            original = self._nonces.setdefault(signing.nonce(per_entry), run.first_seq)
            if original != run.first_seq:
                self.forged.append(_finding(run.items[0], f"a copy of entry {original}"))
                return
        self.signed += len(run.items)
        for item in run.items:
            self._apply_signed(item)

    def _key_for(self, run: _OpenRun) -> bytes | None:
        known = self.keys.get(run.actor)
        if known is not None:
            return known
        first = run.items[0]
        if first.seq == 1 and first.event == VAULT_CREATED:  # genesis: the creator's own key
            self.roles.setdefault(run.actor, ADMIN)
            return signing.parse_key_text(first.detail)
        if run.actor not in self.roles:
            return None
        for item in run.items:  # trust on first use: an account's own first key
            if item.event == SIGNING_KEY and item.target == run.actor:
                return signing.parse_key_text(item.detail)
        return None

    def _apply_signed(self, item: _Item) -> None:
        is_admin = self.roles.get(item.actor) == ADMIN
        if item.event == VAULT_CREATED and item.seq == 1:
            public = signing.parse_key_text(item.detail)
            if public is not None:
                self.keys[item.actor] = public
        elif item.event == SIGNING_KEY:
            public = signing.parse_key_text(item.detail)
            allowed = item.target == item.actor or is_admin
            if public is None or not allowed or item.target not in self.roles:
                self.forged.append(_finding(item, "key registration not allowed"))
                return
            self.keys[item.target] = public
        elif item.event in (USER_ADDED, USER_REMOVED):
            if not is_admin:
                self.forged.append(_finding(item, "not signed by an administrator"))
                return
            self._apply_history(item)


def _finding(item: _Item, reason: str) -> Finding:
    return Finding(item.seq, item.event, item.actor, reason)
