import ArgumentParser
import Foundation
import PlanModel
import PlanPress

/// `planpress`: thin commands over the PlanPress library.
struct PlanPressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planpress",
        abstract: "Typeset a Thai local government's anti-corruption action plan into print-ready PDFs.",
        discussion: """
        Without --plan every command uses the embedded plan (Plans/default-plan names it).
        Exit status: 0 success, 1 bad input (the message names the file, line and field), 2 usage.
        """,
        subcommands: [RenderCommand.self, ValidateCommand.self, ErrataCommand.self, ImportCommand.self, ProgressCommand.self])
}

struct PlanOptions: ParsableArguments {
    @Option(name: .long, help: "The plan folder (holding plan.yaml). Default: the embedded plan.")
    var plan: String?

    @Option(name: .long, help: "Where output goes: for render, the folder PDFs are written to (default output/<plan-id>/); for progress template, the CSV file.")
    var out: String?
}

@main
enum Main {
    static func main() {
        do {
            var command = try PlanPressCommand.parseAsRoot()
            try command.run()
        } catch let error as PlanPressError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            exit(error.exitCode)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = PlanPressCommand.exitCode(for: error)
            if code == .success { PlanPressCommand.exit(withError: error) }
            FileHandle.standardError.write(Data((PlanPressCommand.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
    }
}
