import Foundation
import Opstap

/// Reads `market.json`: when and where the market takes place, for the route cards.
///
/// `{"name": "...", "date": "YYYY-MM-DD", "time": "HH:MM-HH:MM", "place": "..."}`. Every key is
/// optional; an unknown key, a value that is not text, an impossible date or time, or empty text
/// is bad input, reported as file:line:column.
public enum MarketEventLoader {
    /// The file `market.json` in the folder of the stands file.
    public static func besideStands(_ stands: String) -> String {
        let folder = (stands as NSString).deletingLastPathComponent
        return folder.isEmpty ? "market.json" : folder + "/market.json"
    }

    public static func load(path: String) throws -> MarketEvent {
        try load(InputFileError.read(path), file: path)
    }

    public static func load(_ bytes: [UInt8], file: String) throws(DataErrors) -> MarketEvent {
        var log = IssueLog()
        func problem(_ offset: Int, _ field: String?, _ message: String) {
            let (line, column) = TextPosition.locate(offset, in: bytes)
            log.add(DataIssue(file: file, line: line, column: column, field: field, message: message))
        }
        let root: JSONNode
        do {
            root = try JSONNode.parse(bytes, file: file)
        } catch {
            log.add(error)
            try log.throwIfAny()
            fatalError("unreachable")
        }
        guard case .object(let members, _) = root else {
            problem(root.offset, nil, "expected an object with name, date, time and place, found \(root.typeName)")
            try log.throwIfAny()
            fatalError("unreachable")
        }
        let keys = ["name", "date", "time", "place"]
        var event = MarketEvent()
        var seen: Set<String> = []
        for member in members {
            guard keys.contains(member.key) else {
                let hint = nearestName(to: member.key, among: keys).map { "; did you mean '\($0)'?" } ?? ""
                problem(member.keyOffset, nil, "unknown key '\(member.key)'\(hint)")
                continue
            }
            guard seen.insert(member.key).inserted else {
                problem(member.keyOffset, member.key, "given twice")
                continue
            }
            guard case .string(let raw, let offset) = member.value else {
                problem(member.value.offset, member.key, "expected text, found \(member.value.typeName)")
                continue
            }
            let text = raw.trimmingCharacters(in: .whitespaces)
            switch member.key {
            case "date":
                guard let day = Day(iso: text) else { problem(offset, "date", "'\(raw)' is not a date YYYY-MM-DD"); continue }
                event.date = day
            case "time":
                guard let hours = MarketEvent.parseHours(text) else {
                    problem(offset, "time", "'\(raw)' is not a time HH:MM-HH:MM with the start before the end"); continue
                }
                event.hours = hours
            default:
                guard !text.isEmpty else { problem(offset, member.key, "is empty"); continue }
                if member.key == "name" { event.name = text } else { event.place = text }
            }
        }
        try log.throwIfAny()
        return event
    }
}
