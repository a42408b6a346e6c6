-- A counter per account that changes whenever its sign-in rights change (deactivation, roles, password, user
-- name). Each session keeps the value it signed in with; a request whose session holds an older value reloads the
-- account (signed out, or the new roles). Sign-in failures are now counted per account, per typed unknown name and
-- per client address in sign_in_failure, whose key column holds "account:<id>", "name:<typed>" or "address:<ip>".
ALTER TABLE staff_member ADD COLUMN security_stamp BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX sign_in_failure_last_idx ON sign_in_failure (last_failure);
