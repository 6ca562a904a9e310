-- multipolar event store (DuckDB). Bump SCHEMA_VERSION in multipolar/store/database.py when this changes.

CREATE TABLE meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

-- One row per stored document; text_hash decides whether a re-ingested document changed.
CREATE TABLE documents (
    doc_id      VARCHAR PRIMARY KEY,
    date        DATE,
    publisher   VARCHAR,
    url         VARCHAR,
    title       VARCHAR,
    text_hash   VARCHAR NOT NULL,
    n_chars     INTEGER NOT NULL,
    num_events  INTEGER NOT NULL,  -- coded event occurrences (mentions) in the document
    origin      VARCHAR,
    text        VARCHAR,  -- the document text (evidence view; trigger offsets index into it)
    coder       VARCHAR,  -- stamp of the coder that coded it (multipolar.coder_stamp); NULL: unknown (stored before schema 3)
    ingested_at TIMESTAMP NOT NULL
);

-- Every coded event occurrence with its evidence: all fields of multipolar.records.Event.
-- date is the event's date, else the document's; event_id is the key of the event it belongs to.
CREATE TABLE mentions (
    doc_id          VARCHAR NOT NULL,
    mention_index   INTEGER NOT NULL,
    event_id        BIGINT NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence        VARCHAR,
    sentence_start  INTEGER,
    trigger         VARCHAR,
    char_start      INTEGER,
    char_end        INTEGER,
    source          VARCHAR,
    source_sector   VARCHAR,
    source_text     VARCHAR,
    target          VARCHAR,
    target_sector   VARCHAR,
    target_text     VARCHAR,
    cameo           VARCHAR NOT NULL,
    root            VARCHAR NOT NULL,
    plover          VARCHAR,
    plover_mode     VARCHAR,
    quad            TINYINT NOT NULL,
    penta           TINYINT NOT NULL,
    goldstein       DOUBLE NOT NULL,
    date            DATE,
    rule            VARCHAR,
    confidence      DOUBLE NOT NULL,
    negated         BOOLEAN NOT NULL,
    modality        VARCHAR,
    publisher       VARCHAR,
    url             VARCHAR,
    extra           VARCHAR,  -- JSON object of Event.extra
    counted         BOOLEAN NOT NULL,  -- factual (not negated/hypothetical/question): counts toward events
    tone            DOUBLE,   -- the document's tone (GDELT MentionDocTone scale)
    action_geo_type         VARCHAR,  -- where the event happened: country | adm1 | city (multipolar.records.Location)
    action_geo_name         VARCHAR,
    action_geo_full_name    VARCHAR,
    action_geo_country      VARCHAR,  -- ISO alpha-3
    action_geo_adm1         VARCHAR,
    action_geo_lat          DOUBLE,
    action_geo_lon          DOUBLE,
    action_geo_feature_id   VARCHAR,
    source_geo_type         VARCHAR,  -- where the source actor is placed: country | adm1 | city (multipolar.records.Location)
    source_geo_name         VARCHAR,
    source_geo_full_name    VARCHAR,
    source_geo_country      VARCHAR,  -- ISO alpha-3
    source_geo_adm1         VARCHAR,
    source_geo_lat          DOUBLE,
    source_geo_lon          DOUBLE,
    source_geo_feature_id   VARCHAR,
    target_geo_type         VARCHAR,  -- where the target actor is placed: country | adm1 | city (multipolar.records.Location)
    target_geo_name         VARCHAR,
    target_geo_full_name    VARCHAR,
    target_geo_country      VARCHAR,  -- ISO alpha-3
    target_geo_adm1         VARCHAR,
    target_geo_lat          DOUBLE,
    target_geo_lon          DOUBLE,
    target_geo_feature_id   VARCHAR,
    PRIMARY KEY (doc_id, mention_index)
);

-- Events: counted mentions with the same day, source, target and CAMEO code, recomputed for the
-- keys a batch touches. event_id is a stable 63-bit hash of that key (see store/rows.py).
CREATE TABLE events (
    event_id        BIGINT NOT NULL,
    date            DATE,
    source          VARCHAR,
    target          VARCHAR,
    cameo           VARCHAR NOT NULL,
    root            VARCHAR NOT NULL,
    base            VARCHAR NOT NULL,
    plover          VARCHAR,
    plover_mode     VARCHAR,
    quad            TINYINT NOT NULL,
    penta           TINYINT NOT NULL,
    goldstein       DOUBLE NOT NULL,
    num_mentions    INTEGER NOT NULL,
    num_documents   INTEGER NOT NULL,
    num_sources     INTEGER NOT NULL,  -- distinct known publishers
    confidence      DOUBLE NOT NULL,   -- highest mention confidence
    source_sector   VARCHAR,
    target_sector   VARCHAR,
    source_name     VARCHAR,           -- most frequent source text
    target_name     VARCHAR,
    is_root         BOOLEAN NOT NULL,  -- some mention is in a document's first sentence
    first_doc_id    VARCHAR NOT NULL,  -- evidence document (lowest doc id, then earliest sentence)
    first_sentence  INTEGER NOT NULL,
    url             VARCHAR,
    date_added      TIMESTAMP NOT NULL,
    avg_tone        DOUBLE,            -- mean tone of the mentions (GDELT AvgTone)
    action_geo_type         VARCHAR,  -- where the event happened: country | adm1 | city (multipolar.records.Location)
    action_geo_name         VARCHAR,
    action_geo_full_name    VARCHAR,
    action_geo_country      VARCHAR,  -- ISO alpha-3
    action_geo_adm1         VARCHAR,
    action_geo_lat          DOUBLE,
    action_geo_lon          DOUBLE,
    action_geo_feature_id   VARCHAR,
    source_geo_type         VARCHAR,  -- where the source actor is placed: country | adm1 | city (multipolar.records.Location)
    source_geo_name         VARCHAR,
    source_geo_full_name    VARCHAR,
    source_geo_country      VARCHAR,  -- ISO alpha-3
    source_geo_adm1         VARCHAR,
    source_geo_lat          DOUBLE,
    source_geo_lon          DOUBLE,
    source_geo_feature_id   VARCHAR,
    target_geo_type         VARCHAR,  -- where the target actor is placed: country | adm1 | city (multipolar.records.Location)
    target_geo_name         VARCHAR,
    target_geo_full_name    VARCHAR,
    target_geo_country      VARCHAR,  -- ISO alpha-3
    target_geo_adm1         VARCHAR,
    target_geo_lat          DOUBLE,
    target_geo_lon          DOUBLE,
    target_geo_feature_id   VARCHAR  -- locations of the evidence mention (first located one)
);
