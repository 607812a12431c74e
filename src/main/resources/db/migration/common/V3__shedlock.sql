-- ShedLock: scheduled work runs once across application instances.
CREATE TABLE shedlock (
    name            VARCHAR(64)   NOT NULL,
    lock_until      ${timestamp}  NOT NULL,
    locked_at       ${timestamp}  NOT NULL,
    locked_by       VARCHAR(255)  NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
) ${table_options};
