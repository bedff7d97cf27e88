import XCTest

/// The bad-input corpus (Corpus/): every case through the built `planpress`, each asserting its error
/// (file, line, message, exit status 1) or, for valid but extreme input, a correct PDF. Timing is not
/// asserted here; Tests/Robustness/run-corpus.sh times every case on the release binary.
final class CorpusTests: XCTestCase {
    func testPlanFiles() { run(.plan) }
    func testProjectFiles() { run(.project) }
    func testLayouts() { run(.layout) }
    func testProgressRecords() { run(.progress) }
    func testImages() { run(.image) }
    func testFilesThatAreNotFiles() { run(.files) }
    func testOutputFolders() { run(.output) }
    func testExtremeButValidInput() { run(.extreme) }

    func testCorpusSize() {
        let cases = Corpus.all
        XCTAssertGreaterThanOrEqual(cases.count, 60)
        XCTAssertEqual(Set(cases.map(\.id)).count, cases.count, "case names repeat")
        for category in CorpusCase.Category.allCases {
            XCTAssertFalse(cases.filter { $0.category == category }.isEmpty, "no \(category) cases")
        }
    }

    /// Runs the category's cases two at a time (each in its own home), then reports every failure.
    func run(_ category: CorpusCase.Category, file: StaticString = #filePath, line: UInt = #line) {
        let only = ProcessInfo.processInfo.environment["PLANPRESS_CORPUS_CASE"]
        let cases = Corpus.all.filter { $0.category == category && (only == nil || $0.id.contains(only!)) }
        for c in cases where !c.runner.isAvailable {
            print("skipped \(c.id): needs \(c.runner.scriptName), which this machine cannot do")
        }
        let runnable = Shared(cases.filter(\.runner.isAvailable))
        let failures = Shared([Int: [String]]())
        let workers = min(2, max(1, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: runnable.value.count, by: workers) {
                let (found, _) = Corpus.run(runnable.value[index])
                failures.update { $0[index] = found }
            }
        }
        for index in failures.value.keys.sorted() {
            for failure in failures.value[index] ?? [] { XCTFail(failure, file: file, line: line) }
        }
    }
}

/// A value the corpus workers share, behind a lock.
final class Shared<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }
    func update(_ body: (inout Value) -> Void) { lock.lock(); body(&stored); lock.unlock() }
}
