import ArgumentParser

/// `planpress validate` and `planpress errata` (being written).
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Check a plan dataset.")
    @OptionGroup var options: PlanOptions
}

struct ErrataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "errata", abstract: "List the corrections recorded in a plan dataset.")
    @OptionGroup var options: PlanOptions
}
