import XCTest
@testable import PlanImport

final class PlanImporterTests: XCTestCase {}
