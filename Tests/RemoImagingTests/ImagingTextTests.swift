import Foundation
import RemoCore
import RemoImaging
import Testing

struct ImagingTextTests {
    @Test func catalogueIsSoundInBothLanguages() {
        #expect(ImagingText.problems().isEmpty)
    }

    /// One real failure per kind of error, each rendered in both languages: no
    /// placeholder is left unfilled, and the file is named when there is one.
    @Test func everyErrorReadsAsASentenceNamingItsFile() throws {
        try withTemporaryDirectory { directory in
            try writeFile([], to: directory + "/empty.jpg")
            try writeFile(Array("text".utf8), to: directory + "/text.jpg")
            let jpeg = try JPEGEncoder().encode(GrayImage(width: 16, height: 16), quality: 80)
            var twoPages = try Canvas(width: 10, height: 10)
            try twoPages.newPage()
            let canvas = try Canvas(width: 10, height: 10)
            let attempts: [() throws -> Void] = [
                { _ = try ImageLoader().load(path: directory + "/missing.jpg") },
                { _ = try ImageLoader().load(path: directory) },
                { _ = try ImageLoader().load(path: directory + "/empty.jpg") },
                { _ = try ImageLoader().load(path: directory + "/text.jpg") },
                { _ = try ImageLoader(fileSizeLimit: 2).load(path: directory + "/text.jpg") },
                { _ = try ImageLoader().load(ImageBytes.jpeg(jpeg, declaring: 30000, 30000), name: "huge.jpg") },
                { _ = try ImageLoader().load(Array(jpeg.prefix(200)), name: "cut.jpg") },
                { _ = try QREncoder.encode("") },
                { _ = try QREncoder.encode(String(repeating: "x", count: 3000), errorCorrection: .low) },
                { _ = try JPEGEncoder().encode(GrayImage(width: 1, height: 1), quality: 0) },
                { try canvas.write(to: directory + "/x.gif") },
                { try canvas.write(to: directory + "/no/x.png") },
                { _ = try twoPages.encoded(as: .svg) },
                { _ = try Canvas(width: -1, height: 1) },
            ]
            var codes: Set<String> = []
            for attempt in attempts {
                let error = #expect(throws: ImagingError.self) { try attempt() }
                guard let error else { continue }
                codes.insert(error.code.description)
                for language in Language.allCases {
                    let sentence = error.message.rendered(in: language)
                    #expect(!sentence.contains("{") && !sentence.contains("}"), "\(sentence)")
                    if let file = error.file { #expect(sentence.contains(file), "\(sentence)") }
                }
            }
            #expect(codes.count == attempts.count)  // each attempt shows a different kind
        }
    }

    /// Where the C library gives no text, the reason is ours and follows the
    /// reader's language too.
    @Test func aReasonOfOurOwnIsInTheReadersLanguage() throws {
        let error = #expect(throws: ImagingError.self) {
            _ = try JPEGEncoder().encode(GrayImage(width: 1, height: 1), quality: 0)
        }
        let message = try #require(error).message
        #expect(message.rendered(in: .english).contains("quality 0 is not between 1 and 100"))
        #expect(message.rendered(in: .japanese).contains("画質 0 が 1 から 100 の範囲にありません"))
    }
}
