/// How long a license lasts once assigned to a contract user.
public enum LicenseTerm: Hashable, Sendable {
    /// A term license of this many years (1 or 5 in the catalogue).
    case years(Int)
    /// Valid until the camera fails (永年ライセンス).
    case perpetual

    /// The command-line spelling: `1y`, `5y`, `perpetual`.
    public var code: String {
        switch self {
        case .years(let years): "\(years)y"
        case .perpetual: "perpetual"
        }
    }

    /// A term from `1y`, `5y` or `perpetual`.
    public init?(code: String) {
        if code == "perpetual" {
            self = .perpetual
        } else if code.hasSuffix("y"), let years = Int(code.dropLast()), years > 0, years <= 99 {
            self = .years(years)
        } else {
            return nil
        }
    }

    /// The name for people: "1-year license" / 「1年ライセンス」.
    public var name: Message {
        switch self {
        case .years(let years): LicenseText.termYears(["years": .integer(years)])
        case .perpetual: LicenseText.termPerpetual()
        }
    }
}
