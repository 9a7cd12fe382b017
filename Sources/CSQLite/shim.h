#ifndef SECTRACK_CSQLITE_SHIM_H
#define SECTRACK_CSQLITE_SHIM_H

#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro over a function-pointer cast that Swift cannot import.
static inline sqlite3_destructor_type sectrack_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/// sqlite3_db_config is variadic; this wraps the one call the storage module needs.
static inline int sectrack_sqlite_enable_defensive(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)0);
}

/// sqlite3_config is variadic; this wraps the one process-wide setting: no memory-use
/// statistics, whose counters take a global mutex on every allocation SQLite makes. It takes
/// effect only before SQLite is first used in the process (SQLITE_MISUSE after).
static inline int sectrack_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
