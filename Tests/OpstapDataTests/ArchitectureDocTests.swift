import Foundation
import Testing

/// docs/architecture.md walks a run through the code: every path and type it names in
/// backticks must exist, so the guide cannot drift from the code unnoticed.
@Suite struct ArchitectureDocTests {
    static let doc = try! String(contentsOfFile: repositoryRoot + "/docs/architecture.md", encoding: .utf8)

    /// Everything between backticks.
    static var quoted: [String] { doc.matches(of: /`([^`\n]+)`/).map { String($0.output.1) } }

    /// All Swift source of the package, for looking up declarations.
    static let source: String = {
        var text = ""
        for folder in ["Sources", "Tests", "Benchmarks"] {
            let root = repositoryRoot + "/" + folder
            for case let file as String in FileManager.default.enumerator(atPath: root)! where file.hasSuffix(".swift") {
                text += (try? String(contentsOfFile: root + "/" + file, encoding: .utf8)) ?? ""
            }
        }
        return text
    }()

    @Test func everyPathItNamesExists() {
        let paths = Self.quoted.filter { $0.contains("/") && !$0.contains(" ") && !$0.hasPrefix("--") }
        #expect(paths.count > 20)
        for path in paths {
            #expect(FileManager.default.fileExists(atPath: repositoryRoot + "/" + path), "docs/architecture.md names \(path)")
        }
    }

    @Test func everyTypeAndMemberItNamesIsDeclared() {
        // `Type`, `Type.member` or `Type.member()`: the type is declared, and so is the member.
        // Module names and the standard library's types are not declared here.
        let elsewhere: Set<String> = ["Opstap", "OpstapData", "OpstapCLI", "Int32", "Double", "String", "Foundation"]
        let names = Self.quoted.compactMap { $0.wholeMatch(of: /([A-Z][A-Za-z0-9]+)(?:\.([a-z][A-Za-z0-9]*))?(?:\(\))?/) }
            .filter { !elsewhere.contains(String($0.output.1)) }
        #expect(names.count > 40)
        for name in names {
            let type = String(name.output.1)
            let declared = ["struct", "enum", "class", "final class", "extension", "protocol", "actor"].contains {
                Self.source.contains("\($0) \(type)")
            }
            #expect(declared, "docs/architecture.md names a type \(type) that no source declares")
            if let member = name.output.2 {
                let found = ["func \(member)", "var \(member)", "let \(member)", "case \(member)"].contains { Self.source.contains($0) }
                #expect(found, "docs/architecture.md names \(type).\(member), which no source declares")
            }
        }
    }
}
