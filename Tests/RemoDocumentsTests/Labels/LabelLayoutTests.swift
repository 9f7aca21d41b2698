import RemoCore
import RemoDocuments
import RemoImaging
import Testing

struct LabelLayoutTests {
    static let millimetre = LabelLayout.pointsPerMillimetre

    @Test func catalogueIsSoundInBothLanguages() {
        #expect(LabelLayoutText.problems().isEmpty)
        for layout in LabelLayout.catalogue {
            #expect(!layout.summary.rendered(in: .japanese).isEmpty)
        }
    }

    @Test func theSheetsHaveTheStocksGridsMarginsAndGaps() throws {
        let forty = try LabelLayout.named("a4-40-48.5x25.4")
        #expect(forty.labelsPerPage == 40 && forty.columns == 4 && forty.rows == 10)
        #expect(forty == LabelLayout.standard)
        let first = forty.frame(ofLabel: 0).region
        let last = forty.frame(ofLabel: 39).region
        #expect(abs(first.x - 8 * Self.millimetre) < 1e-9 && abs(first.y - 21.5 * Self.millimetre) < 1e-9)
        // Edge to edge: the right and bottom margins equal the left and top ones.
        #expect(abs((210 * Self.millimetre - (last.x + last.width)) - 8 * Self.millimetre) < 1e-9)
        #expect(abs((297 * Self.millimetre - (last.y + last.height)) - 21.5 * Self.millimetre) < 1e-9)
        #expect(forty.frame(ofLabel: 40).page == 1 && forty.frame(ofLabel: 40).region == first)

        let twentyFour = try LabelLayout.named("A4-24-70X37")
        #expect(twentyFour.labelsPerPage == 24)
        let second = twentyFour.frame(ofLabel: 1).region
        #expect(abs(second.x - 70 * Self.millimetre) < 1e-9 && abs(second.width - 70 * Self.millimetre) < 1e-9)
        let bottom = twentyFour.frame(ofLabel: 23).region
        #expect(abs(bottom.y + bottom.height - 296.5 * Self.millimetre) < 1e-9)
    }

    @Test func labelsOfASheetNeitherOverlapNorLeaveThePage() {
        for layout in LabelLayout.catalogue {
            let frames = (0..<layout.labelsPerPage).map { layout.frame(ofLabel: $0).region }
            for (index, frame) in frames.enumerated() {
                #expect(frame.x >= -1e-9 && frame.y >= -1e-9)
                #expect(frame.x + frame.width <= layout.pageWidthPoints + 1e-9)
                #expect(frame.y + frame.height <= layout.pageHeightPoints + 1e-9)
                for other in frames[(index + 1)...] {
                    let apart =
                        frame.x + frame.width <= other.x + 1e-9 || other.x + other.width <= frame.x + 1e-9
                        || frame.y + frame.height <= other.y + 1e-9 || other.y + other.height <= frame.y + 1e-9
                    #expect(apart, "\(layout.name): labels overlap")
                }
            }
        }
    }

    @Test func contentStaysOutOfThePrintersMarginOnEveryLabel() {
        for layout in LabelLayout.catalogue {
            let area = layout.contentArea
            let margin = layout.unprintableMargin * Self.millimetre
            for index in 0..<layout.labelsPerPage {
                let frame = layout.frame(ofLabel: index).region
                #expect(frame.x + area.x >= margin - 1e-9 && frame.y + area.y >= margin - 1e-9)
                #expect(frame.x + area.x + area.width <= layout.pageWidthPoints - margin + 1e-9)
                #expect(frame.y + area.y + area.height <= layout.pageHeightPoints - margin + 1e-9)
            }
            #expect(area.x >= layout.padding * Self.millimetre - 1e-9)
        }
    }

    @Test func anUnknownLayoutIsRefusedNamingTheKnownOnes() {
        let error = #expect(throws: LabelLayout.LookupError.self) { try LabelLayout.named("a4-65") }
        let message = error?.message.rendered(in: .english) ?? ""
        #expect(message.contains("\"a4-65\""))
        for layout in LabelLayout.catalogue { #expect(message.contains(layout.name)) }
    }

    @Test func pagesHoldTheirLabelsAndNoMore() throws {
        let layout = LabelLayout.standard
        #expect(layout.pages(for: 1) == 1 && layout.pages(for: 40) == 1 && layout.pages(for: 41) == 2)
        #expect(try LabelLayout.named("thermal-50x30").pages(for: 7) == 7)
    }
}
