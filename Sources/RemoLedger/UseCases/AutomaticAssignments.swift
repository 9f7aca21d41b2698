import Foundation
import RemoCore

/// One account's automatic assignments up to a day, worked out from its rows
/// as read at the tick's start (nothing else in the tick changes them).
struct AutomaticAssignments {
    let customer: Customer
    let licenses: [License]
    let history: [Binding]
    let cameras: [Camera]

    /// Works out the bindings due, adding them and their audit entries to `writes`.
    func apply(by actor: Actor, _ acting: Acting.Dated, into writes: inout TickWrites) throws -> [AutomaticBinding] {
        let today = acting.today
        let licenses = Dictionary(uniqueKeysWithValues: self.licenses.map { ($0.id, $0) })
        let cameras = self.cameras.filter { $0.failedOn == nil }
        var byCamera = Dictionary(grouping: history, by: \.cameraID).mapValues { bindings in
            bindings.compactMap { binding in licenses[binding.licenseID].flatMap { try? LicensePool.licenseBinding(binding, of: $0) } }
        }
        let bound = Set(history.filter(\.isCurrent).map(\.licenseID))
        var pool = licenses.values.compactMap { license -> UnboundLicense<License.ID>? in
            guard !bound.contains(license.id), let dates = license.assignment?.dates else { return nil }
            return UnboundLicense(id: license.id, connection: license.product.connection, dates: dates)
        }
        guard !pool.isEmpty else { return [] }
        // Cameras whose coverage ended before today, by the day it ended.
        var waiting: [(ended: CalendarDate, camera: Camera)] = cameras.compactMap { camera in
            let coverage = Coverage(of: byCamera[camera.id] ?? [], on: today)
            guard coverage.status == .expired, let ended = coverage.lastCoveredDay else { return nil }
            return (ended, camera)
        }
        var applied: [AutomaticBinding] = []
        while let next = waiting.indices.min(by: { (waiting[$0].ended, waiting[$0].camera.id) < (waiting[$1].ended, waiting[$1].camera.id) }) {
            let (ended, camera) = waiting.remove(at: next)
            guard
                let choice = AutomaticAssignment(
                    restoring: camera.connection, coverageEnded: ended, on: today, pool: pool)
            else { continue }
            pool.removeAll { $0.id == choice.license.id }
            writes.bindings.append(
                NewBinding(license: choice.license.id, camera: camera.id, boundOn: choice.bindOn, method: .automatic, at: acting.now))
            byCamera[camera.id, default: []].append(try LicenseBinding(term: choice.license.dates, boundOn: choice.bindOn))
            applied.append(
                AutomaticBinding(
                    customerID: customer.id, camera: camera.id, license: choice.license.id, boundOn: choice.bindOn,
                    kind: choice.kind))
            writes.audit.append(
                NewAuditEntry(
                    .automaticallyBound, by: actor, acting, subject: camera.id.description, partner: customer.partnerID,
                    customer: customer.id, before: ["camera": camera.id.description, "coveredUntil": ended.description],
                    after: [
                        "camera": camera.id.description, "license": choice.license.id.description,
                        "boundOn": choice.bindOn.description, "expires": choice.license.dates.expires.description,
                        "kind": choice.kind.rawValue,
                    ]))
            let coverage = Coverage(of: byCamera[camera.id] ?? [], on: today)
            if coverage.status == .expired, let end = coverage.lastCoveredDay { waiting.append((end, camera)) }
        }
        return applied
    }
}

/// What a tick writes, gathered to be written at once: the bindings and the
/// audit entries, each list in the order they were made.
struct TickWrites {
    var bindings: [NewBinding] = []
    var audit: [NewAuditEntry] = []
}
