import RemoCore
import Testing

struct PackPlanTests {
    @Test func fifteenCamerasAreFivePacksAsInTheManual() throws {
        let plan = try PackPlan(cameras: 15)
        #expect(plan.lines.map(\.product.part) == ["DG-JLE100W-8A", "DG-JLE100W-4A", "DG-JLE100W-A"])
        #expect(plan.lines.map(\.count) == [1, 1, 3])
        #expect(plan.registrations == 5)
        #expect(plan.needed == 15)
    }

    @Test func spareLicensesAreUsedFirst() throws {
        #expect(try PackPlan(cameras: 15, spare: 3).lines.map(\.count) == [1, 1])
        #expect(try PackPlan(cameras: 15, spare: 3).needed == 12)
        #expect(try PackPlan(cameras: 10, spare: 12).lines.isEmpty)
        #expect(try PackPlan(cameras: 0).registrations == 0)
    }

    @Test func cameraDirectHasOnlySingles() throws {
        let plan = try PackPlan(cameras: 3, spare: 1, connection: .cameraDirect)
        #expect(plan.lines.map(\.product.part) == ["DG-JLE200W-A"])
        #expect(plan.registrations == 2)
    }

    @Test func negativeCountsAreRefused() {
        #expect(throws: PackPlan.InputError.negativeCameras(-1)) { try PackPlan(cameras: -1) }
        #expect(throws: PackPlan.InputError.negativeSpare(-2)) { try PackPlan(cameras: 1, spare: -2) }
    }

    /// The fewest packs summing exactly to each count, by dynamic programming
    /// over every count: a brute-force optimum independent of the planner.
    private func optimum(upTo limit: Int, sizes: [Int]) -> [Int] {
        var best = [0] + Array(repeating: Int.max, count: limit)
        for count in stride(from: 1, through: limit, by: 1) {
            for size in sizes where size <= count && best[count - size] != Int.max {
                best[count] = min(best[count], best[count - size] + 1)
            }
        }
        return best
    }

    @Test(arguments: Connection.allCases)
    func plannerMatchesTheBruteForceOptimumUpToFiveHundredCameras(connection: Connection) throws {
        let sizes = Product.perpetualPacks(for: connection).map(\.packSize)
        let best = optimum(upTo: 500, sizes: sizes)
        var wrong: [(cameras: Int, spare: Int)] = []
        for cameras in 0...500 {
            for spare in 0...64 {
                let plan = try PackPlan(cameras: cameras, spare: spare, connection: connection)
                let needed = max(0, cameras - spare)
                if plan.needed != needed || plan.registrations != best[needed]
                    || !plan.lines.allSatisfy({ $0.product.connection == connection && $0.count > 0 })
                {
                    wrong.append((cameras, spare))
                }
            }
        }
        #expect(wrong.isEmpty, "plans that are not optimal: \(wrong.prefix(5))")
    }

    @Test func everyPackSizeDividesTheNextLarger() {
        // Why taking the largest pack that fits is optimal.
        for connection in Connection.allCases {
            let sizes = Product.perpetualPacks(for: connection).map(\.packSize).sorted()
            #expect(sizes.first == 1)
            #expect(zip(sizes, sizes.dropFirst()).allSatisfy { $1 % $0 == 0 })
        }
    }
}
