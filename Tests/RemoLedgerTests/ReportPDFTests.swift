import Foundation
import RemoCore
import RemoImaging
import RemoLedger
import Testing
import RemoTestSupport

/// The hand-over PDF, read back with poppler: rasterized with pdftoppm (pages,
/// the header band on every page) and its text with pdftotext (Japanese, the
/// header row and page numbers on every page, every camera once).
struct ReportPDFTests {
    /// The PDF of the fixture's account with `extra` more cameras, as pages of
    /// text (pdftotext) and grey images (pdftoppm at 72 dpi: a pixel a point).
    func pages(_ store: StoreKind, extra: Int, names: String = "カメラ", language: Language = .japanese) async throws
        -> (texts: [String], images: [GrayImage], fixture: ReportFixture)
    {
        let fixture = try await ReportFixture(store)
        try await fixture.addCameras(extra, site: "関東", prefix: names)
        let bytes = try await fixture.report().rendered(as: .pdf, options: ReportOptions(language: language))
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let pdf = directory.path("report.pdf")
        try Data(bytes).write(to: URL(fileURLWithPath: pdf))
        let text = try runTool("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"])
        var texts = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        if texts.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { texts.removeLast() }
        _ = try runTool("pdftoppm", ["-r", "72", "-gray", "-png", pdf, directory.path("page")])
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).filter {
            $0.hasPrefix("page")
        }.sorted()
        let images = try files.map { try ImageLoader().load(path: directory.path($0)) }
        return (texts, images, fixture)
    }

    @Test(arguments: StoreKind.cases) func aManyCameraAccountTakesSeveralPagesEachWithTheHeaderRowAndItsNumber(_ store: StoreKind) async throws {
        let (texts, images, _) = try await pages(store, extra: 160)
        #expect(images.count == texts.count)
        #expect(images.count >= 4)
        for (index, page) in texts.enumerated() {
            #expect(page.contains("有効期限") && page.contains("残り日数") && page.contains("フォルダー"), "page \(index + 1)")
            #expect(page.contains("\(index + 1) / \(texts.count) ページ"), "page \(index + 1)")
            #expect(page.contains("機器・ライセンス一覧 — 山田商事株式会社 — 2026年3月20日"), "page \(index + 1)")
        }
        // Every camera is on exactly one page.
        let tokens = texts.joined(separator: " ").split(whereSeparator: \.isWhitespace).map(String.init)
        for index in 0..<160 {
            #expect(tokens.filter { $0 == "カメラ\(index)" }.count == 1, "カメラ\(index)")
        }
        // A4 landscape; the header row's grey band heads every continuation page,
        // while the first page opens with the title block on white.
        for image in images {
            #expect(image.width == 842 && image.height == 596)
        }
        func band(_ image: GrayImage, row: Int) -> Int {
            let values = (40..<800).map { Int(image.pixels[row * image.width + $0]) }.sorted()
            return values[values.count / 2]
        }
        #expect(band(images[0], row: 34) == 255)
        for image in images.dropFirst() {
            #expect((205...230).contains(band(image, row: 34)))
        }
    }

    @Test(arguments: StoreKind.cases) func theFirstPageHasTheTitleBlockAndSummaryInJapanese(_ store: StoreKind) async throws {
        let (texts, _, _) = try await pages(store, extra: 0)
        let first = try #require(texts.first)
        #expect(texts.count == 1)
        for expected in [
            "機器・ライセンス一覧", "契約ユーザー: 山田商事株式会社 <taro@example.jp>", "販売パートナー: P001 Partner P001",
            "日付: 2026年3月20日", "概要", "エッジストレージ: 接続カメラ6台、ライセンス6本", "カメラダイレクト: 接続カメラ2台、ライセンス1本",
            "関東", "九州", "本社", "駐車場", "AAAA-BBBB-CCCC-DDDD", "期限間近", "無料期間中", "未割り当て", "期限切れ", "永年",
            "2026年3月31日", "1 / 1 ページ",
        ] {
            #expect(first.contains(expected), "\(expected)")
        }
    }

    @Test(arguments: StoreKind.cases) func aLongNameIsWrappedAndElidedWithoutOverprintingTheNextColumn(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let long = "東京都千代田区丸の内一丁目本社ビル北側エレベーターホール前ロビー天井カメラ番号二十四"
        _ = try await fixture.harness.unlicensedCamera(long, site: "関東", on: "2024-01-10")
        let bytes = try await fixture.report().rendered(as: .pdf, options: ReportOptions(language: .japanese))
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let pdf = directory.path("report.pdf")
        try Data(bytes).write(to: URL(fileURLWithPath: pdf))
        let text = try runTool("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"])
        #expect(!text.contains(long))
        // The name's cell takes two lines, the second cut with "…"; the row's
        // other cells are whole beside it.
        let lines = text.split(separator: "\n").map(String.init)
        let row = try #require(lines.firstIndex { $0.contains("東京都千代田区") })
        #expect(lines[row].contains("エッジストレージ") && lines[row].contains("未割り当て"))
        #expect(lines[row + 1].trimmingCharacters(in: .whitespaces).hasSuffix("…"))
    }
}
