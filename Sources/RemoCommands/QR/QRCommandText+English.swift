extension QRCommandText {
    package var english: String {
        switch self {
        case .qrAbstract: "Make QR codes and read them from label images and phone photos."
        case .encodeAbstract: "Write a QR code as PNG, SVG or PDF, chosen by the output file's extension."
        case .encodeDiscussion:
            "The text is stored as UTF-8 in the smallest QR version that holds it, using alphanumeric mode where it can. A file is written whole or not at all."
        case .decodeAbstract: "Find and read every QR code in JPEG, PNG and HEIC images."
        case .decodeDiscussion:
            "Formats are recognised by content, not by name. Exit status 0 when every file was read (whether or not it held codes), 1 when any could not be read (each is named, and the others are still decoded)."
        case .helpText: "The text the code holds (UTF-8; Japanese is fine)."
        case .helpOutput: "The file to write: .png, .svg or .pdf."
        case .helpErrorCorrection: "The error correction level: L (holds the most), M, Q or H (survives the most damage)."
        case .helpModuleSize: "The side of one module: pixels in PNG, points in SVG and PDF."
        case .helpQuietZone: "The white margin around the code, in modules (the standard asks for 4)."
        case .helpFiles: "The image files to read: JPEG, PNG or HEIC."
        case .missingText: "Give the text to encode with --text TEXT."
        case .moduleSizeOutOfRange: "--module-px must be a whole number from 1 to {max}, not {value}."
        case .quietZoneOutOfRange: "--quiet-zone must be a whole number of modules from 0 to {max}, not {value}."
        case .noFiles: "Name at least one image file to read."
        case .wrotePixels:
            "Wrote {file}: QR version {version}, level {level}, {modules}×{modules} modules, {side}×{side} pixels."
        case .wrotePoints:
            "Wrote {file}: QR version {version}, level {level}, {modules}×{modules} modules, {side}×{side} points."
        case .decodeProgress: "Reading"
        case .columnFile: "file"
        case .columnText: "text"
        case .columnCorners: "corners"
        case .notRead: "(not read: see the message below)"
        case .decodeSummary:
            "{codes} {codes|code|codes} in {files} {files|file|files}; {failed} could not be read."
        }
    }
}
