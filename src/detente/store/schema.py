"""The store's schema as an ordered list of migrations.

Migration N brings a database from schema version N-1 to N. They only ever append: a released
migration is never edited, so every database can be brought forward from whatever version it has.
"""

MIGRATIONS: tuple[str, ...] = (
    # 1: documents, where each copy was seen, their sentences.
    """
    CREATE TABLE documents (
        id VARCHAR PRIMARY KEY,
        story VARCHAR NOT NULL,
        title VARCHAR,
        date DATE,
        date_source VARCHAR NOT NULL,
        source VARCHAR,
        url VARCHAR,
        language VARCHAR,
        kind VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        signature BLOB
    );
    CREATE TABLE sightings (
        doc_id VARCHAR NOT NULL,
        origin VARCHAR NOT NULL,
        source VARCHAR,
        url VARCHAR,
        PRIMARY KEY (doc_id, origin)
    );
    CREATE TABLE sentences (
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        PRIMARY KEY (doc_id, idx)
    );
    """,
    # 2: coded events, and which documents a coder version has already read.
    """
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        sentence_index INTEGER NOT NULL,
        story VARCHAR,
        date DATE,
        source VARCHAR NOT NULL,
        target VARCHAR NOT NULL,
        source_country VARCHAR,
        target_country VARCHAR,
        code VARCHAR NOT NULL,
        root VARCHAR NOT NULL,
        goldstein DOUBLE,
        quad TINYINT,
        plover VARCHAR,
        source_text VARCHAR,
        target_text VARCHAR,
        trigger_text VARCHAR,
        source_start INTEGER,
        source_end INTEGER,
        target_start INTEGER,
        target_end INTEGER,
        trigger_start INTEGER,
        trigger_end INTEGER,
        negated BOOLEAN NOT NULL,
        hypothetical BOOLEAN NOT NULL,
        confidence DOUBLE,
        coder_version VARCHAR
    );
    CREATE INDEX events_date ON events (date);
    CREATE INDEX events_pair ON events (source_country, target_country);
    CREATE TABLE coded (
        doc_id VARCHAR NOT NULL,
        coder_version VARCHAR NOT NULL,
        PRIMARY KEY (doc_id, coder_version)
    );
    """,
    # 3: watched feeds (conditional-request validators, back-off after failures) and the entries
    # already read from each, with the hash of their text, so a restart reads nothing twice.
    """
    CREATE TABLE feeds (
        url VARCHAR PRIMARY KEY,
        etag VARCHAR,
        last_modified VARCHAR,
        last_poll TIMESTAMP,
        last_success TIMESTAMP,
        failures INTEGER NOT NULL DEFAULT 0,
        retry_after TIMESTAMP,
        last_error VARCHAR
    );
    CREATE TABLE feed_entries (
        feed VARCHAR NOT NULL,
        entry VARCHAR NOT NULL,
        content_hash VARCHAR NOT NULL,
        doc_id VARCHAR,
        seen TIMESTAMP NOT NULL,
        PRIMARY KEY (feed, entry)
    );
    """,
    # 4: LSH band keys of each document's MinHash signature, so near-duplicates are found by a
    # join in the database instead of an index held in memory (memory flat in corpus size).
    """
    CREATE TABLE story_bands (
        band SMALLINT NOT NULL,
        key BIGINT NOT NULL,
        doc_id VARCHAR NOT NULL
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
