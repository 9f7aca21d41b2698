/// A point in an image, in pixels from the top-left corner (x to the right, y down).
public struct PixelPoint: Hashable, Sendable, Codable {
    /// The column.
    public var x: Int
    /// The row.
    public var y: Int

    /// A point.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
