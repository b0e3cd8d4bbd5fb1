-- Unique keys on (id) alone would let one tenant learn whether an id exists in another tenant (a
-- unique violation bypasses row-level security). Ids are server-generated UUIDs, so the risk is
-- theoretical, but the rule is that keys include tenant_id: the primary keys (tenant_id, id) remain.
ALTER TABLE users DROP CONSTRAINT users_id_key;
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_id_key;
ALTER TABLE connections DROP CONSTRAINT connections_id_key;
