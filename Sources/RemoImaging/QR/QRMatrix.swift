/// A QR symbol as a square of dark and light modules, without its quiet zone.
///
/// Made by ``QREncoder``; drawn by ``Canvas/drawQR(_:x:y:moduleSize:color:)``.
public struct QRMatrix: Hashable, Sendable {
    /// The QR version, 1 to 40 (the symbol is `17 + 4 * version` modules wide).
    public let version: Int
    /// The error correction level it was encoded at.
    public let errorCorrection: QRErrorCorrection
    /// Modules per side.
    public let size: Int
    private let modules: [Bool]

    /// A matrix from its modules (row-major, `true` dark).
    ///
    /// - Precondition: `modules.count == size * size`.
    init(version: Int, errorCorrection: QRErrorCorrection, size: Int, modules: [Bool]) {
        precondition(modules.count == size * size, "a QR matrix is square")
        self.version = version
        self.errorCorrection = errorCorrection
        self.size = size
        self.modules = modules
    }

    /// Whether the module in column `x`, row `y` (from 0, top left) is dark.
    public subscript(x x: Int, y y: Int) -> Bool {
        modules[y * size + x]
    }

    /// The dark modules of each row as runs `(start column, length)`, top row
    /// first: what a renderer fills, one rectangle per run.
    public var darkRuns: [[(x: Int, length: Int)]] {
        (0..<size).map { y in
            var runs: [(x: Int, length: Int)] = []
            var x = 0
            while x < size {
                guard self[x: x, y: y] else {
                    x += 1
                    continue
                }
                let start = x
                while x < size, self[x: x, y: y] { x += 1 }
                runs.append((start, x - start))
            }
            return runs
        }
    }
}
