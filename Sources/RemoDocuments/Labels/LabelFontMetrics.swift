public import RemoImaging

/// The widths and heights of the fonts a label is set in, measured once
/// through cairo so that fitting thousands of labels measures nothing again.
///
/// Labels are drawn with cairo's text API, which places glyphs by their
/// advances without kerning, and canvases record text without hinting, so a
/// line's width is the sum of its characters' advances and grows linearly with
/// the font size: a character measured once at one size serves every size.
public struct LabelFontMetrics: Hashable, Sendable {
    /// One font's measurements at a size of 1 point.
    public struct Face: Hashable, Sendable {
        /// The family and weight (the size is ignored).
        public let font: Canvas.Font
        /// Each measured character's advance.
        let advances: [Character: Double]
        /// The advances of the ASCII characters measured (0 for the others), for speed.
        let asciiAdvances: [Double]
        /// The advance assumed for a character that was not measured: the widest measured.
        let widest: Double
        /// Above the baseline.
        public let ascent: Double
        /// Below the baseline.
        public let descent: Double

        /// The width of `text` set at `size`.
        public func width(of text: String, size: Double) -> Double {
            var total = 0.0
            for scalar in text.unicodeScalars {
                let advance = scalar.isASCII ? asciiAdvances[Int(scalar.value)] : 0
                total += advance > 0 ? advance : (advances[Character(scalar)] ?? widest)
            }
            return total * size
        }

        /// The width of the widest measured character at size 1.
        public var widestAdvance: Double { widest }
    }

    /// The faces, by family and weight.
    public let faces: [Face]

    /// Measures `fonts` for every character of `alphabet`.
    ///
    /// - Throws: ``RemoImaging/ImagingError`` when cairo cannot make the scratch canvas.
    public init(fonts: [Canvas.Font], alphabet: Set<Character>) throws(ImagingError) {
        let canvas = try Canvas(width: 10, height: 10)
        let size = 100.0
        faces = fonts.map { font in
            let sized = Canvas.Font(family: font.family, size: size, weight: font.weight)
            var advances: [Character: Double] = [:]
            for character in alphabet {
                advances[character] = canvas.measureText(String(character), font: sized).advance / size
            }
            let extents = canvas.measureText("M", font: sized)
            var ascii = [Double](repeating: 0, count: 128)
            for (character, advance) in advances where character.unicodeScalars.count == 1 {
                let scalar = character.unicodeScalars.first!
                if scalar.isASCII { ascii[Int(scalar.value)] = advance }
            }
            return Face(
                font: Canvas.Font(family: font.family, size: 1, weight: font.weight), advances: advances,
                asciiAdvances: ascii, widest: advances.values.max() ?? 1, ascent: extents.ascent / size,
                descent: extents.descent / size)
        }
    }

    /// The face of `font`'s family and weight.
    public func face(_ font: Canvas.Font) -> Face? {
        faces.first { $0.font.family == font.family && $0.font.weight == font.weight }
    }
}
