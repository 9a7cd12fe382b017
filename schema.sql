-- sectrack database schema, version 4 (kept in PRAGMA user_version).
--
-- The single source of truth for a new database. tools/embed-schema.sh compiles it into the
-- binary as Sources/Storage/Generated/SchemaSQL.swift (`make schema`); a test checks the two
-- agree. A change here needs a new step in Sources/Storage/Schema/Migration*.swift and a
-- higher Schema.currentVersion, so that older files are migrated to the same tables.
--
-- Conventions:
--   dates       TEXT 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', exactly as precise as the text says;
--   first_day,  TEXT 'YYYY-MM-DD': the first and last day a date range covers (a month covers
--   last_day    all its days), NULL when undated; they serve range filters and the timeline order;
--   timestamps  TEXT ISO 8601 UTC with milliseconds, '2024-03-05T08:15:30.250Z';
--   offsets     UTF-8 byte offsets into the input file as read.

-- One article per distinct content, whatever paths it was read from.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,         -- hex SHA-256 of the raw bytes: the article's identity
    path TEXT NOT NULL,                -- the path it was first ingested under, as given
    title TEXT,
    source TEXT,
    published TEXT,                    -- 'YYYY-MM-DD'
    text TEXT NOT NULL,                -- the cleaned text the extractor read
    ingested_at TEXT NOT NULL,
    extractor_version INTEGER NOT NULL DEFAULT 0, -- the extractor that produced its meetings
    raw BLOB                           -- the bytes as read, for re-extraction without the file
                                       -- (NULL for articles stored before schema version 3)
) STRICT;

CREATE INDEX articles_by_extractor_version ON articles(extractor_version);

-- Every path an article was ingested under (the first one included).
CREATE TABLE article_paths (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    PRIMARY KEY (article_id, path)
) STRICT, WITHOUT ROWID;

-- Full-text index over title and text. New articles are indexed by the code that stores them
-- (ArticleStore), in the same transaction, so that ingest indexes a whole batch in one
-- statement; the triggers below keep the index in step when an article changes or goes.
CREATE VIRTUAL TABLE article_text USING fts5(
    title, text, content = 'articles', content_rowid = 'id', tokenize = 'porter unicode61'
);

-- Ingest commits a segment of the index per batch; merging them 16 at a time instead of
-- FTS5's default 4 rewrites each indexed word about half as often (a search reads at most
-- 16 segments per level).
INSERT INTO article_text(article_text, rank) VALUES ('automerge', 16);

CREATE TRIGGER articles_text_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_text(article_text, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER articles_text_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO article_text(article_text, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO article_text(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- A gathering as one article reports it.
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,         -- its order among the article's meetings, from 0
    name TEXT,
    kind TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('held', 'scheduled')),
    start TEXT,
    end TEXT,
    first_day TEXT,
    last_day TEXT,
    city TEXT,
    country TEXT,                      -- ISO 3166-1 alpha-2
    -- The words that support each value of each field, in order, as one blob: per item the
    -- field name, value and text (each a byte count then UTF-8) and the byte offset and length,
    -- every number an unsigned LEB128 varint (see Sources/Storage/Meetings/EvidenceBlob.swift).
    evidence BLOB NOT NULL DEFAULT x'',
    -- Participating countries (ISO 3166-1 alpha-2), organisation ids and topic ids: each a
    -- JSON array of strings, sorted, without repeats (read them with json_each).
    countries TEXT NOT NULL DEFAULT '[]',
    organizations TEXT NOT NULL DEFAULT '[]',
    topics TEXT NOT NULL DEFAULT '[]',
    UNIQUE (article_id, position)
) STRICT;

-- last_day rides along so that the merger's search for meetings overlapping some days is
-- answered from the index alone.
CREATE INDEX meetings_by_first_day ON meetings(first_day, last_day);

-- A real-world gathering, merged from the meetings that report it.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    name TEXT,
    kind TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('held', 'scheduled')),
    start TEXT,
    end TEXT,
    first_day TEXT,
    last_day TEXT,
    start_precision INTEGER CHECK (start_precision IN (0, 1, 2)),  -- year, month, day; NULL when undated
    city TEXT,
    country TEXT
) STRICT;

-- The timeline order: by first day, the less precise first, undated last. Range filters
-- on first_day use it too (with `(first_day IS NULL) = 0`).
CREATE INDEX events_timeline ON events(first_day IS NULL, first_day, start_precision, id);

-- Which meetings report which event; a meeting reports at most one.
CREATE TABLE event_reports (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL UNIQUE REFERENCES meetings(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, meeting_id)
) STRICT, WITHOUT ROWID;

-- The union of the lists of an event's reports, with how many reports name each value.
CREATE TABLE event_countries (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    reports INTEGER NOT NULL CHECK (reports > 0),
    PRIMARY KEY (event_id, country)
) STRICT, WITHOUT ROWID;

CREATE INDEX event_countries_by_country ON event_countries(country, event_id);

CREATE TABLE event_organizations (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    organization TEXT NOT NULL,
    reports INTEGER NOT NULL CHECK (reports > 0),
    PRIMARY KEY (event_id, organization)
) STRICT, WITHOUT ROWID;

CREATE INDEX event_organizations_by_organization ON event_organizations(organization, event_id);

CREATE TABLE event_topics (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    reports INTEGER NOT NULL CHECK (reports > 0),
    PRIMARY KEY (event_id, topic)
) STRICT, WITHOUT ROWID;

CREATE INDEX event_topics_by_topic ON event_topics(topic, event_id);
