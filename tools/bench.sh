#!/usr/bin/env bash
# The ingest benchmark behind `make bench`: generates a synthetic corpus, ingests it, queries
# and exports, and prints each figure beside a floor measured in the same run with the sqlite3
# shell (storing the same texts with an FTS5 index and no extraction; exporting the same rows
# with `sqlite3 -csv`). Needs: a release build (.build/release/sectrack), python3, sqlite3,
# GNU time (/usr/bin/time).
#
# Environment: BENCH_COUNT (articles, default 20000), BENCH_SEED (default 7), BENCH_LENGTH
# (news: stories as long as wire copy, the default; short: the first generator's one-kilobyte
# stories), BENCH_DIR (work folder, default a new temporary folder, removed afterwards).
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
bin="$here/.build/release/sectrack"
count="${BENCH_COUNT:-20000}"
seed="${BENCH_SEED:-7}"
length="${BENCH_LENGTH:-news}"
work="${BENCH_DIR:-$(mktemp -d)}"
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
corpus="$work/corpus"
db="$work/bench.db"
floor="$work/floor.db"

[ -x "$bin" ] || { echo "bench: build first (make build)" >&2; exit 1; }

now() { date +%s.%N; }
# seconds between two `now` readings
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "inf" }'; }
# peak resident memory in MB from a `/usr/bin/time -v` report
peak() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "ok" : "OVER TARGET" }'; }

echo "bench: generating $count $length articles (seed $seed) in $corpus"
rm -rf "$corpus" "$db"* "$floor"*
python3 "$here/tools/generate-bench-corpus.py" "$corpus" --count "$count" --seed "$seed" --length "$length"
bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
cores=$(nproc)
echo "bench: corpus $mb MB, $cores cores"

# 1. Ingest.
t0=$(now)
/usr/bin/time -v -o "$work/ingest.time" "$bin" ingest --db "$db" --quiet "$corpus"
t1=$(now)
ingest_s=$(elapsed "$t0" "$t1")
ingest_mem=$(peak "$work/ingest.time")

# Floor: the same files stored with a content hash and an FTS5 index, no extraction.
t0=$(now)
sqlite3 "$floor" <<SQL >/dev/null
PRAGMA journal_mode = WAL;
CREATE TABLE docs (id INTEGER PRIMARY KEY, hash TEXT UNIQUE, path TEXT, text TEXT);
CREATE VIRTUAL TABLE docs_text USING fts5(text, content = 'docs', content_rowid = 'id');
CREATE TRIGGER docs_insert AFTER INSERT ON docs BEGIN
    INSERT INTO docs_text(rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO docs(hash, path, text)
    SELECT sha3(data, 256), name, CAST(data AS TEXT) FROM fsdir('$corpus') WHERE data IS NOT NULL;
SQL
t1=$(now)
floor_s=$(elapsed "$t0" "$t1")

# 2. Extraction alone, one core: the whole corpus through one `extract --jobs 1` process (its
# folder as the argument; reading, extracting and printing JSON all on one thread), and the
# start-up of that process (extracting one empty-ish file) on its own. Per core is the
# process's CPU time (user + system): on a shared machine the wall clock also counts the time
# other programs held the core. The wall-clock rate is printed beside it.
cpu() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.3f", u + s }' "$1"; }
printf 'x\n' >"$work/tiny.txt"
t0=$(now)
"$bin" extract --jobs 1 --format ndjson "$work/tiny.txt" >/dev/null
t1=$(now)
startup_s=$(elapsed "$t0" "$t1")
t0=$(now)
/usr/bin/time -v -o "$work/extract.time" "$bin" extract --jobs 1 --format ndjson "$corpus" >/dev/null
t1=$(now)
extract_s=$(elapsed "$t0" "$t1")
extract_cpu_s=$(cpu "$work/extract.time")
sample_bytes=$bytes

# 3. Query latency: `meetings --country`, median of five runs, beside the same join in sqlite3.
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
query_s=$(for _ in 1 2 3 4 5; do
    t0=$(now); "$bin" meetings --db "$db" --country vn --format csv >/dev/null; t1=$(now); elapsed "$t0" "$t1"; echo
done | median)
query_floor_s=$(for _ in 1 2 3 4 5; do
    t0=$(now)
    sqlite3 -csv "$db" "SELECT e.* FROM events e JOIN event_countries c ON c.event_id = e.id
        WHERE c.country = 'VN' ORDER BY e.first_day IS NULL, e.first_day, e.start_precision, e.id" >/dev/null
    t1=$(now); elapsed "$t0" "$t1"; echo
done | median)

# 4. CSV export of the whole timeline, beside sqlite3 -csv exporting the same columns.
t0=$(now)
"$bin" timeline --db "$db" --format csv --output "$work/timeline.csv"
t1=$(now)
export_s=$(elapsed "$t0" "$t1")
t0=$(now)
sqlite3 -csv -header "$db" >"$work/floor.csv" <<'SQL'
SELECT e.id, e.start, e.end, e.status, e.kind, e.name, e.city, e.country,
    (SELECT group_concat(country, ';') FROM event_countries WHERE event_id = e.id) AS countries,
    (SELECT group_concat(organization, ';') FROM event_organizations WHERE event_id = e.id) AS organizations,
    (SELECT group_concat(topic, ';') FROM event_topics WHERE event_id = e.id) AS topics,
    (SELECT count(*) FROM event_reports WHERE event_id = e.id) AS reports,
    (SELECT group_concat(DISTINCT a.source) FROM event_reports r JOIN meetings m ON m.id = r.meeting_id
        JOIN articles a ON a.id = m.article_id WHERE r.event_id = e.id) AS sources
FROM events e ORDER BY e.first_day IS NULL, e.first_day, e.start_precision, e.id;
SQL
t1=$(now)
export_floor_s=$(elapsed "$t0" "$t1")

events=$(sqlite3 "$db" "SELECT count(*) FROM events")
rate=$(awk -v n="$count" -v s="$ingest_s" 'BEGIN { printf "%.0f", n / s }')
rate_mb=$(awk -v m="$mb" -v s="$ingest_s" 'BEGIN { printf "%.2f", m / s }')
floor_rate=$(awk -v n="$count" -v s="$floor_s" 'BEGIN { printf "%.0f", n / s }')
floor_mb=$(awk -v m="$mb" -v s="$floor_s" 'BEGIN { printf "%.2f", m / s }')
extract_mb=$(awk -v b="$sample_bytes" -v s="$extract_cpu_s" 'BEGIN { printf "%.2f", b / 1048576 / s }')
extract_wall_mb=$(awk -v b="$sample_bytes" -v s="$extract_s" 'BEGIN { printf "%.2f", b / 1048576 / s }')
ingest_ratio=$(ratio "$ingest_s" "$floor_s")
export_ratio=$(ratio "$export_s" "$export_floor_s")

printf '\n%-34s %14s %18s  %s\n' "measure" "sectrack" "floor" "target"
printf '%-34s %14s %18s  %s\n' "ingest articles/s" "$rate" "$floor_rate (sqlite3)" \
    "within 3x: ${ingest_ratio}x $(verdict "$ingest_ratio" 3)"
printf '%-34s %14s %18s\n' "ingest MB/s" "$rate_mb" "$floor_mb (sqlite3)"
printf '%-34s %14s %18s  %s\n' "extraction MB/s per core (CPU)" "$extract_mb" "-" \
    "at least 20: $(awk -v v="$extract_mb" 'BEGIN { print (v >= 20) ? "ok" : "UNDER TARGET" }')"
printf '%-34s %14s %18s\n' "extraction MB/s (wall clock)" "$extract_wall_mb" "-"
printf '%-34s %14s %18s\n' "extract start-up (s, in the above)" "$startup_s" "-"
printf '%-34s %14s %18s  %s\n' "peak memory MB (ingest)" "$ingest_mem" "-" \
    "< 150: $(verdict "$ingest_mem" 150)"
printf '%-34s %14s %18s\n' "meetings --country vn (s, median)" "$query_s" "$query_floor_s (sqlite3)"
printf '%-34s %14s %18s  %s\n' "timeline CSV export (s)" "$export_s" "$export_floor_s (sqlite3 -csv)" \
    "within 1.5x: ${export_ratio}x $(verdict "$export_ratio" 1.5)"
printf '%-34s %14s\n' "events / articles" "$events / $count"
