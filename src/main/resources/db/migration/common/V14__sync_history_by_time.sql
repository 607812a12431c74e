-- The sync statistics and the history of all integrations read the newest runs first,
-- across integrations: without this only (integration_id, started_at) is indexed.
CREATE INDEX ix_platform_sync_history_started ON platform_sync_history (started_at);
