import XCTest
@testable import PlanModel

final class PlanValidatorTests: XCTestCase {}
