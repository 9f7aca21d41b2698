import ArgumentParser

/// `remo-bench`: prints speed and memory figures, side by side with peer tools
/// where there is one. Never run by the tests.
@main
struct RemoBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remo-bench",
        abstract: "Benchmarks for remo: prints medians of several runs.",
        subcommands: [LedgerBench.self, ReportBench.self, LabelsBench.self, RegisterBench.self, PhotosBench.self]
    )
}
