-- Texts guests read that the villa's and the rooms' own rows hold in English only, in the site's
-- other languages: the villa's tagline, description and house rules, a room's bed set-up and
-- amenities (one per line). Kept beside villa_info and room_translations rather than in them, so
-- saving the villa's or a room's details leaves them as they are.

CREATE TABLE villa_translations (
    villa_id        BIGINT        NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    tagline         VARCHAR(300),
    description     ${text},
    house_rules     ${text},
    CONSTRAINT pk_villa_translations PRIMARY KEY (villa_id, language),
    CONSTRAINT fk_villa_translations_villa FOREIGN KEY (villa_id) REFERENCES villa_info (id) ON DELETE CASCADE
) ${table_options};

CREATE TABLE room_detail_translations (
    room_id         BIGINT        NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    bed_setup       VARCHAR(200),
    amenities       VARCHAR(2000),
    CONSTRAINT pk_room_detail_translations PRIMARY KEY (room_id, language),
    CONSTRAINT fk_room_detail_translations_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE
) ${table_options};
