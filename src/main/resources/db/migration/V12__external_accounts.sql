-- Accounts that sign in through an OpenID Connect provider (issue 16): the provider's id (pa.oidc.providers) and the
-- subject it gives the person ("sub", stable where names change). Both empty for local accounts.
ALTER TABLE staff_member ADD COLUMN external_provider VARCHAR(64);
ALTER TABLE staff_member ADD COLUMN external_subject VARCHAR(255);
CREATE INDEX staff_member_external_idx ON staff_member (external_provider, external_subject);
