public import Foundation
public import RemoCore

/// A label batch: the units one `remo labels make` run labeled for the first
/// time or again (reissued). A run that only prints existing labels again makes
/// no batch.
public struct LabelBatch: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<LabelBatch>

    public let id: ID
    /// The day it was made on (`--today`).
    public let madeOn: CalendarDate
    /// The moment it was committed.
    public let at: Date
    /// The units file's name, as given.
    public let source: String
    /// The layout's name.
    public let layout: String
    /// The ``LabelKey/id`` of the key its claim codes were made with.
    public let keyID: String

    public init(id: ID, madeOn: CalendarDate, at: Date, source: String, layout: String, keyID: String) {
        self.id = id
        self.madeOn = madeOn
        self.at = at
        self.source = source
        self.layout = layout
        self.keyID = keyID
    }
}
