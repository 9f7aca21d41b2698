extension QRPhotoDecoder {
    /// The finder patterns of codes photographed close up, in photo pixels.
    ///
    /// A code whose modules are 8 pixels or more (the phone a few centimetres
    /// from the label) escapes the full-resolution search: a 4×4 tile inside a
    /// module is flat, so the code's busy tiles break up or join the clutter
    /// round it, and a region's local-light window can be narrower than a
    /// finder pattern's 3-module centre. The tiles' means are the photo at a
    /// quarter of its size, where such a module is 2 pixels or more: the local
    /// light comes from a window of 13 of its tiles each way (208 photo pixels),
    /// and finder patterns are looked for on every row where the quarter-size
    /// photo is not flat. Only patterns of at least 2 quarter-size pixels per
    /// module are kept; smaller ones are the full-resolution search's.
    package static func closeUpPatterns(_ tiles: QRCandidateFinder.Tiles, parallelism: Int) -> [FinderPatterns.Pattern] {
        let quarter = GrayImage(width: tiles.columns, height: tiles.rows, pixels: tiles.mean)
        let quarterTiles = QRCandidateFinder().tiles(of: quarter, parallelism: parallelism)
        let thresholds = LocalThreshold(quarterTiles)
        let cover = thresholds.covering(
            [LocalThreshold.Box(x: 0, y: 0, width: quarter.width, height: quarter.height, radius: closeUpRadius)],
            adding: thresholds.emptyCover())
        let scale = Double(tiles.block)
        return FinderPatterns(
            in: quarter, cover: cover,
            scanned: quarterTiles.marked(rangeAtLeast: wholePhotoContrast, widenedBy: closeUpRadius),
            rowStep: 1, parallelism: parallelism
        ).patterns.filter { $0.module >= closeUpModule }.map {
            // A quarter-size pixel's centre is the middle of its tile.
            FinderPatterns.Pattern(
                x: $0.x * scale, y: ($0.y + 0.5) * scale, moduleAcross: $0.moduleAcross * scale,
                moduleDown: $0.moduleDown * scale, rows: $0.rows)
        }
    }

    /// The local-light window for close-up finder patterns, in quarter-size tiles
    /// on each side: 13 tiles of 4 quarter-size pixels, enough light round a
    /// pattern's 3-module centre for modules up to about 12 quarter-size pixels
    /// (48 in the photo).
    static let closeUpRadius = 6

    /// The smallest module, in quarter-size pixels, of a close-up finder pattern.
    static let closeUpModule = 2.0
}
