-- staff: the API access log is written once per API call and read now and then. Its client
-- filter is a case-insensitive "contains" (LOWER(client_id) LIKE '%...%'), which no index on
-- (client_id, occurred_at) can serve; the index only cost every insert one more B-tree entry.
DROP INDEX ix_api_access_logs_client;
