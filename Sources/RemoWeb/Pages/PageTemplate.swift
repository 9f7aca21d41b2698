/// The pages' mustache templates, `Templates/<name>.mustache`, embedded in the
/// binary by SwiftPM (`.embedInCode`): `remo` is one file that serves its pages
/// wherever it is copied, and the templates stay plain files to edit.
///
/// Every page fills the `layout` parent's `content` block; its data holds
/// `t` (every ``WebText`` sentence without placeholders, in the request's
/// language), `lang`, `title`, `user` and what the page itself shows.
enum PageTemplate: String, CaseIterable {
    case layout
    case login
    case scan
    case customers
    case report
    case stock
    case assign
    case expiring
    case error

    /// The template's text.
    var source: String {
        let bytes: [UInt8] =
            switch self {
            case .layout: PackageResources.layout_mustache
            case .login: PackageResources.login_mustache
            case .scan: PackageResources.scan_mustache
            case .customers: PackageResources.customers_mustache
            case .report: PackageResources.report_mustache
            case .stock: PackageResources.stock_mustache
            case .assign: PackageResources.assign_mustache
            case .expiring: PackageResources.expiring_mustache
            case .error: PackageResources.error_mustache
            }
        return String(decoding: bytes, as: UTF8.self)
    }
}
