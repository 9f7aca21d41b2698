// RemoSQLite: the embedded default store, SQLite through GRDB, implementing
// RemoLedger's storage ports.
