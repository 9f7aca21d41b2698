import ArgumentParser
import Foundation
import RemoCommands
import RemoCore
import RemoLedger
import Testing

struct LedgerCommandTests {
    @Test func theActorIsTheAddressGivenElseThePartnerNamedElseTheOperator() throws {
        let now = Date(timeIntervalSince1970: 0)
        let code = try Partner.Code("P001")
        #expect(try GlobalOptions.parse(["--as", "Taro@Example.jp"]).acting(partner: code, now: now).principal
            == .user(try EmailAddress("taro@example.jp")))
        #expect(try GlobalOptions.parse([]).acting(partner: code, now: now).principal == .partner(code))
        #expect(try GlobalOptions.parse([]).acting(now: now).principal == .localOperator)
        #expect(try GlobalOptions.parse(["--today", "2025-03-10"]).acting(now: now).day?.description == "2025-03-10")
    }

    @Test func aMalformedActorIsACommandLineError() throws {
        let options = try GlobalOptions.parse(["--as", "taro＠example.jp"])
        #expect {
            try options.acting()
        } throws: { error in
            GlobalOptions.exitCode(for: error).rawValue == 64 && "\(error)".contains("full-width")
        }
    }

    @Test(arguments: [
        ["license", "assign", "--partner", "P001", "--customer", "not-an-address", "--part", "DG-JLE101W", "--count", "1"],
        ["partner", "add", "--code", "P 1", "--name", "A", "--email", "a@example.jp"],
        ["camera", "add", "--customer", "a@example.jp", "--site", "A", "--connection", "wifi", "--name", "c"],
        ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W"],
    ])
    func badCommandLinesExitWith64(arguments: [String]) {
        #expect {
            _ = try RemoCommand.parseAsRoot(arguments)
        } throws: { error in
            RemoCommand.exitCode(for: error).rawValue == 64
        }
    }

    @Test func theCommandCatalogueIsSound() {
        #expect(LedgerCommandText.problems().isEmpty)
    }
}
