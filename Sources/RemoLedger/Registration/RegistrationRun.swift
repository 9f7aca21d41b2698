/// The bookkeeping of a registration's inputs, in order: a unit seen before
/// (the same label in two photos) is one input with its other names in
/// `alsoIn`; the licenses named in the request go to the cameras registered
/// first.
struct RegistrationRun {
    private(set) var items: [RegistrationItem] = []
    private var seen: [String: Int] = [:]
    private var named: ArraySlice<License.ID>
    private let cameras: Int

    init(_ request: RegistrationRequest) {
        named = request.licenses[...]
        cameras = request.cameras
    }

    /// A step to run in a transaction: what to register, with how many
    /// cameras, and the named licenses it takes.
    struct Next {
        let step: RegistrationStep
        let target: RegistrationStep.Target
        let cameras: Int
        let licenses: [License.ID]
    }

    /// The next step for `input`; nil when it needs no transaction (a unit seen
    /// before, or refused without the records: its item is added).
    mutating func begin(_ input: RegistrationInput) -> Next? {
        let step = RegistrationStep(input)
        if let key = step.unitKey, let first = seen[key] {
            items[first].alsoIn.append(input.input)
            return nil
        }
        switch step.check {
        case .refused(let refused):
            finish(step, refused)
            return nil
        case .ready(let target):
            let count = input.cameras ?? cameras
            return Next(
                step: step, target: target, cameras: count, licenses: Array(named.prefix(max(count, step.isRecorder ? 1 : 0))))
        }
    }

    /// Adds the step's result.
    mutating func finish(_ step: RegistrationStep, _ item: RegistrationItem) {
        if item.status == .registered { named = named.dropFirst(item.cameras.count) }
        if let key = step.unitKey { seen[key] = items.count }
        items.append(item)
    }
}
