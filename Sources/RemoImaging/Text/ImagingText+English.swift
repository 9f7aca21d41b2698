extension ImagingText {
    public var english: String {
        switch self {
        case .fileNotFound: "{file} does not exist: check the path and the file name."
        case .fileIsDirectory: "{file} is a directory, not an image: name the image files inside it instead."
        case .fileNotRegular:
            "{file} is not a regular file (it is a pipe, a device or a socket), so it was not read: name a file instead."
        case .fileIsEmpty:
            "{file} is empty (0 bytes), so it holds no image: copy it again from the phone or camera."
        case .fileUnreadable: "{file} cannot be read: {reason}."
        case .fileTooLarge:
            "{file} is {size} MB, more than the {limit} MB remo reads as one image: check that it is a photo or a label image."
        case .unknownFormat:
            "{file} is not a JPEG, PNG or HEIC image (its first bytes match none of them): check that it is a photo or a label image, whatever its name ends in."
        case .tooManyPixels:
            "{file} declares {width}×{height} pixels ({megapixels} megapixels), more than remo's limit of {limit} megapixels: it was refused before decoding. Scale the image down and try again."
        case .damagedImage:
            "{file} is a damaged or truncated {format} image ({reason}): copy it again or export it again."
        case .unsupportedImage: "{file} is a {format} image that remo cannot read ({reason})."
        case .qrTextEmpty: "There is no text to encode: give the text the QR code should hold."
        case .qrTextTooLong:
            "The text is {bytes} bytes, too long for any QR code at error correction level {level}: shorten it, or choose a lower level (L holds the most)."
        case .qrEncodingFailed: "libqrencode could not encode the text: {reason}."
        case .imageEncodingFailed: "The image could not be encoded as {format}: {reason}."
        case .scanFailed: "zbar could not scan the image for QR codes: {reason}."
        case .invalidDrawing: "Cannot draw: {what} must be {range}, not {value}."
        case .drawingFailed: "cairo could not draw or write the {format} output: {reason}."
        case .onePageFormat:
            "A {format} file holds one page, but the drawing has {pages} pages: write it as PDF instead."
        case .unknownOutputFormat:
            "{file} does not end in .png, .svg or .pdf, so remo does not know which format to write: name the file with one of these extensions."
        case .writeFailed: "{file} could not be written ({reason}); nothing was written."
        case .noCodeFound: "no QR code found"
        case .textUndecided:
            "no text: the code's {bytes} bytes declare no character set and may be {charsets}; the bytes are given as they are"
        case .textUnconverted:
            "no text: the code's {bytes} bytes are in {charset}, which remo does not convert; the bytes are given as they are"
        case .reasonNoScanner: "zbar could not allocate an image scanner (out of memory?)"
        case .reasonNoZbarImage: "zbar could not allocate an image (out of memory?)"
        case .reasonImageRefused: "zbar refused a {width}×{height} grey image"
        case .reasonQualityRange: "quality {quality} is not between 1 and 100"
        case .reasonNoHeifContext: "libheif could not allocate a context (out of memory?)"
        case .reasonNoLumaPlane: "the decoded image has no luma plane"
        case .reasonNoRGBPlane: "the decoded image has no RGB plane"
        }
    }
}
