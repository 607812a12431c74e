-- staff: hits per API client and hour, summed over all application instances (decision 0009).
-- window_hour counts hours since 1970-01-01T00:00Z, so no time zone can shift a window.
CREATE TABLE rate_limit_windows (
    client_key      VARCHAR(100)  NOT NULL,
    window_hour     BIGINT        NOT NULL,
    hits            BIGINT        NOT NULL,
    CONSTRAINT pk_rate_limit_windows PRIMARY KEY (client_key, window_hour),
    CONSTRAINT ck_rate_limit_windows_hits CHECK (hits >= 0)
) ${table_options};
CREATE INDEX ix_rate_limit_windows_hour ON rate_limit_windows (window_hour);
CREATE INDEX ix_api_access_logs_status ON api_access_logs (status, occurred_at);
