/// The version of remo: the library, the `remo` command (`remo --version`) and
/// what a server built on it reports.
///
/// The one place the version is written: scripts/consumer-test.sh tags its
/// repository with it, and a release tag is `current`.
public enum RemoVersion {
    /// The version, in semantic versioning (`MAJOR.MINOR.PATCH`).
    public static let current = "0.1.0"
}
