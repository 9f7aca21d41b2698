import RemoCore
import RemoDocuments
import RemoImaging
import Testing

/// The report layout's text fitting and pages, on a canvas (no PDF tools).
struct ReportLayoutTests {
    /// Seeded Japanese, Latin and mixed names of 0 to 60 characters.
    static func names(count: Int, seed: UInt64) -> [String] {
        // A 64-bit linear congruential sequence (Knuth's MMIX constants): repeatable samples.
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let pieces = ["関東", "倉庫", "エレベーター", "ホール", "North", " ", "gate", "W", "カメラ", "1", "2", "-", "…", "＝", "ロビー"]
        return (0..<count).map { _ in (0..<next(21)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func fittedTextNeverExceedsItsWidthNorItsLines() throws {
        let canvas = try Canvas(width: 100, height: 100)
        let font = Canvas.Font(size: 6.8)
        for (index, name) in ReportLayoutTests.names(count: 300, seed: 8).enumerated() {
            let width = [20.0, 45, 80, 140][index % 4]
            let fitter = TextFitter(font: font, width: width, maxLines: 2)
            let lines = fitter.lines(name, on: canvas)
            #expect(!lines.isEmpty && lines.count <= 2, "\(name)")
            for line in lines {
                #expect(canvas.measureText(line, font: font).advance <= width + 0.001, "\(name) → \(line) in \(width)")
            }
            // Nothing is lost unless the last line ends in "…", and then only the end is.
            let shown = lines.joined().filter { $0 != " " }
            let whole = name.filter { $0 != " " }
            if shown != whole {
                #expect(shown.hasSuffix(TextFitter.ellipsis) && whole.hasPrefix(shown.dropLast()), "\(name) → \(lines)")
            }
        }
    }

    @Test func textThatFitsIsLeftWholeAndLineBreaksBecomeSpaces() throws {
        let canvas = try Canvas(width: 100, height: 100)
        let fitter = TextFitter(font: Canvas.Font(size: 8), width: 200, maxLines: 2)
        #expect(fitter.lines("関東 倉庫", on: canvas) == ["関東 倉庫"])
        #expect(fitter.lines("north\ngate", on: canvas) == ["north gate"])
        #expect(fitter.lines("", on: canvas) == [""])
        let narrow = TextFitter(font: Canvas.Font(size: 8), width: 60, maxLines: 2)
        #expect(narrow.lines("North gate camera twelve", on: canvas).first == "North gate")
    }

    @Test func rowsFlowOntoPagesThatEachRepeatTheHeader() throws {
        let columns = [
            ReportDocument.Column(header: "site", weight: 1), ReportDocument.Column(header: "name", weight: 3),
            ReportDocument.Column(header: "days", weight: 1, alignment: .trailing),
        ]
        let rows = (0..<200).map {
            ReportDocument.Row(cells: ["関東", "camera \($0)", String($0)], emphasis: $0 % 7 == 0 ? .alert : .none)
        }
        let section = ReportDocument.Section(
            title: "Report", details: ["Customer"], summaryHeading: "Summary", summary: ["one"], rows: rows,
            emptyNote: "none",
            footer: "footer")
        let empty = ReportDocument.Section(
            title: "Report", details: [], summaryHeading: "Summary", summary: [], rows: [], emptyNote: "No cameras.",
            footer: "footer")
        let document = ReportDocument(
            title: "Report", columns: columns, groupColumns: 1, sections: [section, empty],
            pageLabel: { "page \($0) of \($1)" })
        let canvas = try ReportLayout().draw(document)
        // 200 rows of one line at about 14 points, 30 to 38 a page; the empty section has a page of its own.
        #expect((6...8).contains(canvas.pageCount))
        let first = try canvas.rasterize(page: 0)
        let second = try canvas.rasterize(page: 1)
        #expect(first.width == 842 && first.height == 596)
        // The second page starts with the header band at the top margin.
        #expect((200...235).contains(Int(second.pixels[32 * second.width + 400])))
        #expect(first.pixels[32 * first.width + 400] > 240)
        let pdf = try ReportLayout().pdf(document)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
    }
}
