-- Pondok schema, common to H2, MariaDB and PostgreSQL.
-- Placeholders (set per database by org.pondok.system.FlywayDialectPlaceholders):
--   ${id}             identity primary key column type
--   ${timestamp}      an instant in UTC with microseconds
--   ${text}           long text
--   ${blob}           binary data
--   ${table_options}  table options (utf8mb4 and InnoDB on MariaDB)

-- =====================================================================================
-- system: configuration, languages, currencies, backups
-- =====================================================================================

CREATE TABLE system_config (
    id              ${id} PRIMARY KEY,
    config_key      VARCHAR(100)  NOT NULL,
    area            VARCHAR(32)   NOT NULL,
    value_type      VARCHAR(16)   NOT NULL,
    environment     VARCHAR(8)    NOT NULL DEFAULT 'both',
    config_value    ${text},
    encrypted       BOOLEAN       NOT NULL DEFAULT FALSE,
    description     VARCHAR(500),
    updated_at      ${timestamp},
    updated_by      VARCHAR(255),
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_system_config_key UNIQUE (config_key),
    CONSTRAINT ck_system_config_type CHECK (value_type IN ('string', 'integer', 'decimal', 'boolean', 'json', 'secret')),
    CONSTRAINT ck_system_config_environment CHECK (environment IN ('dev', 'prod', 'both'))
) ${table_options};

CREATE TABLE languages (
    code            VARCHAR(8)    NOT NULL,
    name            VARCHAR(64)   NOT NULL,
    native_name     VARCHAR(64)   NOT NULL,
    enabled         BOOLEAN       NOT NULL DEFAULT TRUE,
    is_default      BOOLEAN       NOT NULL DEFAULT FALSE,
    sort_order      INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_languages PRIMARY KEY (code)
) ${table_options};

CREATE TABLE currencies (
    code            CHAR(3)       NOT NULL,
    name            VARCHAR(64)   NOT NULL,
    symbol          VARCHAR(8)    NOT NULL,
    fraction_digits INT           NOT NULL,
    rate_to_base    DECIMAL(19,8) NOT NULL,
    enabled         BOOLEAN       NOT NULL DEFAULT TRUE,
    is_base         BOOLEAN       NOT NULL DEFAULT FALSE,
    sort_order      INT           NOT NULL DEFAULT 0,
    updated_at      ${timestamp},
    updated_by      VARCHAR(255),
    CONSTRAINT pk_currencies PRIMARY KEY (code),
    CONSTRAINT ck_currencies_rate CHECK (rate_to_base > 0),
    CONSTRAINT ck_currencies_digits CHECK (fraction_digits BETWEEN 0 AND 4)
) ${table_options};

CREATE TABLE backup_runs (
    id              ${id} PRIMARY KEY,
    trigger_kind    VARCHAR(16)   NOT NULL,
    started_at      ${timestamp}  NOT NULL,
    finished_at     ${timestamp},
    file_name       VARCHAR(255),
    size_bytes      BIGINT,
    status          VARCHAR(16)   NOT NULL,
    error_text      VARCHAR(2000),
    CONSTRAINT ck_backup_runs_trigger CHECK (trigger_kind IN ('schedule', 'manual')),
    CONSTRAINT ck_backup_runs_status CHECK (status IN ('running', 'success', 'failed', 'deleted'))
) ${table_options};

-- =====================================================================================
-- staff: accounts, tokens, API access log, audit trail
-- =====================================================================================

CREATE TABLE admin_users (
    id                   ${id} PRIMARY KEY,
    email                VARCHAR(255)  NOT NULL,
    name                 VARCHAR(255)  NOT NULL,
    job_title            VARCHAR(100),
    role                 VARCHAR(16)   NOT NULL,
    password_hash        VARCHAR(100)  NOT NULL,
    active               BOOLEAN       NOT NULL DEFAULT TRUE,
    language             VARCHAR(8)    NOT NULL DEFAULT 'en',
    failed_logins        INT           NOT NULL DEFAULT 0,
    locked_until         ${timestamp},
    last_login_at        ${timestamp},
    password_changed_at  ${timestamp},
    must_change_password BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at           ${timestamp}  NOT NULL,
    updated_at           ${timestamp}  NOT NULL,
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_admin_users_email UNIQUE (email),
    CONSTRAINT ck_admin_users_role CHECK (role IN ('admin', 'manager', 'staff')),
    CONSTRAINT ck_admin_users_failed CHECK (failed_logins >= 0)
) ${table_options};

CREATE TABLE api_tokens (
    id              ${id} PRIMARY KEY,
    user_id         BIGINT        NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    token_hash      CHAR(64)      NOT NULL,
    token_prefix    VARCHAR(16)   NOT NULL,
    created_at      ${timestamp}  NOT NULL,
    expires_at      ${timestamp}  NOT NULL,
    last_used_at    ${timestamp},
    revoked_at      ${timestamp},
    CONSTRAINT uq_api_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_tokens_user FOREIGN KEY (user_id) REFERENCES admin_users (id) ON DELETE CASCADE,
    CONSTRAINT ck_api_tokens_kind CHECK (kind IN ('login', 'personal'))
) ${table_options};

CREATE TABLE api_access_logs (
    id              ${id} PRIMARY KEY,
    occurred_at     ${timestamp}  NOT NULL,
    client_id       VARCHAR(64)   NOT NULL,
    user_id         BIGINT,
    user_email      VARCHAR(255),
    method          VARCHAR(10)   NOT NULL,
    path            VARCHAR(1000) NOT NULL,
    status          INT           NOT NULL,
    duration_ms     INT           NOT NULL,
    user_agent      VARCHAR(500),
    remote_address  VARCHAR(64)
) ${table_options};
CREATE INDEX ix_api_access_logs_occurred ON api_access_logs (occurred_at);
CREATE INDEX ix_api_access_logs_client ON api_access_logs (client_id, occurred_at);

CREATE TABLE audit_events (
    id              ${id} PRIMARY KEY,
    occurred_at     ${timestamp}  NOT NULL,
    actor           VARCHAR(255)  NOT NULL,
    action          VARCHAR(64)   NOT NULL,
    target_type     VARCHAR(64)   NOT NULL,
    target_id       VARCHAR(100),
    details         VARCHAR(4000),
    remote_address  VARCHAR(64)
) ${table_options};
CREATE INDEX ix_audit_events_occurred ON audit_events (occurred_at);
CREATE INDEX ix_audit_events_target ON audit_events (target_type, target_id);

-- =====================================================================================
-- catalog: villa, rooms and units, packages, seasonal rates, media, hero gallery
-- =====================================================================================

CREATE TABLE villa_info (
    id                        ${id} PRIMARY KEY,
    name                      VARCHAR(200)  NOT NULL,
    tagline                   VARCHAR(300),
    description               ${text},
    address                   VARCHAR(500)  NOT NULL,
    city                      VARCHAR(100),
    region                    VARCHAR(100),
    country                   CHAR(2)       NOT NULL,
    postal_code               VARCHAR(20),
    latitude                  DECIMAL(9,6),
    longitude                 DECIMAL(9,6),
    phone                     VARCHAR(50),
    email                     VARCHAR(255),
    whatsapp                  VARCHAR(50),
    website                   VARCHAR(255),
    time_zone                 VARCHAR(64)   NOT NULL,
    check_in_time             TIME          NOT NULL,
    check_out_time            TIME          NOT NULL,
    house_rules               ${text},
    wifi_name                 VARCHAR(100),
    wifi_password             VARCHAR(100),
    base_currency             CHAR(3)       NOT NULL DEFAULT 'USD',
    tax_percent               DECIMAL(7,4)  NOT NULL DEFAULT 0,
    service_charge_percent    DECIMAL(7,4)  NOT NULL DEFAULT 0,
    deposit_percent           DECIMAL(7,4)  NOT NULL DEFAULT 100,
    balance_due_days          INT           NOT NULL DEFAULT 0,
    free_cancellation_days    INT           NOT NULL DEFAULT 0,
    cancellation_fee_percent  DECIMAL(7,4)  NOT NULL DEFAULT 100,
    updated_at                ${timestamp}  NOT NULL,
    version                   INT           NOT NULL DEFAULT 0,
    CONSTRAINT ck_villa_info_tax CHECK (tax_percent >= 0 AND tax_percent <= 100),
    CONSTRAINT ck_villa_info_service CHECK (service_charge_percent >= 0 AND service_charge_percent <= 100),
    CONSTRAINT ck_villa_info_deposit CHECK (deposit_percent >= 0 AND deposit_percent <= 100),
    CONSTRAINT ck_villa_info_fee CHECK (cancellation_fee_percent >= 0 AND cancellation_fee_percent <= 100),
    CONSTRAINT ck_villa_info_days CHECK (balance_due_days >= 0 AND free_cancellation_days >= 0)
) ${table_options};

CREATE TABLE rooms (
    id                        ${id} PRIMARY KEY,
    code                      VARCHAR(32)   NOT NULL,
    name                      VARCHAR(200)  NOT NULL,
    summary                   VARCHAR(500),
    description               ${text},
    max_adults                INT           NOT NULL,
    max_children              INT           NOT NULL DEFAULT 0,
    max_occupancy             INT           NOT NULL,
    bed_setup                 VARCHAR(200),
    size_sqm                  INT,
    amenities                 VARCHAR(2000),
    base_rate                 DECIMAL(19,4) NOT NULL,
    min_nights                INT           NOT NULL DEFAULT 1,
    free_cancellation_days    INT,
    cancellation_fee_percent  DECIMAL(7,4),
    sort_order                INT           NOT NULL DEFAULT 0,
    active                    BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at                ${timestamp}  NOT NULL,
    updated_at                ${timestamp}  NOT NULL,
    version                   INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_rooms_code UNIQUE (code),
    CONSTRAINT ck_rooms_adults CHECK (max_adults >= 1),
    CONSTRAINT ck_rooms_children CHECK (max_children >= 0),
    CONSTRAINT ck_rooms_occupancy CHECK (max_occupancy >= 1 AND max_occupancy <= max_adults + max_children),
    CONSTRAINT ck_rooms_rate CHECK (base_rate >= 0),
    CONSTRAINT ck_rooms_min_nights CHECK (min_nights >= 1),
    CONSTRAINT ck_rooms_fee CHECK (cancellation_fee_percent IS NULL OR (cancellation_fee_percent >= 0 AND cancellation_fee_percent <= 100))
) ${table_options};

CREATE TABLE room_units (
    id              ${id} PRIMARY KEY,
    room_id         BIGINT        NOT NULL,
    code            VARCHAR(32)   NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    sort_order      INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_room_units_code UNIQUE (code),
    CONSTRAINT fk_room_units_room FOREIGN KEY (room_id) REFERENCES rooms (id)
) ${table_options};

CREATE TABLE room_translations (
    room_id         BIGINT        NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    summary         VARCHAR(500),
    description     ${text},
    CONSTRAINT pk_room_translations PRIMARY KEY (room_id, language),
    CONSTRAINT fk_room_translations_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE seasonal_rates (
    id              ${id} PRIMARY KEY,
    room_id         BIGINT        NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    start_date      DATE          NOT NULL,
    end_date        DATE          NOT NULL,
    nightly_rate    DECIMAL(19,4) NOT NULL,
    min_nights      INT           NOT NULL DEFAULT 1,
    created_at      ${timestamp}  NOT NULL,
    CONSTRAINT fk_seasonal_rates_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE,
    CONSTRAINT ck_seasonal_rates_dates CHECK (end_date > start_date),
    CONSTRAINT ck_seasonal_rates_rate CHECK (nightly_rate >= 0),
    CONSTRAINT ck_seasonal_rates_min CHECK (min_nights >= 1)
) ${table_options};
CREATE INDEX ix_seasonal_rates_room ON seasonal_rates (room_id, start_date);

CREATE TABLE packages (
    id              ${id} PRIMARY KEY,
    code            VARCHAR(32)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    summary         VARCHAR(500),
    description     ${text},
    inclusions      VARCHAR(2000),
    price           DECIMAL(19,4) NOT NULL,
    min_nights      INT           NOT NULL DEFAULT 1,
    sort_order      INT           NOT NULL DEFAULT 0,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at      ${timestamp}  NOT NULL,
    updated_at      ${timestamp}  NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_packages_code UNIQUE (code),
    CONSTRAINT ck_packages_price CHECK (price >= 0),
    CONSTRAINT ck_packages_min CHECK (min_nights >= 1)
) ${table_options};

CREATE TABLE package_translations (
    package_id      BIGINT        NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    summary         VARCHAR(500),
    description     ${text},
    inclusions      VARCHAR(2000),
    CONSTRAINT pk_package_translations PRIMARY KEY (package_id, language),
    CONSTRAINT fk_package_translations_package FOREIGN KEY (package_id) REFERENCES packages (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE package_rooms (
    package_id      BIGINT        NOT NULL,
    room_id         BIGINT        NOT NULL,
    CONSTRAINT pk_package_rooms PRIMARY KEY (package_id, room_id),
    CONSTRAINT fk_package_rooms_package FOREIGN KEY (package_id) REFERENCES packages (id) ON DELETE CASCADE,
    CONSTRAINT fk_package_rooms_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE media (
    id              ${id} PRIMARY KEY,
    file_name       VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(64)   NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    width           INT,
    height          INT,
    sha256          CHAR(64)      NOT NULL,
    data            ${blob}       NOT NULL,
    created_at      ${timestamp}  NOT NULL,
    CONSTRAINT ck_media_type CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    CONSTRAINT ck_media_size CHECK (size_bytes > 0)
) ${table_options};

CREATE TABLE room_photos (
    id              ${id} PRIMARY KEY,
    room_id         BIGINT        NOT NULL,
    media_id        BIGINT        NOT NULL,
    alt_text        VARCHAR(300),
    sort_order      INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_room_photos_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE,
    CONSTRAINT fk_room_photos_media FOREIGN KEY (media_id) REFERENCES media (id)
) ${table_options};

CREATE TABLE hero_gallery_selection (
    id              ${id} PRIMARY KEY,
    media_id        BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    caption         VARCHAR(500),
    sort_order      INT           NOT NULL DEFAULT 0,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at      ${timestamp}  NOT NULL,
    updated_at      ${timestamp}  NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_hero_gallery_media FOREIGN KEY (media_id) REFERENCES media (id)
) ${table_options};

CREATE TABLE hero_gallery_translations (
    gallery_id      BIGINT        NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    caption         VARCHAR(500),
    CONSTRAINT pk_hero_gallery_translations PRIMARY KEY (gallery_id, language),
    CONSTRAINT fk_hero_gallery_translations FOREIGN KEY (gallery_id) REFERENCES hero_gallery_selection (id) ON DELETE CASCADE
) ${table_options};

-- =====================================================================================
-- inventory: one row per held unit-night; the unique key is what makes double selling impossible
-- =====================================================================================

CREATE TABLE inventory_nights (
    unit_id         BIGINT        NOT NULL,
    night           DATE          NOT NULL,
    holder          VARCHAR(16)   NOT NULL,
    holder_ref      VARCHAR(64)   NOT NULL,
    created_at      ${timestamp}  NOT NULL,
    CONSTRAINT uq_inventory_nights_unit_night PRIMARY KEY (unit_id, night),
    CONSTRAINT fk_inventory_nights_unit FOREIGN KEY (unit_id) REFERENCES room_units (id),
    CONSTRAINT ck_inventory_nights_holder CHECK (holder IN ('booking', 'ota_block', 'manual_block', 'buffer'))
) ${table_options};
CREATE INDEX ix_inventory_nights_night ON inventory_nights (night, unit_id);
CREATE INDEX ix_inventory_nights_holder ON inventory_nights (holder, holder_ref);

CREATE TABLE manual_blocks (
    id              ${id} PRIMARY KEY,
    unit_id         BIGINT        NOT NULL,
    start_date      DATE          NOT NULL,
    end_date        DATE          NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    created_by      VARCHAR(255)  NOT NULL,
    created_at      ${timestamp}  NOT NULL,
    released_at     ${timestamp},
    released_by     VARCHAR(255),
    CONSTRAINT fk_manual_blocks_unit FOREIGN KEY (unit_id) REFERENCES room_units (id),
    CONSTRAINT ck_manual_blocks_dates CHECK (end_date > start_date)
) ${table_options};

-- =====================================================================================
-- booking: bookings, nightly prices, status history, idempotency
-- =====================================================================================

CREATE SEQUENCE booking_reference_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE bookings (
    id                     ${id} PRIMARY KEY,
    reference              VARCHAR(16)   NOT NULL,
    room_code              VARCHAR(32)   NOT NULL,
    unit_id                BIGINT        NOT NULL,
    check_in               DATE          NOT NULL,
    check_out              DATE          NOT NULL,
    nights                 INT           NOT NULL,
    adults                 INT           NOT NULL,
    children               INT           NOT NULL DEFAULT 0,
    guest_first_name       VARCHAR(100)  NOT NULL,
    guest_last_name        VARCHAR(100)  NOT NULL,
    guest_email            VARCHAR(255)  NOT NULL,
    guest_phone            VARCHAR(50),
    guest_country          CHAR(2),
    guest_language         VARCHAR(8)    NOT NULL DEFAULT 'en',
    package_code           VARCHAR(32),
    special_requests       VARCHAR(2000),
    source                 VARCHAR(32)   NOT NULL,
    channel_reference      VARCHAR(255),
    currency               CHAR(3)       NOT NULL,
    exchange_rate          DECIMAL(19,8) NOT NULL,
    rooms_amount           DECIMAL(19,4) NOT NULL,
    package_amount         DECIMAL(19,4) NOT NULL DEFAULT 0,
    tax_amount             DECIMAL(19,4) NOT NULL DEFAULT 0,
    service_charge_amount  DECIMAL(19,4) NOT NULL DEFAULT 0,
    total_amount           DECIMAL(19,4) NOT NULL,
    deposit_amount         DECIMAL(19,4) NOT NULL,
    balance_due_date       DATE,
    paid_amount            DECIMAL(19,4) NOT NULL DEFAULT 0,
    refund_due_amount      DECIMAL(19,4),
    payment_method         VARCHAR(16),
    payment_status         VARCHAR(20)   NOT NULL DEFAULT 'unpaid',
    status                 VARCHAR(16)   NOT NULL,
    cancellation_reason    VARCHAR(500),
    manage_token_hash      CHAR(64),
    created_by             VARCHAR(255),
    created_at             ${timestamp}  NOT NULL,
    updated_at             ${timestamp}  NOT NULL,
    version                INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_bookings_reference UNIQUE (reference),
    CONSTRAINT fk_bookings_room FOREIGN KEY (room_code) REFERENCES rooms (code),
    CONSTRAINT fk_bookings_unit FOREIGN KEY (unit_id) REFERENCES room_units (id),
    CONSTRAINT fk_bookings_package FOREIGN KEY (package_code) REFERENCES packages (code),
    CONSTRAINT fk_bookings_currency FOREIGN KEY (currency) REFERENCES currencies (code),
    CONSTRAINT ck_bookings_dates CHECK (check_out > check_in),
    CONSTRAINT ck_bookings_nights CHECK (nights >= 1),
    CONSTRAINT ck_bookings_guests CHECK (adults >= 1 AND children >= 0),
    CONSTRAINT ck_bookings_amounts CHECK (total_amount >= 0 AND deposit_amount >= 0 AND paid_amount >= 0 AND exchange_rate > 0),
    CONSTRAINT ck_bookings_source CHECK (source IN ('direct', 'staff', 'phone', 'walk_in', 'airbnb', 'booking_com', 'vrbo', 'expedia', 'agoda', 'other')),
    CONSTRAINT ck_bookings_method CHECK (payment_method IS NULL OR payment_method IN ('stripe', 'paypal', 'bank_transfer', 'cash', 'ota')),
    CONSTRAINT ck_bookings_payment_status CHECK (payment_status IN ('unpaid', 'deposit_paid', 'paid', 'partially_refunded', 'refunded')),
    CONSTRAINT ck_bookings_status CHECK (status IN ('pending', 'confirmed', 'checked_in', 'checked_out', 'cancelled', 'no_show'))
) ${table_options};
CREATE INDEX ix_bookings_stay ON bookings (check_in, check_out);
CREATE INDEX ix_bookings_status ON bookings (status, check_in);
CREATE INDEX ix_bookings_email ON bookings (guest_email);

CREATE TABLE booking_nightly_rates (
    booking_id      BIGINT        NOT NULL,
    night           DATE          NOT NULL,
    amount          DECIMAL(19,4) NOT NULL,
    rate_name       VARCHAR(100),
    CONSTRAINT pk_booking_nightly_rates PRIMARY KEY (booking_id, night),
    CONSTRAINT fk_booking_nightly_rates FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE booking_status_history (
    id              ${id} PRIMARY KEY,
    booking_id      BIGINT        NOT NULL,
    from_status     VARCHAR(16),
    to_status       VARCHAR(16)   NOT NULL,
    changed_by      VARCHAR(255)  NOT NULL,
    changed_at      ${timestamp}  NOT NULL,
    note            VARCHAR(1000),
    CONSTRAINT fk_booking_status_history FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE CASCADE
) ${table_options};
CREATE INDEX ix_booking_status_history_booking ON booking_status_history (booking_id, changed_at);

CREATE TABLE idempotency_keys (
    id              ${id} PRIMARY KEY,
    scope           VARCHAR(64)   NOT NULL,
    idempotency_key VARCHAR(255)  NOT NULL,
    request_hash    CHAR(64)      NOT NULL,
    response_status INT,
    response_body   ${text},
    resource_ref    VARCHAR(64),
    created_at      ${timestamp}  NOT NULL,
    expires_at      ${timestamp}  NOT NULL,
    CONSTRAINT uq_idempotency_keys UNIQUE (scope, idempotency_key)
) ${table_options};
CREATE INDEX ix_idempotency_keys_expires ON idempotency_keys (expires_at);

-- =====================================================================================
-- guest: profiles and analytics
-- =====================================================================================

CREATE TABLE guest_analytics (
    id                  ${id} PRIMARY KEY,
    email               VARCHAR(255)  NOT NULL,
    first_name          VARCHAR(100),
    last_name           VARCHAR(100),
    phone               VARCHAR(50),
    country             CHAR(2),
    language            VARCHAR(8),
    bookings_count      INT           NOT NULL DEFAULT 0,
    stays_count         INT           NOT NULL DEFAULT 0,
    nights_count        INT           NOT NULL DEFAULT 0,
    cancellations_count INT           NOT NULL DEFAULT 0,
    total_spend         DECIMAL(19,4) NOT NULL DEFAULT 0,
    lead_time_days_sum  INT           NOT NULL DEFAULT 0,
    adults_max          INT           NOT NULL DEFAULT 0,
    children_max        INT           NOT NULL DEFAULT 0,
    party_type          VARCHAR(16),
    segment             VARCHAR(32),
    first_booking_at    ${timestamp},
    last_booking_at     ${timestamp},
    last_stay_end       DATE,
    updated_at          ${timestamp}  NOT NULL,
    CONSTRAINT uq_guest_analytics_email UNIQUE (email),
    CONSTRAINT ck_guest_analytics_party CHECK (party_type IS NULL OR party_type IN ('solo', 'couple', 'family', 'group'))
) ${table_options};

CREATE TABLE guest_booking_events (
    event_key           VARCHAR(100)  NOT NULL,
    processed_at        ${timestamp}  NOT NULL,
    CONSTRAINT pk_guest_booking_events PRIMARY KEY (event_key)
) ${table_options};

-- =====================================================================================
-- payment: payments and provider webhooks
-- =====================================================================================

CREATE TABLE payments (
    id                  ${id} PRIMARY KEY,
    booking_reference   VARCHAR(16)   NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    method              VARCHAR(16)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    amount              DECIMAL(19,4) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    base_amount         DECIMAL(19,4) NOT NULL,
    exchange_rate       DECIMAL(19,8) NOT NULL,
    provider_reference  VARCHAR(255),
    checkout_url        VARCHAR(2000),
    due_date            DATE,
    paid_at             ${timestamp},
    failure_reason      VARCHAR(1000),
    refund_of           BIGINT,
    recorded_by         VARCHAR(255),
    idempotency_key     VARCHAR(255),
    created_at          ${timestamp}  NOT NULL,
    updated_at          ${timestamp}  NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_payments_provider UNIQUE (method, provider_reference),
    CONSTRAINT fk_payments_refund_of FOREIGN KEY (refund_of) REFERENCES payments (id),
    CONSTRAINT ck_payments_kind CHECK (kind IN ('deposit', 'balance', 'full', 'refund')),
    CONSTRAINT ck_payments_method CHECK (method IN ('stripe', 'paypal', 'bank_transfer', 'cash')),
    CONSTRAINT ck_payments_status CHECK (status IN ('pending', 'in_flight', 'succeeded', 'failed', 'cancelled', 'expired')),
    CONSTRAINT ck_payments_amount CHECK (amount >= 0 AND base_amount >= 0 AND exchange_rate > 0)
) ${table_options};
CREATE INDEX ix_payments_booking ON payments (booking_reference);
CREATE INDEX ix_payments_status ON payments (status, updated_at);

CREATE TABLE payment_webhook_events (
    id                  ${id} PRIMARY KEY,
    provider            VARCHAR(16)   NOT NULL,
    event_id            VARCHAR(255)  NOT NULL,
    event_type          VARCHAR(100)  NOT NULL,
    received_at         ${timestamp}  NOT NULL,
    processed_at        ${timestamp},
    outcome             VARCHAR(32),
    CONSTRAINT uq_payment_webhook_events UNIQUE (provider, event_id)
) ${table_options};

-- =====================================================================================
-- channel: integrations, sync history, imported blocks, conflicts, calendar settings and feeds
-- =====================================================================================

CREATE TABLE platform_integrations (
    id                     ${id} PRIMARY KEY,
    kind                   VARCHAR(32)   NOT NULL,
    category               VARCHAR(16)   NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    room_code              VARCHAR(32),
    import_url             VARCHAR(2000),
    sync_interval_minutes  INT           NOT NULL DEFAULT 60,
    status                 VARCHAR(16)   NOT NULL DEFAULT 'active',
    settings               VARCHAR(4000),
    secrets                ${text},
    etag                   VARCHAR(255),
    last_modified          VARCHAR(64),
    last_sync_at           ${timestamp},
    last_success_at        ${timestamp},
    last_result            VARCHAR(16),
    last_error             VARCHAR(2000),
    consecutive_failures   INT           NOT NULL DEFAULT 0,
    held_drop_count        INT           NOT NULL DEFAULT 0,
    created_at             ${timestamp}  NOT NULL,
    updated_at             ${timestamp}  NOT NULL,
    version                INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_platform_integrations_room FOREIGN KEY (room_code) REFERENCES rooms (code),
    CONSTRAINT ck_platform_integrations_kind CHECK (kind IN ('airbnb', 'booking_com', 'vrbo', 'expedia', 'agoda', 'google_calendar', 'outlook', 'ical', 'stripe', 'paypal', 'whatsapp', 'smtp')),
    CONSTRAINT ck_platform_integrations_category CHECK (category IN ('ota', 'calendar', 'payment', 'messaging')),
    CONSTRAINT ck_platform_integrations_status CHECK (status IN ('active', 'paused', 'error', 'disabled')),
    CONSTRAINT ck_platform_integrations_interval CHECK (sync_interval_minutes BETWEEN 5 AND 10080),
    CONSTRAINT ck_platform_integrations_result CHECK (last_result IS NULL OR last_result IN ('success', 'failed', 'not_modified', 'held'))
) ${table_options};

CREATE TABLE platform_sync_history (
    id                ${id} PRIMARY KEY,
    integration_id    BIGINT        NOT NULL,
    direction         VARCHAR(8)    NOT NULL,
    trigger_kind      VARCHAR(16)   NOT NULL,
    started_at        ${timestamp}  NOT NULL,
    duration_ms       INT           NOT NULL,
    http_status       INT,
    bytes             BIGINT,
    result            VARCHAR(16)   NOT NULL,
    events_seen       INT           NOT NULL DEFAULT 0,
    events_added      INT           NOT NULL DEFAULT 0,
    events_changed    INT           NOT NULL DEFAULT 0,
    events_removed    INT           NOT NULL DEFAULT 0,
    conflicts         INT           NOT NULL DEFAULT 0,
    error_text        VARCHAR(2000),
    CONSTRAINT fk_platform_sync_history FOREIGN KEY (integration_id) REFERENCES platform_integrations (id) ON DELETE CASCADE,
    CONSTRAINT ck_platform_sync_history_direction CHECK (direction IN ('import', 'export')),
    CONSTRAINT ck_platform_sync_history_trigger CHECK (trigger_kind IN ('schedule', 'manual', 'pre_booking')),
    CONSTRAINT ck_platform_sync_history_result CHECK (result IN ('success', 'failed', 'not_modified', 'held'))
) ${table_options};
CREATE INDEX ix_platform_sync_history ON platform_sync_history (integration_id, started_at);

CREATE TABLE channel_blocks (
    id                ${id} PRIMARY KEY,
    integration_id    BIGINT        NOT NULL,
    uid               VARCHAR(500)  NOT NULL,
    unit_id           BIGINT        NOT NULL,
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    summary           VARCHAR(500),
    first_seen_at     ${timestamp}  NOT NULL,
    last_seen_at      ${timestamp}  NOT NULL,
    CONSTRAINT fk_channel_blocks_integration FOREIGN KEY (integration_id) REFERENCES platform_integrations (id) ON DELETE CASCADE,
    CONSTRAINT ck_channel_blocks_dates CHECK (end_date > start_date),
    CONSTRAINT ck_channel_blocks_kind CHECK (kind IN ('reservation', 'owner_block', 'horizon_block'))
) ${table_options};
CREATE INDEX ix_channel_blocks_integration ON channel_blocks (integration_id, start_date);

CREATE TABLE channel_conflicts (
    id                ${id} PRIMARY KEY,
    integration_id    BIGINT        NOT NULL,
    uid               VARCHAR(500),
    unit_id           BIGINT        NOT NULL,
    start_date        DATE          NOT NULL,
    end_date          DATE          NOT NULL,
    held_by           VARCHAR(16)   NOT NULL,
    held_by_ref       VARCHAR(64)   NOT NULL,
    summary           VARCHAR(500),
    status            VARCHAR(16)   NOT NULL DEFAULT 'open',
    detected_at       ${timestamp}  NOT NULL,
    resolved_at       ${timestamp},
    resolved_by       VARCHAR(255),
    resolution        VARCHAR(1000),
    CONSTRAINT fk_channel_conflicts_integration FOREIGN KEY (integration_id) REFERENCES platform_integrations (id) ON DELETE CASCADE,
    CONSTRAINT ck_channel_conflicts_status CHECK (status IN ('open', 'resolved', 'dismissed'))
) ${table_options};
CREATE INDEX ix_channel_conflicts_status ON channel_conflicts (status, detected_at);

CREATE TABLE calendar_settings (
    id              ${id} PRIMARY KEY,
    setting_key     VARCHAR(100)  NOT NULL,
    setting_value   VARCHAR(2000),
    value_type      VARCHAR(16)   NOT NULL,
    description     VARCHAR(500),
    updated_at      ${timestamp},
    updated_by      VARCHAR(255),
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_calendar_settings_key UNIQUE (setting_key),
    CONSTRAINT ck_calendar_settings_type CHECK (value_type IN ('string', 'integer', 'boolean', 'color', 'timezone'))
) ${table_options};

CREATE TABLE calendar_subscriptions (
    id                    ${id} PRIMARY KEY,
    name                  VARCHAR(200)  NOT NULL,
    scope                 VARCHAR(16)   NOT NULL,
    room_code             VARCHAR(32),
    client_kind           VARCHAR(32)   NOT NULL DEFAULT 'other',
    token_hash            CHAR(64)      NOT NULL,
    token_secret          VARCHAR(255)  NOT NULL,
    include_guest_details BOOLEAN       NOT NULL DEFAULT FALSE,
    active                BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by            VARCHAR(255)  NOT NULL,
    created_at            ${timestamp}  NOT NULL,
    revoked_at            ${timestamp},
    last_fetched_at       ${timestamp},
    last_client           VARCHAR(500),
    fetch_count           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_calendar_subscriptions_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_subscriptions_room FOREIGN KEY (room_code) REFERENCES rooms (code),
    CONSTRAINT ck_calendar_subscriptions_scope CHECK (scope IN ('room', 'all', 'arrivals', 'housekeeping')),
    CONSTRAINT ck_calendar_subscriptions_room CHECK ((scope = 'room' AND room_code IS NOT NULL) OR (scope <> 'room' AND room_code IS NULL))
) ${table_options};

-- =====================================================================================
-- notification: templates and the send log
-- =====================================================================================

CREATE TABLE notification_templates (
    id              ${id} PRIMARY KEY,
    code            VARCHAR(64)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    trigger_event   VARCHAR(64)   NOT NULL,
    channels        VARCHAR(32)   NOT NULL DEFAULT 'email',
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    updated_at      ${timestamp},
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_notification_templates_code UNIQUE (code),
    CONSTRAINT ck_notification_templates_channels CHECK (channels IN ('email', 'whatsapp', 'email,whatsapp'))
) ${table_options};

CREATE TABLE notification_template_texts (
    template_id     BIGINT        NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            ${text}       NOT NULL,
    CONSTRAINT pk_notification_template_texts PRIMARY KEY (template_id, language),
    CONSTRAINT fk_notification_template_texts FOREIGN KEY (template_id) REFERENCES notification_templates (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE booking_notifications (
    id                  ${id} PRIMARY KEY,
    booking_reference   VARCHAR(16)   NOT NULL,
    template_code       VARCHAR(64)   NOT NULL,
    channel             VARCHAR(16)   NOT NULL,
    dedupe_key          VARCHAR(100)  NOT NULL,
    language            VARCHAR(8)    NOT NULL,
    recipient           VARCHAR(255)  NOT NULL,
    subject             VARCHAR(300),
    status              VARCHAR(16)   NOT NULL,
    attempts            INT           NOT NULL DEFAULT 0,
    last_error          VARCHAR(2000),
    provider_message_id VARCHAR(255),
    open_token          CHAR(32),
    queued_at           ${timestamp}  NOT NULL,
    next_attempt_at     ${timestamp},
    sent_at             ${timestamp},
    delivered_at        ${timestamp},
    opened_at           ${timestamp},
    CONSTRAINT uq_booking_notifications UNIQUE (booking_reference, template_code, channel, dedupe_key),
    CONSTRAINT ck_booking_notifications_channel CHECK (channel IN ('email', 'whatsapp')),
    CONSTRAINT ck_booking_notifications_status CHECK (status IN ('queued', 'sent', 'delivered', 'opened', 'failed'))
) ${table_options};
CREATE INDEX ix_booking_notifications_status ON booking_notifications (status, next_attempt_at);

-- =====================================================================================
-- analytics: daily roll-ups per room type and source
-- =====================================================================================

CREATE TABLE booking_analytics (
    id                  ${id} PRIMARY KEY,
    stat_date           DATE          NOT NULL,
    room_code           VARCHAR(32)   NOT NULL,
    source              VARCHAR(32)   NOT NULL,
    units_available     INT           NOT NULL DEFAULT 0,
    nights_sold         INT           NOT NULL DEFAULT 0,
    room_revenue        DECIMAL(19,4) NOT NULL DEFAULT 0,
    bookings_created    INT           NOT NULL DEFAULT 0,
    cancellations       INT           NOT NULL DEFAULT 0,
    lead_time_days_sum  INT           NOT NULL DEFAULT 0,
    updated_at          ${timestamp}  NOT NULL,
    CONSTRAINT uq_booking_analytics UNIQUE (stat_date, room_code, source)
) ${table_options};

CREATE TABLE analytics_processed_events (
    event_key           VARCHAR(100)  NOT NULL,
    processed_at        ${timestamp}  NOT NULL,
    CONSTRAINT pk_analytics_processed_events PRIMARY KEY (event_key)
) ${table_options};
