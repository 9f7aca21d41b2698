import Foundation
import RemoLedger
import Testing

struct RegistrationPhotosTests {
    /// A folder stands for its photos: files named like images (any case), in
    /// name order; a manifest, a note, a hidden file or a sub-folder beside them
    /// is not taken for a photo. A file named on its own is always tried.
    @Test func aFolderStandsForItsPhotosAndANamedFileForItself() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for name in ["b.HEIC", "a.jpg", "c.png", "notes.txt", "phone-photos.json", ".hidden.jpg", "d.jpeg"] {
            try Data([0]).write(to: URL(fileURLWithPath: directory.path(name)))
        }
        try FileManager.default.createDirectory(atPath: directory.path("sub.jpg"), withIntermediateDirectories: false)
        let folder = directory.url.path
        #expect(
            RegistrationPhotos.files([folder]).map { ($0 as NSString).lastPathComponent } == ["a.jpg", "b.HEIC", "c.png", "d.jpeg"])
        #expect(RegistrationPhotos.files([directory.path("notes.txt")]) == [directory.path("notes.txt")])
    }
}
