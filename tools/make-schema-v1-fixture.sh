#!/usr/bin/env bash
# Writes Tests/StorageTests/Fixtures/schema-v1.db: a database at schema version 1
# (tools/schema-v1.sql) holding a few invented rows, so the migration test can check that
# opening it migrates to the current schema without losing any. Needs the sqlite3 shell.
# The rows are made up for the test; no corpus text.
set -euo pipefail
cd "$(dirname "$0")/.."

target=Tests/StorageTests/Fixtures/schema-v1.db
mkdir -p "$(dirname "$target")"
rm -f "$target" "$target-wal" "$target-shm"

sqlite3 "$target" >/dev/null <<'SQL'
PRAGMA foreign_keys = ON;
.read tools/schema-v1.sql
INSERT INTO articles(id, hash, path, title, source, published, text, ingested_at) VALUES
  (1, '1111111111111111111111111111111111111111111111111111111111111111', 'wire/a.txt',
   'Border police hold talks', 'Example Wire', '2021-03-04',
   'Police chiefs of two neighbouring countries held talks on cross-border drug smuggling on Thursday.',
   '2021-03-05T10:00:00.000Z'),
  (2, '2222222222222222222222222222222222222222222222222222222222222222', 'wire/b.html',
   NULL, NULL, NULL,
   'A workshop on cybercrime will open next month in the capital.',
   '2021-03-06T11:30:00.000Z');
INSERT INTO meetings(id, article_id, position, name, kind, status, start, end, first_day, last_day, city, country) VALUES
  (1, 1, 0, NULL, 'talks', 'held', '2021-03-04', NULL, '2021-03-04', '2021-03-04', 'Vientiane', 'LA'),
  (2, 2, 0, 'Regional Cybercrime Workshop', 'workshop', 'scheduled', '2021-04', NULL, '2021-04-01', '2021-04-30',
   NULL, 'TH');
INSERT INTO meeting_countries VALUES (1, 'LA'), (1, 'VN'), (2, 'TH');
INSERT INTO meeting_organizations VALUES (2, 'asean');
INSERT INTO meeting_topics VALUES (1, 'drugs'), (2, 'cybercrime');
INSERT INTO meeting_evidence VALUES (1, 0, 'kind', 'talks', 40, 5, 'talks'), (2, 0, 'kind', 'workshop', 2, 8, 'workshop');
INSERT INTO events(id, name, kind, status, start, end, first_day, last_day, start_precision, city, country) VALUES
  (1, NULL, 'talks', 'held', '2021-03-04', NULL, '2021-03-04', '2021-03-04', 2, 'Vientiane', 'LA');
INSERT INTO event_reports VALUES (1, 1);
INSERT INTO event_countries VALUES (1, 'LA', 1), (1, 'VN', 1);
INSERT INTO event_topics VALUES (1, 'drugs', 1);
PRAGMA user_version = 1;
PRAGMA journal_mode = DELETE;
VACUUM;
SQL
echo "make-schema-v1-fixture: wrote $target"
