"""The SQL of the office server's identity: accounts, one key slot per row, and the functions
that alone change them (SECURITY DEFINER, run as the database owner).

Row-level security lets a login read only its own slot row; no login may write either table.
The recovery slot's row belongs to no login: only the owner reads it (docs/server.md).
"""

from __future__ import annotations

TABLES = r"""
CREATE TABLE ajo_identity_settings (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE ajo_accounts (
  login_role text PRIMARY KEY,
  user_name text NOT NULL,
  user_folded text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'case_worker', 'shelter_staff', 'manager')),
  kdf jsonb NOT NULL,
  temporary boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz
);
CREATE UNIQUE INDEX ajo_accounts_active_name ON ajo_accounts (user_folded)
  WHERE removed_at IS NULL;
CREATE TABLE ajo_slots (
  slot_id text PRIMARY KEY,
  login_role text UNIQUE REFERENCES ajo_accounts (login_role) ON UPDATE CASCADE,
  kind text NOT NULL CHECK (kind IN ('user', 'recovery')),
  body jsonb NOT NULL,
  CHECK ((kind = 'user') = (login_role IS NOT NULL))
);
ALTER TABLE ajo_slots ENABLE ROW LEVEL SECURITY;
CREATE POLICY ajo_own_slot ON ajo_slots FOR SELECT USING (login_role = current_user);
"""

# Every function runs as the owner with a fixed search path (no object planted elsewhere).
PRELOGIN = r"""
CREATE OR REPLACE FUNCTION ajo_prelogin(folded text) RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  WITH s AS (
    SELECT (SELECT value FROM ajo_identity_settings WHERE key = 'prelogin_secret') AS secret,
           (SELECT value FROM ajo_identity_settings WHERE key = 'role_prefix') AS prefix
  ), found AS (
    SELECT jsonb_build_object('kdf', kdf, 'login', login_role) AS answer
    FROM ajo_accounts WHERE user_folded = folded
    ORDER BY removed_at IS NOT NULL, created_at DESC LIMIT 1
  ), shape AS (
    SELECT kdf FROM ajo_accounts WHERE removed_at IS NULL ORDER BY created_at LIMIT 1
  )
  SELECT COALESCE(
    (SELECT answer FROM found),
    (SELECT jsonb_build_object(
        'kdf', jsonb_set(shape.kdf, '{salt}', to_jsonb(encode(substring(
            sha256(convert_to(s.secret || '|salt|' || folded, 'UTF8')) FROM 1 FOR 16), 'hex'))),
        'login', s.prefix || '_u_' || substring(encode(
            sha256(convert_to(s.secret || '|login|' || folded, 'UTF8')), 'hex') FROM 1 FOR 12))
     FROM shape, s)
  )
$fn$;
CREATE OR REPLACE FUNCTION ajo_vault_id() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT value FROM vault_meta WHERE key = 'vault_id'
$fn$;
"""

# A slot's header must match the account it is stored for: the functions check it, so no one
# stores a slot under another account's name or role.
ACCOUNTS = r"""
CREATE OR REPLACE FUNCTION ajo_check_slot(slot jsonb, verifier text) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:'
     OR slot -> 'header' ->> 'kind' IS DISTINCT FROM 'user'
     OR slot -> 'header' ->> 'slot_id' IS NULL THEN
    RAISE EXCEPTION 'not an account''s key slot and login verifier'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
END $fn$;

CREATE OR REPLACE FUNCTION ajo_add_account(login_id text, folded text, slot jsonb, verifier text)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  h jsonb := slot -> 'header';
  r text := slot -> 'header' ->> 'role';
  prefix text := (SELECT value FROM ajo_identity_settings WHERE key = 'role_prefix');
  login text;
BEGIN
  PERFORM ajo_check_slot(slot, verifier);
  IF login_id !~ '^[0-9a-f]{12}$' THEN
    RAISE EXCEPTION 'an account id is 12 hex digits' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  login := prefix || '_u_' || login_id;
  INSERT INTO ajo_accounts (login_role, user_name, user_folded, role, kdf, temporary)
  VALUES (login, h ->> 'user', folded, r, h -> 'kdf', (h ->> 'format') = '2');
  INSERT INTO ajo_slots (slot_id, login_role, kind, body)
  VALUES (h ->> 'slot_id', login, 'user', slot);
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier);
  EXECUTE format('GRANT %I TO %I', prefix || '_staff', login);
  IF r <> 'manager' THEN
    EXECUTE format('GRANT %I TO %I', prefix || '_pii', login);
  END IF;
  IF r IN ('manager', 'admin') THEN
    EXECUTE format('GRANT %I TO %I', prefix || '_' || r, login);
  END IF;
  -- the owner becomes a member so that removing the account can end its sessions
  EXECUTE format('GRANT %I TO %I', login, current_user);
  RETURN login;
END $fn$;

CREATE OR REPLACE FUNCTION ajo_store_slot(login text, slot jsonb, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  h jsonb := slot -> 'header';
  acct ajo_accounts%ROWTYPE;
BEGIN
  PERFORM ajo_check_slot(slot, verifier);
  SELECT * INTO acct FROM ajo_accounts
  WHERE login_role = login AND removed_at IS NULL FOR UPDATE;
  IF NOT FOUND OR h ->> 'user' IS DISTINCT FROM acct.user_name
     OR h ->> 'role' IS DISTINCT FROM acct.role THEN
    RAISE EXCEPTION 'no such account' USING ERRCODE = 'no_data_found';
  END IF;
  UPDATE ajo_slots SET body = slot, slot_id = h ->> 'slot_id' WHERE login_role = login;
  UPDATE ajo_accounts SET kdf = h -> 'kdf', temporary = (h ->> 'format') = '2'
  WHERE login_role = login;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
END $fn$;

-- the account itself: only ever its own slot (session_user is the login that signed in)
CREATE OR REPLACE FUNCTION ajo_change_own_password(slot jsonb, verifier text)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT ajo_store_slot(session_user::text, slot, verifier)
$fn$;

-- an administrator sets a temporary password for someone
CREATE OR REPLACE FUNCTION ajo_reset_account(login text, slot jsonb, verifier text)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
  SELECT ajo_store_slot(login, slot, verifier)
$fn$;

CREATE OR REPLACE FUNCTION ajo_remove_account(login text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  acct ajo_accounts%ROWTYPE;
  prefix text := (SELECT value FROM ajo_identity_settings WHERE key = 'role_prefix');
  g text;
BEGIN
  IF login = session_user::text THEN
    RAISE EXCEPTION 'you cannot remove the account you are signed in with'
      USING ERRCODE = 'check_violation';
  END IF;
  -- administrators are counted under a lock: two removals at once never leave none
  PERFORM 1 FROM ajo_accounts WHERE role = 'admin' AND removed_at IS NULL FOR UPDATE;
  SELECT * INTO acct FROM ajo_accounts WHERE login_role = login AND removed_at IS NULL;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such account' USING ERRCODE = 'no_data_found';
  END IF;
  IF acct.role = 'admin' AND (SELECT count(*) FROM ajo_accounts
                              WHERE role = 'admin' AND removed_at IS NULL) < 2 THEN
    RAISE EXCEPTION 'the last administrator cannot be removed' USING ERRCODE = 'check_violation';
  END IF;
  UPDATE ajo_accounts SET removed_at = now() WHERE login_role = login;
  DELETE FROM ajo_slots WHERE login_role = login;
  -- the role stays, unable to log in and in no group: its right password now hears
  -- "not permitted to log in", which the PC turns into "this account was removed"
  EXECUTE format('ALTER ROLE %I NOLOGIN', login);
  FOREACH g IN ARRAY ARRAY['staff', 'pii', 'manager', 'admin'] LOOP
    IF pg_has_role(login, prefix || '_' || g, 'MEMBER') THEN
      EXECUTE format('REVOKE %I FROM %I', prefix || '_' || g, login);
    END IF;
  END LOOP;
  RETURN ajo_terminate(login);
END $fn$;

-- ends the sessions of one login (waits up to 5 s for each to be gone)
CREATE OR REPLACE FUNCTION ajo_terminate(login text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  backend integer;
  ended integer := 0;
BEGIN
  FOR backend IN SELECT pid FROM pg_stat_activity WHERE usename = login LOOP
    IF pg_terminate_backend(backend, 5000) THEN
      ended := ended + 1;
    END IF;
  END LOOP;
  RETURN ended;
END $fn$;

-- a key rotation: an administrator replaces the recovery slot (still readable by the owner only)
CREATE OR REPLACE FUNCTION ajo_put_recovery_slot(slot jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  IF slot -> 'header' ->> 'kind' IS DISTINCT FROM 'recovery'
     OR slot -> 'header' ->> 'slot_id' IS NULL THEN
    RAISE EXCEPTION 'not a recovery key slot' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  UPDATE ajo_slots SET body = slot, slot_id = slot -> 'header' ->> 'slot_id'
  WHERE kind = 'recovery';
END $fn$;

-- a key rotation reset an account: its open sessions, which hold the old key only, end
CREATE OR REPLACE FUNCTION ajo_end_sessions_after_reset(login text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  IF login = session_user::text OR NOT EXISTS (
       SELECT 1 FROM ajo_accounts WHERE login_role = login AND removed_at IS NULL) THEN
    RAISE EXCEPTION 'no such account' USING ERRCODE = 'no_data_found';
  END IF;
  RETURN ajo_terminate(login);
END $fn$;

-- after the removal committed: any session that reconnected meanwhile ends too
CREATE OR REPLACE FUNCTION ajo_end_sessions(login text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM ajo_accounts WHERE login_role = login
                 AND removed_at IS NOT NULL) THEN
    RAISE EXCEPTION 'no such removed account' USING ERRCODE = 'no_data_found';
  END IF;
  RETURN ajo_terminate(login);
END $fn$;
"""

FUNCTIONS = {
    "ajo_prelogin(text)": "prelogin",
    "ajo_vault_id()": "prelogin",
    "ajo_check_slot(jsonb, text)": "",
    "ajo_store_slot(text, jsonb, text)": "",
    "ajo_add_account(text, text, jsonb, text)": "admin",
    "ajo_reset_account(text, jsonb, text)": "admin",
    "ajo_remove_account(text)": "admin",
    "ajo_end_sessions(text)": "admin",
    "ajo_put_recovery_slot(jsonb)": "admin",
    "ajo_end_sessions_after_reset(text)": "admin",
    "ajo_terminate(text)": "",
    "ajo_change_own_password(jsonb, text)": "staff",
}
