import Foundation
import RemoCommands

/// The `remo` executable: only the entry point; the commands live in RemoCommands.
@main
struct Remo {
    static func main() async {
        await RemoCommand.launch(
            arguments: Array(CommandLine.arguments.dropFirst()),
            environment: ProcessInfo.processInfo.environment
        )
    }
}
