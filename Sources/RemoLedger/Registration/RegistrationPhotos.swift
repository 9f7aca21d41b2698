import Foundation
public import RemoCore
public import RemoImaging

/// Reads phone photos of labels into registration inputs: one input per QR
/// code found (several labels in one photo give several), or one
/// ``RegistrationInput/Kind/unreadablePhoto(_:)`` for a photo that cannot be
/// loaded or shows no code. A folder stands for its image files, by name.
public struct RegistrationPhotos: Sendable {
    public var scanner: QRFileScanner

    public init(scanner: QRFileScanner = QRFileScanner()) {
        self.scanner = scanner
    }

    /// The names a folder's files must end with to be taken as photos (any case).
    /// A file named on its own is read whatever its name: the format comes from its bytes.
    public static let photoExtensions: Set<String> = ["jpg", "jpeg", "png", "heic", "heif"]

    /// The files a list of paths names: a folder's visible photo files (by
    /// ``photoExtensions``) in name order, a file itself.
    public static func files(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                return [path]
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { !$0.hasPrefix(".") && photoExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted().map { (path as NSString).appendingPathComponent($0) }
                .filter { name in
                    var folder: ObjCBool = false
                    return FileManager.default.fileExists(atPath: name, isDirectory: &folder) && !folder.boolValue
                }
        }
    }

    /// Decodes the photos (on every core) and returns their inputs in file order.
    public func inputs(_ paths: [String], progress: some BatchProgress = SilentProgress()) async -> [RegistrationInput] {
        let results = await scanner.scan(files: Self.files(paths), progress: progress)
        return results.flatMap { result -> [RegistrationInput] in
            switch result.outcome {
            case .failure(let error):
                return [RegistrationInput(input: result.file, kind: .unreadablePhoto(error.message))]
            case .success(let codes) where codes.isEmpty:
                return [RegistrationInput(input: result.file, kind: .unreadablePhoto(RegistrationText.noCodeInPhoto()))]
            case .success(let codes):
                // A code without a sure text holds no remo payload (always UTF-8): said as such.
                return codes.map { code in
                    RegistrationInput(
                        input: result.file, kind: code.text.map { .scanned($0) } ?? .unreadablePhoto(code.whyNoText ?? RegistrationText.noCodeInPhoto()))
                }
            }
        }
    }
}
