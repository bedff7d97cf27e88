import ArgumentParser

/// `planpress import` (being written).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import a plan's text into a dataset.")
}
