// RemoLedger: the use cases (assign, register, label, tick, report) written against
// storage ports, so the SQLite store and a later PostgreSQL one run the same code.
