public import RemoCore

extension ProvisioningReport {
    /// One contract user's account: who it is, whose customer, its counts per
    /// connection type and its sites.
    public struct Account: Hashable, Sendable {
        /// The contract user's login.
        public let customer: EmailAddress
        /// The contract user's name.
        public let customerName: String
        /// The partner the account belongs to.
        public let partner: Partner.Code
        public let partnerName: String
        /// Connected cameras and licenses held, per connection type, in
        /// ``RemoCore/Connection/allCases`` order; always the whole account, whatever the filter.
        public let counts: [ConnectionCount]
        /// The sites (folders), by name; with a filter, only those with a camera shown.
        public let sites: [Site]

        public init(
            customer: EmailAddress, customerName: String, partner: Partner.Code, partnerName: String,
            counts: [ConnectionCount], sites: [Site]
        ) {
            self.customer = customer
            self.customerName = customerName
            self.partner = partner
            self.partnerName = partnerName
            self.counts = counts
            self.sites = sites
        }

        /// Every camera shown, site by site: each recorder's, then those on no recorder.
        public var cameras: [Camera] { sites.flatMap { $0.recorders.flatMap(\.cameras) + $0.cameras } }

        /// How many cameras shown have each status, in ``RemoCore/LicenseStatus/allCases`` order,
        /// statuses no camera has left out.
        public var statusCounts: [(status: LicenseStatus, count: Int)] {
            let counted = Dictionary(grouping: cameras, by: \.status).mapValues(\.count)
            return LicenseStatus.allCases.compactMap { status in counted[status].map { (status, $0) } }
        }

        /// The count for one connection type.
        public func count(of connection: Connection) -> ConnectionCount {
            counts.first { $0.connection == connection }
                ?? ConnectionCount(connection: connection, cameras: 0, licenses: 0)
        }
    }

    /// A site (folder) of an account: its recorders, and its cameras on no recorder.
    public struct Site: Hashable, Sendable {
        /// The folder's name (関東, 九州).
        public let name: String
        /// Its recorders, in the order they were added.
        public let recorders: [Recorder]
        /// Its cameras that connect through no recorder: camera-direct cameras,
        /// and edge-storage cameras whose recorder is not registered; by ID.
        public let cameras: [Camera]

        public init(name: String, recorders: [Recorder], cameras: [Camera]) {
            self.name = name
            self.recorders = recorders
            self.cameras = cameras
        }
    }

    /// The service's license screen for one connection type (P20): the cameras
    /// connected and the licenses the account holds.
    public struct ConnectionCount: Hashable, Sendable {
        public let connection: Connection
        /// Cameras of the account with this connection type, added by the day
        /// and not failed on it.
        public let cameras: Int
        /// Licenses of this connection type assigned to the account by the day
        /// and usable on it: perpetual ones, and term ones not expired.
        public let licenses: Int

        public init(connection: Connection, cameras: Int, licenses: Int) {
            self.connection = connection
            self.cameras = cameras
            self.licenses = licenses
        }
    }
}
