public import Foundation

/// Where a PostgreSQL ledger is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME]`
/// (`postgresql://` too). The password comes from the URL, else `PGPASSWORD`,
/// else the `~/.pgpass` file (`PGPASSFILE`), as libpq finds it; the user from
/// `PGUSER` when the URL has none; the port is 5432 unless told. The
/// ``description`` never holds the password: it names the database in messages.
public struct PostgresLocation: Hashable, Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    /// The schema the ledger's tables live in: `public` unless the URL says.
    public var schema: String
    /// Never printed.
    var password: String?

    /// Whether `text` names a PostgreSQL database rather than a file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a URL; nil when it is not a `postgres://` URL with a host and a database.
    public init?(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard PostgresLocation.isURL(text), let components = URLComponents(string: text),
            let host = components.host, !host.isEmpty
        else { return nil }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { return nil }
        self.host = host
        port = components.port ?? Int(environment["PGPORT"] ?? "") ?? 5432
        user = components.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? "postgres"
        self.database = database.removingPercentEncoding ?? database
        schema = components.queryItems?.first { $0.name == "schema" }?.value ?? "public"
        password =
            components.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
            ?? PostgresLocation.passwordFile(environment: environment, host: host, port: port, database: self.database, user: user)
        guard PostgresLocation.isIdentifier(schema) else { return nil }
    }

    /// The same database, another schema (tests: one schema each).
    public func inSchema(_ schema: String) -> PostgresLocation {
        var location = self
        location.schema = schema
        return location
    }

    /// `postgres://USER@HOST:PORT/DATABASE`, with `?schema=` when not `public`; never the password.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (schema == "public" ? "" : "?schema=\(schema)")
    }

    /// A schema name remo uses unquoted: letters, digits and `_`, not starting with a digit.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first), name.count <= 63 else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// The password `~/.pgpass` (or `PGPASSFILE`) gives: the first line
    /// `host:port:database:user:password` that matches, `*` matching anything.
    static func passwordFile(environment: [String: String], host: String, port: Int, database: String, user: String)
        -> String?
    {
        let path = environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" }
        guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = fieldsOf(line)
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A `.pgpass` line's fields: `:` separates, `\` escapes.
    private static func fieldsOf(_ line: Substring) -> [String] {
        var fields: [String] = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
