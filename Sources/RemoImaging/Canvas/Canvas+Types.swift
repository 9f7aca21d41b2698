extension Canvas {
    /// An opaque color, each component from 0 to 1.
    public struct Color: Hashable, Sendable {
        /// Red, 0 to 1.
        public var red: Double
        /// Green, 0 to 1.
        public var green: Double
        /// Blue, 0 to 1.
        public var blue: Double

        /// A color from its components.
        public init(red: Double, green: Double, blue: Double) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// A grey: 0 black, 1 white.
        public init(gray: Double) {
            self.init(red: gray, green: gray, blue: gray)
        }

        /// Black.
        public static let black = Color(gray: 0)
        /// White.
        public static let white = Color(gray: 1)
    }

    /// A font for ``Canvas/drawText(_:x:y:font:color:)``: a fontconfig family name,
    /// a size and a weight.
    public struct Font: Hashable, Sendable {
        /// A weight.
        public enum Weight: String, Hashable, Sendable {
            /// Regular.
            case regular
            /// Bold.
            case bold
        }

        /// The family remo draws with unless told otherwise: Noto Sans CJK JP
        /// (Debian's `fonts-noto-cjk`, which `scripts/setup.sh` installs), which
        /// has Japanese and Latin characters.
        public static let defaultFamily = "Noto Sans CJK JP"

        /// The fontconfig family name; fontconfig substitutes a similar font when
        /// it is missing, which may lack some characters.
        public var family: String
        /// The em size, in units.
        public var size: Double
        /// The weight.
        public var weight: Weight

        /// A font.
        public init(family: String = Font.defaultFamily, size: Double, weight: Weight = .regular) {
            self.family = family
            self.size = size
            self.weight = weight
        }
    }

    /// How much room a line of text takes, in units (cairo's text and font extents).
    public struct TextExtents: Hashable, Sendable {
        /// How far the pen moves: the width to lay text out with.
        public let advance: Double
        /// From the starting point to the left edge of the ink.
        public let inkLeft: Double
        /// From the baseline to the top of the ink (negative: above the baseline).
        public let inkTop: Double
        /// The width of the ink.
        public let inkWidth: Double
        /// The height of the ink.
        public let inkHeight: Double
        /// The font's ascent above the baseline.
        public let ascent: Double
        /// The font's descent below the baseline.
        public let descent: Double
        /// The font's recommended distance between baselines.
        public let lineHeight: Double
    }

    /// How ``Canvas/drawQR(_:x:y:moduleSize:color:style:)`` draws a symbol.
    public enum QRStyle: Hashable, Sendable {
        /// One filled rectangle per run of dark modules: pure vector output that
        /// every SVG and PDF viewer renders sharp at any zoom.
        case rectangles
        /// One image of the symbol, one pixel per module, painted through as
        /// a mask scaled without interpolation: in a PDF an image mask
        /// (`/ImageMask true /Interpolate false`), which renderers and printers
        /// draw with sharp edges. A sheet of thousands of codes is written about 50
        /// times faster and 7 times smaller than with rectangles (label batches
        /// use it). Rasterized with nearest-neighbour sampling: a module size of
        /// whole pixels at a whole-pixel position gives exact modules. SVG viewers
        /// may smooth the image: use ``rectangles`` for SVG.
        case imageMask
    }

    /// A rectangle on a page, in units from the page's top-left corner.
    public struct Region: Hashable, Sendable {
        /// The pixels a region covers at a resolution: whole pixels, from the
        /// page's top-left pixel.
        public struct PixelBounds: Hashable, Sendable {
            /// The left column.
            public let x: Int
            /// The top row.
            public let y: Int
            /// Columns.
            public let width: Int
            /// Rows.
            public let height: Int

            /// Pixel bounds.
            public init(x: Int, y: Int, width: Int, height: Int) {
                self.x = x
                self.y = y
                self.width = width
                self.height = height
            }
        }

        /// The left edge.
        public var x: Double
        /// The top edge.
        public var y: Double
        /// The width.
        public var width: Double
        /// The height.
        public var height: Double

        /// A region.
        public init(x: Double, y: Double, width: Double, height: Double) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }

        /// The whole pixels the region touches at `pixelsPerUnit`: from the pixel
        /// holding its top-left corner to the one holding its bottom-right corner
        /// (edges within a millionth of a pixel of a pixel edge count as on it).
        public func pixelBounds(pixelsPerUnit: Double) -> PixelBounds {
            let tolerance = 1e-6
            let left = (x * pixelsPerUnit + tolerance).rounded(.down)
            let top = (y * pixelsPerUnit + tolerance).rounded(.down)
            let right = ((x + width) * pixelsPerUnit - tolerance).rounded(.up)
            let bottom = ((y + height) * pixelsPerUnit - tolerance).rounded(.up)
            let limit = Double(Int32.max)
            guard [left, top, right, bottom].allSatisfy({ $0.isFinite && abs($0) < limit }) else {
                return PixelBounds(x: 0, y: 0, width: 0, height: 0)
            }
            return PixelBounds(x: Int(left), y: Int(top), width: max(0, Int(right - left)), height: max(0, Int(bottom - top)))
        }
    }

    /// A file format a canvas writes.
    public enum OutputFormat: String, CaseIterable, Hashable, Sendable {
        /// PNG: one page, rasterized on white, 8-bit grey.
        case png
        /// SVG: one page, vector, in points.
        case svg
        /// PDF: every page, vector, in points.
        case pdf

        /// The format named by a path's extension (`.png`, `.svg`, `.pdf`, any case).
        public init?(path: String) {
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
            self.init(rawValue: path[path.index(after: dot)...].lowercased())
        }

        /// The format's name for people: `PNG`, `SVG`, `PDF`.
        public var name: String { rawValue.uppercased() }
    }
}
