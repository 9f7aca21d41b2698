extension QRCommandText {
    package var english: String {
        switch self {
        case .qrAbstract: "Make QR codes and read them from label images and phone photos."
        case .encodeAbstract: "Write a QR code as PNG, SVG or PDF, chosen by the output file's extension."
        case .encodeDiscussion:
            "The text is stored as UTF-8 in the smallest QR version that holds it, using alphanumeric mode where it can. A file is written whole or not at all. -o - writes the image to standard output; --format names its format where the name has no extension.\n\nExamples:\n  remo qr encode --text REMO -o label.png\n  remo qr encode --text REMO -o - --format svg > label.svg"
        case .decodeAbstract: "Find and read every QR code in JPEG, PNG and HEIC images."
        case .decodeDiscussion:
            "A folder stands for its photos (.jpg, .jpeg, .png, .heic, .heif), as register --photo takes them; - reads one image from standard input. Formats are recognised by content, not by name. Exit status 0 when every file was read and a code was found, 1 when any file could not be read (each is named, and the others are still decoded), 4 when no file held a code (as zbarimg).\n\nExamples:\n  remo qr decode samples/photos\n  remo qr decode --raw label.png | head -1\n  cat label.png | remo qr decode --json -"
        case .helpText: "The text the code holds (UTF-8; Japanese is fine)."
        case .helpOutput: "The file to write: .png, .svg or .pdf; - writes the image to standard output (with --format)."
        case .helpImageFormat: "The image format, when the output file's name does not end in .png, .svg or .pdf."
        case .jsonWithImageOnStdout: "-o - writes the image to standard output, so --json has no place there: name a file, or leave out --json."
        case .helpErrorCorrection: "The error correction level: L (holds the most), M, Q or H (survives the most damage)."
        case .helpModuleSize: "The side of one module: pixels in PNG, points in SVG and PDF."
        case .helpQuietZone: "The white margin around the code, in modules (the standard asks for 4)."
        case .helpFiles: "The image files to read (JPEG, PNG or HEIC), folders of photos, or - for standard input."
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
        case .columnRegistrationCode: "registration code"
        case .columnPayload: "recorder label"
        case .validLabel: "valid"
        case .helpRaw: "Print only each code's text, one a line (as zbarimg --raw)."
        case .rawOrJSON: "--raw and --json are two ways to print the codes: give one of them."
        case .notRead: "(not read: see the message below)"
        case .decodeSummary:
            "{codes} {codes|code|codes} in {files} {files|file|files}; {failed} could not be read."
        }
    }
}
