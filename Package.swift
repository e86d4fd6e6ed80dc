// swift-tools-version: 6.0
// Opstap: a matching engine for Dutch municipalities. Zero package dependencies by design:
// only the toolchain (standard library, Foundation, Dispatch, Synchronization, Swift Testing).
import PackageDescription

// The bulk path counts bits millions of times per second (competences, wishes and groups as bit
// sets; docs/performance.md). Without this flag x86-64 code counts them with a dozen shifts
// and masks each; with it, one POPCNT instruction (every x86-64 CPU since 2008-2011 has it).
// Decided by the machine that builds, which is the machine that runs for this tool.
#if arch(x86_64)
let engineSettings: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-mpopcnt"])]
#else
let engineSettings: [SwiftSetting] = []
#endif

let package = Package(
    name: "Opstap",
    products: [
        .library(name: "Opstap", targets: ["Opstap"]),
        .library(name: "OpstapData", targets: ["OpstapData"]),
        .executable(name: "opstap", targets: ["opstap"]),
        .executable(name: "opstap-bench", targets: ["opstap-bench"]),
    ],
    targets: [
        // The domain model and (later) the engine. No file I/O, no Foundation.
        .target(name: "Opstap", swiftSettings: engineSettings),
        // Reading and writing datasets, validation, generation, rendering of outputs.
        .target(name: "OpstapData", dependencies: ["Opstap"]),
        // The commands: argument parsing and the glue between files and the core.
        // A library so that tests can call `parse` in-process; `opstap` only calls `main`.
        .target(name: "OpstapCLI", dependencies: ["Opstap", "OpstapData"]),
        .executableTarget(name: "opstap", dependencies: ["OpstapCLI"]),
        // The benchmark suite: `swift run -c release opstap-bench` (see docs/performance.md).
        .executableTarget(name: "opstap-bench", dependencies: ["Opstap", "OpstapData"], path: "Benchmarks/opstap-bench"),
        .testTarget(name: "OpstapTests", dependencies: ["Opstap"]),
        .testTarget(name: "OpstapDataTests", dependencies: ["Opstap", "OpstapData"]),
        // In-process parsing tests and end-to-end tests that run the built `opstap` binary
        // (the dependency on the executable makes `swift test` build it first).
        .testTarget(
            name: "OpstapCLITests", dependencies: ["OpstapCLI", "Opstap", "OpstapData", "opstap"],
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
