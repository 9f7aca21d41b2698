import ArgumentParser
import Foundation
import RemoCommands
import RemoCore
import Testing

struct LicenseCommandTests {
    /// The command that `remo ARGUMENTS` would run.
    private func command<Command: ParsableCommand>(_ arguments: [String], as type: Command.Type) throws -> Command {
        try #require(try RemoCommand.parseAsRoot(arguments) as? Command)
    }

    /// The report as the JSON `--json` prints, decoded back into plain values.
    private func json(_ report: some Encodable) throws -> Any {
        try JSONSerialization.jsonObject(with: try JSONEncoder().encode(report))
    }

    /// The exit status and message of a command line that does not parse.
    private func refusal(_ arguments: [String]) -> (status: Int32, message: String)? {
        do {
            _ = try RemoCommand.parseAsRoot(arguments)
            return nil
        } catch {
            return (RemoCommand.exitCode(for: error).rawValue, RemoCommand.message(for: error))
        }
    }

    @Test(arguments: [
        ("2025-03-10", "1y", "2025-04-30", "2026-04-30"), ("2025-03-31", "1y", "2025-04-30", "2026-04-30"),
        ("2025-03-10", "5y", "2025-04-30", "2030-04-30"), ("2024-01-31", "1y", "2024-02-29", "2025-02-28"),
    ])
    func datesAnswerTheManualsExamples(assigned: String, term: String, freeUntil: String, expires: String) throws {
        let dates = try command(["license", "dates", "--assigned", assigned, "--term", term], as: LicenseCommand.Dates.self)
        let object = try #require(try json(dates.report()) as? [String: String])
        #expect(object == ["assigned": assigned, "freeUntil": freeUntil, "expires": expires, "term": term])
    }

    @Test func datesTextIsAlignedForPeople() throws {
        let dates = try command(["license", "dates", "--assigned", "2024-01-31", "--term", "1y"], as: LicenseCommand.Dates.self)
        let lines = dates.report().text().split(separator: "\n").map(String.init)
        #expect(lines.first == "assigned        2024-01-31")
        #expect(lines.last == "expires         2025-02-28")
        Language.$current.withValue(.japanese) {
            #expect(dates.report().text().contains("2025年2月28日"))
        }
    }

    @Test func renewalReportsDaysLostAndTheLossFreeDay() throws {
        let renewal = try command(
            ["license", "renewal", "--current-expiry", "2026-04-30", "--assign-on", "2026-02-15", "--term", "1y"],
            as: LicenseCommand.Renewal.self)
        let object = try #require(try json(renewal.report()) as? [String: Any])
        #expect(object["freeUntil"] as? String == "2026-03-31")
        #expect(object["expires"] as? String == "2027-03-31")
        #expect(object["daysLost"] as? Int == 30)
        #expect(object["lossFreeFrom"] as? String == "2026-03-01")
        #expect(renewal.report().text().contains("30 days of paid term are lost"))
        let best = try #require(object["best"] as? [String: Any])
        #expect(best["from"] as? String == "2026-04-01" && best["expires"] as? String == "2027-05-31")
        #expect((object["windows"] as? [[String: Any]])?.first?["expires"] as? String == "2027-04-30")
        #expect(renewal.report().text().contains("2027-05-31"))
    }

    @Test func renewalDefaultsToToday() throws {
        let renewal = try command(
            ["license", "renewal", "--current-expiry", "2026-04-30", "--term", "1y", "--today", "2026-04-20"],
            as: LicenseCommand.Renewal.self)
        let object = try #require(try json(renewal.report()) as? [String: Any])
        #expect(object["expires"] as? String == "2027-05-31")
        #expect(object["daysLost"] as? Int == 0)
    }

    @Test func planBuysFifteenCamerasInFivePacks() throws {
        let plan = try command(["license", "plan", "--cameras", "15"], as: LicenseCommand.Plan.self)
        let object = try #require(try json(LicenseCommand.Plan.Report(plan: plan.plan())) as? [String: Any])
        let packs = try #require(object["packs"] as? [[String: Any]])
        #expect(packs.map { $0["part"] as? String } == ["DG-JLE100W-8A", "DG-JLE100W-4A", "DG-JLE100W-A"])
        #expect(packs.map { $0["cameras"] as? Int } == [8, 4, 1])
        #expect(packs.map { $0["count"] as? Int } == [1, 1, 3])
        #expect(object["registrations"] as? Int == 5)
    }

    @Test func planTakesSpareLicensesAndCameraDirect() throws {
        let plan = try command(
            ["license", "plan", "--cameras", "3", "--spare", "1", "--connection", "camera-direct"],
            as: LicenseCommand.Plan.self)
        let text = LicenseCommand.Plan.Report(plan: try plan.plan()).text()
        #expect(text.contains("DG-JLE200W-A"))
        #expect(text.contains("Buy 2 packs (2 registrations) for 2 camera direct cameras"))
    }

    @Test func noticesListThePartnersAndTheCustomersEmails() throws {
        let notices = try command(["license", "notices", "--expires", "2026-04-30"], as: LicenseCommand.Notices.self)
        let rows = try #require(try json(notices.report()) as? [[String: Any]])
        #expect(rows.count == 7)
        #expect(rows.first?["date"] as? String == "2026-01-30")
        #expect(rows.first?["audience"] as? String == "partner")
        #expect(rows.first?["daysBefore"] as? Int == 90)
        #expect(rows.filter { $0["audience"] as? String == "customer" }.map { $0["daysBefore"] as? Int } == [14, 1])
    }

    @Test(arguments: [
        (["license", "dates", "--assigned", "2024-02-30", "--term", "1y"], "is not a day on the calendar"),
        (["license", "dates", "--assigned", "2024/02/03", "--term", "1y"], "is not a date"),
        (["license", "dates", "--assigned", "2024-02-03", "--term", "3y"], "1y"),
        (["license", "renewal", "--current-expiry", "2026-04-30", "--term", "perpetual"], "5y"),
        (["license", "plan", "--cameras=-1"], "cannot be negative"),
        (["license", "plan", "--cameras", "3", "--spare=-2"], "cannot be negative"),
        (["license", "plan", "--cameras", "many"], "many"),
        (["license", "plan", "--cameras", "3", "--connection", "wifi"], "edge-storage"),
        (["license", "notices"], "--expires"),
    ])
    func badInputIsACommandLineErrorThatSaysWhy(arguments: [String], says: String) throws {
        let refusal = try #require(self.refusal(arguments))
        #expect(refusal.status == 64)
        #expect(refusal.message.contains(says), "\(refusal.message)")
    }

    @Test func catalogueIsSoundInBothLanguages() {
        #expect(LicenseCommandText.problems().isEmpty)
    }
}
