public import RemoCore
public import RemoImaging

/// How the labels of one layout are set: the square the QR code takes (as large
/// as the label allows while the longest allowed text still fits beside it),
/// the text area, the fonts, and how each label's text is fitted.
///
/// **Decision** (docs/decisions.md, "Label design"): the QR code keeps its full
/// quiet zone (4 modules) inside the label's content area; its modules are a
/// whole number of printer dots at the layout's resolution, as many as fit, and
/// the code sits on the printer's dot grid. The text is set beside it in Noto
/// Sans Mono CJK JP (model in bold, serial, registration code grouped for
/// reading) with a small caption, never in the quiet zone: each label's text is
/// as large as its longest line allows, up to 10 points (the model 11), wrapped at natural
/// places (the registration code after the serial, a model at a hyphen or slash,
/// the serial below its caption) when that makes it larger, and never smaller
/// than 5 points (captions 4). The box is chosen so that the longest fields the
/// formats allow (20-character model and serial) fit at those sizes.
public struct LabelDesign: Hashable, Sendable {
    /// Why a label cannot be set on a layout.
    public enum FitError: Error, Hashable, Sendable, MessageProviding {
        /// The QR code with its quiet zone does not fit with modules of at least
        /// ``LabelDesign/minimumModuleDots`` printer dots.
        case qrTooSmall(layout: String, modules: Int)
        /// A line of text does not fit at its smallest size.
        case textTooLong(layout: String, text: String)

        public var message: Message {
            switch self {
            case .qrTooSmall(let layout, let modules):
                LabelLayoutText.qrTooSmall([
                    "layout": .text(layout), "modules": .integer(modules),
                    "dots": .integer(LabelDesign.minimumModuleDots),
                ])
            case .textTooLong(let layout, let text): LabelLayoutText.textTooLong(["layout": .text(layout), "text": .text(text)])
            }
        }
    }

    /// A kind of line: its font at its largest size, and its smallest size.
    public struct TextStyle: Hashable, Sendable {
        /// The family and weight, at the largest size.
        public let font: Canvas.Font
        /// The smallest size the line may be shrunk to.
        public let minimumSize: Double
    }

    /// The model number: bold.
    public static let modelStyle = TextStyle(
        font: Canvas.Font(family: "Noto Sans Mono CJK JP", size: 11, weight: .bold), minimumSize: 5)
    /// The serial number and the registration code.
    public static let codeStyle = TextStyle(font: Canvas.Font(family: "Noto Sans Mono CJK JP", size: 10), minimumSize: 5)
    /// The caption above the registration code.
    public static let captionStyle = TextStyle(font: Canvas.Font(family: Canvas.Font.defaultFamily, size: 6.5), minimumSize: 4)

    /// The QR code's quiet zone, in modules: the standard's 4.
    public static let quietZone = 4
    /// The smallest module, in printer dots, a label is made with.
    public static let minimumModuleDots = 2
    /// Between the QR code's box and the text, in points (0.5 mm).
    static let gap = 0.5 * LabelLayout.pointsPerMillimetre
    /// The share of the text area's width a line may take, leaving room for ink
    /// that reaches past the glyphs' advances.
    static let widthUse = 0.96
    /// Line height, as a multiple of the font's ascent plus descent.
    static let lineSpacing = 1.08

    /// The layout.
    public let layout: LabelLayout
    /// The fonts' measurements.
    public let metrics: LabelFontMetrics
    /// The square reserved for the QR code with its quiet zone, relative to the
    /// label's top-left corner, in points.
    public let qrBox: Canvas.Region
    /// Where the text goes, relative to the label's top-left corner, in points.
    public let textArea: Canvas.Region
    /// The caption before the serial number (`S/N`).
    public let serialCaption: String
    /// The caption above the registration code.
    public let codeCaption: String

    /// The design of a layout's labels, with captions in `language`.
    ///
    /// - Throws: ``RemoImaging/ImagingError`` when the fonts cannot be measured.
    public init(layout: LabelLayout, language: Language = .current) throws(ImagingError) {
        self.layout = layout
        serialCaption = LabelLayoutText.serialCaption().rendered(in: language)
        codeCaption = LabelLayoutText.registrationCodeCaption().rendered(in: language)
        var alphabet = LabelDesign.identifierAlphabet
        for character in serialCaption + " " + codeCaption { alphabet.insert(character) }
        metrics = try LabelFontMetrics(
            fonts: [LabelDesign.modelStyle.font, LabelDesign.codeStyle.font, LabelDesign.captionStyle.font],
            alphabet: alphabet)
        let area = layout.contentArea
        let side = max(0, min(area.height, area.width - LabelDesign.gap - LabelDesign.minimumTextWidth(metrics, serialCaption, codeCaption)))
        qrBox = Canvas.Region(x: area.x, y: area.y + (area.height - side) / 2, width: side, height: side)
        textArea = Canvas.Region(
            x: area.x + side + LabelDesign.gap, y: area.y, width: area.width - side - LabelDesign.gap, height: area.height)
    }

    /// Every character a model number, serial number or registration code may hold.
    static let identifierAlphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/. ")

    /// The printer dots the QR box's side holds.
    public var qrBoxDots: Int { Int(qrBox.width * layout.pixelsPerPoint + 1e-6) }

    /// The label for `content`: the QR code's module size and place, and each
    /// line of text fitted.
    ///
    /// - Throws: ``FitError`` when the QR code's modules would be under
    ///   ``minimumModuleDots`` dots, or a line does not fit at its smallest size.
    public func artwork(for content: LabelContent) throws(FitError) -> LabelArtwork {
        let modules = content.matrix.size + 2 * LabelDesign.quietZone
        let dots = qrBoxDots / modules
        guard dots >= LabelDesign.minimumModuleDots else { throw .qrTooSmall(layout: layout.name, modules: modules) }
        let dot = 72 / Double(layout.dotsPerInch)
        let side = Double(modules * dots) * dot
        let lines = try fit(content)
        return LabelArtwork(
            matrix: content.matrix, moduleDots: dots, dotsPerInch: layout.dotsPerInch,
            qrOffsetX: qrBox.x + (qrBox.width - side) / 2, qrOffsetY: qrBox.y + (qrBox.height - side) / 2, lines: lines)
    }

    // MARK: - Text

    /// One way of breaking a label's text into lines.
    private typealias Arrangement = [(text: String, style: TextStyle)]

    /// The label's lines, in the arrangement that sets them largest.
    private func fit(_ content: LabelContent) throws(FitError) -> [LabelArtwork.Line] {
        var best: (score: Double, sizes: [Double], arrangement: Arrangement)?
        for arrangement in arrangements(content) {
            guard let (score, sizes) = sizes(of: arrangement) else { continue }
            // Prefer fewer lines unless more lines set the text clearly larger.
            if best == nil || score > best!.score * 1.02 { best = (score, sizes, arrangement) }
        }
        guard let (_, sizes, arrangement) = best else {
            let longest = arrangements(content).last?.max { width($0) < width($1) }?.text ?? content.registrationCode
            throw .textTooLong(layout: layout.name, text: longest)
        }
        var lines: [LabelArtwork.Line] = []
        let heights = zip(arrangement, sizes).map { lineHeight($0.style) * $1 }
        var top = textArea.y + (textArea.height - heights.reduce(0, +)) / 2
        for (index, line) in arrangement.enumerated() {
            let size = sizes[index]
            let face = metrics.face(line.style.font)
            let extra = (LabelDesign.lineSpacing - 1) / 2 * ((face?.ascent ?? 1) + (face?.descent ?? 0)) * size
            lines.append(
                LabelArtwork.Line(
                    text: line.text,
                    font: Canvas.Font(family: line.style.font.family, size: size, weight: line.style.font.weight),
                    x: textArea.x, baseline: top + extra + (face?.ascent ?? 1) * size))
            top += heights[index]
        }
        return lines
    }

    /// Each line's size in an arrangement, and how large the identifiers are set
    /// (the smallest share of their largest size); nil when some line would be
    /// under its smallest size. Lines of one style share a size, as large as the
    /// widest of them allows; then all shrink alike if the lines are too tall.
    private func sizes(of arrangement: Arrangement) -> (score: Double, sizes: [Double])? {
        let available = textArea.width * LabelDesign.widthUse
        // Few styles: a list, not a dictionary (this runs for every arrangement of every label).
        var scales: [(style: TextStyle, scale: Double)] = []
        for line in arrangement {
            let width = width(line)
            let fit = width > 0 ? available / width : 1
            if let index = scales.firstIndex(where: { $0.style == line.style }) {
                scales[index].scale = min(scales[index].scale, fit)
            } else {
                scales.append((line.style, min(1, fit)))
            }
        }
        var sizes = arrangement.map { line in line.style.font.size * (scales.first { $0.style == line.style }?.scale ?? 1) }
        let height = zip(arrangement, sizes).reduce(0) { $0 + lineHeight($1.0.style) * $1.1 }
        if height > textArea.height { sizes = sizes.map { $0 * textArea.height / height } }
        guard zip(arrangement, sizes).allSatisfy({ $1 >= $0.style.minimumSize - 1e-9 }) else { return nil }
        let score = zip(arrangement, sizes).filter { $0.0.style != LabelDesign.captionStyle }
            .map { $1 / $0.style.font.size }.min() ?? 1
        return (score, sizes)
    }

    /// A line's width at its largest size.
    private func width(_ line: (text: String, style: TextStyle)) -> Double {
        (metrics.face(line.style.font)?.width(of: line.text, size: 1) ?? Double(line.text.count)) * line.style.font.size
    }

    /// A line's height per point of font size.
    private func lineHeight(_ style: TextStyle) -> Double {
        guard let face = metrics.face(style.font) else { return 1.2 }
        return (face.ascent + face.descent) * LabelDesign.lineSpacing
    }

    /// The ways to break the text: each of model, serial and registration code
    /// whole or wrapped, fewest lines first.
    private func arrangements(_ content: LabelContent) -> [Arrangement] {
        arrangements(model: content.model, serial: content.serial, code: content.registrationCode)
    }

    private func arrangements(model: String, serial: String, code: String) -> [Arrangement] {
        let models: [[String]] = model.count > 1 ? [[model], LabelDesign.split(model)] : [[model]]
        let serials: [[String]] = [["\(serialCaption) \(serial)"], [serialCaption, serial]]
        let hyphen = code.firstIndex(of: "-") ?? code.endIndex
        let codes: [[String]] =
            hyphen < code.endIndex
            ? [[code], [String(code[...hyphen]), String(code[code.index(after: hyphen)...])]] : [[code]]
        var result: [Arrangement] = []
        for modelLines in models {
            for serialLines in serials {
                for codeLines in codes {
                    result.append(
                        modelLines.map { ($0, LabelDesign.modelStyle) } + serialLines.map { ($0, LabelDesign.codeStyle) }
                            + [(codeCaption, LabelDesign.captionStyle)] + codeLines.map { ($0, LabelDesign.codeStyle) })
                }
            }
        }
        return result.sorted { $0.count < $1.count }
    }

    /// A model number in two lines: after the `-`, `/` or `.` nearest its middle,
    /// or in the middle when it has none.
    public static func split(_ model: String) -> [String] {
        let characters = Array(model)
        let middle = characters.count / 2
        let breaks = characters.indices.dropLast().filter { "-/.".contains(characters[$0]) }
        let cut = (breaks.min { abs($0 + 1 - middle) < abs($1 + 1 - middle) }).map { $0 + 1 } ?? middle
        return [String(characters[..<cut]), String(characters[cut...])]
    }

    /// The narrowest text area in which the longest fields the formats allow
    /// still fit at their smallest sizes, fully wrapped.
    private static func minimumTextWidth(_ metrics: LabelFontMetrics, _ serialCaption: String, _ codeCaption: String)
        -> Double
    {
        func widest(_ style: TextStyle, _ alphabet: String) -> Character {
            let face = metrics.face(style.font)
            return alphabet.max { (face?.width(of: String($0), size: 1) ?? 0) < (face?.width(of: String($1), size: 1) ?? 0) } ?? "W"
        }
        let model = String(repeating: widest(modelStyle, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/."), count: ModelNumber.lengths.upperBound)
        let serial = String(repeating: widest(codeStyle, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), count: SerialNumber.lengths.upperBound)
        let lines: [(String, TextStyle)] =
            split(model).map { ($0, modelStyle) } + [
                (serialCaption, codeStyle), (serial, codeStyle), (codeCaption, captionStyle), (serial + "-", codeStyle),
                ("XXXX-XXXX-XXXX-XX", codeStyle),
            ]
        let widths = lines.map { line in
            (metrics.face(line.1.font)?.width(of: line.0, size: 1) ?? Double(line.0.count)) * line.1.minimumSize
        }
        return (widths.max() ?? 0) / widthUse
    }
}
