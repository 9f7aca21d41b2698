import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: ClockReader {
    func clockState() throws -> ClockState {
        let kind = try String.fetchOne(db.cachedStatement(sql: "SELECT kind FROM ledger WHERE id = 1")).flatMap { LedgerKind(rawValue: $0) } ?? .live
        let latest = try CalendarDate.fetchOne(db.cachedStatement(sql: "SELECT max(day) FROM audit"))
        return ClockState(kind: kind, latestChange: latest)
    }
}
